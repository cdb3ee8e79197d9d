/**
 * The school owner's views of its schools in figures (issue 13, part 4): the municipality's absence
 * team (fraværsteam) — per school and trinn, absence levels, the staircase, how long cases last and
 * recurring absence — counts only, no names, small counts hidden. No student is named, so no read
 * is written per student (as the owner's figures); a refusal is audited by the app's error handler.
 * Also the administrator's comparison of staff's groups in Feide with Varde's (issue 14): staff
 * and group names, no student.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api.js';
import { absenceTeam } from '../../shared/owner-api.js';
import { feideGroupDifferences } from '../../shared/feide-api.js';
import { can } from '../../domain/access-policy.js';
import { smallCount } from '../../domain/owner/shown-count.js';
import { findAbsenceTeam } from '../../data/owner/find-absence-team.js';
import { findFeideGroupDifferences } from '../../data/feide/find-feide-group-differences.js';
import { presentFeideGroupDifferences } from '../presenters/present-feide-group-differences.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError };
const tags = ['owner'];

export const ownerRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/owner/absence-team',
      {
        schema: {
          summary: "The absence team's overview: per school and trinn, absence levels, the staircase's open cases by step, how long cases last, recurring absence; counts only, no names, counts under 5 hidden",
          tags,
          response: { 200: absenceTeam, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'owner.see_absence_team', {})) throw forbidden("The absence team's figures are for the school owner");
        return { smallCount, ...(await findAbsenceTeam(db, actor.ownerId, ctx.clock.today())) };
      },
    );

    app.get(
      '/api/owner/feide-groups',
      {
        schema: {
          summary: "Staff whose classes and teaching groups in Feide, read at their latest Feide sign-in, differ from those Varde has them teach this school year (administrators); for comparison only, Feide's groups give no access",
          tags,
          response: { 200: feideGroupDifferences, 401: apiError, 403: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'owner.compare_feide_groups', {})) throw forbidden("Feide's groups beside Varde's are for the owner's administrator");
        return presentFeideGroupDifferences(await findFeideGroupDifferences(db, actor.ownerId, ctx.clock.today()));
      },
    );
  };
