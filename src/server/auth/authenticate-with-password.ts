/** Local sign-in: username and password checked against the argon2id hash. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts } from '../../db/schema.js';
import { hashPassword, verifyPassword } from '../../lib/password.js';

// Verified when the username is unknown, so that the answer takes as long as for a real account.
let decoyHash: Promise<string> | undefined;

export async function authenticateWithPassword(
  db: Db,
  username: string,
  password: string,
): Promise<{ ownerId: string; staffId: string } | undefined> {
  const [account] = await db
    .select({ ownerId: accounts.ownerId, staffId: accounts.staffId, passwordHash: accounts.passwordHash })
    .from(accounts)
    // Usernames are stored in lower case (see the account loaders), so the unique index serves here.
    .where(and(eq(accounts.username, username.toLowerCase()), isNull(accounts.disabledAt)));
  if (!account?.passwordHash) {
    decoyHash ??= hashPassword('decoy-password-never-matches');
    await verifyPassword(await decoyHash, password);
    return undefined;
  }
  if (!(await verifyPassword(account.passwordHash, password))) return undefined;
  return { ownerId: account.ownerId, staffId: account.staffId };
}
