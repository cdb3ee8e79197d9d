import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { buildWheel, type WheelEntry } from './build-wheel.js';
import { roundWindows } from './measure-wheel-progress.js';
import { wheelEntryProgress, type WheelScopeFacts } from './wheel-entry-progress.js';

const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-19', endsOn: '2027-01-03' },
  ],
};
const wheel = buildWheel({ calendar });
const windows = roundWindows(wheel, calendar);
const entry = (key: string): WheelEntry => wheel.find((e) => e.key === key)!;
const yearStartsOn = calendar.startsOn;

const none: WheelScopeFacts = { studentIds: ['ada', 'bo'], flags: [], conversations: [], expectedGrades: [], grades: [], meetingsHeldOn: [], recordedOn: [] };
const facts = (over: Partial<WheelScopeFacts>): WheelScopeFacts => ({ ...none, ...over });

describe('one activity of the wheel for one class, read from the facts its kind of progress names', () => {
  it('Kartlegging A: the identified from the intake, with this school year’s conversations only', () => {
    const a = entry('kartlegging_a');
    const flagged = facts({
      flags: [
        { studentId: 'ada', ruleCode: 'inntak_fravaer', raisedOn: '2026-07-15' },
        // A grade flag does not put a student in A.
        { studentId: 'bo', ruleCode: 'karakter', raisedOn: '2026-08-20' },
      ],
      conversations: [
        { studentId: 'ada', heldOn: '2026-06-10' },
        { studentId: 'bo', heldOn: '2026-08-25' },
      ],
    });
    // Last school year's conversation with Ada does not count.
    expect(wheelEntryProgress(a, flagged, windows, yearStartsOn, '2026-09-01')).toMatchObject({ total: 1, done: 0, status: 'pagar', missing: ['ada'] });
    const held = facts({ ...flagged, conversations: [{ studentId: 'ada', heldOn: '2026-08-17' }] });
    expect(wheelEntryProgress(a, held, windows, yearStartsOn, '2026-09-01')).toMatchObject({ total: 1, done: 1, status: 'ferdig' });
  });

  it('an assessment: the grades of the round’s kind given in its window', () => {
    const midterm = entry('midtveisvurdering_host');
    const f = facts({
      expectedGrades: [{ studentId: 'ada', subject: 'NOR' }, { studentId: 'bo', subject: 'NOR' }],
      grades: [
        { studentId: 'ada', subject: 'NOR', kind: 'midtveis', givenOn: '2026-10-28' },
        // The wrong kind, and a grade of another round, do not count.
        { studentId: 'bo', subject: 'NOR', kind: 'halvaar', givenOn: '2026-10-28' },
      ],
    });
    expect(wheelEntryProgress(midterm, f, windows, yearStartsOn, '2026-11-03')).toMatchObject({ total: 2, done: 1, status: 'forsinket', missing: ['bo'] });
  });

  it('a klasselærermøte: one held in the round’s window', () => {
    const meeting = entry('klasselaerermote_host');
    expect(wheelEntryProgress(meeting, facts({ meetingsHeldOn: ['2026-09-10'] }), windows, yearStartsOn, '2026-11-10')).toMatchObject({ total: 1, done: 0, status: 'pagar' });
    expect(wheelEntryProgress(meeting, facts({ meetingsHeldOn: ['2026-11-10'] }), windows, yearStartsOn, '2026-11-10')).toMatchObject({ total: 1, done: 1, status: 'ferdig' });
  });

  it('a klasselærermøte of the start: the start round’s window', () => {
    const meeting = entry('klasselaerermote_oppstart');
    expect(wheelEntryProgress(meeting, facts({ meetingsHeldOn: ['2026-09-15'] }), windows, yearStartsOn, '2026-09-20')).toMatchObject({ done: 1, status: 'ferdig' });
    expect(wheelEntryProgress(meeting, facts({ meetingsHeldOn: ['2026-11-10'] }), windows, yearStartsOn, '2026-11-20')).toMatchObject({ done: 0, status: 'forsinket' });
  });

  it('what only a person can tell: recorded, with nothing else counting', () => {
    const b = entry('kartlegging_b');
    expect(b.progress).toBe('registrert');
    const talked = facts({ conversations: [{ studentId: 'ada', heldOn: '2026-08-20' }, { studentId: 'bo', heldOn: '2026-08-21' }] });
    expect(wheelEntryProgress(b, talked, windows, yearStartsOn, '2026-09-20')).toMatchObject({ total: 1, done: 0, status: 'forsinket' });
    expect(wheelEntryProgress(b, facts({ recordedOn: ['2026-09-10'] }), windows, yearStartsOn, '2026-09-20')).toMatchObject({ total: 1, done: 1, doneInTime: 1, status: 'ferdig' });
    // Recorded after today is not yet.
    expect(wheelEntryProgress(b, facts({ recordedOn: ['2026-09-21'] }), windows, yearStartsOn, '2026-09-20')).toMatchObject({ done: 0 });
  });
});
