/** Which ways in the sign-in page offers: public, so that it can be asked before anyone signs in. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { signInOptions } from '../../shared/sign-in-api.js';
import type { RouteContext } from './context.js';

export const signInOptionsRoute =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/sign-in/options',
      {
        schema: {
          summary: 'The ways in this server offers: password, Feide, ID-porten',
          tags: ['session'],
          security: [],
          response: { 200: signInOptions },
        },
      },
      async () => ({ password: ctx.signIn.passwordSignIn, feide: !!ctx.signIn.feide, idPorten: !!ctx.signIn.idPorten }),
    );
  };
