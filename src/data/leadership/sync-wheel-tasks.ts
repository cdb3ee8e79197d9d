/**
 * Keeps the wheel's tasks in step with the wheel (src/domain/leadership/wheel-task-window.ts): a
 * task is added for each person with a duty coming up (or just past) and not done, moved when the
 * date moves, and closed when the activity is done for all the person's classes (measured from
 * the data, as the wheel measures it). A task the person marked done themselves is not given again this year.
 * Run by the daily evaluation and after every change to the wheel. The wheel is the IKO seed's,
 * for videregående: a grunnskole's staff get none of its tasks (their routine is the absence
 * routine's rhythm, issue 13).
 */
import { and, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { schools, tasks } from '../../db/schema.js';
import { planWheelTasks, wheelTaskKind, type WheelDuty } from '../../domain/leadership/wheel-task-window.js';
import { findWheelView } from './find-wheel-view.js';

export async function syncWheelTasks(db: Db, ownerId: string, schoolId: string, today: string, now = new Date()): Promise<{ added: number; closed: number }> {
  const view = await findWheelView(db, ownerId, schoolId, today);
  if (!view) return { added: 0, closed: 0 };
  const duties: WheelDuty[] = [];
  for (const entry of view.entries) {
    if (entry.removed) continue;
    const title = entry.code === 'egen' ? (entry.title ?? entry.key) : entry.key;
    const done = (classId: string | null) =>
      classId === null ? entry.school?.status === 'ferdig' : entry.classes.find((c) => c.classId === classId)?.progress.status === 'ferdig';
    for (const r of entry.responsible) duties.push({ title, dueOn: entry.dueOn, done: done(r.classId), staffIds: r.staff.map((s) => s.id) });
  }
  const { give, owed } = planWheelTasks(duties, view.school.calendar, today);
  const titles = [...new Set(duties.map((d) => d.title))];
  const existing = titles.length
    ? await db
        .select({ id: tasks.id, staffId: tasks.assigneeStaffId, title: tasks.title, dueOn: tasks.dueOn, doneAt: tasks.doneAt })
        .from(tasks)
        .where(
          and(
            eq(tasks.ownerId, ownerId),
            eq(tasks.schoolId, schoolId),
            eq(tasks.kind, wheelTaskKind),
            inArray(tasks.title, titles),
            // This school year's: a task of last year's wheel is last year's.
            gte(tasks.createdAt, new Date(`${view.school.calendar.startsOn}T00:00:00Z`)),
          ),
        )
    : [];
  const keyOf = (t: { staffId: string; title: string }) => `${t.staffId}\u0000${t.title}`;
  const had = new Map(existing.map((t) => [keyOf(t), t]));
  const stillOwed = new Map(owed.map((w) => [keyOf(w), w]));

  const toAdd = give.filter((w) => !had.has(keyOf(w)));
  if (toAdd.length) {
    await db.insert(tasks).values(toAdd.map((w) => ({ ownerId, schoolId, assigneeStaffId: w.staffId, kind: wheelTaskKind, title: w.title, dueOn: w.dueOn })));
  }
  let closed = 0;
  for (const task of existing) {
    if (task.doneAt !== null) continue;
    const w = stillOwed.get(keyOf(task));
    if (!w) {
      // Done in the data (or no longer the person's): the task closes itself.
      await db.update(tasks).set({ doneAt: now }).where(and(eq(tasks.ownerId, ownerId), eq(tasks.id, task.id), isNull(tasks.doneAt)));
      closed++;
    } else if (w.dueOn !== task.dueOn) {
      await db.update(tasks).set({ dueOn: w.dueOn }).where(and(eq(tasks.ownerId, ownerId), eq(tasks.id, task.id)));
    }
  }
  return { added: toAdd.length, closed };
}

/** Every school's wheel tasks, for the daily evaluation. */
export async function syncAllWheelTasks(db: Db, today: string): Promise<{ added: number; closed: number }> {
  const all = await db.select({ ownerId: schools.ownerId, id: schools.id }).from(schools).where(eq(schools.kind, 'vgs'));
  const total = { added: 0, closed: 0 };
  for (const school of all) {
    const result = await syncWheelTasks(db, school.ownerId, school.id, today);
    total.added += result.added;
    total.closed += result.closed;
  }
  return total;
}
