import { describe, expect, it } from 'vitest';
import { flagTaskKinds } from '../identification/flag.js';
import { assignFlagTasks } from '../identification/assign-flag-tasks.js';
import { caseSteps, followUpCaseKinds, type CaseStep } from './case-workflow.js';
import { flagTaskKindsCoveredBy, flagTaskKindsOfStep, flagTasksTakenOver, isTakenOverByCase, taskClosedReasons } from './take-over-flag-tasks.js';

const contactTeacher = 'kt';
const counsellor = 'rg';

describe('flagTaskKindsOfStep', () => {
  it('says which flag duties each step does', () => {
    expect(flagTaskKindsOfStep('fravaer', 'kontakt')).toEqual(['kontakt_hjem']);
    expect(flagTaskKindsOfStep('fravaer', 'kartlegging')).toEqual(['kartleggingssamtale', 'innkall_foresatte']);
    expect(flagTaskKindsOfStep('fravaer', 'tiltak')).toEqual([]);
    expect(flagTaskKindsOfStep('iko', 'kartlegging')).toEqual(['kartleggingssamtale']);
    expect(flagTaskKindsOfStep('iko', 'oppfolging')).toEqual([]);
    for (const step of caseSteps.skolemiljo) expect(flagTaskKindsOfStep('skolemiljo', step)).toEqual([]);
  });

  it('names only kinds of flag task', () => {
    for (const kind of followUpCaseKinds) {
      for (const step of caseSteps[kind] as readonly CaseStep[]) {
        for (const duty of flagTaskKindsOfStep(kind, step)) expect(flagTaskKinds).toContain(duty);
      }
    }
  });
});

describe('flagTaskKindsCoveredBy', () => {
  it('is what the steps of the kind do together', () => {
    expect([...flagTaskKindsCoveredBy('fravaer')].sort()).toEqual(['innkall_foresatte', 'kartleggingssamtale', 'kontakt_hjem']);
    expect(flagTaskKindsCoveredBy('iko')).toEqual(['kartleggingssamtale']);
    expect(flagTaskKindsCoveredBy('skolemiljo')).toEqual([]);
  });
});

describe('flagTasksTakenOver', () => {
  const tasks = [
    { id: '1', studentId: 's1', assigneeStaffId: contactTeacher, kind: 'kartleggingssamtale' },
    { id: '2', studentId: 's1', assigneeStaffId: contactTeacher, kind: 'kontakt_hjem' },
    { id: '3', studentId: 's1', assigneeStaffId: contactTeacher, kind: 'informer_rektor' },
    { id: '4', studentId: 's1', assigneeStaffId: contactTeacher, kind: 'vurder_tiltak' },
    { id: '5', studentId: 's1', assigneeStaffId: 'rektor', kind: 'innkall_foresatte' },
    { id: '6', studentId: 's2', assigneeStaffId: contactTeacher, kind: 'kartleggingssamtale' },
  ];

  it('takes the flag tasks of the duties the case does, for its student and responsible person only', () => {
    const taken = flagTasksTakenOver({ studentId: 's1', kind: 'fravaer', responsibleStaffId: contactTeacher }, tasks);
    expect(taken.map((t) => t.id)).toEqual(['1', '2']);
  });

  it('takes only the mapping conversation for an IKO case, nothing for a skolemiljø case', () => {
    expect(flagTasksTakenOver({ studentId: 's1', kind: 'iko', responsibleStaffId: contactTeacher }, tasks).map((t) => t.id)).toEqual(['1']);
    expect(flagTasksTakenOver({ studentId: 's1', kind: 'skolemiljo', responsibleStaffId: contactTeacher }, tasks)).toEqual([]);
  });

  it('leaves the contact teacher’s tasks when the case is someone else’s', () => {
    expect(flagTasksTakenOver({ studentId: 's1', kind: 'fravaer', responsibleStaffId: counsellor }, tasks)).toEqual([]);
  });
});

describe('isTakenOverByCase and the flags’ tasks', () => {
  const findings = [
    {
      tasks: [
        { kind: 'kartleggingssamtale' as const, assignee: 'kontaktlaerer' as const, dueOn: '2026-11-27' },
        { kind: 'informer_rektor' as const, assignee: 'kontaktlaerer' as const, dueOn: '2026-11-27' },
      ],
    },
  ];
  const people = { contactTeachersOf: new Map([['s1', [contactTeacher]]]), leaders: [{ staffId: 'rektor', title: 'Rektor' }] };

  it('gives no flag task for a duty an open case of the student does for that person', () => {
    const openCases = [{ studentId: 's1', kind: 'fravaer' as const, responsibleStaffId: contactTeacher }];
    expect(isTakenOverByCase({ studentId: 's1', assigneeStaffId: contactTeacher, kind: 'kartleggingssamtale' }, openCases)).toBe(true);
    expect(isTakenOverByCase({ studentId: 's1', assigneeStaffId: contactTeacher, kind: 'informer_rektor' }, openCases)).toBe(false);
    const given = assignFlagTasks([{ studentId: 's1', flagKey: 'f', findings }], { ...people, openCases });
    expect(given.map((t) => t.kind)).toEqual(['informer_rektor']);
  });

  it('gives the flag tasks as before without an open case, or with a closed duty elsewhere', () => {
    expect(assignFlagTasks([{ studentId: 's1', flagKey: 'f', findings }], people).map((t) => t.kind)).toEqual(['kartleggingssamtale', 'informer_rektor']);
    const elsewhere = [{ studentId: 's2', kind: 'fravaer' as const, responsibleStaffId: contactTeacher }];
    expect(assignFlagTasks([{ studentId: 's1', flagKey: 'f', findings }], { ...people, openCases: elsewhere }).map((t) => t.kind)).toEqual([
      'kartleggingssamtale',
      'informer_rektor',
    ]);
  });
});

describe('isTakenOverByCase with several open cases', () => {
  it('is taken over when one of the student’s open cases does the duty', () => {
    const openCases = [
      { studentId: 's1', kind: 'skolemiljo' as const, responsibleStaffId: contactTeacher },
      { studentId: 's1', kind: 'iko' as const, responsibleStaffId: contactTeacher },
    ];
    expect(isTakenOverByCase({ studentId: 's1', assigneeStaffId: contactTeacher, kind: 'kartleggingssamtale' }, openCases)).toBe(true);
    expect(isTakenOverByCase({ studentId: 's1', assigneeStaffId: contactTeacher, kind: 'kontakt_hjem' }, openCases)).toBe(false);
    expect(taskClosedReasons).toEqual(['overtatt_av_sak', 'eleven_slutta', 'eleven_bytta_skole']);
  });
});
