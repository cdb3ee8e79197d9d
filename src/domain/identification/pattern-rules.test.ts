import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../school-calendar.js';
import { facts, lesson, termDays, timetable, wholeDay } from './identification-fixtures.js';
import { ikoVgsProfile } from './rule-profile.js';
import { findPatterns, patternRule } from './rules/pattern-rules.js';

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
