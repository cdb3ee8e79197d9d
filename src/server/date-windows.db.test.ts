/**
 * Dates in requests (issue 10, part 2): a date far from what it can mean — a grade given in 2099,
 * a notice for 2099 — is a 400 at its field, checked with the app's clock; a day that is not in the
 * calendar is a 400, never a 500. Every date of every request body is one of the named dates of
 * src/domain/date-windows.ts, walked from the app's route list.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/school-calendar.js';
import type { ApiError, MyStudents } from '../shared/api.js';
import type { CaseDetail } from '../shared/case-api.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();

type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
};

/** Every date (a day or a moment) in a body schema, with its description. */
function datesIn(schema: JsonSchema, at: string): Array<{ at: string; description: string | undefined }> {
  const isDate = schema.type === 'string' && (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$' || schema.format === 'date-time');
  return [
    ...(isDate ? [{ at, description: schema.description }] : []),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((s) => datesIn(s, at)),
    ...Object.entries(schema.properties ?? {}).flatMap(([key, inner]) => datesIn(inner, `${at}.${key}`)),
    ...(schema.items ? datesIn(schema.items, `${at}.0`) : []),
    ...(typeof schema.additionalProperties === 'object' ? datesIn(schema.additionalProperties, `${at}.key`) : []),
  ];
}

describe('dates in requests', () => {
  it('are every one of them a named date with a window, in every route that takes a body', async () => {
    await api.app.ready();
    const openapi = api.app.swagger() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>> };
    const dates = Object.entries(openapi.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, op]) => {
        const schema = op.requestBody?.content['application/json']?.schema;
        return schema ? datesIn(schema, `${method.toUpperCase()} ${path} body`) : [];
      }),
    );
    // Grades, registers, notices, flags, marks, cases, plans, meetings, referrals, checks …
    expect(dates.length).toBeGreaterThan(20);
    expect(dates.filter((d) => !/(at most \d+ days before|not before) today/.test(d.description ?? '')).map((d) => d.at)).toEqual([]);
  });

  it('refuse a grade given in 2099 and a notice for 2099, naming the field; a notice for next week is taken', async () => {
    const teacher = await api.signIn('kontaktlaerer');
    const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    const teaching = mine.groups.find((g) => g.subjectName !== null && g.students.length > 0)!;
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;

    const grade = await teacher.call<ApiError>('POST', `/api/groups/${teaching.id}/grades`, { kind: 'midtveis', givenOn: '2099-05-05', entries: [{ studentId: teaching.students[0]!.id, value: '4' }] });
    expect(grade.status).toBe(400);
    expect(grade.body.error.details).toEqual([{ path: 'body.givenOn', message: `must not be after today (${TEST_TODAY})` }]);
    const tomorrow = await teacher.call<ApiError>('POST', `/api/groups/${teaching.id}/grades`, { kind: 'midtveis', givenOn: addDays(TEST_TODAY, 1), entries: [{ studentId: teaching.students[0]!.id, value: '4' }] });
    expect(tomorrow.body.error.details?.[0]?.path).toBe('body.givenOn');

    const studentId = own.students[0]!.id;
    const notice = await teacher.call<ApiError>('POST', `/api/students/${studentId}/notices`, { date: '2099-01-05', cause: 'Ferie', documented: false });
    expect(notice.status).toBe(400);
    expect(notice.body.error.details).toEqual([{ path: 'body.date', message: `must be on or before ${addDays(TEST_TODAY, 92)}` }]);
    // Monday next week, as a guardian phones it in: taken.
    expect((await teacher.call('POST', `/api/students/${studentId}/notices`, { date: addDays(TEST_TODAY, 7), cause: 'Tannlege', documented: true })).status).toBe(200);

    const register = await teacher.call<ApiError>('POST', `/api/groups/${own.id}/day-register`, { date: '2099-01-05', entries: [{ studentId, status: 'tilstede' }] });
    expect(register.body.error.details).toEqual([{ path: 'body.date', message: expect.stringMatching(/^must not be after today/) }]);
  });

  it('refuse review dates, plan days, meetings and contacts out of their windows', async () => {
    const teacher = await api.signIn('kontaktlaerer');
    const own = (await teacher.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const studentId = own.students.at(-1)!.id;
    const mark = await teacher.call<ApiError>('POST', `/api/students/${studentId}/closer-follow-up`, { reason: 'Mye borte', reviewOn: '2099-01-05' });
    expect(mark.body.error.details).toEqual([{ path: 'body.reviewOn', message: `must be on or before ${addDays(TEST_TODAY, 366)}` }]);

    const opened = await teacher.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { kind: 'fravaer', openedFrom: 'manuelt', reason: 'Mye borte' });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id;
    const farPlan = { problem: 'x', measures: [{ measure: 'y', level: 'individ', when: 'daglig', responsible: 'z', evaluateOn: '2099-01-05' }], startsOn: TEST_TODAY };
    const plan = await teacher.call<ApiError>('POST', `/api/cases/${caseId}/plans`, { kind: 'aktivitetsplan', content: farPlan });
    expect(plan.body.error.details).toEqual([{ path: 'body.content.measures.0.evaluateOn', message: expect.stringMatching(/^must be on or before/) }]);

    const meeting = await teacher.call<ApiError>('POST', `/api/cases/${caseId}/meetings`, { kind: 'kartleggingsmote', startsAt: '2099-01-05T10:00:00+01:00', place: 'Rom 1', invited: [{ name: 'Mor', role: 'foresatt' }], purpose: 'Fravær' });
    expect(meeting.body.error.details).toEqual([{ path: 'body.startsAt', message: expect.stringMatching(/^must be on or before/) }]);
    const contact = await teacher.call<ApiError>('POST', `/api/cases/${caseId}/home-contacts`, { contactedAt: '2026-11-24T10:00:00+01:00', contactedName: 'Mor', channel: 'telefon', outcome: 'naadd' });
    expect(contact.body.error.details).toEqual([{ path: 'body.contactedAt', message: `must not be after today (${TEST_TODAY})` }]);
    const held = await teacher.call<ApiError>('POST', `/api/cases/${caseId}/conversations`, { guide: 'fritt', heldOn: '2099-01-05', participants: [{ name: 'Elev', role: 'elev' }], summary: 'x' });
    expect(held.body.error.details?.[0]?.path).toBe('body.heldOn');
  });

  it('refuse a day that is not in the calendar with a 400, in a body and in a query', async () => {
    const teacher = await api.signIn('kontaktlaerer');
    const lessons = await teacher.call<ApiError>('GET', '/api/me/lessons?date=2026-02-31');
    expect(lessons.status).toBe(400);
    expect(lessons.body.error.details?.[0]).toEqual({ path: 'querystring.date', message: 'is not a day in the calendar' });
    const own = (await teacher.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const notice = await teacher.call<ApiError>('POST', `/api/students/${own.students[0]!.id}/notices`, { date: '2026-11-31', cause: 'Syk', documented: false });
    expect(notice.body.error.details).toEqual([{ path: 'body.date', message: 'is not a day in the calendar' }]);
  });
});
