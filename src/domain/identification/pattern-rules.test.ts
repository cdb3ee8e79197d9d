import { describe, expect, it } from 'vitest';
import { isoWeekday, type SchoolCalendar } from '../school-calendar.js';
import { calendar, facts, lesson, termDays, timetable, wholeDay } from './identification-fixtures.js';
import { ikoVgsProfile } from './rule-profile.js';
import { findPatterns, isoWeekNumber, patternRule } from './rules/pattern-rules.js';

const rules = ikoVgsProfile.rules;
const days = termDays();
const kinds = (f: ReturnType<typeof facts>) => findPatterns(rules, f).map((p) => `${p.kind}:${p.subject ?? p.category}`);

/** A small deterministic generator, so the negative controls are the same on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('absence patterns: positive fixtures', () => {
  it('finds Mondays', () => {
    const mondays = days.filter((d) => isoWeekday(d) === 1).slice(0, 8);
    const other = [days[3]!, days[20]!];
    expect(kinds(facts({ absence: [...mondays, ...other].map((d) => wholeDay(d)) }))).toContain('ukedag:1');
  });

  it('finds one subject avoided', () => {
    const mat = days.flatMap((d) => timetable.filter((s) => s.weekday === isoWeekday(d) && s.groupId === 'g-MAT').map((s) => lesson(d, s.lessonNumber)));
    const some = mat.filter((_, i) => i % 3 === 0);
    expect(kinds(facts({ absence: some }))).toContain('ett_fag:MAT');
  });

  it('finds the same lesson, e.g. always the first', () => {
    const first = days.filter((_, i) => i % 4 === 0).map((d) => lesson(d, 1));
    expect(kinds(facts({ absence: first }))).toContain('samme_time:1');
  });

  it('finds siblings away on the same days', () => {
    const together = days.filter((_, i) => i % 9 === 0);
    const sibling = { studentId: 's2', absenceDates: [...together, days[5]!, days[40]!] };
    expect(kinds(facts({ absence: together.map((d) => wholeDay(d)), siblings: [sibling] }))).toContain('sosken:s2');
  });

  it('finds every other week', () => {
    const isoWeek = (d: string) => {
      const date = new Date(`${d}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
      return Math.ceil(((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
    };
    const evenWeeks = days.filter((d) => isoWeek(d) % 2 === 0 && isoWeekday(d) <= 2);
    expect(kinds(facts({ absence: evenWeeks.map((d) => wholeDay(d)) }))).toContain('annenhver_uke:partall');
  });

  it('counts late arrivals from the threshold, and missing the first school day', () => {
    const late = (n: number) => days.slice(0, n).map((d) => ({ ...lesson(d, 1), type: 'forsentkomming' as const, hours: 0 }));
    expect(kinds(facts({ absence: late(5) }))).not.toContain('forsentkomming:antall');
    expect(kinds(facts({ absence: late(6) }))).toContain('forsentkomming:antall');
    expect(kinds(facts({ absence: [wholeDay('2026-08-17')] }))).toContain('forste_skoledag:2026-08-17');
  });
});

describe('absence patterns: negative controls', () => {
  it('do not name a pattern from a handful of absences', () => {
    const mondays = days.filter((d) => isoWeekday(d) === 1).slice(1, 4);
    expect(kinds(facts({ absence: mondays.map((d) => wholeDay(d)) }))).toEqual([]);
  });

  it('flag at most 1 % of students whose absence is random', () => {
    let flagged = 0;
    const students = 400;
    for (let s = 0; s < students; s++) {
      const random = rng(1000 + s);
      const rate = 0.02 + random() * 0.1;
      const absence = days.flatMap((d) => {
        if (random() < rate / 2) return [wholeDay(d)];
        return [1, 2, 3, 4, 5, 6].filter(() => random() < rate / 2).map((n) => lesson(d, n));
      });
      const found = findPatterns(rules, facts({ absence, siblings: [{ studentId: 'sib', absenceDates: days.filter(() => random() < rate) }] }));
      if (found.some((p) => p.kind !== 'forste_skoledag')) flagged++;
    }
    expect(flagged / students).toBeLessThanOrEqual(0.01);
  });
});

describe('absence patterns: the facts a flag stores', () => {
  it('name the category by a code or the subject, never in words of one language', () => {
    const mondays = days.filter((d) => isoWeekday(d) === 1).slice(0, 8);
    const mat = days.flatMap((d) => timetable.filter((s) => s.weekday === isoWeekday(d) && s.groupId === 'g-MAT').map((s) => lesson(d, s.lessonNumber)));
    const together = days.filter((_, i) => i % 9 === 0);
    const shown = (f: ReturnType<typeof facts>) =>
      patternRule(rules, f).flatMap((c) => (c.ruleCode === 'fravaersmonster' ? [{ pattern: c.facts.pattern, category: c.facts.category, subject: c.facts.subject, label: c.facts.label }] : []));
    expect(shown(facts({ absence: [...mondays, days[3]!, days[20]!].map((d) => wholeDay(d)) }))).toContainEqual({ pattern: 'ukedag', category: '1', subject: undefined, label: undefined });
    expect(shown(facts({ absence: mat.filter((_, i) => i % 3 === 0) }))).toContainEqual({ pattern: 'ett_fag', category: undefined, subject: 'MAT', label: undefined });
    const siblings = shown(facts({ absence: together.map((d) => wholeDay(d)), siblings: [{ studentId: 's2', absenceDates: together }] }));
    expect(siblings).toContainEqual({ pattern: 'sosken', category: undefined, subject: undefined, label: undefined });
  });
});

describe('absence patterns: the calendar arithmetic', () => {
  const found = (f: ReturnType<typeof facts>, kind: string, category: string) => findPatterns(rules, f).find((p) => p.kind === kind && p.category === category);

  it('every other week follows the ISO week: weeks 53 of 2026 and 1 of 2027 are both odd, weeks 50, 52 and 2 even', () => {
    // A school that teaches between Christmas and New Year: only 24–25 December and 1 January are off.
    const christmas: SchoolCalendar = {
      startsOn: '2026-08-17',
      endsOn: '2027-06-18',
      breaks: [
        { name: 'Jul', startsOn: '2026-12-24', endsOn: '2026-12-25' },
        { name: 'Nyttår', startsOn: '2027-01-01', endsOn: '2027-01-01' },
      ],
    };
    // Weeks 49–3: 13 school days in the even weeks 50, 52 and 2 of 37 in all.
    const term = { startsOn: '2026-11-30', endsOn: '2027-01-22' };
    const even = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-21', '2026-12-22', '2026-12-23', '2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14'];
    const absence = [...even, '2026-12-31', '2027-01-04'].map((d) => wholeDay(d));
    const f = facts({ calendar: christmas, term, asOf: '2027-01-22', absence });
    expect(found(f, 'annenhver_uke', 'partall')).toMatchObject({ k: 12, n: 14, expectedShare: 13 / 37, evidenceIds: absence.slice(0, 12).map((r) => r.id) });
    expect(found(f, 'annenhver_uke', 'oddetall')).toBeUndefined();
  });

  it('every other week in the spring term: week 1 is odd, like week 3', () => {
    // 2027-01-04 to 2027-01-29: weeks 1 and 3 odd, 2 and 4 even; away every day of weeks 1 and 3.
    const spring = { term: { startsOn: '2027-01-04', endsOn: '2027-06-18' }, asOf: '2027-01-29' };
    const oddWeeks = termDays('2027-01-29').filter((d) => (d >= '2027-01-04' && d <= '2027-01-08') || (d >= '2027-01-18' && d <= '2027-01-22'));
    const absence = oddWeeks.map((d) => wholeDay(d));
    expect(found(facts({ ...spring, absence }), 'annenhver_uke', 'oddetall')).toMatchObject({ k: 10, n: 10, expectedShare: 0.5, evidenceIds: absence.map((r) => r.id) });
    const [flag] = patternRule(rules, facts({ ...spring, absence })).filter((c) => c.evidenceKey.includes('annenhver_uke'));
    expect(flag!.facts).toMatchObject({ pattern: 'annenhver_uke', category: 'oddetall', inCategory: 10, of: 10, expectedPercent: 50 });
  });

  it('next to a weekend or holiday: Mondays, Fridays, and the days on either side of a planning day', () => {
    const planningDays: SchoolCalendar = {
      ...calendar,
      breaks: [...calendar.breaks, { name: 'Planleggingsdag', startsOn: '2026-10-14', endsOn: '2026-10-14' }, { name: 'Planleggingsdag', startsOn: '2026-11-11', endsOn: '2026-11-11' }],
    };
    const beside = ['2026-10-13', '2026-10-15', '2026-11-10', '2026-11-12'];
    const mondays = ['2026-08-24', '2026-09-14', '2026-10-19', '2026-11-02'];
    const fridays = ['2026-08-28', '2026-09-18', '2026-10-23', '2026-11-06'];
    const absence = [...beside, ...mondays, ...fridays].map((d) => wholeDay(d));
    const f = facts({ calendar: planningDays, absence });
    const finding = found(f, 'rundt_helg_og_ferie', 'inntil');
    expect(finding).toMatchObject({ k: 12, n: 12 });
    expect([...finding!.evidenceIds].sort()).toEqual(absence.map((r) => r.id).sort());
    expect(patternRule(rules, f).find((c) => c.evidenceKey.endsWith(':rundt_helg_og_ferie:inntil'))!.facts).toMatchObject({ category: 'inntil', inCategory: 12, of: 12 });
    // The same Tuesdays and Thursdays are ordinary days when the school is open on the Wednesday.
    expect(found(facts({ absence }), 'rundt_helg_og_ferie', 'inntil')).toBeUndefined();
  });
});

describe('absence patterns: what the flag carries', () => {
  const mondays = days.filter((d) => isoWeekday(d) === 1).slice(0, 8);
  const absence = [...mondays, days[3]!, days[21]!].map((d) => wholeDay(d));

  it('gul, keyed by the term, pattern and category, the hits as evidence, "meld mønster" five school days on', () => {
    const flag = patternRule(rules, facts({ absence })).find((c) => c.evidenceKey === 'fravaersmonster:2026-08-17:ukedag:1');
    const finding = findPatterns(rules, facts({ absence })).find((p) => p.kind === 'ukedag' && p.category === '1')!;
    expect(flag).toEqual({
      ruleCode: 'fravaersmonster',
      level: 'gul',
      evidenceKey: 'fravaersmonster:2026-08-17:ukedag:1',
      facts: {
        pattern: 'ukedag',
        category: '1',
        inCategory: 8,
        of: 10,
        expectedPercent: Math.round(finding.expectedShare * 1000) / 10,
        pValue: Number(finding.pValue!.toPrecision(2)),
      },
      evidenceIds: absence.slice(0, 8).map((r) => r.id),
      tasks: [{ kind: 'meld_monster', assignee: 'kontaktlaerer', dueOn: '2026-11-30' }],
    });
    // Fourteen of the 66 school days so far are Mondays.
    expect(flag!.facts).toMatchObject({ expectedPercent: 21.2 });
    expect(finding).toMatchObject({ k: 8, n: 10, expectedShare: 14 / 66 });
  });

  it('can be switched off', () => {
    expect(patternRule({ ...rules, fravaersmonster: { ...rules.fravaersmonster, enabled: false } }, facts({ absence }))).toEqual([]);
  });

  it('late arrivals: counted from six in the term so far, with the late arrivals as evidence and no p-value', () => {
    const late = days.slice(-7).map((d) => ({ ...lesson(d, 1, 'forsentkomming', false), hours: 0 }));
    const flags = (absence: ReturnType<typeof lesson>[], asOf = '2026-11-23') => patternRule(rules, facts({ asOf, absence })).filter((c) => c.evidenceKey.includes('forsentkomming'));
    expect(flags(late.slice(1))).toEqual([
      {
        ruleCode: 'fravaersmonster',
        level: 'gul',
        evidenceKey: 'fravaersmonster:2026-08-17:forsentkomming:antall',
        facts: { pattern: 'forsentkomming', inCategory: 6, of: 66, expectedPercent: 0 },
        evidenceIds: late.slice(1).map((r) => r.id),
        tasks: [{ kind: 'meld_monster', assignee: 'kontaktlaerer', dueOn: '2026-11-30' }],
      },
    ]);
    // Late arrivals of the autumn term do not count in the spring term.
    expect(patternRule(rules, facts({ term: { startsOn: '2027-01-04', endsOn: '2027-06-18' }, asOf: '2027-01-20', absence: late })).filter((c) => c.evidenceKey.includes('forsentkomming'))).toEqual([]);
    // The seventh is the day after "today": not yet.
    expect(flags(late.slice(0, 6), late[5]!.date)).toHaveLength(1);
    expect(flags(late.slice(1), late[5]!.date)).toEqual([]);
  });

  it('the first school day: a whole day away, keyed by the school year, even in the spring term', () => {
    const first = wholeDay('2026-08-17');
    const spring = { term: { startsOn: '2027-01-04', endsOn: '2027-06-18' }, asOf: '2027-01-20' };
    expect(patternRule(rules, facts({ ...spring, absence: [first] }))).toEqual([
      {
        ruleCode: 'fravaersmonster',
        level: 'gul',
        evidenceKey: 'fravaersmonster:2026-08-17:forste_skoledag:2026-08-17',
        facts: { pattern: 'forste_skoledag', inCategory: 1, of: 1, expectedPercent: 0 },
        evidenceIds: [first.id],
        tasks: [{ kind: 'meld_monster', assignee: 'kontaktlaerer', dueOn: '2027-01-27' }],
      },
    ]);
  });

  it('the first school day: not one missed lesson, not when the setting is off, not before the day has come', () => {
    const kindsOf = (over: Partial<ReturnType<typeof facts>>, r = rules) => findPatterns(r, facts(over)).map((p) => p.kind);
    expect(kindsOf({ absence: [lesson('2026-08-17', 1)] })).toEqual([]);
    expect(kindsOf({ absence: [1, 2, 3, 4, 5, 6].map((l) => lesson('2026-08-17', l)) })).toEqual(['forste_skoledag']);
    expect(kindsOf({ absence: [wholeDay('2026-08-17')] }, { ...rules, fravaersmonster: { ...rules.fravaersmonster, firstSchoolDay: false } })).toEqual([]);
    expect(kindsOf({ absence: [wholeDay('2026-08-17', 'forsentkomming')] })).toEqual([]);
    // A calendar whose first day is still to come: absence registered ahead of it is not yet a finding.
    expect(kindsOf({ asOf: '2026-08-14', term: { startsOn: '2026-08-10', endsOn: '2026-12-18' }, absence: [wholeDay('2026-08-17')] })).toEqual([]);
  });
});

describe('absence patterns: the thresholds of the test', () => {
  it('needs at least four absences in the category, however unlikely three would be', () => {
    // The sibling is away on 5 of 66 days; this student's whole days all fall on those days.
    const together = [days[2]!, days[17]!, days[31]!, days[44]!, days[58]!];
    const sibling = { studentId: 's2', absenceDates: together };
    const found = (count: number) => findPatterns(rules, facts({ absence: together.slice(0, count).map((d) => wholeDay(d)), siblings: [sibling] })).filter((p) => p.kind === 'sosken');
    expect(found(3)).toEqual([]);
    expect(found(4)).toHaveLength(1);
    expect(found(4)[0]).toMatchObject({ category: 's2', k: 4, n: 4, expectedShare: 5 / 66 });
  });

  it('the same lesson and one subject: the missed lessons of the category are the evidence', () => {
    const first = days.filter((_, i) => i % 4 === 0).map((d) => lesson(d, 1));
    const other = [lesson(days[1]!, 3), lesson(days[2]!, 4)];
    const finding = findPatterns(rules, facts({ absence: [...first, ...other] })).find((p) => p.kind === 'samme_time')!;
    expect(finding).toMatchObject({ category: '1', k: first.length, n: first.length + 2, expectedShare: 1 / 6 });
    expect(finding.evidenceIds).toEqual(first.map((r) => r.id));
    const [flag] = patternRule(rules, facts({ absence: [...first, ...other] })).filter((c) => c.evidenceKey.includes('samme_time'));
    expect(flag!.facts).toMatchObject({ pattern: 'samme_time', category: '1', expectedPercent: 16.7 });
  });
});

describe('absence patterns: the edges of the test', () => {
  it('needs at least twice the expected share: 40 of 120 missed lessons in the first lesson (1/6 of the timetable) is enough, 39 is not', () => {
    // Each lesson number is one of the six lessons of every day: p₀ = 1/6, so twice is 1/3.
    const others = Array.from({ length: 80 }, (_, i) => lesson(days[i % days.length]!, 2 + (i % 5)));
    const firstLessons = (count: number) => days.slice(0, count).map((d) => lesson(d, 1));
    const named = (absence: ReturnType<typeof lesson>[]) => kinds(facts({ absence })).includes('samme_time:1');
    expect(named([...firstLessons(40), ...others])).toBe(true);
    expect(named([...firstLessons(39), ...others, lesson(days[50]!, 6)])).toBe(false);
  });

  describe('the correction for testing many categories (α / m, m the categories tested)', () => {
    // By Friday 2026-10-16 the term has 40 school days, 8 of them Mondays (p₀ = 0.2). Six of eight
    // days away on Mondays: P = 0.00123, just inside α/8 = 0.00125 for the eight day categories
    // (five weekdays, next to a break, even and odd weeks), outside α/9.
    const asOf = '2026-10-16';
    const mondays = ['2026-08-17', '2026-08-24', '2026-08-31', '2026-09-07', '2026-09-14', '2026-10-05'];
    const absence = [...mondays, '2026-09-02', '2026-10-14'].map((d) => wholeDay(d));
    const mondayNamed = (over: Partial<ReturnType<typeof facts>>) => kinds(facts({ asOf, absence, ...over })).includes('ukedag:1');

    it('names the pattern at the edge of the correction', () => {
      const finding = findPatterns(rules, facts({ asOf, absence })).find((p) => p.kind === 'ukedag' && p.category === '1')!;
      expect(finding).toMatchObject({ k: 6, n: 8, expectedShare: 0.2 });
      expect(finding.pValue).toBeGreaterThan(0.01 / 9);
      expect(finding.pValue).toBeLessThanOrEqual(0.01 / 8);
    });

    it('counts a sibling as one more category, making the test stricter', () => {
      expect(mondayNamed({ siblings: [{ studentId: 's2', absenceDates: ['2026-09-09', '2026-09-10'] }] })).toBe(false);
    });

    it('does not count a sibling with no absence in the term so far', () => {
      expect(mondayNamed({ siblings: [{ studentId: 's2', absenceDates: ['2026-06-15', '2026-10-19', '2026-11-02'] }] })).toBe(true);
    });

    it('does not count the lesson categories when no single lessons are missed', () => {
      expect(mondayNamed({})).toBe(true);
    });

    it('counts the lesson and subject categories once single lessons are missed, but not those that hold every lesson', () => {
      const missedLesson = lesson('2026-08-17', 1);
      expect(mondayNamed({ absence: [...absence, missedLesson] })).toBe(false);
      // One lesson a day in one subject: the lesson and the subject are all of the timetable, so no test.
      const oneLesson = [1, 2, 3, 4, 5].map((weekday) => ({ groupId: 'g-NOR', subjectName: 'NOR', weekday, lessonNumber: 1 }));
      expect(mondayNamed({ timetable: oneLesson, absence: [...absence, { ...missedLesson, groupId: 'g-NOR' }] })).toBe(true);
    });
  });
});

describe('the ISO week of "every other week"', () => {
  it('agrees with weeks counted by hand, across the turn of the year', () => {
    const table: Array<[string, number]> = [
      ['2026-01-01', 1], // a Thursday: week 1 of 2026
      ['2026-01-04', 1], // the Sunday of that week
      ['2026-01-05', 2],
      ['2026-08-17', 34], // the demo school's first day
      ['2026-12-31', 53], // 2026 has 53 weeks
      ['2027-01-03', 53], // a Sunday still in 2026's last week
      ['2027-01-04', 1],
      ['2024-12-30', 1], // a Monday in week 1 of 2025
      ['2025-12-28', 52],
    ];
    expect(table.map(([d]) => [d, isoWeekNumber(d)])).toEqual(table);
  });
});
