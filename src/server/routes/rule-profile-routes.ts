/** The administrator's view and edit of the owner's rule profiles (thresholds per rule). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, ruleProfileParams, ruleProfilesList, ruleProfileUpdateBody, ruleProfileView } from '../../shared/api.js';
import { listRuleProfiles, saveRuleProfile, type ProfileWithHistory } from '../../data/rule-profiles.js';
import { reevaluateAll } from '../../data/reevaluate-all.js';
import { writeAudit } from '../../data/write-audit.js';
import type { Actor } from '../../data/load-actor.js';
import { can } from '../../domain/access-policy.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

function requireAdministrator(actor: Actor) {
  if (!can(actor, 'rule_profiles.edit', {})) throw forbidden('Only an administrator edits the rule profiles');
}

const present = ({ profile, history }: ProfileWithHistory) => ({
  key: profile.key,
  name: profile.name,
  version: profile.version,
  schoolKind: profile.schoolKind,
  rules: profile.rules,
  history: history.map((h) => ({ version: h.version, createdAt: h.createdAt?.toISOString() ?? null, createdBy: h.createdBy })),
});

export const ruleProfileRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    app.get(
      '/api/rule-profiles',
      { schema: { summary: "The owner's rule profiles with their version history", tags: ['identification'], response: { 200: ruleProfilesList, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        requireAdministrator(actor);
        return { profiles: (await listRuleProfiles(db, actor.ownerId)).map(present) };
      },
    );
    app.put(
      '/api/rule-profiles/:key',
      { schema: { summary: 'Save a new version of a rule profile; every school of its kind is re-evaluated', tags: ['identification'], params: ruleProfileParams, body: ruleProfileUpdateBody, response: { 200: ruleProfileView, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        requireAdministrator(actor);
        const saved = await saveRuleProfile(db, { ownerId: actor.ownerId, key: request.params.key, baseVersion: request.body.baseVersion, rules: request.body.rules, staffId: actor.staffId });
        if (!saved.ok && saved.reason === 'unknown') throw notFound('The rule profile');
        if (!saved.ok) throw new AppError('conflict', 'Someone saved the profile after you opened it; open it again and redo the change');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'rule_profile', entityId: `${saved.profile.key}@${saved.profile.version}` });
        await reevaluateAll(db, ctx.clock.today(), actor.ownerId);
        return present((await listRuleProfiles(db, actor.ownerId)).find((p) => p.profile.key === saved.profile.key)!);
      },
    );
  };
