/** An account's second factor as the sign-in needs it; undefined when the person has no account. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts } from '../../db/schema.js';

export interface SecondFactorState {
  username: string;
  /** Sealed with the server's key (ServerKeys.seal); null until enrolled. */
  sealedSecret: string | null;
  confirmedAt: Date | null;
  /** The time step of the last code accepted: a code must be newer. */
  lastStep: number | null;
  disabled: boolean;
}

export async function loadSecondFactor(db: Db, who: { ownerId: string; staffId: string }): Promise<SecondFactorState | undefined> {
  const [row] = await db
    .select({
      username: accounts.username,
      sealedSecret: accounts.totpSecret,
      confirmedAt: accounts.totpConfirmedAt,
      lastStep: accounts.totpLastStep,
      disabledAt: accounts.disabledAt,
    })
    .from(accounts)
    .where(and(eq(accounts.ownerId, who.ownerId), eq(accounts.staffId, who.staffId)));
  if (!row) return undefined;
  const { disabledAt, ...state } = row;
  return { ...state, disabled: disabledAt !== null };
}
