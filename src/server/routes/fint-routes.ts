/**
 * FINT from the web app (issue 17; docs/imports/fint.md): the owner's administrator syncs one
 * school's roster from the county's FINT, sets a school's daily sync, and reads the kept runs —
 * however they were started — with what each changed, refused or failed on. FINT's address and
 * credentials come from the environment, read when a sync runs (a Varde without FINT needs none
 * of it). FINT failing or unreachable answers 409 `conflict` with FINT's message — the shared
 * error codes have none for a failing upstream; nothing is stored then, but the run is kept.
 * The sync writes its own audit entry; the students of a synced school are evaluated again.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api.js';
import {
  fintSyncBody,
  fintSyncReport,
  fintSyncRun,
  fintSyncRuns,
  fintSyncRunsQuery,
  fintSyncScheduleBody,
  fintSyncScheduleParams,
  fintSyncSchedules,
  fintSyncSchools,
} from '../../shared/fint-api.js';
import { z } from 'zod';
import { ConfigError } from '../../config.js';
import { can, type Person } from '../../domain/access-policy.js';
import { listOwnerSchools } from '../../data/list-owner-schools.js';
import { schoolExists } from '../../data/school-exists.js';
import { writeAudit } from '../../data/write-audit.js';
import { createFintClient, type FintClient } from '../../imports/fint/fint-client.js';
import { readFintConfigOrExplain } from '../../imports/fint/fint-config.js';
import { findFintSyncRun, listFintSyncRuns, runFintSync } from '../../imports/fint/fint-sync-runs.js';
import { listFintSyncSchedules, saveFintSyncSchedule } from '../../imports/fint/fint-sync-schedules.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

function fintClient(): FintClient {
  try {
    return createFintClient(readFintConfigOrExplain());
  } catch (error) {
    if (error instanceof ConfigError) throw new AppError('conflict', error.message.startsWith('FINT is not configured') ? error.message : `FINT is not configured: ${error.message}`);
    throw error;
  }
}

function mustSyncFint(actor: Person): void {
  if (!can(actor, 'owner.sync_fint', {})) throw forbidden('Only an administrator syncs a school from FINT');
}

export const fintRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/owner/fint-sync/schools',
      {
        schema: {
          summary: "The owner's schools a FINT sync can go into (administrators)",
          tags: ['imports'],
          response: { 200: fintSyncSchools, 401: apiError, 403: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        mustSyncFint(actor);
        return { schools: await listOwnerSchools(db, actor.ownerId) };
      },
    );

    app.post(
      '/api/owner/fint-sync',
      {
        schema: {
          summary: "Sync one of the owner's schools from the county's FINT: answers with what changed, or the problems in FINT's data (nothing stored); 409 when FINT is not configured, fails or cannot be reached",
          tags: ['imports'],
          body: fintSyncBody,
          response: { 200: fintSyncReport, 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        mustSyncFint(actor);
        const { schoolId, fintSchool } = request.body;
        if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school', { entity: 'school', entityId: schoolId });
        const client = fintClient();
        const { runId, result } = await runFintSync(db, { ownerId: actor.ownerId, schoolId, fintSchool, client, trigger: 'web', startedBy: actor.staffId, clock: ctx.clock });
        if (result.status === 'failed') {
          throw new AppError('conflict', `FINT could not be read, and nothing was stored: ${result.error.message}`);
        }
        if (result.status === 'rejected') return { status: 'rejected' as const, runId, problems: result.problems, durationMs: result.durationMs };
        const { school, schoolYear, changes, counts, skipped, warnings, feideNamesChanged, durationMs } = result;
        return { status: 'synced' as const, runId, school, schoolYear, changes, counts, skipped, warnings, feideNamesChanged, durationMs };
      },
    );

    app.get(
      '/api/owner/fint-sync/runs',
      {
        schema: {
          summary: "The owner's latest FINT sync runs (the web app, the command line, the schedule), newest first, in numbers (administrators)",
          tags: ['imports'],
          querystring: fintSyncRunsQuery,
          response: { 200: fintSyncRuns, 400: apiError, 401: apiError, 403: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        mustSyncFint(actor);
        const { schoolId } = request.query;
        return { runs: await listFintSyncRuns(db, actor.ownerId, { ...(schoolId ? { schoolId } : {}), limit: 20 }) };
      },
    );

    app.get(
      '/api/owner/fint-sync/runs/:runId',
      {
        schema: {
          summary: 'One FINT sync run with its whole report: what changed, the problems in FINT\'s data, or FINT\'s error (administrators)',
          tags: ['imports'],
          params: z.object({ runId: z.string().uuid() }),
          response: { 200: fintSyncRun, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        mustSyncFint(actor);
        const run = await findFintSyncRun(db, actor.ownerId, request.params.runId);
        if (!run) throw notFound('The FINT sync run', { entity: 'fint_sync_run', entityId: request.params.runId });
        // The report names students from FINT (by elevnummer and name), not their files: one read entry for the run.
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'fint_sync_run', entityId: run.id });
        return run;
      },
    );

    app.get(
      '/api/owner/fint-sync/schedules',
      {
        schema: {
          summary: "The owner's daily FINT syncs, by school (administrators)",
          tags: ['imports'],
          response: { 200: fintSyncSchedules, 401: apiError, 403: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        mustSyncFint(actor);
        return { schedules: await listFintSyncSchedules(db, actor.ownerId) };
      },
    );

    app.put(
      '/api/owner/fint-sync/schedules/:schoolId',
      {
        schema: {
          summary: "Sets a school's daily FINT sync: FINT's school, the time of day in Norway, on or off (administrators); answers the owner's schedules",
          tags: ['imports'],
          params: fintSyncScheduleParams,
          body: fintSyncScheduleBody,
          response: { 200: fintSyncSchedules, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        mustSyncFint(actor);
        const { schoolId } = request.params;
        if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school', { entity: 'school', entityId: schoolId });
        await saveFintSyncSchedule(db, { ownerId: actor.ownerId, schoolId, ...request.body, updatedBy: actor.staffId, now: ctx.clock.now() });
        return { schedules: await listFintSyncSchedules(db, actor.ownerId) };
      },
    );
  };
