/**
 * Forgets an account's second factor (a lost phone): the person enrols again at the next sign-in.
 * The last step is kept: a time step already used stays spent, whichever secret its code came from.
 * False when the owner has no such account.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts } from '../../db/schema.js';

export async function resetSecondFactor(db: Db, ownerId: string, staffId: string): Promise<boolean> {
  const updated = await db
    .update(accounts)
    .set({ totpSecret: null, totpConfirmedAt: null })
    .where(and(eq(accounts.ownerId, ownerId), eq(accounts.staffId, staffId)))
    .returning({ staffId: accounts.staffId });
  return updated.length === 1;
}
