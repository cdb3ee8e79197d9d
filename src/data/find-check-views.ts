/**
 * Ukesjekken (the contact teacher's weekly look at the class, with its siblings at any of the
 * owner's schools and the review of its absence record), Månedssjekken (leadership's
 * monthly look at causes and undocumented absence) and the semester check (the term's causes,
 * worrying patterns and the students over the borderline), from the absence routine. Each looks
 * at a period the person chose (src/domain/checks/check-period.ts); Månedssjekken at the window
 * its rule looks at, so that it lists the students the rule summons the guardians of.
 */
import { and, between, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { absenceRecords, groupMemberships, groups, schools, students, tasks } from '../db/schema.js';
import { absenceTotals } from '../domain/absence-totals.js';
import { monthlyCheckTypes, weeklyCheckDays, type Period } from '../domain/checks/check-period.js';
import { absenceTypes, type AbsenceType } from '../domain/vocabulary.js';
import { groupBy } from '../lib/group-by.js';
import { loadFlags } from './load-flags.js';
import { loadGroupMembers } from './load-group-members.js';
import { loadIdentificationFacts } from './load-identification-facts.js';
import { findProtokollStatus } from './checks/find-protokoll-status.js';
import { loadSchoolCalendar } from './load-school-calendar.js';

/** `counts`: the absence types the weekly check's rule counts, from the profile in force. */
export async function findWeeklyCheck(db: Db, ownerId: string, groupId: string, week: Period, today: string, counts: readonly AbsenceType[]) {
  const [group] = await db.select().from(groups).where(and(eq(groups.ownerId, ownerId), eq(groups.id, groupId)));
  if (!group) return undefined;
  const members = await loadGroupMembers(db, ownerId, groupId);
  const { from: monday, to: friday } = week;
  const ids = members.map((m) => m.id);
  const loaded = await loadIdentificationFacts(db, ownerId, group.schoolId, today, ids);
  const factsOf = new Map((loaded?.facts ?? []).map((f) => [f.student.id, f]));
  const siblingIds = [...new Set((loaded?.facts ?? []).flatMap((f) => f.siblings.map((s) => s.studentId)))];
  // A sibling may go to another of the owner's schools: named with it.
  const siblingOf = new Map(
    siblingIds.length
      ? (
          await db
            .select({ id: students.id, givenName: students.givenName, familyName: students.familyName, schoolId: students.schoolId, schoolName: schools.name })
            .from(students)
            .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
            .where(and(eq(students.ownerId, ownerId), inArray(students.id, siblingIds)))
        ).map((s) => [s.id, { name: `${s.givenName} ${s.familyName}`, schoolName: s.schoolId === group.schoolId ? null : s.schoolName }])
      : [],
  );
  const [openFlags, protokoll] = await Promise.all([loadFlags(db, ownerId, ids, ['ny', 'bekreftet']), findProtokollStatus(db, ownerId, group.schoolId, today, [groupId])]);
  const openFlagsOf = groupBy(openFlags, (f) => f.studentId);
  return {
    schoolKind: loaded?.schoolKind ?? ('vgs' as const),
    schoolId: group.schoolId,
    group: { id: group.id, name: group.name },
    week: { from: monday, to: friday },
    protokoll: protokoll.classes[0] ?? null,
    students: members.map((m) => {
      const facts = factsOf.get(m.id);
      const absence = facts?.absence ?? [];
      const thisWeek = absence.filter((a) => monday <= a.date && a.date <= friday);
      const termStart = facts?.term.startsOn ?? today;
      const ownDays = new Set(absence.filter((a) => a.scope === 'dag' && a.date >= termStart).map((a) => a.date));
      return {
        ...m,
        lessonsMissedThisWeek: absenceTotals(thisWeek).lessonsMissed,
        lateArrivalsThisWeek: thisWeek.filter((a) => a.type === 'forsentkomming').length,
        // As the weekly check's rule counts them, so that the page marks whom it flags.
        wholeDaysThisTerm: facts ? weeklyCheckDays(counts, facts).days.size : 0,
        withoutNoticeThisWeek: thisWeek.filter((a) => a.type !== 'forsentkomming' && !a.noticeFromHome).length,
        siblingsSameDays: (facts?.siblings ?? [])
          // The sibling's id stays for the audit log (the route shows only the name and dates).
          .map((s) => ({
            studentId: s.studentId,
            name: siblingOf.get(s.studentId)?.name ?? '',
            schoolName: siblingOf.get(s.studentId)?.schoolName ?? null,
            dates: s.absenceDates.filter((d) => ownDays.has(d)).sort(),
          }))
          .filter((s) => s.dates.length > 0),
        openFlags: openFlagsOf.get(m.id) ?? [],
      };
    }),
  };
}

/** The school's absence records in a period, and its causes: records and lessons per type. */
export async function loadSchoolAbsence(db: Db, ownerId: string, schoolId: string, from: string, to: string) {
  const records = await db
    .select({ studentId: absenceRecords.studentId, date: absenceRecords.date, scope: absenceRecords.scope, type: absenceRecords.type, hours: absenceRecords.hours })
    .from(absenceRecords)
    .where(
      and(
        eq(absenceRecords.ownerId, ownerId),
        // Through the school's students: absence_records has an index by student and date, not by school.
        inArray(absenceRecords.studentId, db.select({ id: students.id }).from(students).where(and(eq(students.ownerId, ownerId), eq(students.schoolId, schoolId)))),
        eq(absenceRecords.schoolId, schoolId),
        between(absenceRecords.date, from, to),
      ),
    );
  const causes = absenceTypes
    .map((type) => {
      const ofType = records.filter((r) => r.type === type);
      return { type, records: ofType.length, hours: ofType.reduce((n, r) => n + r.hours, 0) };
    })
    .filter((c) => c.records > 0);
  return { records, causes };
}

export async function findMonthlyCheck(db: Db, ownerId: string, schoolId: string, month: Period, today: string) {
  const [school] = await db.select({ id: schools.id, name: schools.name }).from(schools).where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  if (!school) return undefined;
  const { from, to } = month;
  const { records, causes } = await loadSchoolAbsence(db, ownerId, schoolId, from, to);
  const undocumented = groupBy(records.filter((r) => monthlyCheckTypes.includes(r.type)), (r) => r.studentId);
  const ids = [...undocumented.keys()];
  const calendar = await loadSchoolCalendar(db, ownerId, schoolId, today);
  const [people, classes, summons] = ids.length
    ? await Promise.all([
        db.select({ id: students.id, givenName: students.givenName, familyName: students.familyName }).from(students).where(and(eq(students.ownerId, ownerId), inArray(students.id, ids))),
        db
          .select({ studentId: groupMemberships.studentId, name: groups.name })
          .from(groupMemberships)
          .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
          .where(and(eq(groupMemberships.ownerId, ownerId), inArray(groupMemberships.studentId, ids), eq(groups.kind, 'basisgruppe'), calendar ? eq(groups.schoolYearId, calendar.schoolYearId) : undefined)),
        db
          .select({ id: tasks.id, studentId: tasks.studentId, dueOn: tasks.dueOn, doneAt: tasks.doneAt })
          .from(tasks)
          .where(and(eq(tasks.ownerId, ownerId), inArray(tasks.studentId, ids), eq(tasks.kind, 'innkall_foresatte')))
          .orderBy(desc(tasks.createdAt)),
      ])
    : [[], [], []];
  return {
    school,
    month: { from, to },
    causes,
    undocumented: people
      .map((p) => {
        const rows = undocumented.get(p.id)!;
        const task = summons.find((t) => t.studentId === p.id);
        return {
          student: { ...p, className: classes.find((c) => c.studentId === p.id)?.name ?? null },
          dates: new Set(rows.map((r) => r.date)).size,
          hours: absenceTotals(rows).undocumentedHours,
          summonsTask: task ? { id: task.id, dueOn: task.dueOn, done: task.doneAt !== null } : null,
        };
      })
      .sort((a, b) => b.hours - a.hours),
  };
}
