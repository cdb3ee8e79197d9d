/**
 * Rule 8: absence patterns — the same weekday, around weekends and holidays, every other week,
 * the same lesson, one subject, siblings absent on the same days — told from chance by an exact
 * one-sided binomial test against the student's own absence:
 *
 *   given n absences, each falls in a category with probability p₀ (the category's share of the
 *   school days, or of the student's lessons) if absence is random; the pattern is named when
 *   P(X ≥ k) ≤ α / m, with k ≥ minEvents and k/n ≥ minRatio · p₀.
 *
 * m is the number of categories tested for the student (Bonferroni), so a student whose
 * absence is random gets a pattern flag with probability at most α. Late arrivals and missing
 * the first school day are counted, not tested. See docs/decisions/008-absence-patterns.md.
 */
import { binomialUpperTail } from '../../statistics/binomial.js';
import { addDays, addSchoolDays, isoWeekday, isSchoolDay, schoolDaysBetween, toDayNumber, type IsoDate } from '../../school-calendar.js';
import { counted, inRange, termSoFar, wholeDaysAbsent } from '../absence-facts.js';
import type { IdentificationFacts } from '../facts.js';
import type { FlagCandidate, PatternKind } from '../flag.js';
import type { RuleSettings } from '../rule-profile.js';

export type { PatternKind };

interface Hypothesis {
  kind: PatternKind;
  /**
   * Which of the pattern's categories, as a code: the ISO weekday '1'–'5', 'inntil' (next to a
   * weekend or holiday), 'partall' or 'oddetall' (the ISO week), the lesson number, the teaching
   * group's id, the sibling's student id. It names the evidence; the words are the web's catalogs'.
   */
  category: string;
  /** The subject's name, as the timetable has it (ett_fag): the one category shown as data. */
  subject?: string;
  k: number;
  n: number;
  p0: number;
  /** What the hits were: dates (their records are the evidence) or records; evidence is listed only for findings. */
  hitDates?: IsoDate[];
  hitRecords?: Array<{ id: string }>;
}

export interface PatternFinding {
  kind: PatternKind;
  category: string;
  subject?: string;
  k: number;
  n: number;
  expectedShare: number;
  pValue: number | null;
  evidenceIds: string[];
}

const isoWeeks = new Map<IsoDate, number>();

/** ISO week number, for "every other week". */
export function isoWeekNumber(date: IsoDate): number {
  const day = toDayNumber(date);
  const thursday = day - isoWeekday(date) + 4;
  const yearStart = toDayNumber(`${new Date(thursday * 86_400_000).getUTCFullYear()}-01-01`);
  return Math.floor((thursday - yearStart) / 7) + 1;
}

/** What every student of a school shares for a term: its school days, and each category's share. */
interface TermShape {
  schoolDays: IsoDate[];
  daysPerWeekday: number[];
  dayCategories: Array<{ kind: PatternKind; category: string; p0: number; test: (d: IsoDate) => boolean }>;
}
const shapes = new WeakMap<object, Map<string, TermShape>>();

function termShape(calendar: IdentificationFacts['calendar'], from: IsoDate, to: IsoDate): TermShape {
  let byRange = shapes.get(calendar);
  // Stryker disable next-line ConditionalExpression: a cache; starting it afresh gives the same shape
  if (!byRange) shapes.set(calendar, (byRange = new Map()));
  const cached = byRange.get(`${from}|${to}`);
  // Stryker disable next-line ConditionalExpression: a cache; working the shape out again gives the same
  if (cached) return cached;
  const schoolDays = schoolDaysBetween(calendar, from, to);
  const daysPerWeekday = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const d of schoolDays) daysPerWeekday[isoWeekday(d)]!++;
  // Asked for every absent date of every student: each date is worked out once per shape.
  const nextToBreakOf = new Map<IsoDate, boolean>();
  const nextToBreak = (d: IsoDate) => {
    let next = nextToBreakOf.get(d);
    // Stryker disable next-line ConditionalExpression: a cache; asking the calendar again gives the same answer
    if (next === undefined) nextToBreakOf.set(d, (next = !isSchoolDay(calendar, addDays(d, -1)) || !isSchoolDay(calendar, addDays(d, 1))));
    return next;
  };
  const candidates: Array<Omit<TermShape['dayCategories'][number], 'p0'>> = [
    ...[1, 2, 3, 4, 5].map((w) => ({ kind: 'ukedag' as const, category: String(w), test: (d: IsoDate) => isoWeekday(d) === w })),
    { kind: 'rundt_helg_og_ferie', category: 'inntil', test: nextToBreak },
    { kind: 'annenhver_uke', category: 'partall', test: (d) => isoWeek(d) % 2 === 0 },
    { kind: 'annenhver_uke', category: 'oddetall', test: (d) => isoWeek(d) % 2 === 1 },
  ];
  const dayCategories = candidates
    .map((c) => ({ ...c, p0: schoolDays.filter(c.test).length / schoolDays.length }))
    // A category with none or all of the days tells nothing (nor does an empty term, whose shares are NaN).
    .filter((c) => c.p0 > 0 && c.p0 < 1);
  const shape = { schoolDays, daysPerWeekday, dayCategories };
  byRange.set(`${from}|${to}`, shape);
  return shape;
}

function isoWeek(date: IsoDate): number {
  let week = isoWeeks.get(date);
  // Stryker disable next-line ConditionalExpression: a cache; working the week out again gives the same
  if (week === undefined) {
    week = isoWeekNumber(date);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only how much the cache holds
    if (isoWeeks.size < 100_000) isoWeeks.set(date, week);
  }
  return week;
}

export function findPatterns(rules: RuleSettings, facts: IdentificationFacts): PatternFinding[] {
  const s = rules.fravaersmonster;
  const { from, to } = termSoFar(facts);
  const shape = termShape(facts.calendar, from, to);
  const { schoolDays } = shape;
  // Nothing to test or count before the term's first school day; this is also what keeps the
  // year's first school day (below) from being judged before it has come.
  if (schoolDays.length === 0) return [];
  const records = inRange(counted(facts.absence, s.counts), from, to);
  const hypotheses: Hypothesis[] = [];

  // Day-based categories: the trials are the dates with any counted absence.
  const datesWithAbsence = new Map<IsoDate, string[]>();
  for (const r of records) {
    const ids = datesWithAbsence.get(r.date);
    if (ids) ids.push(r.id);
    else datesWithAbsence.set(r.date, [r.id]);
  }
  // (With no absence every hypothesis has n = 0 and is not tested.)
  const absentDates = [...datesWithAbsence.keys()];
  for (const c of shape.dayCategories) {
    const hits = absentDates.filter(c.test);
    hypotheses.push({ kind: c.kind, category: c.category, k: hits.length, n: absentDates.length, p0: c.p0, hitDates: hits });
  }

  // Lesson-based categories: the trials are the single lessons missed, against the timetable.
  // (With no lessons missed every hypothesis has n = 0 and is not tested.)
  const lessonRecords = records.filter((r) => r.scope === 'time' && r.lessonNumber !== null);
  // Lessons held of each lesson number and of each group, in the order first met in the timetable.
  const scheduled = new Map<string, { kind: 'time' | 'fag'; id: string; count: number }>();
  const subjects = new Map<string, string>();
  let total = 0;
  const add = (kind: 'time' | 'fag', id: string, held: number) => {
    const key = `${kind}:${id}`;
    const entry = scheduled.get(key);
    if (entry) entry.count += held;
    else scheduled.set(key, { kind, id, count: held });
  };
  for (const slot of facts.timetable) {
    const held = shape.daysPerWeekday[slot.weekday] ?? 0;
    total += held;
    add('time', String(slot.lessonNumber), held);
    add('fag', slot.groupId, held);
    subjects.set(slot.groupId, slot.subjectName);
  }
  for (const { kind: kindCode, id, count } of scheduled.values()) {
    // A category with none or all of the lessons tells nothing (nor do no lessons held yet: 0/0).
    const p0 = count / total;
    if (!(p0 > 0 && p0 < 1)) continue;
    const hits = lessonRecords.filter((r) => (kindCode === 'time' ? String(r.lessonNumber) === id : r.groupId === id));
    hypotheses.push({
      kind: kindCode === 'time' ? 'samme_time' : 'ett_fag',
      category: id,
      ...(kindCode === 'fag' ? { subject: subjects.get(id)! } : {}),
      k: hits.length,
      n: lessonRecords.length,
      p0,
      hitRecords: hits,
    });
  }

  // Siblings: the trials are the student's whole days away; p₀ is the sibling's rate of whole days away.
  let ownDays: IsoDate[] | undefined;
  for (const sibling of facts.siblings) {
    ownDays ??= [...wholeDaysAbsent(facts, records)];
    const theirs = new Set(sibling.absenceDates.filter((d) => from <= d && d <= to));
    const p0 = theirs.size / schoolDays.length;
    if (!(p0 > 0 && p0 < 1)) continue;
    const together = ownDays.filter((d) => theirs.has(d));
    hypotheses.push({
      kind: 'sosken',
      category: sibling.studentId,
      k: together.length,
      n: ownDays.length,
      p0,
      hitDates: together,
    });
  }

  const tested = hypotheses.filter((h) => h.n > 0);
  const threshold = s.alpha / Math.max(1, tested.length);
  const findings: PatternFinding[] = [];
  for (const h of tested) {
    if (h.k < s.minEvents || h.k / h.n < s.minRatio * h.p0) continue;
    const pValue = binomialUpperTail(h.k, h.n, h.p0);
    if (!(pValue <= threshold)) continue;
    const evidenceIds = h.hitRecords ? h.hitRecords.map((r) => r.id) : h.hitDates!.flatMap((d) => datesWithAbsence.get(d)!);
    findings.push({ kind: h.kind, category: h.category, ...(h.subject === undefined ? {} : { subject: h.subject }), k: h.k, n: h.n, evidenceIds, pValue, expectedShare: h.p0 });
  }

  const late = facts.absence.filter((r) => r.type === 'forsentkomming' && from <= r.date && r.date <= to);
  if (late.length >= s.lateArrivalsFrom) {
    findings.push({
      kind: 'forsentkomming',
      category: 'antall',
      k: late.length,
      n: schoolDays.length,
      expectedShare: 0,
      pValue: null,
      evidenceIds: late.map((r) => r.id),
    });
  }

  const firstDay = addSchoolDays(facts.calendar, facts.calendar.startsOn, 0);
  const onFirstDay = counted(facts.absence, s.counts).filter((r) => r.date === firstDay);
  if (s.firstSchoolDay && wholeDaysAbsent(facts, onFirstDay).has(firstDay)) {
    findings.push({
      kind: 'forste_skoledag',
      category: firstDay,
      k: 1,
      n: 1,
      expectedShare: 0,
      pValue: null,
      evidenceIds: onFirstDay.map((r) => r.id),
    });
  }
  return findings;
}

export function patternRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  if (!rules.fravaersmonster.enabled) return [];
  const dueOn = addSchoolDays(facts.calendar, facts.asOf, 5);
  return findPatterns(rules, facts).map((p) => ({
    ruleCode: 'fravaersmonster' as const,
    level: 'gul' as const,
    evidenceKey: `fravaersmonster:${p.kind === 'forste_skoledag' ? facts.calendar.startsOn : facts.term.startsOn}:${p.kind}:${p.category}`,
    facts: {
      pattern: p.kind,
      ...shownCategory(p),
      inCategory: p.k,
      of: p.n,
      expectedPercent: Math.round(p.expectedShare * 1000) / 10,
      ...(p.pValue === null ? {} : { pValue: Number(p.pValue.toPrecision(2)) }),
    },
    evidenceIds: p.evidenceIds,
    tasks: [{ kind: 'meld_monster' as const, assignee: 'kontaktlaerer' as const, dueOn }],
  }));
}

/**
 * What the explanation needs to name the category: its code where the catalogs have words for
 * it, the subject's name for one subject; nothing for siblings (the sibling's id is not this
 * student's to show), late arrivals and the first school day.
 */
function shownCategory(p: PatternFinding): { category?: string; subject?: string } {
  if (p.kind === 'ett_fag') return { subject: p.subject ?? p.category };
  if (p.kind === 'ukedag' || p.kind === 'rundt_helg_og_ferie' || p.kind === 'annenhver_uke' || p.kind === 'samme_time') return { category: p.category };
  return {};
}
