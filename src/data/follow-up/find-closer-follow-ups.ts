/** Closer-follow-up marks: the open mark of each of some students, and one student's history. */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { closerFollowUps, staff } from '../../db/schema.js';

const columns = {
  id: closerFollowUps.id,
  studentId: closerFollowUps.studentId,
  setBy: closerFollowUps.setBy,
  setAt: closerFollowUps.setAt,
  reason: closerFollowUps.reason,
  reviewOn: closerFollowUps.reviewOn,
  endedAt: closerFollowUps.endedAt,
  endReason: closerFollowUps.endReason,
  endNote: closerFollowUps.endNote,
  setByGivenName: staff.givenName,
  setByFamilyName: staff.familyName,
};

export type CloserFollowUpRow = Awaited<ReturnType<typeof findStudentCloserFollowUps>>[number];

/** The open mark of each student that has one (student id → mark). */
export async function findOpenCloserFollowUps(db: Db, ownerId: string, studentIds: readonly string[]): Promise<Map<string, CloserFollowUpRow>> {
  if (studentIds.length === 0) return new Map();
  const rows = await db
    .select(columns)
    .from(closerFollowUps)
    .leftJoin(staff, and(eq(staff.ownerId, closerFollowUps.ownerId), eq(staff.id, closerFollowUps.setBy)))
    .where(and(eq(closerFollowUps.ownerId, ownerId), inArray(closerFollowUps.studentId, [...studentIds]), isNull(closerFollowUps.endedAt)));
  return new Map(rows.map((r) => [r.studentId, r]));
}

/** Every mark of one student, the newest first. */
export async function findStudentCloserFollowUps(db: Db, ownerId: string, studentId: string) {
  return db
    .select(columns)
    .from(closerFollowUps)
    .leftJoin(staff, and(eq(staff.ownerId, closerFollowUps.ownerId), eq(staff.id, closerFollowUps.setBy)))
    .where(and(eq(closerFollowUps.ownerId, ownerId), eq(closerFollowUps.studentId, studentId)))
    .orderBy(desc(closerFollowUps.setAt));
}

/** The student a mark is about, for the access check of a review. */
export async function findCloserFollowUpStudent(db: Db, ownerId: string, markId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ studentId: closerFollowUps.studentId })
    .from(closerFollowUps)
    .where(and(eq(closerFollowUps.ownerId, ownerId), eq(closerFollowUps.id, markId)));
  return row?.studentId;
}
