/**
 * What goes into a person's calendar: their open tasks (the annual wheel's among them), and the
 * meetings since `meetingsFrom` of the cases they take part in (responsible or participant), each
 * with the case's school and student, for the access check and the audit trail. Nothing about the
 * student beyond the id is read: the calendar does not name them.
 */
import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants, cases, meetings, tasks } from '../../db/schema.js';

export async function findCalendarEntries(db: Db, input: { ownerId: string; staffId: string; meetingsFrom: Date }) {
  const openTasks = await db
    .select({ id: tasks.id, kind: tasks.kind, title: tasks.title, dueOn: tasks.dueOn, caseId: tasks.caseId, studentId: tasks.studentId })
    .from(tasks)
    .where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.assigneeStaffId, input.staffId), isNull(tasks.doneAt)))
    .orderBy(asc(tasks.dueOn), asc(tasks.id));
  const caseMeetings = await db
    .select({
      id: meetings.id,
      caseId: cases.id,
      kind: meetings.kind,
      startsAt: meetings.startsAt,
      place: meetings.place,
      schoolId: cases.schoolId,
      studentId: cases.studentId,
    })
    .from(meetings)
    .innerJoin(cases, and(eq(cases.ownerId, meetings.ownerId), eq(cases.id, meetings.caseId)))
    .innerJoin(caseParticipants, and(eq(caseParticipants.ownerId, cases.ownerId), eq(caseParticipants.caseId, cases.id), eq(caseParticipants.staffId, input.staffId)))
    .where(and(eq(meetings.ownerId, input.ownerId), gte(meetings.startsAt, input.meetingsFrom)))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return { tasks: openTasks, meetings: caseMeetings };
}

export type CalendarEntries = Awaited<ReturnType<typeof findCalendarEntries>>;
