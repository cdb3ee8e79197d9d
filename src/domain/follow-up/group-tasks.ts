/**
 * "Mine oppgaver" grouped by student (issue 9): a person with many tasks sees one row per student,
 * the most urgent student first — one with an overdue task before one without, then by the
 * earliest due date among the open tasks. Within a group, open before done, overdue first, then by
 * due date. Tasks without a student (none yet) come in a group of their own, ordered the same way.
 */
import type { IsoDate } from '../school-calendar.js';

export interface GroupableTask {
  dueOn: IsoDate;
  overdue: boolean;
  doneAt: string | null;
  student: { id: string } | null;
}

export interface TaskGroup<T extends GroupableTask> {
  /** The student's id, or null for the tasks that concern no student. */
  studentId: string | null;
  tasks: T[];
  openCount: number;
  overdueCount: number;
  /** The earliest due date among the open tasks, null when all are done. */
  nextDueOn: IsoDate | null;
}

const rank = (task: GroupableTask) => (task.doneAt ? 2 : task.overdue ? 0 : 1);

/** Open before done, overdue first, then by due date. */
export function taskOrder(a: GroupableTask, b: GroupableTask): number {
  return rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn);
}

export function groupTasksByStudent<T extends GroupableTask>(tasks: readonly T[]): TaskGroup<T>[] {
  const byStudent = new Map<string | null, T[]>();
  for (const task of tasks) {
    const key = task.student?.id ?? null;
    byStudent.set(key, [...(byStudent.get(key) ?? []), task]);
  }
  const groups = [...byStudent].map(([studentId, own]): TaskGroup<T> => {
    const sorted = [...own].sort(taskOrder);
    const open = sorted.filter((t) => !t.doneAt);
    return { studentId, tasks: sorted, openCount: open.length, overdueCount: open.filter((t) => t.overdue).length, nextDueOn: open[0]?.dueOn ?? null };
  });
  return groups.sort(groupOrder);
}

function groupOrder<T extends GroupableTask>(a: TaskGroup<T>, b: TaskGroup<T>): number {
  const groupRank = (g: TaskGroup<T>) => (g.overdueCount > 0 ? 0 : 1);
  return (
    groupRank(a) - groupRank(b) ||
    // A student whose tasks are all done has no next date, and comes after every open one.
    (a.nextDueOn ?? '9999').localeCompare(b.nextDueOn ?? '9999') ||
    b.overdueCount - a.overdueCount ||
    // The tasks without a student last among equals, so that the order does not depend on the map.
    Number(a.studentId === null) - Number(b.studentId === null) ||
    // Here both groups have a student: only one group is without.
    String(a.studentId).localeCompare(String(b.studentId))
  );
}
