/**
 * A teacher's register for one lesson: everyone present by default; absent or late as marked.
 * Re-saving the same lesson replaces what was registered for it, so a correction is a re-save.
 *
 * One statement (so one round trip, atomic by itself): it reads the day's whole-day records and
 * the lesson's notices from home as they were, removes what was registered for the lesson and
 * writes the lesson anew.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { arrayParam } from '../../imports/sql-arrays.js';

export interface AttendanceEntry {
  studentId: string;
  status: 'tilstede' | 'fravaer' | 'forsent';
  minutesLate?: number | null;
}

export async function recordAttendance(
  db: Db,
  input: { ownerId: string; schoolId: string; groupId: string; date: string; lessonNumber: number; registeredBy: string; entries: AttendanceEntry[] },
): Promise<number> {
  if (input.entries.length === 0) return 0;
  const entries = JSON.stringify(input.entries.map((e) => ({ student_id: e.studentId, status: e.status, minutes_late: e.minutesLate ?? null })));
  const { ownerId, date, lessonNumber } = input;
  // The students as an array parameter, which the primary key (owner, student, date, …) serves.
  const students = arrayParam([...new Set(input.entries.map((e) => e.studentId))], 'uuid');
  await queryRows(
    db,
    sql`with entries as (
          select * from json_to_recordset(${entries}::json) as e(student_id uuid, status text, minutes_late smallint)
        ),
        -- A whole day already recorded (a notice from home) covers the lesson.
        away_all_day as (
          select distinct a.student_id from absence_records a
          where a.owner_id = ${ownerId} and a.student_id = any(${students}) and a.date = ${date} and a.scope = 'dag'
        ),
        -- A notice from home already given for the lesson stays with it.
        notices as (
          select distinct on (a.student_id) a.student_id, a.type, a.cause from absence_records a
          where a.owner_id = ${ownerId} and a.student_id = any(${students}) and a.date = ${date} and a.lesson_number = ${lessonNumber}
            and a.notice_from_home
        ),
        removed as (
          delete from absence_records a
          where a.owner_id = ${ownerId} and a.student_id = any(${students}) and a.date = ${date} and a.lesson_number = ${lessonNumber}
        )
        insert into absence_records (owner_id, school_id, student_id, date, scope, lesson_number, group_id, hours, minutes_late, type, cause, notice_from_home, registered_by, source)
        select ${ownerId}::uuid, ${input.schoolId}::uuid, e.student_id, ${date}::date, 'time', ${lessonNumber}::smallint, ${input.groupId}::uuid,
          case when e.status = 'forsent' then 0 else 1 end,
          case when e.status = 'forsent' then e.minutes_late end,
          case when e.status = 'forsent' then 'forsentkomming' else coalesce(n.type, 'ikke_mott') end,
          n.cause, n.student_id is not null, ${input.registeredBy}::uuid, 'registrering'
        from entries e
        left join notices n on n.student_id = e.student_id
        where e.status <> 'tilstede' and e.student_id not in (select student_id from away_all_day)`,
  );
  return input.entries.length;
}
