import { describe, expect, it } from 'vitest';
import { skolebytteProblems } from '../../../domain/overgang/skolebytte';
import { draftProblems, emptyDraft, moveBody, moveProblems, serverProblems, withSchool, type MoveDraft } from './school-move-form';

const window = { earliest: '2026-10-24', latest: '2026-12-23' };
const preview = { openCases: [{ id: 'a' }, { id: 'b' }] } as Parameters<typeof emptyDraft>[0];

describe('the move form', () => {
  it('starts today, with no school and no choice for each open case', () => {
    expect(emptyDraft(preview, '2026-11-23')).toEqual({
      toSchoolId: '',
      movedOn: '2026-11-23',
      note: '',
      cases: [
        { caseId: 'a', handling: null, responsibleStaffId: '', note: '' },
        { caseId: 'b', handling: null, responsibleStaffId: '', note: '' },
      ],
    });
  });

  it('asks for the school, a day inside the window, and each case’s choice with what it needs', () => {
    const draft = emptyDraft(preview, '2026-12-24');
    expect(draftProblems(draft, window)).toEqual([
      { field: 'toSchoolId', problem: 'school_missing' },
      { field: 'movedOn', problem: 'date_outside' },
      { field: 'cases.0.handling', problem: 'handling_missing' },
      { field: 'cases.1.handling', problem: 'handling_missing' },
    ]);
    const chosen: MoveDraft = {
      toSchoolId: 's',
      movedOn: '',
      note: '',
      cases: [
        { caseId: 'a', handling: 'overta', responsibleStaffId: '', note: '' },
        { caseId: 'b', handling: 'avslutt', responsibleStaffId: '', note: '  ' },
      ],
    };
    expect(draftProblems(chosen, window)).toEqual([
      { field: 'movedOn', problem: 'date_missing' },
      { field: 'cases.0.responsibleStaffId', problem: 'responsible_missing' },
      { field: 'cases.1.note', problem: 'note_missing' },
    ]);
    expect(draftProblems({ ...chosen, movedOn: '2026-10-24' }, window).map((p) => p.field)).not.toContain('movedOn');
    expect(draftProblems({ ...chosen, movedOn: '2026-10-23' }, window)[0]).toEqual({ field: 'movedOn', problem: 'date_outside' });
  });

  it('sends each case as its choice, the notes trimmed', () => {
    const draft: MoveDraft = {
      toSchoolId: 's',
      movedOn: '2026-11-23',
      note: ' Flytter ',
      cases: [
        { caseId: 'a', handling: 'overta', responsibleStaffId: 'p', note: 'ignored' },
        { caseId: 'b', handling: 'avslutt', responsibleStaffId: 'ignored', note: ' Avsluttet ' },
      ],
    };
    expect(moveBody(draft)).toEqual({
      toSchoolId: 's',
      movedOn: '2026-11-23',
      note: 'Flytter',
      cases: [
        { caseId: 'a', handling: 'overta', responsibleStaffId: 'p' },
        { caseId: 'b', handling: 'avslutt', note: 'Avsluttet' },
      ],
    });
  });

  it('forgets the people chosen when another school is chosen', () => {
    const draft: MoveDraft = { toSchoolId: 's', movedOn: '2026-11-23', note: '', cases: [{ caseId: 'a', handling: 'overta', responsibleStaffId: 'p', note: '' }] };
    expect(withSchool(draft, 's')).toBe(draft);
    expect(withSchool(draft, 't').cases[0]).toEqual({ caseId: 'a', handling: 'overta', responsibleStaffId: '', note: '' });
  });

  it('places the server’s refusals at their fields by their codes, and keeps the words of one it does not know', () => {
    expect(
      serverProblems([
        { path: 'body.cases.1.note', message: 'note_missing: a case closed at the move needs a note' },
        { path: 'body.cases', message: 'choice_missing: an open case has no choice (x)' },
        { path: 'body.movedOn', message: 'must be a date written YYYY-MM-DD' },
      ]),
    ).toEqual([
      { field: 'cases.1.note', problem: 'note_missing' },
      { field: 'cases', problem: 'choice_missing' },
      { field: 'movedOn', message: 'must be a date written YYYY-MM-DD' },
    ]);
    // Every refusal of the domain has its words here.
    expect(skolebytteProblems.filter((p) => !(moveProblems as readonly string[]).includes(p))).toEqual([]);
  });
});
