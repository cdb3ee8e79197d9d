/**
 * "Mine oppgaver" calm (issue 13): when a person has several open tasks of one kind from one
 * source at one school — ten "summon the guardians" from the monthly check, one per student — they
 * are one item ("Innkall foresatte til samtale — 10 elever"), due on the earliest date, overdue if
 * any is, opened to the students. Fewer stay single tasks in their student's group, as do the
 * done ones. Nothing is hidden: every task is in the item or in its student's group, once.
 *
 * The source is what gave the task: the identification rules (a flag), a case's step, or the rest
 * (a closer-follow-up review). The annual wheel's tasks and tasks without a student are never
 * gathered: each is already one per person and activity, not one per student.
 */
import type { IsoDate } from '../school-calendar.js';
import { groupTasksByStudent, taskOrder, type GroupableTask, type TaskGroup } from './group-tasks.js';

/** From this many open tasks of one kind, source and school, they are gathered into one item. */
export const gatherFrom = 3;

export const taskSources = ['flagg', 'sak', 'annet'] as const;
export type TaskSource = (typeof taskSources)[number];

export interface GatherableTask extends GroupableTask {
  kind: string;
  schoolId: string;
  flag: object | null;
  caseId: string | null;
  activity: object | null;
}

/** What gave the task, or null for a task that is never gathered. */
export function taskSource(task: GatherableTask): TaskSource | null {
  if (task.activity !== null || task.student === null) return null;
  return task.flag !== null ? 'flagg' : task.caseId !== null ? 'sak' : 'annet';
}

export interface GatheredTasks<T extends GatherableTask> {
  key: string;
  kind: string;
  source: TaskSource;
  schoolId: string;
  /** The open tasks, overdue first, then by due date. */
  tasks: T[];
  overdueCount: number;
  /** The earliest due date among them. */
  dueOn: IsoDate;
}

export type TaskListEntry<T extends GatherableTask> = { type: 'samlet'; gathered: GatheredTasks<T> } | { type: 'elev'; group: TaskGroup<T> };

const keyOf = (task: GatherableTask, source: TaskSource) => `${task.kind}:${source}:${task.schoolId}`;

/**
 * The person's tasks as the list shows them: the gathered items and the student groups of the rest
 * (groupTasksByStudent), the most urgent first — one with an overdue task before one without, then
 * by the earliest open due date; among equals a gathered item first, since it holds more.
 */
export function arrangeTasks<T extends GatherableTask>(tasks: readonly T[], threshold: number = gatherFrom): TaskListEntry<T>[] {
  const candidates = new Map<string, { kind: string; source: TaskSource; schoolId: string; tasks: T[] }>();
  for (const task of tasks) {
    const source = task.doneAt === null ? taskSource(task) : null;
    if (source === null) continue;
    const key = keyOf(task, source);
    const entry = candidates.get(key) ?? { kind: task.kind, source, schoolId: task.schoolId, tasks: [] };
    entry.tasks.push(task);
    candidates.set(key, entry);
  }
  const gathered = [...candidates]
    .filter(([, c]) => c.tasks.length >= threshold)
    .map(([key, c]): GatheredTasks<T> => {
      const sorted = [...c.tasks].sort(taskOrder);
      return { key, kind: c.kind, source: c.source, schoolId: c.schoolId, tasks: sorted, overdueCount: sorted.filter((t) => t.overdue).length, dueOn: sorted.map((t) => t.dueOn).sort()[0]! };
    });
  const inItems = new Set(gathered.flatMap((g) => g.tasks));
  // The student groups in groupTasksByStudent's order, and the items sorted in among them.
  const entries: TaskListEntry<T>[] = [
    ...groupTasksByStudent(tasks.filter((t) => !inItems.has(t))).map((group) => ({ type: 'elev' as const, group })),
    ...gathered.map((g) => ({ type: 'samlet' as const, gathered: g })),
  ];
  return entries.sort(entryOrder);
}

const urgency = (entry: TaskListEntry<GatherableTask>) =>
  entry.type === 'samlet' ? { overdue: entry.gathered.overdueCount, next: entry.gathered.dueOn, id: entry.gathered.key } : { overdue: entry.group.overdueCount, next: entry.group.nextDueOn, id: String(entry.group.studentId) };

function entryOrder(a: TaskListEntry<GatherableTask>, b: TaskListEntry<GatherableTask>): number {
  const x = urgency(a);
  const y = urgency(b);
  return (
    Number(y.overdue > 0) - Number(x.overdue > 0) ||
    // A group whose tasks are all done has no next date, and comes after every open one.
    (x.next ?? '9999').localeCompare(y.next ?? '9999') ||
    Number(b.type === 'samlet') - Number(a.type === 'samlet') ||
    y.overdue - x.overdue ||
    // Here both are items or both groups. The items by their key; the student groups among
    // themselves keep groupTasksByStudent's order (the tasks without a student last): the sort is stable.
    (a.type === 'samlet' ? x.id.localeCompare(y.id) : 0)
  );
}
