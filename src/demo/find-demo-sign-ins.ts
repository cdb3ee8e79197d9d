/**
 * The demo school's sign-ins, for the sign-in page: only the demo accounts that are in the
 * database, not disabled, and still take the published demo password. A database with real data
 * (and no demo accounts), or one where the demo password was changed, names none.
 */
import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accounts } from '../db/schema.js';
import type { RoleCode } from '../domain/vocabulary.js';
import { verifyPassword } from '../lib/password.js';
import { DEMO_PASSWORD, demoSignIns } from './generate-demo-school.js';

export interface FoundDemoSignIns {
  password: string;
  accounts: Array<{ username: string; role: RoleCode }>;
}

export async function findDemoSignIns(db: Db): Promise<FoundDemoSignIns | null> {
  const rows = await db
    .select({ username: accounts.username, passwordHash: accounts.passwordHash })
    .from(accounts)
    .where(and(inArray(accounts.username, demoSignIns.map((s) => s.username)), isNull(accounts.disabledAt)));
  // The demo gives every account one hash; a hash is checked once, however many share it.
  const verdicts = new Map<string, boolean>();
  const usable = new Set<string>();
  for (const row of rows) {
    if (!row.passwordHash) continue;
    if (!verdicts.has(row.passwordHash)) verdicts.set(row.passwordHash, await verifyPassword(row.passwordHash, DEMO_PASSWORD));
    if (verdicts.get(row.passwordHash)) usable.add(row.username);
  }
  if (usable.size === 0) return null;
  return { password: DEMO_PASSWORD, accounts: demoSignIns.filter((s) => usable.has(s.username)).map(({ username, role }) => ({ username, role })) };
}
