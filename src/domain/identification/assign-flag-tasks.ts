/**
 * Who gets the tasks a new flag calls for: a task for the kontaktlærer goes to the student's
 * contact teachers (each of them, when the class has two); any other task, or one whose student
 * has no contact teacher, goes to the rektor — the leader titled "rektor", else the first leader
 * of the school. A school without leaders gives nobody the task rather than the wrong person.
 */
import type { IsoDate } from '../school-calendar.js';
import type { FlagCandidate, TaskKind } from './flag.js';

export interface FlagTaskAssignment {
  studentId: string;
  /** The evidence of the new flag the task belongs to. */
  evidenceKey: string;
  assigneeStaffId: string;
  kind: TaskKind;
  dueOn: IsoDate;
}

export interface SchoolPeople {
  /** The contact teachers of each student (student id → staff ids). */
  contactTeachersOf: ReadonlyMap<string, readonly string[]>;
  /** The school's leaders (skoleleder), with their titles. */
  leaders: ReadonlyArray<{ staffId: string; title: string | null }>;
}

export function assignFlagTasks(raised: ReadonlyArray<{ studentId: string; candidate: FlagCandidate }>, people: SchoolPeople): FlagTaskAssignment[] {
  const rektor = people.leaders.find((l) => l.title?.toLowerCase() === 'rektor') ?? people.leaders[0];
  const assignments: FlagTaskAssignment[] = [];
  for (const { studentId, candidate } of raised) {
    const teachers = people.contactTeachersOf.get(studentId) ?? [];
    for (const task of candidate.tasks) {
      const assignees = task.assignee === 'kontaktlaerer' && teachers.length > 0 ? teachers : rektor ? [rektor.staffId] : [];
      for (const assigneeStaffId of new Set(assignees)) {
        assignments.push({ studentId, evidenceKey: candidate.evidenceKey, assigneeStaffId, kind: task.kind, dueOn: task.dueOn });
      }
    }
  }
  return assignments;
}
