/**
 * How much absence: rule 7 (the half-year bands), the weekly check (8 days → rektor and the
 * home), consecutive days, and rule 10 (the research anchor: low grades and ≥ 10 % absence).
 */
import { weeklyCheckDays } from '../../checks/check-period.js';
import { addSchoolDays, schoolDaysBetween, type IsoDate } from '../../school-calendar.js';
import { absencePercent, counted, daysAndHours, inRange, termSoFar, wholeDaysAbsent } from '../absence-facts.js';
import type { AbsenceRecordFact, IdentificationFacts } from '../facts.js';
import type { AbsenceType } from '../../vocabulary.js';
import type { FlagCandidate } from '../flag.js';
import type { RuleSettings } from '../rule-profile.js';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The absence rule 7 and consecutive days count: the types the profile names; illness only while
 * the home has not given notice of it (an illness the home has told the school about is not
 * worrying absence unless the profile counts documented absence too).
 */
function worrying(records: readonly AbsenceRecordFact[], counts: readonly AbsenceType[]): AbsenceRecordFact[] {
  const withNotice = counts.includes('dokumentert');
  return counted(records, counts).filter((r) => r.type !== 'sykdom' || !r.noticeFromHome || withNotice);
}

export function halfYearRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const s = rules.fravaerHalvaar;
  if (!s.enabled) return [];
  const { from, to } = termSoFar(facts);
  const records = inRange(worrying(facts.absence, s.counts), from, to);
  const { days, hours } = daysAndHours(records);
  const red = days >= s.redFromDays || hours > s.redAboveHours;
  const yellow = days >= s.yellowFromDays || hours >= s.yellowFromHours;
  if (!red && !yellow) return [];
  const level = red ? 'rod' : 'gul';
  return [
    {
      ruleCode: 'fravaer_halvaar',
      level,
      evidenceKey: `fravaer_halvaar:${facts.term.startsOn}:${level}`,
      facts: {
        days,
        hours,
        yellowFromDays: s.yellowFromDays,
        redFromDays: s.redFromDays,
        yellowFromHours: s.yellowFromHours,
        redAboveHours: s.redAboveHours,
        from,
        to,
      },
      evidenceIds: records.map((r) => r.id),
      tasks: red ? [{ kind: 'vurder_tiltak', assignee: 'kontaktlaerer', dueOn: addSchoolDays(facts.calendar, facts.asOf, 5) }] : [],
    },
  ];
}

export function weeklyCheckRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const s = rules.ukesjekk;
  if (!s.enabled) return [];
  const { from, to } = termSoFar(facts);
  // What the Ukesjekk page shows too.
  const { days: absent, records } = weeklyCheckDays(s.counts, facts);
  const days = absent.size;
  if (days < s.fromDays) return [];
  // Each further `fromDays` days is new evidence: 16 days after a dismissed 8 asks again.
  const step = Math.floor(days / s.fromDays);
  const nextSchoolDay = addSchoolDays(facts.calendar, facts.asOf, 1);
  return [
    {
      ruleCode: 'ukesjekk',
      level: 'rod',
      evidenceKey: `ukesjekk:${facts.term.startsOn}:${step}`,
      facts: { days, fromDays: s.fromDays, from, to },
      evidenceIds: records.map((r) => r.id),
      tasks: [
        { kind: 'informer_rektor', assignee: 'kontaktlaerer', dueOn: nextSchoolDay },
        { kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: nextSchoolDay },
      ],
    },
  ];
}

export function consecutiveDaysRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const s = rules.sammenhengendeFravaer;
  if (!s.enabled) return [];
  const { from, to } = termSoFar(facts);
  const records = inRange(worrying(facts.absence, s.counts), from, to);
  const absent = wholeDaysAbsent(facts, records);
  // The latest run of absent school days (weekends and holidays do not break a run).
  let run: IsoDate[] = [];
  let latest: IsoDate[] = [];
  for (const day of schoolDaysBetween(facts.calendar, from, to)) {
    if (absent.has(day)) {
      run.push(day);
      if (run.length >= s.fromDays) latest = [...run];
    } else run = [];
  }
  if (latest.length < s.fromDays) return [];
  const first = latest[0]!;
  const last = latest.at(-1)!;
  return [
    {
      ruleCode: 'sammenhengende_fravaer',
      level: 'rod',
      evidenceKey: `sammenhengende_fravaer:${first}`,
      facts: { days: latest.length, fromDays: s.fromDays, first, last, ongoing: last === to },
      evidenceIds: records.filter((r) => first <= r.date && r.date <= last).map((r) => r.id),
      tasks: [
        { kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: facts.asOf },
        { kind: 'informer_rektor', assignee: 'kontaktlaerer', dueOn: addSchoolDays(facts.calendar, facts.asOf, 1) },
      ],
    },
  ];
}

/** The grade average now: this year's midterm and half-year grades, else the intake average. */
export function currentGradeAverage(facts: IdentificationFacts): { average: number; basis: 'karakterer' | 'inntak' } | null {
  const numeric = facts.grades
    .filter((g) => (g.kind === 'midtveis' || g.kind === 'halvaar') && g.value !== 'IV' && g.givenOn <= facts.asOf)
    .map((g) => Number(g.value));
  if (numeric.length > 0) return { average: numeric.reduce((a, b) => a + b, 0) / numeric.length, basis: 'karakterer' };
  if (facts.intake?.gradeAverage != null) return { average: facts.intake.gradeAverage, basis: 'inntak' };
  return null;
}

export function researchAnchorRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const s = rules.forskningsanker;
  if (!s.enabled) return [];
  const grades = currentGradeAverage(facts);
  if (!grades || grades.average > s.maxGradeAverage) return [];
  const { from, to } = termSoFar(facts);
  const records = inRange(counted(facts.absence, s.counts), from, to);
  const percent = absencePercent(facts, records, from, to);
  if (percent === null || percent < s.fromAbsencePercent) return [];
  return [
    {
      ruleCode: 'forskningsanker',
      level: 'rod',
      evidenceKey: `forskningsanker:${facts.term.startsOn}`,
      facts: {
        gradeAverage: round(grades.average),
        gradeBasis: grades.basis,
        maxGradeAverage: s.maxGradeAverage,
        absencePercent: round(percent),
        fromAbsencePercent: s.fromAbsencePercent,
      },
      evidenceIds: records.map((r) => r.id),
      tasks: [{ kind: 'vurder_tiltak', assignee: 'kontaktlaerer', dueOn: addSchoolDays(facts.calendar, facts.asOf, 5) }],
    },
  ];
}
