/**
 * The review of the absence record (fraværsprotokollen) per class: the absence routine asks the
 * contact teacher to go through the class's record at least twice a month. For each class
 * (basisgruppe) of the school this school year: whether the half-month running today has its
 * review, the halves of the term that ended without one (protokollStatusInTerm), and the last
 * review recorded. Leadership sees every class; Ukesjekken shows its own.
 */
import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { checkRecords, groupTeachers, groups, staff } from '../../db/schema.js';
import { halfMonthOf, protokollStatusInTerm, type Period, type ProtokollTermStatus } from '../../domain/checks/check-period.js';
import { groupBy } from '../../lib/group-by.js';
import { loadSchoolCalendar } from '../load-school-calendar.js';

export interface ClassProtokollStatus extends ProtokollTermStatus {
  group: { id: string; name: string };
  /** The class's contact teachers, who keep its record. */
  contactTeachers: string[];
  /** The last review recorded for the class this term, and by whom. */
  lastReview: { doneAt: Date; doneBy: string } | null;
}

export interface SchoolProtokollStatus {
  /** The term the halves are counted in (the one running, or the one that ended last); null before the year's first term. */
  term: Period | null;
  classes: ClassProtokollStatus[];
}

/** `onlyGroups`: these classes only (Ukesjekken's one). */
export async function findProtokollStatus(db: Db, ownerId: string, schoolId: string, today: string, onlyGroups?: readonly string[]): Promise<SchoolProtokollStatus> {
  const year = await loadSchoolCalendar(db, ownerId, schoolId, today);
  if (!year || onlyGroups?.length === 0) return { term: null, classes: [] };
  const classes = await db
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .where(
      and(
        eq(groups.ownerId, ownerId),
        eq(groups.schoolId, schoolId),
        eq(groups.schoolYearId, year.schoolYearId),
        eq(groups.kind, 'basisgruppe'),
        onlyGroups ? inArray(groups.id, [...onlyGroups]) : undefined,
      ),
    )
    .orderBy(asc(groups.name));
  const term = year.currentTerm;
  if (!term || classes.length === 0) {
    return { term: term ? { from: term.startsOn, to: term.endsOn } : null, classes: classes.map((group) => ({ group, contactTeachers: [], current: null, overdue: [], lastReview: null })) };
  }
  const classIds = classes.map((c) => c.id);
  const [reviews, teachers] = await Promise.all([
    db
      .select({ groupId: checkRecords.groupId, periodFrom: checkRecords.periodFrom, periodTo: checkRecords.periodTo, doneAt: checkRecords.doneAt, givenName: staff.givenName, familyName: staff.familyName })
      .from(checkRecords)
      .innerJoin(staff, and(eq(staff.ownerId, checkRecords.ownerId), eq(staff.id, checkRecords.doneBy)))
      .where(
        and(
          eq(checkRecords.ownerId, ownerId),
          eq(checkRecords.schoolId, schoolId),
          eq(checkRecords.kind, 'fravaersprotokoll'),
          inArray(checkRecords.groupId, classIds),
          // The reviews that can touch a half of the term.
          gte(checkRecords.periodTo, halfMonthOf(term.startsOn).from),
        ),
      )
      .orderBy(desc(checkRecords.doneAt)),
    db
      .select({ groupId: groupTeachers.groupId, givenName: staff.givenName, familyName: staff.familyName })
      .from(groupTeachers)
      .innerJoin(staff, and(eq(staff.ownerId, groupTeachers.ownerId), eq(staff.id, groupTeachers.staffId)))
      .where(and(eq(groupTeachers.ownerId, ownerId), inArray(groupTeachers.groupId, classIds), eq(groupTeachers.role, 'kontaktlaerer')))
      .orderBy(asc(staff.familyName), asc(staff.givenName)),
  ]);
  const reviewsOf = groupBy(reviews, (r) => r.groupId!);
  const teachersOf = groupBy(teachers, (t) => t.groupId);
  return {
    term: { from: term.startsOn, to: term.endsOn },
    classes: classes.map((group) => {
      const own = reviewsOf.get(group.id) ?? [];
      const last = own[0];
      return {
        group,
        contactTeachers: (teachersOf.get(group.id) ?? []).map((t) => `${t.givenName} ${t.familyName}`),
        ...protokollStatusInTerm(
          own.map((r) => ({ from: r.periodFrom, to: r.periodTo })),
          term,
          today,
        ),
        lastReview: last ? { doneAt: last.doneAt, doneBy: `${last.givenName} ${last.familyName}` } : null,
      };
    }),
  };
}
