/** The guardians of a youth in OT's list, as OT may see them while the youth is a minor: name, phone, e-mail. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { guardians, studentGuardians } from '../../db/schema.js';

export async function loadYouthGuardians(db: Db, ownerId: string, studentId: string) {
  const rows = await db
    .select({ id: guardians.id, givenName: guardians.givenName, familyName: guardians.familyName, phone: guardians.phone, email: guardians.email })
    .from(studentGuardians)
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId)))
    .orderBy(asc(guardians.familyName), asc(guardians.givenName));
  return rows.map((g) => ({ id: g.id, name: `${g.givenName} ${g.familyName}`, phone: g.phone, email: g.email }));
}
