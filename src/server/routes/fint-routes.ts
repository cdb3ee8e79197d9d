/**
 * A FINT sync run from the web app (issue 17; docs/imports/fint.md): the owner's administrator
 * syncs one school's roster from the county's FINT. FINT's address and credentials come from the
 * environment, read when the route is called (a Varde without FINT needs none of it). The answer
 * is the sync's report: what changed, or FINT's data refused with its problems (nothing stored).
 * FINT failing or unreachable answers 409 `conflict` with FINT's message — the shared error codes
 * have none for a failing upstream; nothing is stored then either. The sync writes its own audit
 * entry; the students of a synced school are evaluated again, as after an import.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api.js';
import { fintSyncBody, fintSyncReport, fintSyncSchools } from '../../shared/fint-api.js';
import { ConfigError } from '../../config.js';
import { can } from '../../domain/access-policy.js';
import { reevaluateStudents } from '../../data/reevaluate-students.js';
import { listOwnerSchools } from '../../data/list-owner-schools.js';
import { schoolExists } from '../../data/school-exists.js';
import { createFintClient } from '../../imports/fint/fint-client.js';
import { readFintConfig, type FintConfig } from '../../imports/fint/fint-config.js';
import { syncFint } from '../../imports/fint/sync-fint.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

function fintConfig(): FintConfig {
  if (!process.env.FINT_BASE_URL) {
    throw new AppError('conflict', 'FINT is not configured: set FINT_BASE_URL, FINT_CLIENT_ID and FINT_CLIENT_SECRET (and FINT_TOKEN_URL, FINT_SCOPE if not the defaults; docs/imports/fint.md)');
  }
  try {
    return readFintConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new AppError('conflict', `FINT is not configured: ${error.message}`);
    throw error;
  }
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
        if (!can(actor, 'owner.sync_fint', {})) throw forbidden('Only an administrator syncs a school from FINT');
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
        if (!can(actor, 'owner.sync_fint', {})) throw forbidden('Only an administrator syncs a school from FINT');
        const { schoolId, fintSchool } = request.body;
        if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school', { entity: 'school', entityId: schoolId });
        const client = createFintClient({ ...fintConfig() });
        const today = ctx.clock.today();
        const result = await syncFint(db, { ownerId: actor.ownerId, schoolId, fintSchool, client, actorStaffId: actor.staffId, via: 'web', today });
        if (result.status === 'failed') {
          throw new AppError('conflict', `FINT could not be read, and nothing was stored: ${result.error.message}`);
        }
        if (result.status === 'rejected') return { status: 'rejected' as const, problems: result.problems, durationMs: result.durationMs };
        await reevaluateStudents(db, { ownerId: actor.ownerId, schoolId, today });
        const { school, schoolYear, changes, counts, skipped, durationMs } = result;
        return { status: 'synced' as const, school, schoolYear, changes, counts, skipped, durationMs };
      },
    );
  };
