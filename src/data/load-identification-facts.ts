/**
 * Gathers what the identification rules look at, for the students of one school (or some of
 * them), in a fixed number of queries whatever the number of students: the school and its
 * calendar, then at once one row per student with its records aggregated as JSON by the
 * database, the groups with their lessons and members, and the guardian links.
 *
 * The database builds the JSON through each student's own indexes, so that for a whole school
 * the work is shared between two processes (the server aggregates while Node evaluates) and Node
 * parses one JSON text per student instead of a protocol row per record. The lists travel as
 * arrays of values rather than objects: measured on PostgreSQL 15, json_build_object cost the
 * server about twice as much per record as json_build_array.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { AbsenceRecordFact, IdentificationFacts, LessonSlot } from '../domain/identification/facts.js';
import type { AbsenceScope, AbsenceType, GradeKind, GradeValue, TeacherReportKind } from '../domain/vocabulary.js';
import { arrayParam } from '../lib/sql-arrays.js';
import { groupBy } from '../lib/group-by.js';
import type { RuleProfile } from '../domain/identification/rule-profile.js';
import { profileKindOf, type ProfileKind, type SchoolKind } from '../domain/vocabulary.js';
import { ruleProfileOf, newestProfileText, profileKindSql } from './load-rule-profile.js';
import { schoolYearCalendarOf, schoolYearText, type SchoolYearCalendar } from './load-school-calendar.js';

export interface SchoolFacts {
  schoolKind: ProfileKind;
  facts: IdentificationFacts[];
}

/** The school's kind, the school year around `today` and the rule profile in force: what every student of it shares. */
export interface SchoolContext {
  /** The family of rule profile the school's kind follows (profileKindOf). */
  schoolKind: ProfileKind;
  year: SchoolYearCalendar;
  profile: RuleProfile;
}

/** In one query; the year and the profile are parsed once per distinct text (see their loaders). */
export async function loadSchoolContext(db: Db, ownerId: string, schoolId: string, today: string): Promise<SchoolContext | undefined> {
  const [school] = await queryRows<{ kind: SchoolKind; year: string | null; profile: string | null }>(
    db,
    sql`select s.kind, ${schoolYearText(ownerId, schoolId, today)} as year, ${newestProfileText(sql`s.owner_id`, profileKindSql(sql`s.kind`))} as profile
        from schools s where s.owner_id = ${ownerId} and s.id = ${schoolId}`,
  );
  const year = school ? schoolYearCalendarOf(school.year, today) : undefined;
  if (!school || !year?.currentTerm) return undefined;
  const kind = profileKindOf(school.kind);
  return { schoolKind: kind, year, profile: ruleProfileOf(school.profile, kind) };
}

type Json<T> = T | string;

/** One student as the query gives it, each list as JSON arrays of values in a fixed order. */
interface StudentRow {
  id: string;
  /** [id, date, scope, lesson, group, hours, type, notice] */
  absence: Json<Array<[string, string, AbsenceScope, number | null, string | null, number, AbsenceType, boolean]>>;
  /** [id, subject, kind, value, given on] */
  grades: Json<Array<[string, string, GradeKind, GradeValue, string]>>;
  /** [grade average, admitted choice, subjects with 1 or none, special education, lower secondary absence] */
  intake: Json<[number | null, number | null, string[], boolean, number | null] | null>;
  /** [id, kind, created on (UTC date)] */
  reports: Json<Array<[string, TeacherReportKind, string]>>;
  /** For some students only: the siblings at any of the owner's schools, each with the dates of its whole-day absence. */
  siblings?: Json<Array<[string, string[]]>>;
}

/** A group of the school this year: its subject, its weekly lessons [weekday, lesson] and its members. */
interface GroupRow {
  id: string;
  subject: string;
  lessons: Json<Array<[number, number]>>;
  members: Json<string[]>;
}

const parsed = <T>(value: Json<T>): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

export async function loadIdentificationFacts(
  db: Db,
  ownerId: string,
  schoolId: string,
  today: string,
  onlyStudents?: readonly string[],
  context?: SchoolContext,
): Promise<SchoolFacts | undefined> {
  const school = context ?? (await loadSchoolContext(db, ownerId, schoolId, today));
  if (!school) return undefined;
  const { year } = school;
  if (onlyStudents?.length === 0) return { schoolKind: school.schoolKind, facts: [] };
  const from = year.calendar.startsOn;
  const ids = onlyStudents ? arrayParam([...new Set(onlyStudents)], 'uuid') : undefined;

  const [students, groups, links] = await Promise.all([
    queryRows<StudentRow>(
      db,
      sql`select s.id,
          coalesce((
            select json_agg(json_build_array(a.id, a.date, a.scope, a.lesson_number, a.group_id, a.hours, a.type, a.notice_from_home))
            from absence_records a
            where a.owner_id = s.owner_id and a.student_id = s.id and a.date >= ${from} and a.date <= ${today}), '[]') as absence,
          coalesce((
            select json_agg(json_build_array(g.id, g.subject_name, g.kind, g.value, g.given_on))
            from grades g
            where g.owner_id = s.owner_id and g.student_id = s.id and g.given_on >= ${from} and g.given_on <= ${today}), '[]') as grades,
          (select json_build_array(i.grade_average, i.admitted_choice, i.subjects_with_grade1_or_missing, i.special_education_notice, i.lower_secondary_absence_percent)
            from intake_data i
            where i.owner_id = s.owner_id and i.student_id = s.id and i.school_year_id = ${year.schoolYearId}) as intake,
          coalesce((
            select json_agg(json_build_array(r.id, r.kind, to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD')))
            from teacher_reports r
            where r.owner_id = s.owner_id and r.student_id = s.id), '[]') as reports
          ${ids ? siblingsColumn(from, today) : sql``}
        from ${ids ? sql`(select * from students where owner_id = ${ownerId} and id = any(${ids}) offset 0)` : sql`students`} s
        where s.owner_id = ${ownerId} and s.school_id = ${schoolId}`,
    ),
    // The school's groups this year (for some students, their groups) with lessons and members.
    queryRows<GroupRow>(
      db,
      sql`select g.id, coalesce(g.subject_name, g.name) as subject,
          coalesce((select json_agg(json_build_array(ts.weekday, ts.lesson_number)) from timetable_slots ts where ts.owner_id = g.owner_id and ts.group_id = g.id), '[]') as lessons,
          coalesce((select json_agg(m.student_id) from group_memberships m where m.owner_id = g.owner_id and m.group_id = g.id ${ids ? sql`and m.student_id = any(${ids})` : sql``}), '[]') as members
        from ${
          ids
            ? // From the students' memberships to their groups by key. (The offsets keep the
              // planner from walking all the school's groups instead, as it does without statistics.)
              sql`(select distinct m.group_id from group_memberships m where m.owner_id = ${ownerId} and m.student_id = any(${ids}) offset 0) mine
                  cross join lateral (select * from groups g where g.owner_id = ${ownerId} and g.id = mine.group_id offset 0) g`
            : sql`groups g`
        }
        where g.owner_id = ${ownerId} and g.school_id = ${schoolId} and g.school_year_id = ${year.schoolYearId}`,
    ),
    // For a whole school, its guardian links (siblings are found from them, and the absence of
    // those at the school is loaded anyway), and the links of their siblings at the owner's other
    // schools, each with the sibling's whole-day dates: a guardian is the owner's, not a school's.
    ids ? Promise.resolve([]) : queryRows<LinkRow>(db, guardianLinks(ownerId, schoolId, from, today)),
  ]);

  // Each student's timetable, from the groups they are members of.
  const timetableOf = new Map<string, LessonSlot[]>();
  for (const g of groups) {
    const lessons = parsed(g.lessons);
    if (lessons.length === 0) continue;
    const slots = lessons.map(([weekday, lessonNumber]): LessonSlot => ({ groupId: g.id, subjectName: g.subject, weekday, lessonNumber }));
    for (const studentId of parsed(g.members)) {
      const list = timetableOf.get(studentId);
      if (list) list.push(...slots);
      else timetableOf.set(studentId, [...slots]);
    }
  }

  const absenceOf = new Map<string, AbsenceRecordFact[]>();
  for (const s of students) {
    absenceOf.set(
      s.id,
      parsed(s.absence).map(([id, date, scope, lessonNumber, groupId, hours, type, noticeFromHome]) => ({ id, date, scope, lessonNumber, groupId, hours: Number(hours), type, noticeFromHome })),
    );
  }
  const siblingsOf = siblingsFromLinks(links, absenceOf);

  const calendar = year.calendar;
  const term = { startsOn: year.currentTerm!.startsOn, endsOn: year.currentTerm!.endsOn };
  const facts = students.map((s): IdentificationFacts => {
    const intake = parsed(s.intake);
    return {
      asOf: today,
      calendar,
      term,
      student: { id: s.id, schoolKind: school.schoolKind },
      intake: intake
        ? {
            gradeAverage: intake[0] === null ? null : Number(intake[0]),
            admittedChoice: intake[1],
            subjectsWithGrade1OrMissing: intake[2],
            specialEducationNotice: intake[3],
            lowerSecondaryAbsencePercent: intake[4] === null ? null : Number(intake[4]),
          }
        : null,
      grades: parsed(s.grades).map(([id, subjectName, kind, value, givenOn]) => ({ id, subjectName, kind, value, givenOn })),
      absence: absenceOf.get(s.id)!,
      timetable: timetableOf.get(s.id) ?? [],
      reports: parsed(s.reports).map(([id, kind, createdAt]) => ({ id, kind, createdAt })),
      siblings:
        s.siblings === undefined ? (siblingsOf.get(s.id) ?? []) : parsed(s.siblings).map(([studentId, absenceDates]) => ({ studentId, absenceDates })),
    };
  });
  return { schoolKind: school.schoolKind, facts };
}

/** The whole-day dates of a student (`student`, SQL) from `from` to `today`, as a JSON array. */
const wholeDayDates = (owner: SQL, student: SQL, from: string, today: string) =>
  sql`coalesce((
          select json_agg(distinct d.date)
          from absence_records d
          where d.owner_id = ${owner} and d.student_id = ${student} and d.scope = 'dag' and d.date >= ${from} and d.date <= ${today}), '[]')`;

/**
 * For some students: each one's siblings (a guardian in common) at any of the owner's schools —
 * siblings go to different schools, a barneskole and an ungdomsskole — with the dates of their
 * whole-day absence this school year, as a JSON column of the student query.
 */
function siblingsColumn(from: string, today: string) {
  return sql`, coalesce((
      select json_agg(json_build_array(sibling.id, ${wholeDayDates(sql`s.owner_id`, sql`sibling.id`, from, today)}))
      from (
        select distinct other.student_id as id
        from student_guardians mine
        join student_guardians other on other.owner_id = mine.owner_id and other.guardian_id = mine.guardian_id and other.student_id <> mine.student_id
        where mine.owner_id = s.owner_id and mine.student_id = s.id) sibling), '[]') as siblings`;
}

/** A guardian link; `dates` only for a sibling at another school: its whole-day dates. */
interface LinkRow {
  student_id: string;
  guardian_id: string;
  dates: Json<string[]> | null;
}

/**
 * For a whole school, in one query: the guardian links of its students, and the links of their
 * siblings at the owner's other schools with each sibling's whole-day dates (found once per sibling).
 */
function guardianLinks(ownerId: string, schoolId: string, from: string, today: string) {
  return sql`with own_links as (
        select sg.student_id, sg.guardian_id
        from students s
        join student_guardians sg on sg.owner_id = s.owner_id and sg.student_id = s.id
        where s.owner_id = ${ownerId} and s.school_id = ${schoolId}),
      elsewhere as (
        select distinct other.student_id, other.guardian_id
        from own_links mine
        join student_guardians other on other.owner_id = ${ownerId} and other.guardian_id = mine.guardian_id
        join students o on o.owner_id = other.owner_id and o.id = other.student_id
        where o.school_id <> ${schoolId}),
      dates as (
        select sibling.id, ${wholeDayDates(sql`${ownerId}`, sql`sibling.id`, from, today)} as dates
        from (select distinct student_id as id from elsewhere) sibling)
    select student_id, guardian_id, null::json as dates from own_links
    union all
    select e.student_id, e.guardian_id, dates.dates from elsewhere e join dates on dates.id = e.student_id`;
}

/**
 * For a whole school: siblings from the guardian links, their whole-day dates from their absence
 * (loaded for the school's students) or from the link (a sibling at another school).
 */
function siblingsFromLinks(links: LinkRow[], absenceOf: Map<string, AbsenceRecordFact[]>) {
  const childrenOf = groupBy(links, (l) => l.guardian_id);
  const siblingsOf = new Map<string, IdentificationFacts['siblings']>();
  const wholeDays = new Map<string, string[]>();
  for (const link of links) if (link.dates !== null && !wholeDays.has(link.student_id)) wholeDays.set(link.student_id, parsed(link.dates));
  const wholeDaysOf = (id: string) => {
    let dates = wholeDays.get(id);
    if (!dates) wholeDays.set(id, (dates = [...new Set((absenceOf.get(id) ?? []).filter((a) => a.scope === 'dag').map((a) => a.date))]));
    return dates;
  };
  // The school's own students: the links of siblings elsewhere only name them.
  for (const [studentId, own] of groupBy(
    links.filter((l) => l.dates === null),
    (l) => l.student_id,
  )) {
    const siblings = new Set<string>();
    for (const link of own) for (const child of childrenOf.get(link.guardian_id) ?? []) if (child.student_id !== studentId) siblings.add(child.student_id);
    if (siblings.size > 0) siblingsOf.set(studentId, [...siblings].map((id) => ({ studentId: id, absenceDates: wholeDaysOf(id) })));
  }
  return siblingsOf;
}
