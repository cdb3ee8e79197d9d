/**
 * A FINT sync as one run kept in `fint_sync_runs` (docs/imports/fint.md): however it is started —
 * the web app, the command line or the daily schedule — it syncs (sync-fint.ts), evaluates the
 * school's students again when something was written, and keeps its report, so that the
 * administrator can see afterwards what each run changed, refused or failed on. The last
 * `KEPT_RUNS` runs of a school are kept; older ones are let go as a new one is kept.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { fintSyncRuns } from '../../db/schema.js';
import { reevaluateStudents } from '../../data/reevaluate-students.js';
import type { Clock } from '../../lib/clock.js';
import { uuidV7 } from '../uuid-v7.js';
import type { FintClient } from './fint-client.js';
import type { FintSyncStatus, FintSyncTrigger } from '../../domain/vocabulary.js';
import { syncFint, type FintSyncResult } from './sync-fint.js';

export const KEPT_RUNS = 100;

export interface RunFintSyncOptions {
  ownerId: string;
  schoolId: string;
  fintSchool: string;
  client: FintClient;
  trigger: FintSyncTrigger;
  /** Who started it; null for the schedule and the command line. */
  startedBy: string | null;
  clock: Clock;
  /** The day the sync is for (the command line's --today); the clock's day when not given. */
  today?: string;
}

export async function runFintSync(db: Db, options: RunFintSyncOptions): Promise<{ runId: string; result: FintSyncResult }> {
  const startedAt = options.clock.now();
  const today = options.today ?? options.clock.today();
  const result = await syncFint(db, {
    ownerId: options.ownerId,
    schoolId: options.schoolId,
    fintSchool: options.fintSchool,
    client: options.client,
    actorStaffId: options.startedBy,
    via: options.trigger,
    today,
  });
  if (result.status === 'synced') await reevaluateStudents(db, { ownerId: options.ownerId, schoolId: options.schoolId, today });
  const [row] = await db
    .insert(fintSyncRuns)
    .values({
      // Time-ordered: runs that start in the same instant (a test's fixed clock) still list in the order they ran.
      id: uuidV7(),
      ownerId: options.ownerId,
      schoolId: options.schoolId,
      fintSchool: options.fintSchool,
      trigger: options.trigger,
      startedBy: options.startedBy,
      startedAt,
      finishedAt: options.clock.now(),
      status: result.status,
      report: result,
    })
    .returning({ id: fintSyncRuns.id });
  await db.execute(sql`
    delete from fint_sync_runs where owner_id = ${options.ownerId} and school_id = ${options.schoolId}
      and id not in (select id from fint_sync_runs where owner_id = ${options.ownerId} and school_id = ${options.schoolId} order by started_at desc, id desc limit ${KEPT_RUNS})`);
  return { runId: row!.id, result };
}

export interface FintSyncRunSummary {
  id: string;
  schoolId: string;
  schoolName: string;
  fintSchool: string;
  trigger: FintSyncTrigger;
  startedBy: string | null;
  startedAt: string;
  finishedAt: string;
  status: FintSyncStatus;
  /** What the report holds, in numbers: the list shows these, the run's page the report. */
  added: number;
  ended: number;
  updated: number;
  problems: number;
  warnings: number;
  error: string | null;
  errorCode: string | null;
}

const summaryColumns = sql`r.id, r.school_id, s.name as school_name, r.fint_school, r.trigger,
  case when r.started_by is null then null else st.given_name || ' ' || st.family_name end as started_by,
  r.started_at, r.finished_at, r.status, r.report`;

interface RunRow {
  id: string;
  school_id: string;
  school_name: string;
  fint_school: string;
  trigger: FintSyncTrigger;
  started_by: string | null;
  started_at: Date | string;
  finished_at: Date | string;
  status: FintSyncStatus;
  report: FintSyncResult;
}

function summarise(r: RunRow): FintSyncRunSummary {
  const report = r.report;
  const c = report.status === 'synced' ? report.changes : undefined;
  return {
    id: r.id,
    schoolId: r.school_id,
    schoolName: r.school_name,
    fintSchool: r.fint_school,
    trigger: r.trigger,
    startedBy: r.started_by,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: new Date(r.finished_at).toISOString(),
    status: r.status,
    added: c ? c.groupsAdded.length + c.studentsAdded.length + c.membershipsAdded.length + c.staffAdded.length : 0,
    ended: c ? c.membershipsEnded.length : 0,
    updated: c ? c.studentsUpdated.length + c.membershipsUpdated.length : 0,
    problems: report.status === 'rejected' ? report.problems.length : 0,
    warnings: report.status === 'synced' ? (report.warnings ?? []).length : 0,
    error: report.status === 'failed' ? report.error.message : null,
    errorCode: report.status === 'failed' ? report.error.code : null,
  };
}

/** The owner's latest runs, newest first; of one school when asked. */
export async function listFintSyncRuns(db: Db, ownerId: string, options: { schoolId?: string; limit?: number } = {}): Promise<FintSyncRunSummary[]> {
  const rows = await queryRows<RunRow>(
    db,
    sql`select ${summaryColumns} from fint_sync_runs r
        join schools s on s.owner_id = r.owner_id and s.id = r.school_id
        left join staff st on st.owner_id = r.owner_id and st.id = r.started_by
        where r.owner_id = ${ownerId} ${options.schoolId ? sql`and r.school_id = ${options.schoolId}` : sql``}
        order by r.started_at desc, r.id desc limit ${options.limit ?? 20}`,
  );
  return rows.map(summarise);
}

/** One run with its whole report; undefined when the owner has no such run. */
export async function findFintSyncRun(db: Db, ownerId: string, runId: string): Promise<(FintSyncRunSummary & { report: FintSyncResult }) | undefined> {
  const [row] = await queryRows<RunRow>(
    db,
    sql`select ${summaryColumns} from fint_sync_runs r
        join schools s on s.owner_id = r.owner_id and s.id = r.school_id
        left join staff st on st.owner_id = r.owner_id and st.id = r.started_by
        where r.owner_id = ${ownerId} and r.id = ${runId}`,
  );
  return row && { ...summarise(row), report: row.report };
}
