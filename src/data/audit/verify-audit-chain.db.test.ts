/**
 * The audit log can be trusted (issue 10): the application cannot change, remove or empty an
 * entry, and what someone with the table's owner's rights does behind the triggers' back is found
 * by the hash chain: a changed row, a removed row, a removed tail, a row written past the chain.
 */
import fs from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/database.js';
import { auditLog, owners } from '../../db/schema.js';
import { openTestDatabase } from '../../test/test-database.js';
import { NO_OWNER, writeAudit, type AuditEntry } from '../write-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';

let database: Database;
let ownerId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  // The county; the other owner (the demo municipality) keeps a chain of its own.
  const [owner] = await database.db.select({ id: owners.id }).from(owners).where(eq(owners.kind, 'fylkeskommune'));
  ownerId = owner!.id;
  const entry = (i: number, owner = ownerId): AuditEntry => ({
    ownerId: owner,
    actorStaffId: null,
    action: 'read',
    entity: 'test',
    entityId: String(i),
    detail: { i, text: 'æøå "sitat" \\ ny\nlinje' },
    address: i % 2 ? '192.0.2.1' : null,
    sessionRef: i % 3 ? `ref-${i}` : null,
  });
  // Batches, and many writers at once: each owner's chain stays one line.
  for (let b = 0; b < 3; b++) await writeAudit(database.db, Array.from({ length: 10 }, (_, i) => entry(b * 10 + i)));
  await Promise.all(Array.from({ length: 12 }, (_, i) => writeAudit(database.db, [entry(100 + i), entry(200 + i, NO_OWNER)])));
});
afterAll(async () => {
  await database.close();
});

const run = (query: string) => database.db.execute(sql.raw(query));
const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'done';
  } catch (error) {
    const cause = (error as { cause?: Error }).cause ?? (error as Error);
    return cause.message;
  }
};

/** As the table's owner or a superuser could: with a trigger off for the moment. */
async function behindTheTrigger<T>(trigger: 'audit_log_append_only' | 'audit_log_chain', act: () => Promise<T>): Promise<T> {
  await run(`alter table audit_log disable trigger ${trigger}`);
  try {
    return await act();
  } finally {
    await run(`alter table audit_log enable trigger ${trigger}`);
  }
}

async function rowsOf(owner: string) {
  return queryRows<{ id: string; detail: unknown; hash: string }>(database.db, sql`select id::text as id, detail, hash from audit_log a where owner_id = ${owner} order by a.id`);
}

describe('the audit log is append-only and its chain shows tampering', () => {
  it('chains every row of each owner, batches and parallel writers alike, and finds the chain whole', async () => {
    const verdict = await verifyAuditChain(database.db);
    const [{ n }] = (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`)) as [{ n: number }];
    expect(verdict).toEqual({ ok: true, rows: n, firstBrokenId: null });
    expect(n).toBeGreaterThanOrEqual(54);
    const chain = await queryRows<{ prev_hash: string; hash: string }>(database.db, sql`select prev_hash, hash from audit_log where owner_id = ${NO_OWNER} order by id`);
    expect(chain).toHaveLength(12);
    expect(chain[0]!.prev_hash).toBe('');
    chain.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(chain[i]!.hash));
  });

  it('refuses to change, remove or empty an entry', async () => {
    const before = await rowsOf(ownerId);
    expect(await failureOf(database.db.update(auditLog).set({ entity: 'changed' }))).toMatch(/append-only/);
    expect(await failureOf(database.db.delete(auditLog))).toMatch(/append-only/);
    expect(await failureOf(run('truncate audit_log'))).toMatch(/append-only/);
    expect(await failureOf(run('delete from audit_chain_heads'))).toMatch(/append-only/);
    expect(await rowsOf(ownerId)).toEqual(before);
  });

  it('finds a row changed in place, and a row changed with its hash made anew', async () => {
    const rows = await rowsOf(ownerId);
    const victim = rows[5]!;
    await behindTheTrigger('audit_log_append_only', () => run(`update audit_log set detail = '{"i": 999}' where id = ${victim.id}`));
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBrokenId: Number(victim.id), reason: 'altered' });

    await behindTheTrigger('audit_log_append_only', () =>
      run(`update audit_log set hash = audit_row_hash(prev_hash, owner_id, id, at, actor_staff_id, action, entity, entity_id, student_id, detail, address, session_ref) where id = ${victim.id}`),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBrokenId: Number(rows[6]!.id), reason: 'link_broken' });

    // Put back as it was, the chain is whole again: the verdict is about the data, not a flag.
    await behindTheTrigger('audit_log_append_only', () =>
      database.db.execute(sql`update audit_log set detail = ${JSON.stringify(victim.detail)}::jsonb, hash = ${victim.hash} where id = ${victim.id}`),
    );
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('finds a removed row, and a removed tail', async () => {
    const rows = await rowsOf(ownerId);
    // The row as the database writes it in JSON (microseconds and all), to put back unchanged.
    const saved = async (id: string) => (await queryRows<{ row: string }>(database.db, sql`select row_to_json(a)::text as row from audit_log a where id = ${id}::bigint`))[0]!.row;
    const putBack = (row: string) =>
      behindTheTrigger('audit_log_chain', () => database.db.execute(sql`insert into audit_log select * from json_populate_record(null::audit_log, ${row}::json)`));

    const middle = await saved(rows[10]!.id);
    await behindTheTrigger('audit_log_append_only', () => run(`delete from audit_log where id = ${rows[10]!.id}`));
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBrokenId: Number(rows[11]!.id), reason: 'link_broken' });
    await putBack(middle);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);

    const last = rows[rows.length - 1]!;
    const tail = await saved(last.id);
    await behindTheTrigger('audit_log_append_only', () => run(`delete from audit_log where id = ${last.id}`));
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBrokenId: Number(last.id), reason: 'tail_mismatch' });
    await putBack(tail);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('finds a row written past the chain', async () => {
    const [row] = await behindTheTrigger('audit_log_chain', () =>
      queryRows<{ id: string }>(database.db, sql`insert into audit_log (owner_id, action, entity) values (${ownerId}, 'read', 'forged') returning id::text as id`),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBrokenId: Number(row!.id), reason: 'unchained' });
    await behindTheTrigger('audit_log_append_only', () => run(`delete from audit_log where id = ${row!.id}`));
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it.runIf(process.env.VARDE_TEST_DATABASE === 'postgres')(
    "gives the application's role (docs/sql/varde-app-role.sql) no right to change or remove an entry",
    async () => {
      const role = `varde_app_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const name = database.location.slice(database.location.lastIndexOf('/') + 1);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      const script = fs.readFileSync(new URL('../../../docs/sql/varde-app-role.sql', import.meta.url), 'utf8').replaceAll('varde_app', role).replace(':app_password', "'test-only'");
      // As the tables' owner, the way a school would run the script with psql.
      const asOwner = new pg.Client({ connectionString: url.toString() });
      await asOwner.connect();
      await asOwner.query(script);
      const appUrl = new URL(url);
      appUrl.username = role;
      appUrl.password = 'test-only';
      const asApp = new pg.Client({ connectionString: appUrl.toString() });
      await asApp.connect();
      try {
        await asApp.query(`insert into audit_log (owner_id, action, entity) values ($1, 'read', 'as-app')`, [ownerId]);
        const refused = async (query: string) => failureOf(asApp.query(query));
        expect(await refused(`update audit_log set entity = 'x'`)).toMatch(/permission denied/);
        expect(await refused('delete from audit_log')).toMatch(/permission denied/);
        expect(await refused('truncate audit_log')).toMatch(/permission denied/);
        expect(await refused(`update audit_chain_heads set last_hash = ''`)).toMatch(/permission denied/);
        expect(await refused('alter table audit_log disable trigger audit_log_append_only')).toMatch(/must be owner/);
      } finally {
        await asApp.end();
        await asOwner.query(`drop owned by ${role}; drop role ${role}`);
        await asOwner.end();
      }
      expect((await verifyAuditChain(database.db)).ok).toBe(true);
    },
  );
});
