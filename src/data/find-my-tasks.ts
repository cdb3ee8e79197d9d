/**
 * "Mine oppgaver": the signed-in person's tasks, open and overdue first, then open, then done,
 * each with its student (and the student's open closer-follow-up mark), its flag and the contacts
 * with the home logged from it.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { homeContacts, students, tasks } from '../db/schema.js';
import { findOpenCloserFollowUps } from './follow-up/find-closer-follow-ups.js';
import { loadFlags } from './load-flags.js';

export async function findMyTasks(db: Db, ownerId: string, staffId: string, today: string, only?: { taskId: string }) {
  const rows = await db
    .select({ task: tasks, givenName: students.givenName, familyName: students.familyName })
    .from(tasks)
    .leftJoin(students, and(eq(students.ownerId, tasks.ownerId), eq(students.id, tasks.studentId)))
    .where(and(eq(tasks.ownerId, ownerId), eq(tasks.assigneeStaffId, staffId), only ? eq(tasks.id, only.taskId) : undefined))
    .orderBy(asc(tasks.dueOn));
  const flagIds = rows.map((r) => r.task.flagId).filter((id): id is string => id !== null);
  const studentIds = [...new Set(rows.map((r) => r.task.studentId).filter((id): id is string => id !== null))];
  const flagsById = new Map((await loadFlags(db, ownerId, studentIds)).filter((f) => flagIds.includes(f.id)).map((f) => [f.id, f]));
  const marks = await findOpenCloserFollowUps(db, ownerId, studentIds);
  const taskIds = rows.map((r) => r.task.id);
  const contacts =
    taskIds.length === 0
      ? []
      : await db
          .select({ id: homeContacts.id, taskId: homeContacts.taskId, staffId: homeContacts.staffId, outcome: homeContacts.outcome, channel: homeContacts.channel, contactedAt: homeContacts.contactedAt, recordedAt: homeContacts.recordedAt })
          .from(homeContacts)
          .where(and(eq(homeContacts.ownerId, ownerId), inArray(homeContacts.taskId, taskIds)))
          .orderBy(desc(homeContacts.recordedAt));
  const rank = (r: (typeof rows)[number]) => (r.task.doneAt ? 2 : r.task.dueOn < today ? 0 : 1);
  return rows
    .sort((a, b) => rank(a) - rank(b) || (a.task.dueOn < b.task.dueOn ? -1 : a.task.dueOn > b.task.dueOn ? 1 : 0))
    .map((r) => ({
      ...r.task,
      overdue: !r.task.doneAt && r.task.dueOn < today,
      student:
        r.task.studentId && r.givenName
          ? { id: r.task.studentId, givenName: r.givenName, familyName: r.familyName!, closerFollowUpReviewOn: marks.get(r.task.studentId)?.reviewOn ?? null }
          : null,
      flag: r.task.flagId ? (flagsById.get(r.task.flagId) ?? null) : null,
      contacts: contacts.filter((c) => c.taskId === r.task.id),
    }));
}

export type MyTask = Awaited<ReturnType<typeof findMyTasks>>[number];
