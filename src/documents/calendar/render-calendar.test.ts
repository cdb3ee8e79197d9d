/**
 * The calendar as another program reads it: parsed back by Mozilla's ical.js, an independent
 * parser, with the time zone taken from the VTIMEZONE the calendar carries.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../../domain/calendar/calendar-events.js';
import { renderCalendar } from './render-calendar.js';
import { osloWallClock } from './oslo-time-zone.js';

const caseId = '33333333-3333-4333-8333-333333333333';
const origin = 'https://varde.example.no';
const stamp = new Date('2026-11-23T09:00:00Z');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    return {
      calendar,
      events: calendar.getAllSubcomponents('vevent').map((c) => {
        const event = new ICAL.Event(c);
        return {
          uid: event.uid,
          summary: event.summary,
          description: event.description,
          location: event.location,
          url: c.getFirstPropertyValue('url'),
          isDate: event.startDate.isDate,
          start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
          end: event.endDate.isDate ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
          zone: event.startDate.zone?.tzid ?? null,
          transparency: c.getFirstPropertyValue('transp'),
          klass: c.getFirstPropertyValue('class'),
        };
      }),
    };
  } finally {
    ICAL.TimezoneService.reset();
  }
}

const meetingAt = (id: string, startsAt: string) => ({ id, caseId, kind: 'kartleggingsmote', startsAt: new Date(startsAt), place: 'Møterom 2' });

describe('a calendar feed', () => {
  const events = calendarEvents({
    tasks: [
      { id: '11111111-1111-4111-8111-111111111111', kind: 'kartleggingssamtale', title: 'kartleggingssamtale', dueOn: '2026-11-30', caseId: null },
      { id: '11111111-1111-4111-8111-111111111112', kind: 'arshjul', title: 'kartlegging_a', dueOn: '2026-09-04', caseId: null },
      { id: '11111111-1111-4111-8111-111111111113', kind: 'hold_evalueringsmote', title: 'hold_evalueringsmote', dueOn: '2026-12-31', caseId },
    ],
    meetings: [meetingAt('22222222-2222-4222-8222-222222222221', '2026-11-25T13:00:00Z'), meetingAt('22222222-2222-4222-8222-222222222222', '2027-06-10T12:30:00Z')],
  });
  const text = renderCalendar({ events, language: 'nb', origin, stamp, purpose: 'feed' });
  const parsed = parse(text);

  it('is iCalendar as RFC 5545 writes it: CRLF lines, a version and a product id, the time stamp in UTC', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(parsed.calendar.getFirstPropertyValue('prodid')).toContain('Varde');
    expect(text).toContain('DTSTAMP:20261123T090000Z');
    expect(text).not.toContain('METHOD:');
  });

  it('shows each task as an all-day event on its due date, in free time, with a stable UID', () => {
    const tasks = parsed.events.filter((e) => e.isDate);
    expect(tasks.map((e) => [e.uid, e.start, e.end, e.summary])).toEqual([
      ['varde-oppgave-11111111-1111-4111-8111-111111111112@varde', '2026-09-04', '2026-09-05', 'Årshjul: kartlegging A – samtaler med de identifiserte elevene'],
      ['varde-oppgave-11111111-1111-4111-8111-111111111111@varde', '2026-11-30', '2026-12-01', 'Oppgave: kartleggingssamtale'],
      ['varde-oppgave-11111111-1111-4111-8111-111111111113@varde', '2026-12-31', '2027-01-01', 'Oppgave: evalueringsmøte'],
    ]);
    expect(tasks.every((e) => e.transparency === 'TRANSPARENT' && e.klass === 'PRIVATE')).toBe(true);
  });

  it('shows each meeting at its moment in Norway, winter and summer, as an hour in Europe/Oslo', () => {
    const meetings = parsed.events.filter((e) => !e.isDate);
    expect(meetings.map((e) => [e.start, e.end, e.zone, e.summary, e.location])).toEqual([
      ['2026-11-25T13:00:00.000Z', '2026-11-25T14:00:00.000Z', 'Europe/Oslo', 'Møte: kartleggingsmøte', 'Møterom 2'],
      ['2027-06-10T12:30:00.000Z', '2027-06-10T13:30:00.000Z', 'Europe/Oslo', 'Møte: kartleggingsmøte', 'Møterom 2'],
    ]);
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20261125T140000');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20270610T143000');
  });

  it('links every event to Varde, and says why the student is not named', () => {
    const byUid = new Map(parsed.events.map((e) => [e.uid, e]));
    expect(byUid.get('varde-oppgave-11111111-1111-4111-8111-111111111111@varde')!.url).toBe(`${origin}/oppgaver`);
    expect(byUid.get('varde-oppgave-11111111-1111-4111-8111-111111111113@varde')!.url).toBe(`${origin}/saker/${caseId}`);
    expect(byUid.get('varde-mote-22222222-2222-4222-8222-222222222221@varde')!.url).toBe(`${origin}/saker/${caseId}`);
    for (const e of parsed.events) {
      expect(e.description).toContain(e.url);
      expect(e.description).toContain('personvernet');
    }
  });

  it('is written in the language chosen for it', () => {
    const summaries = (language: 'nn' | 'en') => parse(renderCalendar({ events, language, origin, stamp, purpose: 'feed' })).events.map((e) => e.summary);
    expect(summaries('nn')).toContain('Oppgåve: kartleggingssamtale');
    expect(summaries('en')).toEqual(expect.arrayContaining(['Task: mapping conversation', 'Meeting: mapping meeting', 'Annual wheel: mapping A – conversations with the identified students']));
  });

  it('says a task of a kind it does not know, or a wheel activity the school made, without its title', () => {
    const odd = calendarEvents({
      tasks: [
        { id: '11111111-1111-4111-8111-111111111114', kind: 'ny_oppgavetype', title: 'Ring Ola Nordmann', dueOn: '2026-11-30', caseId: null },
        { id: '11111111-1111-4111-8111-111111111115', kind: 'arshjul', title: 'Samtale med Kari Nordmann', dueOn: '2026-11-30', caseId: null },
      ],
      meetings: [],
    });
    const rendered = renderCalendar({ events: odd, language: 'nb', origin, stamp, purpose: 'feed' });
    expect(parse(rendered).events.map((e) => e.summary).sort()).toEqual(['Oppgave i Varde', 'Årshjul: aktivitet i Varde']);
    expect(rendered).not.toMatch(/Nordmann/);
  });
});

describe('an invitation to one meeting', () => {
  it('is published for import, with the same UID as in the feed', () => {
    const events = calendarEvents({ tasks: [], meetings: [meetingAt('22222222-2222-4222-8222-222222222221', '2026-11-25T13:00:00Z')] });
    const text = renderCalendar({ events, language: 'nn', origin, stamp, purpose: 'invitation' });
    const parsed = parse(text);
    expect(parsed.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(parsed.events.map((e) => [e.uid, e.summary, e.start])).toEqual([['varde-mote-22222222-2222-4222-8222-222222222221@varde', 'Møte: kartleggingsmøte', '2026-11-25T13:00:00.000Z']]);
  });
});

/** The last Sunday of a month (0-based), as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

describe("Oslo's VTIMEZONE", () => {
  it('gives the moment the time-zone database gives, around every change from 2020 to 2040', { timeout: 60_000 }, () => {
    const moments: Date[] = [];
    for (let year = 2020; year <= 2040; year++) {
      // Summer time starts and ends at 01:00 UTC on the last Sunday of March and of October.
      for (const month of [2, 9]) {
        const change = Date.UTC(year, month, lastSunday(year, month), 1);
        for (let minutes = -6 * 60; minutes <= 6 * 60; minutes += 30) moments.push(new Date(change + minutes * 60_000));
      }
      moments.push(new Date(Date.UTC(year, 0, 15, 9)), new Date(Date.UTC(year, 6, 15, 9)));
    }
    const meetings = moments.map((at, i) => meetingAt(`m${i}`, at.toISOString()));
    const parsed = parse(renderCalendar({ events: calendarEvents({ tasks: [], meetings }), language: 'nb', origin, stamp, purpose: 'feed' }));
    const shown = new Map(parsed.events.map((e) => [e.uid, e.start]));
    const problems = meetings.filter((m) => shown.get(`varde-mote-${m.id}@varde`) !== m.startsAt.toISOString());
    // When summer time ends, the clock shows 02:00–02:59 twice: a wall clock alone cannot tell the
    // two apart, and a meeting then (in the night) is read as the first. Nothing else may differ.
    const repeatedHour = (m: { startsAt: Date }) => m.startsAt.getUTCMonth() === 9 && osloWallClock(m.startsAt).hour === 2;
    expect(problems.filter((m) => !repeatedHour(m)).map((m) => m.startsAt.toISOString())).toEqual([]);
    expect(moments.length).toBeGreaterThan(1000);
  });
});
