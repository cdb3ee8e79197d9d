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
  if (aDate !== bDate) return aDate < bDate ? -1 : 1;
  return aId < bId ? -1 : 1;
}

export function evaluateRules(profile: RuleProfile, facts: IdentificationFacts): FlagCandidate[] {
  const sorted: IdentificationFacts = {
    ...facts,
    // Order-independence: every rule sees the records in one canonical order.
    absence: [...facts.absence].sort((a, b) => byDateThenId(a.date, a.id, b.date, b.id)),
    grades: [...facts.grades].sort((a, b) => byDateThenId(a.givenOn, a.id, b.givenOn, b.id)),
    timetable: [...facts.timetable].sort((a, b) => a.weekday - b.weekday || a.lessonNumber - b.lessonNumber || (a.groupId < b.groupId ? -1 : 1)),
  };
  return allRules
    .flatMap((rule) => rule(profile.rules, sorted))
    .sort((a, b) => (a.evidenceKey < b.evidenceKey ? -1 : a.evidenceKey > b.evidenceKey ? 1 : 0));
}
