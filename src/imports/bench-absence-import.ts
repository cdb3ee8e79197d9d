/**
 * Measures how fast an absence file is imported:
 *
 *   npx tsx src/imports/bench-absence-import.ts [--rows 1000000] [--students 240]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx src/imports/bench-absence-import.ts
 *
 * With DATABASE_URL it works in a scratch database of its own on that server (created from
 * nothing, dropped afterwards), never in the database the URL names; without, in an in-memory
 * PGlite. It loads the demo school, gives its students student numbers, writes an absence file
 * of --rows rows for them (mostly single lessons with their teaching group, some whole days and
 * late arrivals, over as many weekdays as it takes), then imports it three times: into a table
 * without those records (everything inserted), the same file again (nothing changes), and with
 * a tenth of the rows changed (updated). It prints records per second for each, and the time
 * spent reading and checking the file apart from the writing.
 */
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { openDatabase, queryRows, type Database, type Db } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import * as schema from '../db/schema.js';
import { addDays, isoWeekday } from '../domain/school-calendar.js';
import { generateDemoSchool } from '../demo/generate-demo-school.js';
import { loadDemoSchool } from '../demo/load-demo-school.js';
import { importFile } from './import-file.js';
import type { ImportProgress } from './import-types.js';

const TODAY = '2026-11-23';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rows: { type: 'string', default: '1000000' }, students: { type: 'string', default: '240' } },
    strict: true,
  });
  const rows = Number(values.rows);
  const studentCount = Number(values.students);
  const server = process.env.DATABASE_URL;
  const scratch = server ? await createScratchDatabase(server) : undefined;
  const database: Database = scratch ? await openDatabase({ databaseUrl: scratch.url }) : await openMemoryPglite();
  try {
    await runMigrations(database);
    const dataset = generateDemoSchool({ seed: 1, students: studentCount, today: TODAY });
    await loadDemoSchool(database.db, dataset, { hashPassword: async () => 'bench' });
    const school = { ownerId: dataset.ownerId, schoolId: dataset.demoSchoolId };
    const students = await numberStudents(database.db, school);
    const groups = await teachingGroups(database.db, school);
    console.log(`${database.kind}${scratch ? ` (${scratch.name})` : ''}: ${students.length} students, ${rows.toLocaleString('nb-NO')} absence rows`);

    let started = performance.now();
    const file = absenceFile(rows, students, groups, 0);
    const changed = absenceFile(rows, students, groups, 0.1);
    console.log(`  file written in ${seconds(performance.now() - started)} (${(file.byteLength / 1e6).toFixed(0)} MB)`);

    const results: Record<string, number> = {};
    for (const [label, data] of [
      ['first import (inserted)', file],
      ['same file again (unchanged)', file],
      ['a tenth changed (updated)', changed],
    ] as const) {
      let readingDone = 0;
      started = performance.now();
      const result = await importFile(database.db, {
        ...school,
        actorStaffId: null,
        via: 'cli',
        today: TODAY,
        kind: 'absence',
        file: { name: 'fravær.csv', data },
        onProgress: (p: ImportProgress) => {
          if (p.phase === 'writing' && readingDone === 0) readingDone = performance.now();
        },
      });
      const total = performance.now() - started;
      if (result.status !== 'imported') throw new Error(`The bench file was rejected: ${JSON.stringify(result.problems.slice(0, 3))}`);
      const perSecond = Math.round(rows / (total / 1000));
      results[label] = perSecond;
      const c = result.counts.absenceRecords!;
      console.log(
        `  ${label.padEnd(28)} ${seconds(total).padStart(7)}  ${perSecond.toLocaleString('nb-NO').padStart(9)} records/s` +
          `  (reading and checking ${seconds(readingDone - started)}, writing ${seconds(total - (readingDone - started))};` +
          ` inserted ${c.inserted}, updated ${c.updated}, unchanged ${c.unchanged})`,
      );
    }
    console.log(
      JSON.stringify({
        database: database.kind,
        rows,
        students: students.length,
        insert_records_per_s: results['first import (inserted)'],
        unchanged_records_per_s: results['same file again (unchanged)'],
        update_records_per_s: results['a tenth changed (updated)'],
      }),
    );
  } finally {
    await database.close();
    await scratch?.drop();
  }
}

async function openMemoryPglite(): Promise<Database> {
  const client = await PGlite.create();
  return { db: drizzlePglite(client, { schema }) as unknown as Db, kind: 'pglite', location: 'memory', close: () => client.close() };
}

async function createScratchDatabase(serverUrl: string) {
  const name = `varde_bench_imports_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** The demo students have no student numbers; the bench gives them B1, B2 … */
async function numberStudents(db: Db, school: { ownerId: string; schoolId: string }): Promise<string[]> {
  await db.execute(sql`
    update students s set external_id = 'B' || n.k
    from (select id, row_number() over (order by id) as k from students where owner_id = ${school.ownerId} and school_id = ${school.schoolId}) n
    where s.owner_id = ${school.ownerId} and s.id = n.id`);
  const rows = await queryRows<{ external_id: string }>(
    db,
    sql`select external_id from students where owner_id = ${school.ownerId} and school_id = ${school.schoolId} order by external_id`,
  );
  return rows.map((r) => r.external_id);
}

async function teachingGroups(db: Db, school: { ownerId: string; schoolId: string }): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select name from groups where owner_id = ${school.ownerId} and school_id = ${school.schoolId} and kind = 'undervisningsgruppe' order by name`,
  );
  return rows.map((r) => r.name);
}

/**
 * N rows, each student at most once per lesson and day: row i is student i mod S, lesson
 * (i div S) mod 8 + 1, on the (i div 8S)-th weekday from the start of the school year. One row
 * in ten is a whole day, one in twenty a late arrival. `changed` of the rows get another type.
 */
function absenceFile(rows: number, students: readonly string[], groups: readonly string[], changed: number): Uint8Array {
  const lines = ['dato;elevnummer;omfang;time;gruppe;timer;fraværstype;årsak;melding fra hjemmet;minutter for sent'];
  const dates: string[] = [];
  const S = students.length;
  for (let day = '2026-08-17'; dates.length * 8 * S < rows; day = addDays(day, 1)) if (isoWeekday(day) <= 5) dates.push(day);
  for (let i = 0; i < rows; i++) {
    const student = students[i % S]!;
    const lesson = (Math.floor(i / S) % 8) + 1;
    const date = dates[Math.floor(i / (8 * S))]!;
    const flip = changed > 0 && i % Math.round(1 / changed) === 0;
    if (i % 10 === 3 && lesson === 1) {
      lines.push(`${date};${student};dag;;;6;sykdom;Syk;ja;`);
    } else if (i % 20 === 7) {
      lines.push(`${date};${student};time;${lesson};${groups[i % groups.length]};0;forsentkomming;;nei;${5 + (i % 15)}`);
    } else {
      lines.push(`${date};${student};time;${lesson};${groups[i % groups.length]};1;${flip ? 'dokumentert' : 'udokumentert'};;nei;`);
    }
  }
  return Buffer.from(lines.join('\n'));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
