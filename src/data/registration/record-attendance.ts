/**
 * A teacher's register for one lesson: everyone present by default; absent or late as marked.
 * Re-saving the same lesson replaces what was registered for it, so a correction is a re-save.
 *
 * Two round trips: one read of what the day already has (whole-day records, the lesson's records
 * with a notice from home, and the notices from home kept for the lesson — a guardian's call in
 * the morning), then — once the domain has said what the lesson's records are
 * (src/domain/registration/absence-from-registration.ts) — one statement that removes what was
 * registered for the lesson, writes it anew and notes that the register was taken, atomic by
 * itself, and gives the students whose records it removed or wrote (whose facts changed). No
 * transaction around the two (it would double the round trips of the commonest write in the
 * app): instead the statement removes only the notices from home that the read saw and carried
 * into the new records, so a notice written between the two is kept, as it was when this was one
 * statement.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { lessonAbsences, noticeForLesson, type AttendanceMark, type HomeNotice, type RecordedThatDay } from '../../domain/registration/absence-from-registration.js';
import type { AbsenceType } from '../../domain/vocabulary.js';
import { arrayParam } from '../../lib/sql-arrays.js';

export type AttendanceEntry = AttendanceMark;

export async function recordAttendance(
  db: Db,
  input: { ownerId: string; schoolId: string; groupId: string; date: string; lessonNumber: number; registeredBy: string; entries: AttendanceEntry[] },
): Promise<{ saved: number; changedStudentIds: string[] }> {
  if (input.entries.length === 0) return { saved: 0, changedStudentIds: [] };
  const { ownerId, date, lessonNumber } = input;
  // The students as an array parameter, which the primary key (owner, student, date, …) serves.
  const students = arrayParam([...new Set(input.entries.map((e) => e.studentId))], 'uuid');
  const earlier = await queryRows<{
    kind: 'record' | 'notice';
    id: string;
    student_id: string;
    scope: 'time' | 'dag' | null;
    type: AbsenceType;
    cause: string | null;
    named: boolean;
  }>(
    db,
    sql`select 'record' as kind, a.id, a.student_id, a.scope, a.type, a.cause, false as named, a.registered_at as at from absence_records a
        where a.owner_id = ${ownerId} and a.student_id = any(${students}) and a.date = ${date}
          and (a.scope = 'dag' or (a.lesson_number = ${lessonNumber} and a.notice_from_home))
        union all
        select 'notice', n.id, n.student_id, null, n.type, n.cause, n.lessons is not null, n.recorded_at from home_notices n
        where n.owner_id = ${ownerId} and n.student_id = any(${students}) and n.date = ${date}
          and (n.lessons is null or ${lessonNumber}::smallint = any(n.lessons))
        order by at desc`,
  );
  const recorded = new Map<string, RecordedThatDay>();
  const kept = new Map<string, HomeNotice[]>();
  for (const r of earlier) {
    if (r.kind === 'notice') {
      kept.set(r.student_id, [...(kept.get(r.student_id) ?? []), { lessons: r.named ? [lessonNumber] : null, type: r.type, cause: r.cause }]);
      continue;
    }
    const day = recorded.get(r.student_id) ?? { awayAllDay: false, notice: null };
    if (r.scope === 'dag') day.awayAllDay = true;
    else day.notice ??= { type: r.type, cause: r.cause };
    recorded.set(r.student_id, day);
  }
  // A notice from home kept for the lesson (given before the register was taken) applies to it.
  for (const [studentId, notices] of kept) {
    const day = recorded.get(studentId) ?? { awayAllDay: false, notice: null };
    day.notice ??= noticeForLesson(notices, lessonNumber);
    recorded.set(studentId, day);
  }
  const carriedNotices = arrayParam(earlier.filter((r) => r.kind === 'record' && r.scope !== 'dag').map((r) => r.id), 'uuid');
  const rows = lessonAbsences(input.entries, recorded).map((a) => ({
    student_id: a.studentId,
    hours: a.hours,
    minutes_late: a.minutesLate,
    type: a.type,
    cause: a.cause,
    notice_from_home: a.noticeFromHome,
  }));
  // The students whose records for the lesson were removed or written: only their facts changed.
  const changed = await queryRows<{ student_id: string }>(
    db,
    sql`with removed as (
          delete from absence_records a
          where a.owner_id = ${ownerId} and a.student_id = any(${students}) and a.date = ${date} and a.lesson_number = ${lessonNumber}
            and (not a.notice_from_home or a.id = any(${carriedNotices}))
          returning a.student_id
        ), registered as (
          insert into lesson_registrations (owner_id, group_id, date, lesson_number, registered_by)
          values (${ownerId}::uuid, ${input.groupId}::uuid, ${date}::date, ${lessonNumber}::smallint, ${input.registeredBy}::uuid)
          on conflict (owner_id, group_id, date, lesson_number) do update set registered_by = excluded.registered_by, registered_at = now()
        ), written as (
          insert into absence_records (owner_id, school_id, student_id, date, scope, lesson_number, group_id, hours, minutes_late, type, cause, notice_from_home, registered_by, source)
          select ${ownerId}::uuid, ${input.schoolId}::uuid, x.student_id, ${date}::date, 'time', ${lessonNumber}::smallint, ${input.groupId}::uuid,
            x.hours, x.minutes_late, x.type, x.cause, x.notice_from_home, ${input.registeredBy}::uuid, 'registrering'
          from json_to_recordset(${JSON.stringify(rows)}::json) as x(student_id uuid, hours smallint, minutes_late smallint, type text, cause text, notice_from_home boolean)
          returning student_id
        )
        select student_id from removed union select student_id from written`,
  );
  return { saved: input.entries.length, changedStudentIds: changed.map((r) => r.student_id) };
}
