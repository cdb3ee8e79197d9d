/**
 * The HTTP application: the JSON API under /api and the built web app at /, on one port.
 * Every route validates its input with zod, decides access with a policy function, calls the
 * data layer and answers in the shapes of src/shared/api.ts; errors have one shape.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { noChannels, type NoticeChannels } from '../data/notices/queue-notices.js';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { DEVELOPMENT_SECRET_KEY, type SignInConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { serverKeys } from '../lib/server-keys.js';
import type { ApiError, DemoSignIns } from '../shared/api.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { AppError } from './errors.js';
import { noStoreForApi, refuseDatesOutsideWindows, refuseUnstorableText } from './request-guards.js';
import { auditRefusal } from './auth/audit-refusal.js';
import { auditRequestContext } from './auth/audit-request-context.js';
import type { RouteContext } from './routes/context.js';
import { sessionCookieName } from './auth/sessions.js';
import { oidcClients } from './auth/oidc/oidc-clients.js';
import { signInThrottleSettings, type SignInThrottleSettings } from './auth/sign-in-throttle.js';
import { NoSchoolYearError } from '../data/cases/case-calendar.js';
import { checkRoutes } from './routes/check-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { planRoutes } from './routes/plan-routes.js';
import { classMeetingRoutes } from './routes/class-meeting-routes.js';
import { measureRoutes } from './routes/measure-routes.js';
import { documentRoutes } from './routes/document-routes.js';
import { flagRoutes } from './routes/flag-routes.js';
import { followUpRoutes } from './routes/follow-up-routes.js';
import { healthRoute } from './routes/health-route.js';
import { importRoutes, MAX_IMPORT_BYTES } from './routes/import-routes.js';
import { fintRoutes } from './routes/fint-routes.js';
import { registrationRoutes } from './routes/registration-routes.js';
import { reportRoutes } from './routes/report-routes.js';
import { ruleProfileRoutes } from './routes/rule-profile-routes.js';
import { taskRoutes } from './routes/task-routes.js';
import { workspaceRoutes } from './routes/workspace-routes.js';
import { leadershipRoutes } from './routes/leadership-routes.js';
import { calendarRoutes } from './routes/calendar-routes.js';
import { otRoutes } from './routes/ot-routes.js';
import { otAvklaringRoutes } from './routes/ot-avklaring-routes.js';
import { ownerRoutes } from './routes/owner-routes.js';
import { skolebytteRoutes } from './routes/skolebytte-routes.js';
import { overgangRoutes } from './routes/overgang-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { birthDateRoutes } from './routes/birth-date-routes.js';
import { withoutFeedSecret } from './auth/calendar-feed-token.js';
import { myStudentsRoute } from './routes/my-students-route.js';
import { schoolOverviewRoute } from './routes/school-overview-route.js';
import { sessionRoutes } from './routes/session-routes.js';
import { oidcRoutes } from './routes/oidc-routes.js';
import { homeRoutes } from './routes/home-routes.js';
import { noticeRoutes } from './routes/notice-routes.js';
import { secondFactorRoutes } from './routes/second-factor-routes.js';
import { signInOptionsRoute } from './routes/sign-in-options-route.js';
import { studentRoute } from './routes/student-route.js';

export const defaultWebRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface AppOptions {
  database: Database;
  clock?: Clock;
  logLevel?: string;
  secureCookies?: boolean;
  /** The built web app; when the folder is missing, only the API is served. */
  webRoot?: string;
  /** Sign-in throttling (src/server/auth/sign-in-throttle.ts); its defaults unless given. */
  signInThrottle?: SignInThrottleSettings;
  /** A session unused for this long ends (VARDE_SESSION_IDLE_MINUTES); 30 minutes unless given. */
  sessionIdleMinutes?: number;
  /** The demo school's sign-ins, when it is loaded; named on the sign-in page. */
  demo?: DemoSignIns | null;
  /** Told of every route as it is registered: the write-access matrix test walks them all. */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
  /** Which ways in are on; unless given: passwords without a second factor, no Feide, no ID-porten. */
  signIn?: Partial<SignInConfig>;
  /** VARDE_SECRET_KEY; the published development key unless given. */
  secretKey?: string;
  /** The notice channels this server sends by (its sender started by start-varde.ts); none unless given: notices are logged as not sent. */
  noticeChannels?: NoticeChannels;
}

const passwordsOnly: SignInConfig = { passwordSignIn: true, secondFactor: 'off', publicUrl: 'http://127.0.0.1', feide: undefined, idPorten: undefined };

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      // A calendar feed's address is its key: the log shows the request without it.
      serializers: {
        req: (request: { method: string; url: string; host?: string; ip?: string }) => ({ method: request.method, url: withoutFeedSecret(request.url), host: request.host, remoteAddress: request.ip }),
      },
    },
    // Behind a proxy, set trustProxy there; direct clients are rate-limited by their own address.
    trustProxy: false,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('preValidation', refuseUnstorableText);
  app.addHook('onSend', noStoreForApi);

  const signIn: SignInConfig = { ...passwordsOnly, ...options.signIn };
  const ctx: RouteContext = {
    database: options.database,
    clock: options.clock ?? systemClock,
    secureCookies: options.secureCookies ?? false,
    sessionPolicy: {
      cookieName: sessionCookieName(options.secureCookies ?? false),
      idleMs: (options.sessionIdleMinutes ?? 30) * 60_000,
    },
    signInThrottle: options.signInThrottle ?? signInThrottleSettings(),
    demo: options.demo ?? null,
    signIn,
    keys: serverKeys(options.secretKey ?? DEVELOPMENT_SECRET_KEY),
    oidc: oidcClients(signIn),
    noticeChannels: options.noticeChannels ?? noChannels,
  };
  app.addHook('preHandler', refuseDatesOutsideWindows(ctx.clock));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Designsystemet and React set style attributes; no inline script is ever allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: ctx.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: ctx.secureCookies,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_IMPORT_BYTES } });
  app.decorate('sessionPolicy', ctx.sessionPolicy);
  auditRequestContext(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Varde API',
        description:
          'Early identification, mapping and follow-up of students. Sign in with POST /api/session; ' +
          'send the returned csrfToken as X-CSRF-Token on every state-changing request.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: ctx.sessionPolicy.cookieName } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const body = toApiError(error);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    // Every refusal is audited here, once, whichever route refused.
    await auditRefusal(ctx.database.db, ctx.clock, request, error, body.status).catch((failure: unknown) =>
      request.log.error({ err: failure }, 'a refusal could not be audited'),
    );
    return reply.code(body.status).send(body.payload);
  });

  await app.register(healthRoute(ctx));
  await app.register(sessionRoutes(ctx));
  await app.register(oidcRoutes(ctx));
  await app.register(homeRoutes(ctx));
  await app.register(signInOptionsRoute(ctx));
  await app.register(secondFactorRoutes(ctx));
  await app.register(myStudentsRoute(ctx));
  await app.register(studentRoute(ctx));
  await app.register(schoolOverviewRoute(ctx));
  await app.register(flagRoutes(ctx));
  await app.register(taskRoutes(ctx));
  await app.register(followUpRoutes(ctx));
  await app.register(registrationRoutes(ctx));
  await app.register(checkRoutes(ctx));
  await app.register(ruleProfileRoutes(ctx));
  await app.register(importRoutes(ctx));
  await app.register(fintRoutes(ctx));
  await app.register(caseRoutes(ctx));
  await app.register(noticeRoutes(ctx));
  await app.register(planRoutes(ctx));
  await app.register(classMeetingRoutes(ctx));
  await app.register(measureRoutes(ctx));
  await app.register(documentRoutes(ctx));
  await app.register(workspaceRoutes(ctx));
  await app.register(leadershipRoutes(ctx));
  await app.register(calendarRoutes(ctx));
  await app.register(reportRoutes(ctx));
  await app.register(otRoutes(ctx));
  await app.register(otAvklaringRoutes(ctx));
  await app.register(ownerRoutes(ctx));
  await app.register(skolebytteRoutes(ctx));
  await app.register(overgangRoutes(ctx));
  await app.register(birthDateRoutes(ctx));
  await app.register(auditRoutes(ctx));

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot ?? defaultWebRoot;
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuild of the web app is served at once.
    // preCompressed: the build writes .br and .gz beside each file (vite.config.ts), sent when accepted.
    // The built files under /assets are named by their content's hash, so a browser may keep them
    // for good: a second visit loads no JavaScript at all. index.html names them and is asked anew.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: 'index.html',
      preCompressed: true,
      setHeaders: (reply, file) => {
        if (file.startsWith(path.join(webRoot, 'assets') + path.sep)) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    // The web app routes in the browser: every page URL gets index.html.
    if (hasWeb && request.method === 'GET' && !url.startsWith('/api/') && !path.extname(url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    const payload: ApiError = { error: { code: 'not_found', message: `No route for ${request.method} ${url}` } };
    return reply.code(404).send(payload);
  });

  return app;
}

function toApiError(error: FastifyError): { status: number; payload: ApiError } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      payload: { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
    };
  }
  if (error instanceof NoSchoolYearError) {
    return { status: 409, payload: { error: { code: 'conflict', message: error.message } } };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const details = error.validation.map((issue) => ({
      path: [where, ...String(issue.instancePath ?? '').split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'is not valid',
    }));
    return {
      status: 400,
      payload: {
        error: {
          code: 'validation_failed',
          message: details.map((d) => `${d.path}: ${d.message}`).join('; '),
          details,
        },
      },
    };
  }
  if (error.statusCode === 429) {
    return { status: 429, payload: { error: { code: 'rate_limited', message: error.message } } };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors: body that is not JSON, wrong content type, too large.
    return { status: error.statusCode, payload: { error: { code: 'validation_failed', message: error.message } } };
  }
  return { status: 500, payload: { error: { code: 'internal', message: 'Something went wrong on the server; it has been logged' } } };
}
