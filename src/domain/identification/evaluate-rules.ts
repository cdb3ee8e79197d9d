/**
 * evaluateRules(profile, facts) → the flags the profile's rules find for one student now.
 * Pure and deterministic: the same facts in any order give the same flags, in a stable order.
 */
import type { IdentificationFacts } from './facts.js';
import type { FlagCandidate } from './flag.js';
import type { RuleProfile, RuleSettings } from './rule-profile.js';
import { absenceLimitRule } from './rules/absence-limit-rule.js';
import { consecutiveDaysRule, halfYearRule, researchAnchorRule, weeklyCheckRule } from './rules/absence-volume-rules.js';
import { monthlyCheckRule, noNoticeRule, undocumentedRule } from './rules/daily-routine-rules.js';
import { gradeRules, reportRules } from './rules/grade-and-report-rules.js';
import { intakeRules } from './rules/intake-rules.js';
import { patternRule } from './rules/pattern-rules.js';

type Rule = (rules: RuleSettings, facts: IdentificationFacts) => FlagCandidate[];

const allRules: readonly Rule[] = [
  intakeRules,
  gradeRules,
  halfYearRule,
  patternRule,
  reportRules,
  researchAnchorRule,
  noNoticeRule,
  undocumentedRule,
  consecutiveDaysRule,
  weeklyCheckRule,
  monthlyCheckRule,
  absenceLimitRule,
];

/** Date, then id (ISO dates have one length, so this is the order of date + id as one string). */
function byDateThenId(aDate: string, aId: string, bDate: string, bId: string): number {
  if (aDate < bDate) return -1;
  if (aDate > bDate) return 1;
  // Stryker disable next-line EqualityOperator: ids are unique (no two records share one), so < and <= order them alike
  return aId < bId ? -1 : 1;
}

/** By evidence key (as byDateThenId: a comparator's sign is all a sort reads). */
// Stryker disable next-line EqualityOperator: a student's evidence keys are unique (a property in evaluate-rules.test.ts), so < and <= order them alike
const byEvidenceKey = (a: FlagCandidate, b: FlagCandidate): number => (a.evidenceKey < b.evidenceKey ? -1 : 1);

export function evaluateRules(profile: RuleProfile, facts: IdentificationFacts): FlagCandidate[] {
  const sorted: IdentificationFacts = {
    ...facts,
    // Order-independence: every rule sees the records in one canonical order.
    absence: [...facts.absence].sort((a, b) => byDateThenId(a.date, a.id, b.date, b.id)),
    // No rule reads grades or the timetable in order today (they filter, sum and count them, and
    // the flags are ordered by key below), so any order gives the same flags: these two sorts keep
    // a rule to come order-independent, which the order property in evaluate-rules.test.ts checks.
    // Stryker disable next-line all: equivalent while no rule reads the grades in order
    grades: [...facts.grades].sort((a, b) => byDateThenId(a.givenOn, a.id, b.givenOn, b.id)),
    // Stryker disable next-line all: equivalent while no rule reads the timetable in order
    timetable: [...facts.timetable].sort((a, b) => a.weekday - b.weekday || a.lessonNumber - b.lessonNumber || (a.groupId < b.groupId ? -1 : 1)),
  };
  return allRules.flatMap((rule) => rule(profile.rules, sorted)).sort(byEvidenceKey);
}
