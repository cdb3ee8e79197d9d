/**
 * Completes a student's missing birth date. The write asks for a missing one in the same
 * statement, so that two people completing it at once cannot overwrite each other: the second
 * finds it known.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { students } from '../../db/schema.js';

export type CompleteBirthDateResult = { ok: true } | { ok: false; problem: 'no_student' | 'already_known' };

export async function completeBirthDate(db: Db, input: { ownerId: string; studentId: string; birthDate: string }): Promise<CompleteBirthDateResult> {
  const updated = await db
    .update(students)
    .set({ birthDate: input.birthDate })
    .where(and(eq(students.ownerId, input.ownerId), eq(students.id, input.studentId), isNull(students.birthDate)))
    .returning({ id: students.id });
  if (updated.length > 0) return { ok: true };
  const [exists] = await db.select({ id: students.id }).from(students).where(and(eq(students.ownerId, input.ownerId), eq(students.id, input.studentId)));
  return { ok: false, problem: exists ? 'already_known' : 'no_student' };
}
