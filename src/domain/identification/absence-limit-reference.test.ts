/**
 * The absence limit against an independent statement of it. `reference` below is written from
 * docs/domain.md alone, deliberately simple and without the engine's helpers: walk the calendar
 * day by day, count each subject's lessons held and missed, and compare in whole numbers
 * (missed · 100 against percent · held, so no rounding can move an edge). The engine must agree
 * with it on random timetables, thresholds, dates and absence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbsenceRecordFact, IdentificationFacts, LessonSlot } from './facts.js';
import { calendar, facts } from './identification-fixtures.js';
import { ikoVgsProfile, type RuleSettings } from './rule-profile.js';
import { absenceLimitRule, subjectAbsence } from './rules/absence-limit-rule.js';

interface Limit {
  enabled: boolean;
  warnFromPercent: number;
  limitPercent: number;
  discretionUpToPercent: number;
  minLessonsHeld: number;
}

interface Expected {
  groupId: string;
  held: number;
  missed: number;
  band: 'varsel' | 'over_grensen' | 'over_skjonn' | null;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * "Undocumented absence as a share of the lessons held so far in each subject, shown only from
 * 10 lessons held. A warning from 7 %; above 10 % over the limit; above 15 % beyond discretion.
 * vgs only; counts only udokumentert and ikke_mott." A whole day away misses the subject's
 * lessons that day. "So far" is the term's first day up to today, or the term's last day.
 */
function reference(limit: Limit, f: IdentificationFacts): Expected[] {
  const last = f.asOf < f.term.endsOn ? f.asOf : f.term.endsOn;
  const lessonsOn = (groupId: string, weekday: number) => f.timetable.filter((s) => s.groupId === groupId && s.weekday === weekday).length;
  const groups = [...new Set(f.timetable.map((s) => s.groupId))];
  return groups.map((groupId) => {
    let held = 0;
    for (let t = Date.parse(f.term.startsOn); t <= Date.parse(last); t += DAY) {
      const day = iso(t);
      const weekday = new Date(t).getUTCDay(); // 0 Sunday … 6 Saturday; Monday–Friday are 1–5 as in the timetable
      const holiday = f.calendar.breaks.some((b) => b.startsOn <= day && day <= b.endsOn);
      const inYear = f.calendar.startsOn <= day && day <= f.calendar.endsOn;
      if (weekday >= 1 && weekday <= 5 && !holiday && inYear) held += lessonsOn(groupId, weekday);
    }
    let missed = 0;
    for (const r of f.absence) {
      if (r.type !== 'udokumentert' && r.type !== 'ikke_mott') continue;
      if (r.date < f.term.startsOn || r.date > last) continue;
      if (r.scope === 'dag') missed += lessonsOn(groupId, new Date(Date.parse(r.date)).getUTCDay());
      else if (r.groupId === groupId) missed += r.hours;
    }
    let band: Expected['band'] = null;
    if (held >= limit.minLessonsHeld) {
      if (missed * 100 > limit.discretionUpToPercent * held) band = 'over_skjonn';
      else if (missed * 100 > limit.limitPercent * held) band = 'over_grensen';
      else if (missed * 100 >= limit.warnFromPercent * held) band = 'varsel';
    }
    return { groupId, held, missed, band };
  });
}

// The school year of the fixtures, day by day: the dates absence and "today" are drawn from.
const yearDays: string[] = [];
for (let t = Date.parse(calendar.startsOn); t <= Date.parse(calendar.endsOn); t += DAY) yearDays.push(iso(t));
const schoolDays = yearDays.filter((d) => {
  const w = new Date(Date.parse(d)).getUTCDay();
  return w >= 1 && w <= 5 && !calendar.breaks.some((b) => b.startsOn <= d && d <= b.endsOn);
});
const terms = [
  { startsOn: '2026-08-17', endsOn: '2026-12-18' },
  { startsOn: '2027-01-04', endsOn: '2027-06-18' },
];

const slot = fc.record({ group: fc.constantFrom('A', 'B', 'C'), weekday: fc.integer({ min: 1, max: 5 }), lessonNumber: fc.integer({ min: 1, max: 6 }) });
const timetable: fc.Arbitrary<LessonSlot[]> = fc
  .uniqueArray(slot, { minLength: 1, maxLength: 10, selector: (s) => `${s.weekday}:${s.lessonNumber}` })
  .map((slots) => slots.map((s) => ({ groupId: `g-${s.group}`, subjectName: `Fag ${s.group}`, weekday: s.weekday, lessonNumber: s.lessonNumber })));

const limit: fc.Arbitrary<Limit> = fc
  .record({ enabled: fc.constantFrom(true, true, true, false), warn: fc.integer({ min: 1, max: 12 }), over: fc.integer({ min: 1, max: 8 }), more: fc.integer({ min: 0, max: 8 }), minLessonsHeld: fc.integer({ min: 1, max: 20 }) })
  .map((l) => ({ enabled: l.enabled, warnFromPercent: l.warn, limitPercent: l.warn + l.over, discretionUpToPercent: l.warn + l.over + l.more, minLessonsHeld: l.minLessonsHeld }));

const types = ['udokumentert', 'udokumentert', 'ikke_mott', 'dokumentert', 'sykdom', 'permisjon', 'forsentkomming'] as const;
const spec = (days: readonly string[]) =>
  fc.record({ date: fc.constantFrom(...days), whole: fc.boolean(), pick: fc.nat(), hours: fc.constantFrom(1, 1, 1, 2), type: fc.constantFrom(...types) });

/** School days from `from` to `to`; the calendar's first day when there are none. */
const between = (from: string, to: string) => {
  const days = schoolDays.filter((d) => from <= d && d <= to);
  return days.length > 0 ? days : [calendar.startsOn];
};

const scenario = fc.constantFrom(...terms).chain((term) => {
  // "Today" from a week before the term to a month after it; the absence mostly in the term so far,
  // some of it just outside, so that both the figures near an edge and the edges of "so far" are met.
  const todays = yearDays.filter((d) => d >= iso(Date.parse(term.startsOn) - 7 * DAY) && d <= iso(Date.parse(term.endsOn) + 30 * DAY));
  return fc.constantFrom(...todays).chain((asOf) =>
    fc.record({
      term: fc.constant(term),
      asOf: fc.constant(asOf),
      timetable,
      limit,
      vgs: fc.constantFrom(true, true, true, false),
      specs: fc.array(
        fc.oneof(
          { weight: 5, arbitrary: spec(between(term.startsOn, asOf)) },
          { weight: 1, arbitrary: spec(between(iso(Date.parse(term.startsOn) - 14 * DAY), iso(Date.parse(asOf) + 14 * DAY))) },
        ),
        { maxLength: 40 },
      ),
    }),
  );
});

type Scenario = typeof scenario extends fc.Arbitrary<infer V> ? V : never;

function build(s: Scenario): { settings: RuleSettings; f: IdentificationFacts } {
  const absence: AbsenceRecordFact[] = s.specs.map((r, i) => {
    const date = r.date;
    const weekday = new Date(Date.parse(date)).getUTCDay();
    const slots = s.timetable.filter((t) => t.weekday === weekday);
    const lessonSlot = slots[r.pick % Math.max(1, slots.length)];
    if (r.whole || !lessonSlot) return { id: `r${i}`, date, scope: 'dag', lessonNumber: null, groupId: null, hours: slots.length, type: r.type, noticeFromHome: false };
    return { id: `r${i}`, date, scope: 'time', lessonNumber: lessonSlot.lessonNumber, groupId: lessonSlot.groupId, hours: r.hours, type: r.type, noticeFromHome: false };
  });
  const { enabled, ...thresholds } = s.limit;
  const settings: RuleSettings = { ...ikoVgsProfile.rules, fravaersgrense: { ...ikoVgsProfile.rules.fravaersgrense, enabled, ...thresholds } };
  const f = facts({
    asOf: s.asOf,
    term: s.term,
    student: { id: 's1', schoolKind: s.vgs ? 'vgs' : 'grunnskole' },
    timetable: s.timetable,
    absence,
  });
  return { settings, f };
}

describe('the absence limit against a reference written from the rule (property)', () => {
  it('agrees on each subject: lessons held, lessons missed and band', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { settings, f } = build(s);
        const engine = subjectAbsence(settings, f).map((a) => ({ groupId: a.groupId, held: a.lessonsHeld, missed: a.lessonsMissed, band: a.band }));
        const expected = reference(s.limit, f);
        const byGroup = (a: Expected, b: Expected) => (a.groupId < b.groupId ? -1 : 1);
        expect(engine.sort(byGroup)).toEqual(expected.sort(byGroup));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('raises a flag exactly where the reference has a band: gul for the warning, rød above the limit', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { settings, f } = build(s);
        const flags = absenceLimitRule(settings, f).map((x) => `${x.evidenceKey} ${x.level}`);
        const expected = s.limit.enabled && s.vgs
          ? reference(s.limit, f)
              .filter((e) => e.band !== null)
              .map((e) => `fravaersgrense:${f.term.startsOn}:${e.groupId}:${e.band} ${e.band === 'varsel' ? 'gul' : 'rod'}`)
          : [];
        expect(flags.sort()).toEqual(expected.sort());
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
