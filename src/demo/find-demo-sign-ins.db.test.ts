import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import { accounts } from '../db/schema.js';
import { hashPassword } from '../lib/password.js';
import { openEmptyTestDatabase, openTestDatabase } from '../test/test-database.js';
import { findDemoSignIns } from './find-demo-sign-ins.js';
import { DEMO_PASSWORD, demoSignIns } from './generate-demo-school.js';

describe('the demo sign-ins named on the sign-in page', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('are every demo account while the demo school is loaded, with the published password', async () => {
    const found = await findDemoSignIns(database.db);
    expect(found?.password).toBe(DEMO_PASSWORD);
    expect(found?.accounts.map(({ username, role }) => ({ username, role }))).toEqual(demoSignIns.map(({ username, role }) => ({ username, role })));
    // Each names where it works: gs-rektor the ungdomsskule, the county's skoleeier the county.
    const where = new Map(found!.accounts.map((a) => [a.username, a.where]));
    expect(where.get('gs-rektor')).toBe('Varde ungdomsskule');
    expect(where.get('rektor')).toBe('Varde videregående skole');
    expect(where.get('skoleeier')).toMatch(/fylkeskommune/i);
  });

  it('leave out an account whose password was changed or that was disabled', async () => {
    await database.db.update(accounts).set({ passwordHash: await hashPassword('a real secret') }).where(eq(accounts.username, 'rektor'));
    await database.db.update(accounts).set({ disabledAt: new Date() }).where(eq(accounts.username, 'admin'));
    const names = (await findDemoSignIns(database.db))!.accounts.map((a) => a.username);
    expect(names).not.toContain('rektor');
    expect(names).not.toContain('admin');
    expect(names).toContain('kontaktlaerer');
  });

  it('are none in a database without the demo school', async () => {
    const empty = await openEmptyTestDatabase();
    try {
      await runMigrations(empty);
      expect(await findDemoSignIns(empty.db)).toBeNull();
    } finally {
      await empty.close();
    }
  });
});
