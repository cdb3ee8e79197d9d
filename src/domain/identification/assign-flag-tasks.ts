/**
 * Who gets the tasks a flag's new findings call for: a task for the kontaktlærer goes to the
 * student's contact teachers (each of them, when the class has two); any other task, or one whose
 * student has no contact teacher, goes to the rektor — the leader titled "rektor", else the first
 * leader of the school. A school without leaders gives nobody the task rather than the wrong person.
 *
 * A person has at most one open task per student and kind: findings that call for the same task
 * give one, due on the earliest of their dates, and a task already open is updated with it (its
 * due date, the flag it answers) rather than given twice (the database holds it with a unique
 * index on the open tasks; docs/decisions/012-one-signal-per-concern.md). A duty an open case of
 * the student does for that person (src/domain/cases/take-over-flag-tasks.ts) is not given again.
 */
import { isTakenOverByCase, type OpenCaseCover } from '../cases/take-over-flag-tasks.js';
import type { IsoDate } from '../school-calendar.js';
import type { FlagCandidate, TaskKind } from './flag.js';

export interface FlagTaskAssignment {
  studentId: string;
  /** The flag the task answers, as the caller named it. */
  flagKey: string;
  assigneeStaffId: string;
  kind: TaskKind;
  dueOn: IsoDate;
}

export interface SchoolPeople {
  /** The contact teachers of each student (student id → staff ids). */
  contactTeachersOf: ReadonlyMap<string, readonly string[]>;
  /** The school's leaders (skoleleder), with their titles. */
  leaders: ReadonlyArray<{ staffId: string; title: string | null }>;
  /** The students' open cases: their responsible person does the duties they cover in the case. */
  openCases?: readonly OpenCaseCover[];
}

export function assignFlagTasks(
  flags: ReadonlyArray<{ studentId: string; flagKey: string; findings: readonly Pick<FlagCandidate, 'tasks'>[] }>,
  people: SchoolPeople,
): FlagTaskAssignment[] {
  const rektor = people.leaders.find((l) => l.title?.toLowerCase() === 'rektor') ?? people.leaders[0];
  const byTask = new Map<string, FlagTaskAssignment>();
  for (const { studentId, flagKey, findings } of flags) {
    const teachers = people.contactTeachersOf.get(studentId) ?? [];
    for (const task of findings.flatMap((f) => f.tasks)) {
      const assignees = task.assignee === 'kontaktlaerer' && teachers.length > 0 ? teachers : rektor ? [rektor.staffId] : [];
      for (const assigneeStaffId of new Set(assignees)) {
        if (people.openCases && isTakenOverByCase({ studentId, assigneeStaffId, kind: task.kind }, people.openCases)) continue;
        const key = `${studentId}|${assigneeStaffId}|${task.kind}`;
        const seen = byTask.get(key);
        if (!seen || task.dueOn < seen.dueOn) byTask.set(key, { studentId, flagKey, assigneeStaffId, kind: task.kind, dueOn: task.dueOn });
      }
    }
  }
  return [...byTask.values()];
}
