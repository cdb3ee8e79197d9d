/** A student's latest skolebytte, with the schools' names and who recorded it, or undefined. */
import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { schoolMoves, schools, staff } from '../../db/schema.js';

export async function findLatestMove(db: Db, ownerId: string, studentId: string) {
  const fromSchool = alias(schools, 'from_school');
  const toSchool = alias(schools, 'to_school');
  const [row] = await db
    .select({
      id: schoolMoves.id,
      movedOn: schoolMoves.movedOn,
      formerReadUntil: schoolMoves.formerReadUntil,
      note: schoolMoves.note,
      fromSchool: { id: fromSchool.id, name: fromSchool.name },
      toSchool: { id: toSchool.id, name: toSchool.name },
      movedBy: { givenName: staff.givenName, familyName: staff.familyName },
    })
    .from(schoolMoves)
    .innerJoin(fromSchool, and(eq(fromSchool.ownerId, schoolMoves.ownerId), eq(fromSchool.id, schoolMoves.fromSchoolId)))
    .innerJoin(toSchool, and(eq(toSchool.ownerId, schoolMoves.ownerId), eq(toSchool.id, schoolMoves.toSchoolId)))
    .innerJoin(staff, and(eq(staff.ownerId, schoolMoves.ownerId), eq(staff.id, schoolMoves.movedBy)))
    .where(and(eq(schoolMoves.ownerId, ownerId), eq(schoolMoves.studentId, studentId)))
    .orderBy(desc(schoolMoves.movedOn))
    .limit(1);
  if (!row) return undefined;
  return { ...row, movedByName: `${row.movedBy.givenName} ${row.movedBy.familyName}` };
}

export type LatestMove = NonNullable<Awaited<ReturnType<typeof findLatestMove>>>;
