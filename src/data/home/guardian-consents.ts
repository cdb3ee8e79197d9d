/**
 * An adult student's consent that a guardian goes on seeing the home view past 18
 * (home_access_consents; the rule is src/domain/home/home-access.ts). Revoking keeps the row.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { guardians, homeAccessConsents, studentGuardians } from '../../db/schema.js';

/** The guardians with parental responsibility: the only ones a consent can let in. */
export async function listGuardianConsents(db: Db, ownerId: string, studentId: string) {
  const rows = await db
    .select({
      guardianId: guardians.id,
      givenName: guardians.givenName,
      familyName: guardians.familyName,
      consentInForce: sql<boolean>`${homeAccessConsents.givenAt} is not null`,
    })
    .from(studentGuardians)
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .leftJoin(
      homeAccessConsents,
      and(
        eq(homeAccessConsents.ownerId, studentGuardians.ownerId),
        eq(homeAccessConsents.studentId, studentGuardians.studentId),
        eq(homeAccessConsents.guardianId, studentGuardians.guardianId),
        isNull(homeAccessConsents.revokedAt),
      ),
    )
    .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId), eq(studentGuardians.parentalResponsibility, true)));
  return rows
    .map((r) => ({ guardianId: r.guardianId, name: `${r.givenName} ${r.familyName}`, consentInForce: r.consentInForce }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

export async function giveGuardianConsent(db: Db, key: { ownerId: string; studentId: string; guardianId: string }, now: Date): Promise<void> {
  await db
    .insert(homeAccessConsents)
    .values({ ...key, givenAt: now, revokedAt: null })
    .onConflictDoUpdate({
      target: [homeAccessConsents.ownerId, homeAccessConsents.studentId, homeAccessConsents.guardianId],
      set: { givenAt: now, revokedAt: null },
    });
}

/** True when a consent in force was revoked. */
export async function revokeGuardianConsent(db: Db, key: { ownerId: string; studentId: string; guardianId: string }, now: Date): Promise<boolean> {
  const revoked = await db
    .update(homeAccessConsents)
    .set({ revokedAt: now })
    .where(
      and(
        eq(homeAccessConsents.ownerId, key.ownerId),
        eq(homeAccessConsents.studentId, key.studentId),
        eq(homeAccessConsents.guardianId, key.guardianId),
        isNull(homeAccessConsents.revokedAt),
      ),
    )
    .returning({ guardianId: homeAccessConsents.guardianId });
  return revoked.length > 0;
}
