/** Local sign-in: username and password checked against the argon2id hash. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts } from '../../db/schema.js';
import { hashPassword, verifyPassword } from '../../lib/password.js';

// Verified when the username is unknown, so that the answer takes as long as for a real account.
let decoyHash: Promise<string> | undefined;

export type PasswordCheck =
  | { ok: true; ownerId: string; staffId: string }
  /** `account` when the username names one (wrong password or disabled), for the audit trail only. */
  | { ok: false; account: { ownerId: string; staffId: string } | undefined };

export async function authenticateWithPassword(db: Db, username: string, password: string): Promise<PasswordCheck> {
  const [account] = await db
    .select({ ownerId: accounts.ownerId, staffId: accounts.staffId, passwordHash: accounts.passwordHash, disabledAt: accounts.disabledAt })
    .from(accounts)
    // Usernames are stored in lower case (see the account loaders), so the unique index serves here.
    .where(eq(accounts.username, username.toLowerCase()));
  const known = account ? { ownerId: account.ownerId, staffId: account.staffId } : undefined;
  if (!account?.passwordHash || account.disabledAt) {
    decoyHash ??= hashPassword('decoy-password-never-matches');
    await verifyPassword(await decoyHash, password);
    return { ok: false, account: known };
  }
  if (!(await verifyPassword(account.passwordHash, password))) return { ok: false, account: known };
  return { ok: true, ownerId: account.ownerId, staffId: account.staffId };
}
