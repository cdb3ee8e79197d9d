/**
 * A teacher's register for one lesson: everyone present by default; absent or late as marked.
 * Re-saving the same lesson replaces what was registered for it, so a correction is a re-save.
 *
 * Two round trips: one read of what the day already has (whole-day records, the lesson's notices
 * from home), then — once the domain has said what the lesson's records are
 * (src/domain/registration/absence-from-registration.ts) — one statement that removes what was
 * registered for the lesson and writes it anew, atomic by itself. No transaction around the two
 * (it would double the round trips of the commonest write in the app): instead the statement
 * removes only the notices from home that the read saw and carried into the new records, so a
 * notice written between the two is kept, as it was when this was one statement.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { lessonAbsences, type AttendanceMark, type RecordedThatDay } from '../../domain/registration/absence-from-registration.js';
import type { AbsenceType } from '../../domain/vocabulary.js';
import { arrayParam } from '../../lib/sql-arrays.js';
import { markRegistered } from './mark-registered.js';

export type AttendanceEntry = AttendanceMark;

export async function recordAttendance(
  db: Db,
  input: { ownerId: string; schoolId: string; groupId: string; date: string; lessonNumber: number; registeredBy: string; entries: AttendanceEntry[] },
): Promise<number> {
  if (input.entries.length === 0) return 0;
  const { ownerId, date, lessonNumber } = input;
  // The students as an array parameter, which the primary key (owner, student, date, …) serves.
  const students = arrayParam([...new Set(input.entries.map((e) => e.studentId))], 'uuid');
  const earlier = await queryRows<{ id: string; student_id: string; scope: 'time' | 'dag'; type: AbsenceType; cause: string | null; notice_from_home: boolean }>(
    db,
    sql`select a.id, a.student_id, a.scope, a.type, a.cause, a.notice_from_home from absence_records a
        where a.owner_id = ${ownerId} and a.student_id = any(${students}) and a.date = ${date}
          and (a.scope = 'dag' or (a.lesson_number = ${lessonNumber} and a.notice_from_home))`,
  );
  const recorded = new Map<string, RecordedThatDay>();
  for (const r of earlier) {
    const day = recorded.get(r.student_id) ?? { awayAllDay: false, notice: null };
    if (r.scope === 'dag') day.awayAllDay = true;
    else day.notice ??= { type: r.type, cause: r.cause };
    recorded.set(r.student_id, day);
  }
  const carriedNotices = arrayParam(earlier.filter((r) => r.scope !== 'dag').map((r) => r.id), 'uuid');
  const rows = lessonAbsences(input.entries, recorded).map((a) => ({
    student_id: a.studentId,
    hours: a.hours,
    minutes_late: a.minutesLate,
    type: a.type,
    cause: a.cause,
    notice_from_home: a.noticeFromHome,
  }));
  await queryRows(
    db,
    sql`with removed as (
          delete from absence_records a
          where a.owner_id = ${ownerId} and a.student_id = any(${students}) and a.date = ${date} and a.lesson_number = ${lessonNumber}
            and (not a.notice_from_home or a.id = any(${carriedNotices}))
        )
        insert into absence_records (owner_id, school_id, student_id, date, scope, lesson_number, group_id, hours, minutes_late, type, cause, notice_from_home, registered_by, source)
        select ${ownerId}::uuid, ${input.schoolId}::uuid, x.student_id, ${date}::date, 'time', ${lessonNumber}::smallint, ${input.groupId}::uuid,
          x.hours, x.minutes_late, x.type, x.cause, x.notice_from_home, ${input.registeredBy}::uuid, 'registrering'
        from json_to_recordset(${JSON.stringify(rows)}::json) as x(student_id uuid, hours smallint, minutes_late smallint, type text, cause text, notice_from_home boolean)`,
  );
  await markRegistered(db, { ownerId, groupId: input.groupId, date, lessonNumber, registeredBy: input.registeredBy });
  return input.entries.length;
}
