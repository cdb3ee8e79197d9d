/**
 * The access facts of cases whose student has moved from the case's school to another school of
 * the owner (skolebytte, docs/decisions/023): the last day that school may still read them. A case
 * of the student's own school, or of a school the student left without a recorded move, has none.
 */
import { and, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { schoolMoves, students } from '../../db/schema.js';

/** What access-policy's `case` resource is told of a case left behind (case.see reads until `readUntil`). */
export interface MovedAway {
  readUntil: string;
  today: string;
}

export type MovedAwayOf = (kase: { studentId: string; schoolId: string }) => MovedAway | undefined;

export async function findMovedAway(db: Db, ownerId: string, cases: ReadonlyArray<{ studentId: string; schoolId: string }>, today: string): Promise<MovedAwayOf> {
  const studentIds = [...new Set(cases.map((c) => c.studentId))];
  if (studentIds.length === 0) return () => undefined;
  const rows = await db
    .select({ studentId: schoolMoves.studentId, fromSchoolId: schoolMoves.fromSchoolId, schoolNow: students.schoolId, readUntil: max(schoolMoves.formerReadUntil) })
    .from(schoolMoves)
    .innerJoin(students, and(eq(students.ownerId, schoolMoves.ownerId), eq(students.id, schoolMoves.studentId)))
    .where(and(eq(schoolMoves.ownerId, ownerId), inArray(schoolMoves.studentId, studentIds)))
    .groupBy(schoolMoves.studentId, schoolMoves.fromSchoolId, students.schoolId);
  // A school the student has come back to is the student's school again: its cases are its own.
  const left = new Map(rows.filter((r) => r.schoolNow !== r.fromSchoolId && r.readUntil !== null).map((r) => [`${r.studentId}/${r.fromSchoolId}`, r.readUntil!]));
  return (kase) => {
    const readUntil = left.get(`${kase.studentId}/${kase.schoolId}`);
    return readUntil === undefined ? undefined : { readUntil, today };
  };
}
