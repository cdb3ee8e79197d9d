/**
 * The municipality's absence team's overview (fraværsteam; issue 13, part 4): for every school of
 * the owner and every trinn, absence levels this school year, the staircase's open cases by step,
 * how long cases last and recurring absence, in counts without names. This reads; the counting and
 * the hiding of small counts are the domain's (src/domain/owner/count-absence-team.ts).
 *
 * Set-based, like leadership's owner view: one query per kind of fact for all the owner's schools.
 * Dates of timestamps are days in Norway; a case opened on its opening event's business day.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { owners, schools } from '../../db/schema.js';
import { absenceTotals, lessonsHeld, type AbsenceFact } from '../../domain/absence-totals.js';
import type { CaseOutcome, CaseStatus } from '../../domain/cases/case-workflow.js';
import { followThroughYearStart } from '../../domain/leadership/measure-implementation.js';
import { absenceShare } from '../../domain/owner/absence-band.js';
import { countAbsenceTeam, type TeamCase, type TeamStudent } from '../../domain/owner/count-absence-team.js';
import { schoolDaysBetween } from '../../domain/school-calendar.js';
import type { AbsenceScope, AbsenceType } from '../../domain/vocabulary.js';
import { groupBy } from '../../lib/group-by.js';
import { arrayParam } from '../../lib/sql-arrays.js';
import { loadSchoolCalendar, type SchoolYearCalendar } from '../load-school-calendar.js';

const day = (column: string) => sql.raw(`to_char(${column} at time zone 'Europe/Oslo', 'YYYY-MM-DD')`);

export async function findAbsenceTeam(db: Db, ownerId: string, today: string) {
  const [owner] = await db.select({ id: owners.id, name: owners.name }).from(owners).where(eq(owners.id, ownerId));
  const schoolRows = await db.select({ id: schools.id, name: schools.name, kind: schools.kind }).from(schools).where(eq(schools.ownerId, ownerId)).orderBy(asc(schools.name));
  const years = new Map<string, SchoolYearCalendar>();
  await Promise.all(
    schoolRows.map(async (s) => {
      const year = await loadSchoolCalendar(db, ownerId, s.id, today);
      if (year) years.set(s.id, year);
    }),
  );

  const schoolList = arrayParam(schoolRows.map((s) => s.id), 'uuid');
  const yearList = arrayParam([...years.values()].map((y) => y.schoolYearId), 'uuid');
  const firstDay = [...years.values()].map((y) => y.calendar.startsOn).sort()[0] ?? today;
  const [classes, studentRows, lessons, absence, patternFlags, caseRows] = await Promise.all([
    queryRows<{ student_id: string; school_id: string; level: string | null }>(
      db,
      sql`select m.student_id, g.school_id, g.level from group_memberships m join groups g on g.owner_id = m.owner_id and g.id = m.group_id
          where g.owner_id = ${ownerId} and g.school_id = any(${schoolList}) and g.school_year_id = any(${yearList}) and g.kind = 'basisgruppe'
          order by m.starts_on nulls first`,
    ),
    queryRows<{ id: string; school_id: string }>(
      db,
      sql`select id, school_id from students where owner_id = ${ownerId} and school_id = any(${schoolList}) and (left_on is null or left_on > ${today})`,
    ),
    // Each student's lessons per weekday in the timetables of this year's groups (load-lessons-per-weekday.ts, for every school at once).
    queryRows<{ student_id: string; weekday: number; lessons: number }>(
      db,
      sql`select m.student_id, t.weekday, count(*)::int as lessons from group_memberships m
          join groups g on g.owner_id = m.owner_id and g.id = m.group_id
          join timetable_slots t on t.owner_id = g.owner_id and t.group_id = g.id
          where g.owner_id = ${ownerId} and g.school_id = any(${schoolList}) and g.school_year_id = any(${yearList})
          group by m.student_id, t.weekday`,
    ),
    queryRows<{ student_id: string; school_id: string; date: string; scope: AbsenceScope; hours: number; type: AbsenceType }>(
      db,
      sql`select student_id, school_id, to_char(date, 'YYYY-MM-DD') as date, scope, hours::float8 as hours, type from absence_records
          where owner_id = ${ownerId} and school_id = any(${schoolList}) and date >= ${firstDay} and date <= ${today}`,
    ),
    // Rule 8's flags (the concern fravaersmonster), whatever became of them but dismissal.
    queryRows<{ student_id: string; school_id: string; raised_on: string }>(
      db,
      sql`select student_id, school_id, ${day('created_at')} as raised_on from flags
          where owner_id = ${ownerId} and school_id = any(${schoolList}) and concern = 'fravaersmonster' and state <> 'avvist'`,
    ),
    queryRows<{ id: string; student_id: string; school_id: string; step: string; status: CaseStatus; opened_on: string; closed_on: string | null; outcome: CaseOutcome | null }>(
      db,
      sql`select c.id, c.student_id, c.school_id, c.step, c.status, coalesce(
            (select e.detail->>'on' from case_events e where e.owner_id = c.owner_id and e.case_id = c.id and e.kind = 'opened' limit 1),
            ${day('c.created_at')}) as opened_on,
          ${day('c.closed_at')} as closed_on, c.outcome from cases c
          where c.owner_id = ${ownerId} and c.school_id = any(${schoolList}) and c.kind = 'fravaer'`,
    ),
  ]);

  // The trinn of a student's class at a school this year (the latest class, when they moved).
  const levelAt = new Map<string, string | null>();
  for (const m of classes) levelAt.set(`${m.school_id}|${m.student_id}`, m.level);
  const yearStartOf = (schoolId: string) => {
    const year = years.get(schoolId);
    return year ? followThroughYearStart(year.calendar) : null;
  };

  const lessonsOf = groupBy(lessons, (l) => l.student_id);
  const absenceOf = groupBy(absence, (a) => `${a.school_id}|${a.student_id}`);
  const raisedThisYear = (f: (typeof patternFlags)[number]) => {
    const start = yearStartOf(f.school_id);
    return start !== null && f.raised_on >= start;
  };
  const patternAt = new Set(patternFlags.filter(raisedThisYear).map((f) => `${f.school_id}|${f.student_id}`));
  const schoolDaysOf = new Map([...years].map(([id, year]) => [id, schoolDaysBetween(year.calendar, year.calendar.startsOn, today < year.calendar.endsOn ? today : year.calendar.endsOn)]));

  const teamStudents: TeamStudent[] = studentRows.map((s) => {
    const key = `${s.school_id}|${s.id}`;
    const schoolDays = schoolDaysOf.get(s.school_id);
    let share: number | null = null;
    if (schoolDays) {
      const from = years.get(s.school_id)!.calendar.startsOn;
      const records: AbsenceFact[] = (absenceOf.get(key) ?? []).filter((r) => r.date >= from).map((r) => ({ date: r.date, scope: r.scope, hours: Number(r.hours), type: r.type }));
      const perWeekday = [0, 0, 0, 0, 0, 0, 0, 0];
      for (const l of lessonsOf.get(s.id) ?? []) perWeekday[l.weekday] = Number(l.lessons);
      share = absenceShare(absenceTotals(records), { lessons: lessonsHeld(perWeekday, schoolDays), schoolDays: schoolDays.length });
    }
    return { id: s.id, schoolId: s.school_id, level: levelAt.get(key) ?? null, absenceShare: share, patternFlagThisYear: patternAt.has(key) };
  });
  const teamCases: TeamCase[] = caseRows.map((c) => ({
    id: c.id,
    studentId: c.student_id,
    schoolId: c.school_id,
    level: levelAt.get(`${c.school_id}|${c.student_id}`) ?? null,
    step: c.step,
    status: c.status,
    openedOn: c.opened_on,
    closedOn: c.closed_on,
    outcome: c.outcome,
  }));

  const counted = countAbsenceTeam({
    schools: schoolRows.map((s) => ({ id: s.id, kind: s.kind, yearStartsOn: yearStartOf(s.id) })),
    students: teamStudents,
    cases: teamCases,
    today,
  });
  return {
    owner: owner!,
    today,
    schools: schoolRows.map((s, i) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      /** The first school day of this school year, from which absence is counted; null without a school year around today. */
      absenceFrom: years.get(s.id)?.calendar.startsOn ?? null,
      levels: counted.schools[i]!.levels,
      total: counted.schools[i]!.total,
    })),
    total: counted.total,
  };
}

export type AbsenceTeamView = Awaited<ReturnType<typeof findAbsenceTeam>>;
