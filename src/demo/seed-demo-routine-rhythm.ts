/**
 * The demo municipality's absence routine kept since the school start (issue 13), as a school
 * that had run Varde since August would have it, so that gs-rektor's leadership page shows the
 * rhythm as it usually stands rather than a term of nothing recorded: every class's ukesjekk each
 * school week that has ended and its review of the absence record each half-month of the term
 * that has ended, done by its contact teacher on the period's last school day, and leadership's
 * Månedssjekk of each month that has ended, on the first school day after it — with one class
 * behind (the second by name missed last week's ukesjekk and the last half-month's review), the
 * one gap leadership's page should show. The term's semester check is at its end, not yet.
 *
 * Written once, at the first load: a school that has any check recorded is left as it is.
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accounts, checkRecords, groupTeachers, groups, schools, staffRoles } from '../db/schema.js';
import { halfMonthOf, lookBack, type Period } from '../domain/checks/check-period.js';
import { fravaersrutineGrunnskoleProfile } from '../domain/identification/rule-profile.js';
import { addDays, addSchoolDays, isoWeekday, schoolDaysBetween, type IsoDate, type SchoolCalendar } from '../domain/school-calendar.js';
import { loadSchoolCalendar } from '../data/load-school-calendar.js';

type NewRecord = typeof checkRecords.$inferInsert;

/** A moment in the afternoon of a school day, in Norway. */
const afternoonOf = (day: IsoDate) => new Date(`${day}T14:00:00+01:00`);

/** The periods of a kind from the first that touches `from` while they have ended before `today`. */
function endedPeriods(first: Period, next: (p: Period) => Period, today: IsoDate): Period[] {
  const out: Period[] = [];
  for (let p = first; p.to < today; p = next(p)) out.push(p);
  return out;
}

function monthOf(day: IsoDate): Period {
  const from = `${day.slice(0, 8)}01`;
  const [y, m] = from.split('-').map(Number) as [number, number];
  const nextMonth = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(nextMonth, -1) };
}

/** Returns how many checks it recorded. */
export async function seedDemoRoutineRhythm(db: Db, today: IsoDate): Promise<number> {
  const [rektor] = await db.select({ ownerId: accounts.ownerId, staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, 'gs-rektor'));
  if (!rektor) return 0;
  const ownerId = rektor.ownerId;
  const grunnskoler = await db.select({ id: schools.id }).from(schools).where(and(eq(schools.ownerId, ownerId), ne(schools.kind, 'vgs'))).orderBy(asc(schools.name));
  let made = 0;
  for (const school of grunnskoler) {
    const [any] = await db.select({ id: checkRecords.id }).from(checkRecords).where(and(eq(checkRecords.ownerId, ownerId), eq(checkRecords.schoolId, school.id))).limit(1);
    if (any) continue;
    const year = await loadSchoolCalendar(db, ownerId, school.id, today);
    const leaders = await db
      .select({ staffId: staffRoles.staffId })
      .from(staffRoles)
      .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.schoolId, school.id), eq(staffRoles.role, 'skoleleder')))
      .orderBy(asc(staffRoles.staffId));
    const leader = leaders.find((l) => l.staffId === rektor.staffId)?.staffId ?? leaders[0]?.staffId;
    if (!year || !leader) continue;
    const classes = await db
      .select({ id: groups.id })
      .from(groups)
      .where(and(eq(groups.ownerId, ownerId), eq(groups.schoolId, school.id), eq(groups.schoolYearId, year.schoolYearId), eq(groups.kind, 'basisgruppe')))
      .orderBy(asc(groups.name));
    const teachers = classes.length
      ? await db
          .select({ groupId: groupTeachers.groupId, staffId: groupTeachers.staffId })
          .from(groupTeachers)
          .where(and(eq(groupTeachers.ownerId, ownerId), inArray(groupTeachers.groupId, classes.map((c) => c.id)), eq(groupTeachers.role, 'kontaktlaerer')))
          .orderBy(asc(groupTeachers.staffId))
      : [];
    const records = routineKept(year.calendar, year.currentTerm, today, {
      classes: classes.map((c) => ({ id: c.id, keeper: teachers.find((t) => t.groupId === c.id)?.staffId ?? leader })),
      leader,
    }).map((r): NewRecord => ({ ...r, ownerId, schoolId: school.id }));
    if (records.length > 0) await db.insert(checkRecords).values(records);
    made += records.length;
  }
  return made;
}

/** The records of a routine kept from the school start to today, one class behind. */
function routineKept(calendar: SchoolCalendar, term: { startsOn: IsoDate; endsOn: IsoDate } | null, today: IsoDate, who: { classes: Array<{ id: string; keeper: string }>; leader: string }) {
  const lastSchoolDay = (p: Period) => schoolDaysBetween(calendar, p.from, p.to).at(-1);
  const behind = who.classes[1]?.id ?? who.classes[0]?.id;
  const out: Array<Omit<NewRecord, 'ownerId' | 'schoolId'>> = [];

  const firstMonday = addDays(calendar.startsOn, 1 - isoWeekday(calendar.startsOn));
  const weeks = endedPeriods({ from: firstMonday, to: addDays(firstMonday, 4) }, (w) => ({ from: addDays(w.from, 7), to: addDays(w.to, 7) }), today).filter((w) => lastSchoolDay(w));
  for (const week of weeks) {
    const day = lastSchoolDay(week)!;
    for (const c of who.classes) {
      if (c.id === behind && week === weeks.at(-1)) continue;
      out.push({ groupId: c.id, kind: 'ukesjekk', periodFrom: week.from, periodTo: week.to, doneBy: c.keeper, doneAt: afternoonOf(day) });
    }
  }

  if (term) {
    const halves = endedPeriods(halfMonthOf(term.startsOn), (h) => halfMonthOf(addDays(h.to, 1)), today).filter((h) => h.from <= term.endsOn && lastSchoolDay(h));
    for (const half of halves) {
      const day = lastSchoolDay(half)!;
      for (const c of who.classes) {
        if (c.id === behind && half === halves.at(-1)) continue;
        out.push({ groupId: c.id, kind: 'fravaersprotokoll', periodFrom: half.from, periodTo: half.to, doneBy: c.keeper, doneAt: afternoonOf(day) });
      }
    }
  }

  // The month's check in the leadership's meeting on the first school day after the month, over the days its rule looks back on.
  const withinDays = fravaersrutineGrunnskoleProfile.rules.manedssjekk.withinDays;
  for (const month of endedPeriods(monthOf(calendar.startsOn), (m) => monthOf(addDays(m.to, 1)), today)) {
    const day = addSchoolDays(calendar, addDays(month.to, 1), 0);
    if (!lastSchoolDay(month) || day >= today) continue;
    out.push({ groupId: null, kind: 'manedssjekk', periodFrom: lookBack(month.to, withinDays).from, periodTo: month.to, doneBy: who.leader, doneAt: afternoonOf(day), meetingOn: day, participants: [who.leader] });
  }
  return out;
}
