/** Is this guardian one of the student's? What a home contact logged in the student's case may name. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { studentGuardians } from '../../db/schema.js';

export async function isGuardianOf(db: Db, ownerId: string, guardianId: string, studentId: string): Promise<boolean> {
  const [row] = await db
    .select({ guardianId: studentGuardians.guardianId })
    .from(studentGuardians)
    .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId), eq(studentGuardians.guardianId, guardianId)));
  return row !== undefined;
}
