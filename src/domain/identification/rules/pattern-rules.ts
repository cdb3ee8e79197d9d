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
import type { FlagCandidate } from '../flag.js';
import type { RuleSettings } from '../rule-profile.js';

export type PatternKind = 'ukedag' | 'rundt_helg_og_ferie' | 'annenhver_uke' | 'samme_time' | 'ett_fag' | 'sosken' | 'forsentkomming' | 'forste_skoledag';

interface Hypothesis {
  kind: PatternKind;
  category: string;
  /** Shown to people: "mandag", "3. time", "Matematikk 1P". */
  label: string;
  k: number;
  n: number;
  p0: number;
  evidenceIds: string[];
}

export interface PatternFinding {
  kind: PatternKind;
  category: string;
  label: string;
  k: number;
  n: number;
  expectedShare: number;
  pValue: number | null;
  evidenceIds: string[];
}

const weekdayNames = ['', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'];

/** ISO week number, for "every other week". */
function isoWeek(date: IsoDate): number {
  const day = toDayNumber(date);
  const thursday = day - isoWeekday(date) + 4;
  const yearStart = toDayNumber(`${new Date(thursday * 86_400_000).getUTCFullYear()}-01-01`);
  return Math.floor((thursday - yearStart) / 7) + 1;
}

export function findPatterns(rules: RuleSettings, facts: IdentificationFacts): PatternFinding[] {
  const s = rules.fravaersmonster;
  const { from, to } = termSoFar(facts);
  const schoolDays = schoolDaysBetween(facts.calendar, from, to);
  if (schoolDays.length === 0) return [];
  const records = inRange(counted(facts.absence, s.counts), from, to);
  const hypotheses: Hypothesis[] = [];

  // Day-based categories: the trials are the dates with any counted absence.
  const datesWithAbsence = new Map<IsoDate, string[]>();
  for (const r of records) datesWithAbsence.set(r.date, [...(datesWithAbsence.get(r.date) ?? []), r.id]);
  const absentDates = [...datesWithAbsence.keys()];
  const dayCategory = (kind: PatternKind, category: string, label: string, inCategory: (d: IsoDate) => boolean) => {
    const p0 = schoolDays.filter(inCategory).length / schoolDays.length;
    if (p0 === 0 || p0 === 1) return;
    const hits = absentDates.filter(inCategory);
    hypotheses.push({ kind, category, label, k: hits.length, n: absentDates.length, p0, evidenceIds: hits.flatMap((d) => datesWithAbsence.get(d)!) });
  };
  for (let w = 1; w <= 5; w++) dayCategory('ukedag', String(w), weekdayNames[w]!, (d) => isoWeekday(d) === w);
  const nextToBreak = (d: IsoDate) => !isSchoolDay(facts.calendar, addDays(d, -1)) || !isSchoolDay(facts.calendar, addDays(d, 1));
  dayCategory('rundt_helg_og_ferie', 'inntil', 'dagene før og etter helg og ferie', nextToBreak);
  dayCategory('annenhver_uke', 'partall', 'uker med partall', (d) => isoWeek(d) % 2 === 0);
  dayCategory('annenhver_uke', 'oddetall', 'uker med oddetall', (d) => isoWeek(d) % 2 === 1);

  // Lesson-based categories: the trials are the single lessons missed, against the timetable.
  const lessonRecords = records.filter((r) => r.scope === 'time' && r.lessonNumber !== null);
  if (facts.timetable.length > 0) {
    const scheduled = new Map<string, number>();
    const subjects = new Map<string, string>();
    let total = 0;
    for (const day of schoolDays) {
      for (const slot of facts.timetable) {
        if (slot.weekday !== isoWeekday(day)) continue;
        total++;
        scheduled.set(`time:${slot.lessonNumber}`, (scheduled.get(`time:${slot.lessonNumber}`) ?? 0) + 1);
        scheduled.set(`fag:${slot.groupId}`, (scheduled.get(`fag:${slot.groupId}`) ?? 0) + 1);
        subjects.set(slot.groupId, slot.subjectName);
      }
    }
    for (const [key, count] of scheduled) {
      const [kindCode, id] = key.split(':') as ['time' | 'fag', string];
      const hits = lessonRecords.filter((r) => (kindCode === 'time' ? String(r.lessonNumber) === id : r.groupId === id));
      const p0 = count / total;
      if (p0 === 1) continue;
      hypotheses.push({
        kind: kindCode === 'time' ? 'samme_time' : 'ett_fag',
        category: id,
        label: kindCode === 'time' ? `${id}. time` : subjects.get(id)!,
        k: hits.length,
        n: lessonRecords.length,
        p0,
        evidenceIds: hits.map((r) => r.id),
      });
    }
  }

  // Siblings: the trials are the student's whole days away; p₀ is the sibling's rate of whole days away.
  const ownDays = [...wholeDaysAbsent(facts, records)].filter((d) => from <= d && d <= to);
  for (const sibling of facts.siblings) {
    const theirs = new Set(sibling.absenceDates.filter((d) => from <= d && d <= to));
    const p0 = theirs.size / schoolDays.length;
    if (p0 === 0 || p0 === 1) continue;
    const together = ownDays.filter((d) => theirs.has(d));
    hypotheses.push({
      kind: 'sosken',
      category: sibling.studentId,
      label: 'søsken',
      k: together.length,
      n: ownDays.length,
      p0,
      evidenceIds: together.flatMap((d) => datesWithAbsence.get(d) ?? []),
    });
  }

  const tested = hypotheses.filter((h) => h.n > 0);
  const threshold = s.alpha / Math.max(1, tested.length);
  const findings: PatternFinding[] = tested
    .filter((h) => h.k >= s.minEvents && h.k / h.n >= s.minRatio * h.p0)
    .map((h) => ({ ...h, pValue: binomialUpperTail(h.k, h.n, h.p0) }))
    .filter((h) => h.pValue <= threshold)
    .map(({ p0, ...h }) => ({ ...h, expectedShare: p0 }));

  const late = facts.absence.filter((r) => r.type === 'forsentkomming' && from <= r.date && r.date <= to);
  if (late.length >= s.lateArrivalsFrom) {
    findings.push({
      kind: 'forsentkomming',
      category: 'antall',
      label: 'forsentkomminger',
      k: late.length,
      n: schoolDays.length,
      expectedShare: 0,
      pValue: null,
      evidenceIds: late.map((r) => r.id),
    });
  }

  const firstDay = addSchoolDays(facts.calendar, facts.calendar.startsOn, 0);
  const onFirstDay = counted(facts.absence, s.counts).filter((r) => r.date === firstDay);
  if (s.firstSchoolDay && firstDay <= facts.asOf && onFirstDay.length > 0 && wholeDaysAbsent(facts, onFirstDay).has(firstDay)) {
    findings.push({
      kind: 'forste_skoledag',
      category: firstDay,
      label: 'første skoledag',
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
      label: p.label,
      inCategory: p.k,
      of: p.n,
      expectedPercent: Math.round(p.expectedShare * 1000) / 10,
      ...(p.pValue === null ? {} : { pValue: Number(p.pValue.toPrecision(2)) }),
    },
    evidenceIds: p.evidenceIds,
    tasks: [{ kind: 'meld_monster' as const, assignee: 'kontaktlaerer' as const, dueOn }],
  }));
}
