/**
 * The measure bank while writing a plan: the seeds' measures and the school's own; and for the
 * school's leadership and rådgiver, how often each measure was followed by improved attendance
 * (docs/decisions/017-effect-of-measures.md).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, schoolParams } from '../../shared/api.js';
import { measureList, measureQuery, measureView, ownMeasureBody, type MeasureView } from '../../shared/case-api.js';
import { addOwnMeasure } from '../../data/cases/add-own-measure.js';
import { findMeasureEffects } from '../../data/cases/find-measure-effects.js';
import { findOwnMeasures } from '../../data/cases/find-own-measures.js';
import { can } from '../../domain/access-policy.js';
import { measureArenaLabels, measureBank, measureCategories, ownMeasureCategory, type MeasureArena } from '../../domain/tiltak/measure-bank.js';
import { measureEffectsQuery, measureEffectsView } from '../../shared/measure-effect-api.js';
import { presentMeasureEffects } from '../presenters/present-measure-effects.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['measures'];
type Language = 'nb' | 'nn' | 'en';

function bankMeasures(language: Language): MeasureView[] {
  const categories = new Map(measureCategories.map((c) => [c.key, c]));
  return measureBank.map((m) => ({
    code: m.code,
    title: m.title[language],
    description: m.description?.[language] ?? null,
    category: m.category,
    categoryLabel: categories.get(m.category)?.label[language] ?? m.category,
    level: m.level,
    arena: m.arena,
    arenaLabel: measureArenaLabels[m.arena][language],
    caseKinds: [...m.caseKinds],
    source: m.source,
  }));
}

export const measureRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/measures',
      { schema: { summary: 'The measure bank and the school’s own measures, in one language', tags, querystring: measureQuery, response: { 200: measureList, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId, language } = request.query;
        if (!can(actor, 'school.use_measures', { schoolId })) throw forbidden('You do not work at this school');
        const own = (await findOwnMeasures(db, actor.ownerId, schoolId)).map((m) => presentOwn(m, language));
        return { measures: [...bankMeasures(language), ...own] };
      },
    );

    app.post(
      '/api/schools/:schoolId/measures',
      { schema: { summary: 'Add a measure of the school’s own to the bank', tags, params: schoolParams, body: ownMeasureBody, response: { 200: measureView, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.use_measures', { schoolId })) throw forbidden('You do not work at this school');
        const row = await addOwnMeasure(db, { ownerId: actor.ownerId, schoolId, createdBy: actor.staffId, ...request.body });
        return presentOwn(row, 'nb');
      },
    );

    app.get(
      '/api/schools/:schoolId/measure-effects',
      {
        schema: {
          summary: 'How often each measure was followed by improved attendance: counts per measure, a verdict only where the numbers bear one; no student is named',
          tags: ['leadership'],
          params: schoolParams,
          querystring: measureEffectsQuery,
          response: { 200: measureEffectsView, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.see_overview', { schoolId })) throw forbidden('Only the school’s leadership and rådgiver see the effect of measures');
        const today = ctx.clock.today();
        const [effects, own] = await Promise.all([findMeasureEffects(db, actor.ownerId, schoolId, today), findOwnMeasures(db, actor.ownerId, schoolId)]);
        const titles = new Map<string, Pick<MeasureView, 'title' | 'source'>>([...bankMeasures(request.query.language), ...own.map((m) => presentOwn(m, request.query.language))].map((m) => [m.code, m]));
        return presentMeasureEffects(effects, { schoolId, today, titles });
      },
    );
  };

function presentOwn(
  m: { code: string; title: string; description: string | null; category: string; level: string; arena: string; caseKinds: string[] },
  language: Language,
): MeasureView {
  const arena = m.arena as MeasureArena;
  return {
    code: m.code,
    title: m.title,
    description: m.description,
    category: m.category,
    categoryLabel: m.category === ownMeasureCategory.key ? ownMeasureCategory.label[language] : m.category,
    level: m.level as MeasureView['level'],
    arena: m.arena,
    arenaLabel: measureArenaLabels[arena]?.[language] ?? m.arena,
    caseKinds: m.caseKinds,
    source: 'skolens-egne',
  };
}
