/**
 * How much CPU a piece of work took in this Node process and in the database server's backends
 * serving it (read from /proc, so only for a server on this machine). Unlike the wall time, the
 * CPU seconds hardly move with the machine's load, and the split says which side bounds the work:
 * Node runs on one core, the server's backends on the others (docs/performance.md).
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../src/db/database.js';

export interface CpuSplit {
  nodeS: number;
  /** null on PGlite, whose work is Node's own. */
  databaseS: number | null;
}

/** utime + stime of a process in seconds (Linux's clock ticks are 1/100 s), 0 when it is gone or not readable. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The backends connected to the current database; on PGlite (no pg_stat_activity pids on this machine) none. */
async function backendPids(db: Db, embedded: boolean): Promise<number[]> {
  if (embedded) return [];
  const rows = await queryRows<{ pid: number }>(db, sql`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`);
  return rows.map((r) => r.pid).filter((pid) => fs.existsSync(`/proc/${pid}`));
}

export async function measureCpu<T>(db: Db, embedded: boolean, work: () => Promise<T>): Promise<{ result: T; cpu: CpuSplit }> {
  const before = new Map((await backendPids(db, embedded)).map((pid) => [pid, cpuSecondsOf(pid)]));
  const node = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(node);
  let databaseS: number | null = null;
  if (!embedded) {
    databaseS = 0;
    // Backends the pool opened during the work count from zero.
    for (const pid of await backendPids(db, embedded)) databaseS += cpuSecondsOf(pid) - (before.get(pid) ?? 0);
  }
  return { result, cpu: { nodeS: (used.user + used.system) / 1e6, databaseS } };
}
