/**
 * Case lists: the cases a person takes part in, the school's cases for its leadership, and one
 * student's cases (only those the person may see). Overdue first, then by deadline.
 */
import { and, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants, cases } from '../../db/schema.js';
import { isOverdue, type CaseStatus } from '../../domain/cases/case-workflow.js';
import { loadStaffNames } from './load-staff-names.js';
import { loadStudentBasics } from './load-student-basics.js';

export interface CaseListFilter {
  ownerId: string;
  today: string;
  status: CaseStatus | 'alle';
  overdueOnly: boolean;
  /** Only cases this person takes part in. */
  participantStaffId?: string;
  schoolId?: string;
  studentId?: string;
}

export async function findCases(db: Db, filter: CaseListFilter) {
  const where: Array<SQL | undefined> = [eq(cases.ownerId, filter.ownerId)];
  if (filter.status !== 'alle') where.push(eq(cases.status, filter.status));
  // isOverdue in SQL, so the filter runs in the database; find-cases.db.test.ts holds the two together.
  if (filter.overdueOnly) where.push(eq(cases.status, 'aapen'), lt(cases.stepDueOn, filter.today));
  if (filter.schoolId) where.push(eq(cases.schoolId, filter.schoolId));
  if (filter.studentId) where.push(eq(cases.studentId, filter.studentId));
  if (filter.participantStaffId) {
    const mine = db
      .select({ caseId: caseParticipants.caseId })
      .from(caseParticipants)
      .where(and(eq(caseParticipants.ownerId, filter.ownerId), eq(caseParticipants.staffId, filter.participantStaffId)));
    where.push(inArray(cases.id, mine));
  }
  const rows = await db.select().from(cases).where(and(...where));
  const studentsById = await loadStudentBasics(db, filter.ownerId, [...new Set(rows.map((r) => r.studentId))], filter.today);
  const names = await loadStaffNames(db, filter.ownerId, rows.map((r) => r.responsibleStaffId));
  const overdue = (r: (typeof rows)[number]) => isOverdue(r.stepDueOn, filter.today, r.status as CaseStatus);
  return rows
    .map((r) => ({ row: r, overdue: overdue(r), student: studentsById.get(r.studentId)!, responsibleName: names.get(r.responsibleStaffId) ?? '' }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.row.stepDueOn.localeCompare(b.row.stepDueOn));
}
