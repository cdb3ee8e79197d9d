import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { health } from '../../shared/api.js';
import type { RouteContext } from './context.js';

const version = process.env.npm_package_version ?? '0.1.0';

export const healthRoute =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      { schema: { summary: 'Is Varde up, and on which database', tags: ['system'], response: { 200: health } } },
      async () => ({ status: 'ok' as const, database: ctx.database.kind, version, demo: ctx.demo }),
    );
  };
