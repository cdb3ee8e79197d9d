import { describe, expect, it } from 'vitest';
import { assignFlagTasks } from './assign-flag-tasks.js';
import type { TaskProposal } from './flag.js';

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
