/**
 * The students whose home may be owed a same-day notice today (src/domain/notices/same-day-rule.ts
 * decides): at the schools that turned the notice on, those with a record of the day that shows
 * them away without notice, whose home has not yet been sent one today. One query across every
 * owner — the sweep runs each minute, and with no school's setting on it reads only the schools.
 *
 * It walks each such school's students (`students_school`) into their records of the day by the
 * absence table's primary key (owner, student, date), as the absence table has no index by
 * school and day (docs/decisions/009). The query narrows; the rule decides on the records it
 * returns (the grace, the home having told), so the rule lives in one place.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { typesWithoutNotice, type DayRecord } from '../../domain/notices/same-day-rule.js';
import type { AbsenceType } from '../../domain/vocabulary.js';
import { arrayParam } from '../../lib/sql-arrays.js';
import { schoolYearCalendarOf, schoolYearText, type SchoolYearCalendar } from '../load-school-calendar.js';

export interface SameDayAbsence {
  ownerId: string;
  schoolId: string;
  schoolName: string;
  /** The school's number for the notice (`schools.notice_phone`); a school without one is not swept. */
  contactPhone: string;
  /** The school year around the day, to tell a break from a school day; undefined when the school has none. */
  schoolYear: SchoolYearCalendar | undefined;
  studentId: string;
  birthDate: string | null;
  /** The student's records of the day (lessons and whole days). */
  records: DayRecord[];
  /** A notice from home is kept for the day. */
  homeHasToldToday: boolean;
}

interface Row {
  owner_id: string;
  school_id: string;
  school_name: string;
  notice_phone: string;
  school_year: string | null;
  student_id: string;
  birth_date: string | null;
  records: Array<{ type: AbsenceType; notice_from_home: boolean; registered_at: string }>;
  home_told: boolean;
}

export async function findSameDayAbsences(db: Db, day: string): Promise<SameDayAbsence[]> {
  const types = arrayParam(typesWithoutNotice, 'text');
  const rows = await queryRows<Row>(
    db,
    sql`select s.owner_id, s.id as school_id, s.name as school_name, s.notice_phone,
          ${schoolYearText(sql`s.owner_id`, sql`s.id`, day)} as school_year,
          st.id as student_id, st.birth_date::text as birth_date,
          json_agg(json_build_object('type', a.type, 'notice_from_home', a.notice_from_home, 'registered_at', a.registered_at) order by a.registered_at) as records,
          exists (select 1 from home_notices h where h.owner_id = st.owner_id and h.student_id = st.id and h.date = ${day}::date) as home_told
        from schools s
        join students st on st.owner_id = s.owner_id and st.school_id = s.id
        join absence_records a on a.owner_id = st.owner_id and a.student_id = st.id and a.date = ${day}::date and a.school_id = s.id
        where s.same_day_absence_notice and coalesce(trim(s.notice_phone), '') <> ''
          and a.source = 'registrering'
          and not exists (
            select 1 from notices n
            where n.owner_id = st.owner_id and n.kind = 'fravaer_samme_dag' and n.reason = ${`absence:${day}`} and n.student_id = st.id)
        group by s.owner_id, s.id, s.name, s.notice_phone, st.owner_id, st.id, st.birth_date
        having bool_or(a.type = any(${types}) and not a.notice_from_home)`,
  );
  return rows.map((r) => ({
    ownerId: r.owner_id,
    schoolId: r.school_id,
    schoolName: r.school_name,
    contactPhone: r.notice_phone,
    schoolYear: schoolYearCalendarOf(r.school_year, day),
    studentId: r.student_id,
    birthDate: r.birth_date,
    records: r.records.map((x) => ({ type: x.type, noticeFromHome: x.notice_from_home, registeredAt: new Date(x.registered_at) })),
    homeHasToldToday: r.home_told,
  }));
}
