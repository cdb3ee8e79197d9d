/**
 * What holds for every request and answer of the API, whatever the route.
 *
 * Text that PostgreSQL cannot store is bad input (400 with the field), never a failed query (500):
 * PostgreSQL refuses the NUL character in text and jsonb, and a UTF-16 half without its pair is no
 * character at all and would be stored silently changed. The guard knows no route: it walks
 * whatever body, query and params came in, keys included, before any route sees them.
 *
 * Dates lie within the window of what they mean, checked with the app's clock once the body is
 * validated; and no API answer is kept by a browser or a proxy.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { outOfWindow, type DateOutOfWindow } from '../domain/date-windows.js';
import type { Clock } from '../lib/clock.js';
import { invalidFields } from './errors.js';

// NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- finding the control character NUL is the point
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const message = 'contains a character that cannot be stored (NUL, or half of a UTF-16 pair)';
/** Enough places to show a person what to fix; a body full of them need not be listed whole. */
const MAX_DETAILS = 20;

/** Where in `value` (paths under `root`, as validation errors name them) text holds an unstorable character. */
export function unstorableTextPaths(value: unknown, root: string): string[] {
  const found: string[] = [];
  // A stack, not recursion: a deeply nested body must not overflow the call stack.
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: root }];
  while (stack.length > 0 && found.length < MAX_DETAILS) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (unstorable.test(v)) found.push(path);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${path}.${i}` });
    } else if (v !== null && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v).reverse()) {
        const at = `${path}.${key}`;
        if (unstorable.test(key)) found.push(at);
        else stack.push({ value: inner, path: at });
      }
    }
  }
  return found;
}

/** A preValidation hook: the body is parsed by then, and nothing has been validated or read. */
export async function refuseUnstorableText(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const paths = [
    ...unstorableTextPaths(request.params, 'params'),
    ...unstorableTextPaths(request.query, 'querystring'),
    ...unstorableTextPaths(request.body, 'body'),
  ];
  if (paths.length > 0) throw invalidFields(paths.slice(0, MAX_DETAILS).map((path) => ({ path, message })));
}

function windowMessage(d: DateOutOfWindow): string {
  if (d.problem === 'before_earliest') return `must be on or after ${d.earliest}`;
  return d.endsToday ? `must not be after today (${d.latest})` : `must be on or before ${d.latest}`;
}

/** The dates in `value` outside the windows their schemas name (src/domain/date-windows.ts), as invalid fields under `root`. */
export function datesOutsideWindows(schema: z.ZodType, value: unknown, root: string, clock: Clock): Array<{ path: string; message: string }> {
  return outOfWindow(schema, value, clock.today(), clock.now()).map((d) => ({ path: [root, ...d.path].join('.'), message: windowMessage(d) }));
}

/**
 * A preHandler hook: once the body is validated, every date in it lies within the window of what
 * it means (a grade given in 2099, a notice for 2099: 400 at the field), checked with the app's clock.
 */
export function refuseDatesOutsideWindows(clock: Clock) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const schema = request.routeOptions.schema as { body?: z.ZodType; querystring?: z.ZodType } | undefined;
    const details = [
      ...(schema?.querystring ? datesOutsideWindows(schema.querystring, request.query, 'querystring', clock) : []),
      ...(schema?.body ? datesOutsideWindows(schema.body, request.body, 'body', clock) : []),
    ];
    if (details.length > 0) throw invalidFields(details);
  };
}

/** An onSend hook: what the API answers may name a student, so no browser or proxy keeps it (shared school PCs). */
export async function noStoreForApi(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
}
