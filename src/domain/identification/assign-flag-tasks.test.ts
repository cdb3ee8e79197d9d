import { describe, expect, it } from 'vitest';
import { assignFlagTasks } from './assign-flag-tasks.js';
import { evaluateRules } from './evaluate-rules.js';
import type { TaskProposal } from './flag.js';
import { facts, termDays, wholeDay } from './identification-fixtures.js';
import { reconcileFlags } from './reconcile-flags.js';
import { fravaersrutineGrunnskoleProfile } from './rule-profile.js';

const flag = (studentId: string, ...tasks: TaskProposal[][]) => ({ studentId, flagKey: `flag-${studentId}`, findings: tasks.map((t) => ({ tasks: t })) });
const toTeacher: TaskProposal = { kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: '2026-11-23' };
const toRektor: TaskProposal = { kind: 'informer_rektor', assignee: 'skoleleder', dueOn: '2026-11-24' };

describe('assignFlagTasks', () => {
  const leaders = [
    { staffId: 'avd', title: 'Avdelingsleder' },
    { staffId: 'rektor', title: 'Rektor' },
  ];

  it('gives a contact teacher’s task to each contact teacher of the student, once', () => {
    const people = { contactTeachersOf: new Map([['s1', ['t1', 't2', 't1']]]), leaders };
    expect(assignFlagTasks([flag('s1', [toTeacher])], people).map((a) => a.assigneeStaffId)).toEqual(['t1', 't2']);
  });

  it('gives other tasks, and those of a student without a contact teacher, to the rektor', () => {
    const people = { contactTeachersOf: new Map([['s1', ['t1']]]), leaders };
    expect(assignFlagTasks([flag('s1', [toRektor]), flag('s2', [toTeacher])], people)).toEqual([
      { studentId: 's1', flagKey: 'flag-s1', assigneeStaffId: 'rektor', kind: 'informer_rektor', dueOn: '2026-11-24' },
      { studentId: 's2', flagKey: 'flag-s2', assigneeStaffId: 'rektor', kind: 'kontakt_hjem', dueOn: '2026-11-23' },
    ]);
  });

  it('takes the first leader when none is titled rektor, and gives nobody the task when the school has no leader', () => {
    expect(assignFlagTasks([flag('s1', [toRektor])], { contactTeachersOf: new Map(), leaders: [leaders[0]!] }).map((a) => a.assigneeStaffId)).toEqual(['avd']);
    expect(assignFlagTasks([flag('s1', [toRektor, toTeacher])], { contactTeachersOf: new Map(), leaders: [] })).toEqual([]);
  });

  it('gives one task per student, person and kind, due on the earliest date the findings ask for', () => {
    const people = { contactTeachersOf: new Map([['s1', ['t1']]]), leaders };
    const later: TaskProposal = { ...toTeacher, dueOn: '2026-11-25' };
    const other = { studentId: 's1', flagKey: 'other-flag', findings: [{ tasks: [later] }] };
    expect(assignFlagTasks([flag('s1', [later], [toTeacher, toTeacher]), other], people)).toEqual([
      { studentId: 's1', flagKey: 'flag-s1', assigneeStaffId: 't1', kind: 'kontakt_hjem', dueOn: '2026-11-23' },
    ]);
  });
});

describe('assignFlagTasks: who, by when, and never twice', () => {
  const rektor = { staffId: 'rektor', title: 'rektor' };

  it('finds the rektor by title whatever its case, past leaders without a title', () => {
    const leaders = [{ staffId: 'untitled', title: null }, { staffId: 'avd', title: 'Avdelingsleder' }, { staffId: 'r', title: 'REKTOR' }];
    expect(assignFlagTasks([flag('s1', [toRektor])], { contactTeachersOf: new Map(), leaders }).map((a) => a.assigneeStaffId)).toEqual(['r']);
  });

  it('gives a contact teacher’s task to the rektor when the student’s class has no contact teacher on record', () => {
    const people = { contactTeachersOf: new Map([['s1', []]]), leaders: [rektor] };
    expect(assignFlagTasks([flag('s1', [toTeacher])], people).map((a) => a.assigneeStaffId)).toEqual(['rektor']);
  });

  it('gives a task the same day asked for by two flags once, answering the first flag', () => {
    const people = { contactTeachersOf: new Map([['s1', ['t1']]]), leaders: [rektor] };
    const second = { studentId: 's1', flagKey: 'second', findings: [{ tasks: [toTeacher] }] };
    expect(assignFlagTasks([flag('s1', [toTeacher]), second], people)).toEqual([
      { studentId: 's1', flagKey: 'flag-s1', assigneeStaffId: 't1', kind: 'kontakt_hjem', dueOn: '2026-11-23' },
    ]);
  });

  it('moves a task to the earlier date a later flag asks for, and to that flag', () => {
    const people = { contactTeachersOf: new Map([['s1', ['t1']]]), leaders: [rektor] };
    const sooner = { studentId: 's1', flagKey: 'sooner', findings: [{ tasks: [{ ...toTeacher, dueOn: '2026-11-20' }] }] };
    expect(assignFlagTasks([flag('s1', [toTeacher]), sooner], people)).toEqual([
      { studentId: 's1', flagKey: 'sooner', assigneeStaffId: 't1', kind: 'kontakt_hjem', dueOn: '2026-11-20' },
    ]);
  });

  it('gives each task of each kind, person and student: the same kind to two people, two kinds to one person, one kind for two students', () => {
    const people = { contactTeachersOf: new Map([['s1', ['t1', 't2']], ['s2', ['t1']]]), leaders: [rektor] };
    const visit: TaskProposal = { kind: 'vurder_tiltak', assignee: 'kontaktlaerer', dueOn: '2026-11-30' };
    const given = assignFlagTasks([flag('s1', [toTeacher, visit]), flag('s2', [toTeacher])], people);
    expect(given.map((a) => `${a.studentId} ${a.assigneeStaffId} ${a.kind} ${a.dueOn}`)).toEqual([
      's1 t1 kontakt_hjem 2026-11-23',
      's1 t2 kontakt_hjem 2026-11-23',
      's1 t1 vurder_tiltak 2026-11-30',
      's1 t2 vurder_tiltak 2026-11-30',
      's2 t1 kontakt_hjem 2026-11-23',
    ]);
  });

  it('gives no task for a flag without tasks', () => {
    expect(assignFlagTasks([flag('s1', [])], { contactTeachersOf: new Map([['s1', ['t1']]]), leaders: [rektor] })).toEqual([]);
  });
});

describe('the tasks of one registration, from the rules to the people', () => {
  it('gives each duty once to its person, due on the earliest day any finding asks for it, however many rules fire', () => {
    // Ten school days away without a word from home, up to Monday 23 November: ten findings of two concerns.
    const absence = termDays().slice(-10).map((d) => wholeDay(d, 'udokumentert', false));
    const found = evaluateRules(fravaersrutineGrunnskoleProfile, facts({ absence, student: { id: 's1', schoolKind: 'grunnskole' } }));
    expect(found).toHaveLength(10);
    const { raised } = reconcileFlags(new Map([['s1', found]]), [], () => false);
    expect(raised.map((r) => r.concern)).toEqual(['fravaersomfang', 'fravaersoppfolging']);
    const people = { contactTeachersOf: new Map([['s1', ['t1']]]), leaders: [{ staffId: 'rektor', title: 'Rektor' }] };
    const given = assignFlagTasks(raised.map((r) => ({ studentId: 's1', flagKey: r.evidenceKey, findings: r.newFindings })), people);
    expect(given.map((a) => `${a.assigneeStaffId} ${a.kind} ${a.dueOn}`).sort()).toEqual([
      'rektor innkall_foresatte 2026-11-30',
      't1 informer_rektor 2026-11-24',
      't1 kontakt_hjem 2026-11-23',
      't1 vurder_tiltak 2026-11-30',
    ]);
  });
});
