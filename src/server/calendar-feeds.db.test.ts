/**
 * Calendar feeds through the API (issue 11, part 8): a person makes a secret address, a calendar
 * program fetches it without a session and reads — through Mozilla's ical.js, an independent
 * parser — the person's open tasks as all-day events and their cases' meetings at the right
 * moment in Europe/Oslo, with stable UIDs and no student's name; every fetch is audited; a new
 * address retires the old one, a revoked address answers 404 exactly as an unknown one; and a
 * meeting's invitation is served only to someone who may see its case.
 */
import ICAL from 'ical.js';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, auditLog, students, tasks } from '../db/schema.js';
import type { MyStudents } from '../shared/api.js';
import type { CaseDetail } from '../shared/case-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';

const api = useTestApp();
type SignedIn = Awaited<ReturnType<typeof api.signIn>>;

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  allDay: boolean;
  start: string;
  end: string;
  zone: string | null;
}

/** The feed as a calendar program reads it. */
function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    return calendar.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      const allDay = event.startDate.isDate;
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        url: String(c.getFirstPropertyValue('url')),
        allDay,
        start: allDay ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
        end: allDay ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
        zone: allDay ? null : (event.startDate.zone?.tzid ?? null),
      };
    });
  } finally {
    ICAL.TimezoneService.reset();
  }
}

/** Fetches a feed as Google or Outlook does: no cookie, no CSRF token, only the address. */
const fetchFeed = (path: string) => api.app.inject({ method: 'GET', url: path });

async function lastAuditId(): Promise<number> {
  const [row] = await api.database.db.select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)::int` }).from(auditLog);
  return row!.id;
}

let teacher: SignedIn;
let faglaerer: SignedIn;
let rektor: SignedIn;
let classStudentId: string;
let caseId: string;
let winterMeetingId: string;
let summerMeetingId: string;
let wheelTaskId: string;
let studentNames: Array<{ givenName: string; familyName: string }>;

beforeAll(async () => {
  teacher = await api.signIn('kontaktlaerer');
  faglaerer = await api.signIn('faglaerer');
  rektor = await api.signIn('rektor');
  const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
  classStudentId = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students[0]!.id;

  // The contact teacher opens a case for a student of the class (and so is responsible for it) and summons to two meetings.
  const opened = await teacher.call<CaseDetail>('POST', `/api/students/${classStudentId}/cases`, { kind: 'fravaer', openedFrom: 'manuelt', reason: 'Mye fravær i det siste' });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  caseId = opened.body.id;
  const summon = async (startsAt: string) => {
    const summoned = await teacher.call<CaseDetail>('POST', `/api/cases/${caseId}/meetings`, {
      kind: 'kartleggingsmote',
      startsAt,
      place: 'Møterom 2',
      invited: [{ name: opened.body.student.name, role: 'Elev' }],
      purpose: `Snakke med ${opened.body.student.name} om skulkingen`,
    });
    expect(summoned.status, JSON.stringify(summoned.body)).toBe(200);
    return summoned.body.meetings.find((m) => new Date(m.startsAt).getTime() === new Date(startsAt).getTime())!.id;
  };
  winterMeetingId = await summon('2026-12-10T14:00:00+01:00');
  summerMeetingId = await summon('2027-06-08T09:30:00+02:00');

  // A task of the annual wheel, as the wheel gives it (its activity's code in the title), for the contact teacher.
  const { db } = api.database;
  const [student] = await db.select({ ownerId: students.ownerId, schoolId: students.schoolId }).from(students).where(eq(students.id, classStudentId));
  const [wheelTask] = await db
    .insert(tasks)
    .values({ ownerId: student!.ownerId, schoolId: student!.schoolId, assigneeStaffId: teacher.session.staffId, kind: 'arshjul', title: 'kartlegging_b', dueOn: '2026-12-04' })
    .returning({ id: tasks.id });
  wheelTaskId = wheelTask!.id;
  studentNames = await db.select({ givenName: students.givenName, familyName: students.familyName }).from(students);
});

describe("a person's calendar feed", () => {
  let path: string;
  let text: string;
  let events: ParsedEvent[];

  it('starts with no address, and is made on request, the address shown once', async () => {
    expect((await teacher.call('GET', '/api/me/calendar-feed')).body).toEqual({ feed: null });
    const made = await teacher.call<{ path: string; createdAt: string; replaced: boolean }>('POST', '/api/me/calendar-feed', { language: 'nb' });
    expect(made.status).toBe(201);
    expect(made.body.replaced).toBe(false);
    expect(made.body.path).toMatch(/^\/api\/calendar\/feeds\/[A-Za-z0-9_-]{43}\.ics\?language=nb$/);
    path = made.body.path;
    const status = await teacher.call<{ feed: { createdAt: string; lastFetchedAt: string | null } }>('GET', '/api/me/calendar-feed');
    expect(status.body.feed).toEqual({ createdAt: made.body.createdAt, lastFetchedAt: null });
    // The status never carries the secret.
    expect(JSON.stringify(status.body)).not.toContain(path.split('/').pop()!.slice(0, 43));
  });

  it('is fetched without a session or a CSRF token, as text/calendar', async () => {
    const response = await fetchFeed(path);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    text = response.body;
    events = parseCalendar(text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it("shows each of the person's open tasks as an all-day event on its due date, the wheel's among them", async () => {
    const open = await api.database.db
      .select({ id: tasks.id, dueOn: tasks.dueOn, kind: tasks.kind })
      .from(tasks)
      .where(and(eq(tasks.assigneeStaffId, teacher.session.staffId), isNull(tasks.doneAt)));
    const taskEvents = events.filter((e) => e.allDay);
    expect(open.length).toBeGreaterThan(1);
    expect(taskEvents.map((e) => e.uid).sort()).toEqual(open.map((t) => `varde-oppgave-${t.id}@varde`).sort());
    for (const task of open.filter((t) => t.kind !== 'arshjul')) {
      const event = taskEvents.find((e) => e.uid === `varde-oppgave-${task.id}@varde`)!;
      expect(event.start).toBe(task.dueOn);
      expect(event.summary.startsWith('Oppgave: ')).toBe(true);
    }
    const wheel = taskEvents.find((e) => e.uid === `varde-oppgave-${wheelTaskId}@varde`)!;
    expect(wheel).toMatchObject({ start: '2026-12-04', end: '2026-12-05', summary: 'Årshjul: kartlegging B – samtaler med alle elevene' });
    expect(wheel.url).toMatch(/\/oppgaver$/);
  });

  it("shows the meetings of the person's cases at their moment, as timed events in Europe/Oslo, linked to the case", () => {
    const meetings = events.filter((e) => !e.allDay);
    expect(meetings.map((e) => [e.uid, e.start, e.end, e.zone, e.summary])).toEqual([
      [`varde-mote-${winterMeetingId}@varde`, '2026-12-10T13:00:00.000Z', '2026-12-10T14:00:00.000Z', 'Europe/Oslo', 'Møte: kartleggingsmøte'],
      [`varde-mote-${summerMeetingId}@varde`, '2027-06-08T07:30:00.000Z', '2027-06-08T08:30:00.000Z', 'Europe/Oslo', 'Møte: kartleggingsmøte'],
    ]);
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20261210T140000');
    expect(meetings.every((e) => e.url.endsWith(`/saker/${caseId}`) && e.description.includes(e.url))).toBe(true);
  });

  it("names no student: no full name, no family name, not the meeting's purpose", () => {
    const words = new Set(text.split(/[^\p{L}]+/u));
    const named = studentNames.filter((s) => text.includes(`${s.givenName} ${s.familyName}`) || words.has(s.familyName));
    expect(named).toEqual([]);
    expect(text).not.toContain('skulkingen');
  });

  it('gives the same UIDs on the next fetch, so that calendars update instead of adding', async () => {
    const again = parseCalendar((await fetchFeed(path)).body);
    expect(again.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
  });

  it('writes each fetch to the audit trail, as the person’s reading, with each student it concerns', async () => {
    const before = await lastAuditId();
    expect((await fetchFeed(path)).statusCode).toBe(200);
    const entries = await api.database.db.select().from(auditLog).where(gt(auditLog.id, before));
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.every((e) => e.action === 'read' && e.entity === 'calendar_feed' && e.actorStaffId === teacher.session.staffId)).toBe(true);
    expect(entries.filter((e) => e.studentId === null)).toHaveLength(1);
    expect(entries.map((e) => e.studentId)).toContain(classStudentId);
    const status = await teacher.call<{ feed: { lastFetchedAt: string | null } }>('GET', '/api/me/calendar-feed');
    expect(status.body.feed.lastFetchedAt).not.toBeNull();
  });

  it('is written in the language of the address', async () => {
    const english = parseCalendar((await fetchFeed(path.replace('language=nb', 'language=en'))).body);
    expect(english.find((e) => e.uid === `varde-mote-${winterMeetingId}@varde`)!.summary).toBe('Meeting: mapping meeting');
    const nynorsk = parseCalendar((await fetchFeed(path.replace('language=nb', 'language=nn'))).body);
    expect(nynorsk.filter((e) => e.allDay && !e.summary.startsWith('Årshjul')).every((e) => e.summary.startsWith('Oppgåve: '))).toBe(true);
  });

  it("does not show another person's meetings: the subject teacher's feed has none of this case", async () => {
    const made = await faglaerer.call<{ path: string }>('POST', '/api/me/calendar-feed', { language: 'nb' });
    expect(made.status).toBe(201);
    const theirs = parseCalendar((await fetchFeed(made.body.path)).body);
    expect(theirs.map((e) => e.uid)).not.toContain(`varde-mote-${winterMeetingId}@varde`);
    expect(theirs.map((e) => e.uid)).not.toContain(`varde-oppgave-${wheelTaskId}@varde`);
  });

  it('answers a new address in place of the old one: the old one is 404, as an unknown one', async () => {
    const unknown = await fetchFeed(`/api/calendar/feeds/${'A'.repeat(43)}.ics`);
    expect(unknown.statusCode).toBe(404);
    const made = await teacher.call<{ path: string; replaced: boolean }>('POST', '/api/me/calendar-feed', { language: 'nb' });
    expect(made.body.replaced).toBe(true);
    const old = await fetchFeed(path);
    expect([old.statusCode, old.body]).toEqual([unknown.statusCode, unknown.body]);
    expect((await fetchFeed(made.body.path)).statusCode).toBe(200);
    path = made.body.path;
  });

  it('is revoked on request: the address answers 404, exactly as an unknown or malformed one', async () => {
    const revoked = await teacher.call('DELETE', '/api/me/calendar-feed');
    expect(revoked.status).toBe(204);
    expect((await teacher.call('GET', '/api/me/calendar-feed')).body).toEqual({ feed: null });
    const gone = await fetchFeed(path);
    const unknown = await fetchFeed(`/api/calendar/feeds/${'B'.repeat(43)}.ics`);
    const malformed = await fetchFeed('/api/calendar/feeds/not-a-secret');
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toMatch(/^application\/json/);
    expect([gone.statusCode, gone.body]).toEqual([unknown.statusCode, unknown.body]);
    expect([malformed.statusCode, malformed.body]).toEqual([unknown.statusCode, unknown.body]);
    // Revoking again finds nothing to revoke, and says so the same way.
    expect((await teacher.call('DELETE', '/api/me/calendar-feed')).status).toBe(204);
  });

  it('stops when the account is disabled', async () => {
    const made = await faglaerer.call<{ path: string }>('POST', '/api/me/calendar-feed', { language: 'nb' });
    expect((await fetchFeed(made.body.path)).statusCode).toBe(200);
    const { db } = api.database;
    await db.update(accounts).set({ disabledAt: new Date(`${TEST_TODAY}T09:00:00Z`) }).where(eq(accounts.staffId, faglaerer.session.staffId));
    try {
      expect((await fetchFeed(made.body.path)).statusCode).toBe(404);
    } finally {
      await db.update(accounts).set({ disabledAt: null }).where(eq(accounts.staffId, faglaerer.session.staffId));
      // Disabling the account ended its sessions (migration 0014).
      faglaerer = await api.signIn('faglaerer');
    }
  });

  it('needs a signed-in person to be made or revoked, with the CSRF token', async () => {
    expect((await api.app.inject({ method: 'POST', url: '/api/me/calendar-feed', payload: { language: 'nb' } })).statusCode).toBe(401);
    expect((await api.app.inject({ method: 'GET', url: '/api/me/calendar-feed' })).statusCode).toBe(401);
    const noToken = await api.app.inject({ method: 'POST', url: '/api/me/calendar-feed', payload: {}, headers: { cookie: teacher.cookie } });
    expect(noToken.statusCode).toBe(403);
  });
});

describe("a meeting's calendar invitation (.ics)", () => {
  const invitation = (meetingId: string, language = 'nb') => `/api/meetings/${meetingId}/invitation.ics?language=${language}`;

  it('is the meeting, with the UID it has in the feed, for someone in the case and for leadership', async () => {
    for (const who of [teacher, rektor]) {
      const response = await api.app.inject({ method: 'GET', url: invitation(winterMeetingId), headers: { cookie: who.cookie } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.ics"$/);
      expect(response.body).toContain('METHOD:PUBLISH');
      expect(parseCalendar(response.body)).toMatchObject([
        { uid: `varde-mote-${winterMeetingId}@varde`, start: '2026-12-10T13:00:00.000Z', zone: 'Europe/Oslo', summary: 'Møte: kartleggingsmøte' },
      ]);
      for (const s of studentNames) expect(response.body).not.toContain(`${s.givenName} ${s.familyName}`);
    }
  });

  it('is audited against the student', async () => {
    const before = await lastAuditId();
    await teacher.call('GET', invitation(summerMeetingId, 'nn'));
    const entries = await api.database.db.select().from(auditLog).where(gt(auditLog.id, before));
    expect(entries).toMatchObject([{ action: 'read', entity: 'meeting_invitation', entityId: summerMeetingId, studentId: classStudentId, actorStaffId: teacher.session.staffId }]);
  });

  it("is 404 to someone who may not see the meeting's case, as for a meeting that does not exist", async () => {
    const hidden = await faglaerer.call('GET', invitation(winterMeetingId));
    const missing = await faglaerer.call('GET', invitation('00000000-0000-4000-8000-00000000dead'));
    expect(hidden.status).toBe(404);
    expect(hidden).toEqual(missing);
    expect((await api.app.inject({ method: 'GET', url: invitation(winterMeetingId) })).statusCode).toBe(401);
  });
});

describe('the API description', () => {
  it("lists every calendar operation under the tag 'calendar', the feed without a session", async () => {
    await api.app.ready();
    const paths = (api.app.swagger() as { paths: Record<string, Record<string, { tags?: string[]; security?: unknown[] }>> }).paths;
    const operations = [
      ['get', '/api/me/calendar-feed'],
      ['post', '/api/me/calendar-feed'],
      ['delete', '/api/me/calendar-feed'],
      ['get', '/api/calendar/feeds/{token}'],
      ['get', '/api/meetings/{meetingId}/invitation.ics'],
    ] as const;
    for (const [method, path] of operations) expect(paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['calendar']);
    expect(paths['/api/calendar/feeds/{token}']!.get!.security).toEqual([]);
  });
});
