/** The measure bank while writing a plan: the seeds' measures and the school's own. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, schoolParams } from '../../shared/api.js';
import { measureList, measureQuery, measureView, ownMeasureBody, type MeasureView } from '../../shared/case-api.js';
import { addOwnMeasure } from '../../data/cases/add-own-measure.js';
import { findOwnMeasures } from '../../data/cases/find-own-measures.js';
import { can } from '../../domain/access-policy.js';
import { measureArenaLabels, measureBank, measureCategories, ownMeasureCategory, type MeasureArena } from '../../domain/tiltak/measure-bank.js';
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
