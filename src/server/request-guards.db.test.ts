/**
 * What holds for every route, walked from the app's own route list: text PostgreSQL cannot store
 * is a 400 at its field wherever it is sent, and no API answer may be kept by a browser or proxy.
 */
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../shared/api.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
};

type Path = Array<string | number>;

/** Every place in a body schema where text can go (a string, or anything at all), as a path. */
function textPlaces(schema: JsonSchema, at: Path = []): Path[] {
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (alternatives.length > 0) return alternatives.flatMap((s) => textPlaces(s, at));
  const types = [schema.type ?? []].flat();
  const places: Path[] = [];
  if (types.includes('string') || (types.length === 0 && !schema.properties && !schema.items)) places.push(at);
  for (const [key, inner] of Object.entries(schema.properties ?? {})) places.push(...textPlaces(inner, [...at, key]));
  if (schema.items) places.push(...textPlaces(schema.items, [...at, 0]));
  if (typeof schema.additionalProperties === 'object') places.push(...textPlaces(schema.additionalProperties, [...at, 'key']));
  return places;
}

/** The smallest body with `text` at `path`. */
function bodyWith(path: Path, text: string): unknown {
  return path.reduceRight<unknown>((inner, step) => (typeof step === 'number' ? [inner] : { [step]: inner }), text);
}

const someId = '00000000-0000-4000-8000-000000000000';
const withIds = (url: string) => url.replace(/:[A-Za-z]+/g, (p) => (p === ':version' ? '1' : p === ':kind' ? 'elever' : someId));

describe('text PostgreSQL cannot store', () => {
  it('is refused with its field in every string of every route that takes a body', async () => {
    const { call } = await api.signIn('rektor');
    await api.app.ready();
    const openapi = api.app.swagger() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>> };
    const withBody = api.routes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    let probes = 0;
    const unprobed: string[] = [];
    for (const route of withBody) {
      const operation = openapi.paths[route.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      const schema = operation?.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      const places = textPlaces(schema);
      if (places.length === 0) unprobed.push(`${route.method} ${route.url}`);
      for (const place of places) {
        for (const text of ['a\u0000b', 'half \ud800 a pair']) {
          const { status, body } = await call<ApiError>(route.method as 'POST', withIds(route.url), bodyWith(place, text));
          const where = ['body', ...place].join('.');
          expect(status, `${route.method} ${route.url} ${where}`).toBe(400);
          expect(body.error.code).toBe('validation_failed');
          expect(body.error.details).toEqual([{ path: where, message: expect.stringContaining('cannot be stored') }]);
          probes++;
        }
      }
    }
    expect(unprobed).toEqual([]);
    // Sign-in, cases, flags, notices, grades, plans …: a route list that shrank to nothing proves nothing.
    expect(probes).toBeGreaterThan(100);
  });

  it('is refused in a sign-in, a query, a path and a key, and a whole pair is text like any other', async () => {
    const signIn = await api.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'rektor\u0000', password: 'x' } });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.json<ApiError>().error.details).toEqual([{ path: 'body.username', message: expect.any(String) }]);

    const { call } = await api.signIn('rektor');
    const query = await call<ApiError>('GET', '/api/cases?scope=%00');
    expect(query.status).toBe(400);
    expect(query.body.error.details?.[0]?.path).toBe('querystring.scope');
    const params = await call<ApiError>('GET', '/api/students/a%00b');
    expect(params.body.error.details?.[0]?.path).toBe('params.studentId');
    const key = await call<ApiError>('POST', `/api/cases/${someId}/conversations`, { answers: { 'q\u00001': 'yes' } });
    expect(key.body.error.details).toEqual([{ path: 'body.answers.q\u00001', message: expect.any(String) }]);

    // An emoji is a whole pair: it goes on to the route (here: an unknown student, 404).
    const emoji = await call<ApiError>('POST', `/api/students/${someId}/cases`, { kind: 'fravaer', openedFrom: 'manuelt', reason: 'Sliter 😟' });
    expect(emoji.status).toBe(404);
  });
});

describe('answers of the API', () => {
  it('are never stored by a browser or a proxy: no-store on every /api answer, refusals and errors too', async () => {
    const { cookie } = await api.signIn('kontaktlaerer');
    for (const url of ['/api/health', '/api/me/students', '/api/me/tasks', `/api/students/${someId}`, '/api/no-such-route']) {
      const response = await api.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const anonymous = await api.app.inject({ method: 'GET', url: '/api/me/students' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });
});
