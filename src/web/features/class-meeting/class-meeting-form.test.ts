import { describe, expect, it } from 'vitest';
import { agendaOrder, checkMeeting, defaultDestination, meetingBody, type AgendaItem } from './class-meeting-form';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const item = (n: number, name: string, over: Partial<AgendaItem> = {}): AgendaItem => ({ student: { id: id(n), name }, flags: [], signal: { level: 'gronn', flags: [] }, cases: [], ...over });
const flag = (level: 'gul' | 'rod', state = 'ny') => ({ id: id(100), ruleCode: 'fravaer_uten_melding', level, state });
const kase = (n: number, overdue = false) => ({ id: id(200 + n), kind: 'fravaer' as const, step: 'kartlegging', stepDueOn: '2026-09-20', overdue });

describe('the klasselærermøte', () => {
  it('takes red flags first, then overdue cases, then yellow flags, then the rest, by name', () => {
    const items = [
      item(1, 'Åse Berg', { flags: [flag('gul')] }),
      item(2, 'Bo Dahl', { cases: [kase(1)] }),
      item(3, 'Cato Eng', { cases: [kase(2, true)] }),
      item(4, 'Anna Fjell', { flags: [flag('rod')] }),
      item(5, 'Aron Gran', { flags: [flag('rod', 'avvist')] }),
    ];
    expect(agendaOrder(items).map((i) => i.student.name)).toEqual(['Anna Fjell', 'Cato Eng', 'Åse Berg', 'Aron Gran', 'Bo Dahl']);
  });

  it("puts a decision into the student's open case by default, or only into the minutes", () => {
    expect(defaultDestination(item(1, 'A', { cases: [kase(1), kase(2)] }))).toBe(`case:${id(201)}`);
    expect(defaultDestination(item(1, 'A'))).toBe('none');
  });

  it('sends a decision for every student something was written for, with where it goes', () => {
    const body = meetingBody('2026-09-22', [' Kari Kontakt ', '', 'Rita Rådgiver'], {
      [id(1)]: { text: ' Kartleggingssamtale med hjemmet denne uken. ', destination: `case:${id(201)}` },
      [id(2)]: { text: 'Elevsamtale om trivsel.', destination: 'open:iko' },
      [id(3)]: { text: 'Følges med på.', destination: 'none' },
      [id(4)]: { text: '  ', destination: 'open:fravaer' },
    });
    expect(body).toEqual({
      heldOn: '2026-09-22',
      present: ['Kari Kontakt', 'Rita Rådgiver'],
      decisions: [
        { studentId: id(1), text: 'Kartleggingssamtale med hjemmet denne uken.', caseId: id(201), openCase: null },
        { studentId: id(2), text: 'Elevsamtale om trivsel.', caseId: null, openCase: 'iko' },
        { studentId: id(3), text: 'Følges med på.', caseId: null, openCase: null },
      ],
    });
  });

  it('needs the date of the meeting and who was there', () => {
    expect(checkMeeting('2026-09-22', ['Kari'], '2026-09-22')).toEqual({});
    expect(checkMeeting('', [' '], '2026-09-22')).toEqual({ heldOn: 'missing', present: true });
    expect(checkMeeting('2026-09-23', ['Kari'], '2026-09-22')).toEqual({ heldOn: 'future' });
  });
});
