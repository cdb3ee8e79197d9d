/**
 * Records a code accepted for an account's second factor, or, on the first code, the secret it
 * came from. The update itself checks that the code's step is newer than the last (and, when
 * enrolling, that nobody enrolled meanwhile), so that two requests with the same code at the same
 * moment cannot both get in: false when the other was first.
 */
import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts } from '../../db/schema.js';

export async function acceptSecondFactorCode(
  db: Db,
  who: { ownerId: string; staffId: string },
  accepted: { timeStep: number; now: Date; enrolSealedSecret?: string },
): Promise<boolean> {
  const enrolling = accepted.enrolSealedSecret !== undefined;
  const updated = await db
    .update(accounts)
    .set(
      enrolling
        ? { totpSecret: accepted.enrolSealedSecret, totpConfirmedAt: accepted.now, totpLastStep: accepted.timeStep }
        : { totpLastStep: accepted.timeStep },
    )
    .where(
      and(
        eq(accounts.ownerId, who.ownerId),
        eq(accounts.staffId, who.staffId),
        isNull(accounts.disabledAt),
        enrolling ? isNull(accounts.totpConfirmedAt) : isNotNull(accounts.totpConfirmedAt),
        or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, accepted.timeStep)),
      ),
    )
    .returning({ staffId: accounts.staffId });
  return updated.length === 1;
}
