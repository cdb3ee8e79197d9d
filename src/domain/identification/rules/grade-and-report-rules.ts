/** IKO rule 6 (grade 1 or IV at midterm or half-year) and rule 9 (teachers' concern reports). */
import { addSchoolDays } from '../../school-calendar.js';
import type { IdentificationFacts } from '../facts.js';
import type { FlagCandidate } from '../flag.js';
import type { RuleSettings } from '../rule-profile.js';

export function gradeRules(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  if (!rules.karakter.enabled) return [];
  const values = new Set<string>(rules.karakter.values);
  return facts.grades
    .filter((g) => (g.kind === 'midtveis' || g.kind === 'halvaar') && values.has(g.value) && g.givenOn <= facts.asOf)
    .map((g) => ({
      ruleCode: 'karakter' as const,
      level: 'rod' as const,
      evidenceKey: `karakter:${g.id}`,
      facts: { subject: g.subjectName, kind: g.kind, value: g.value, givenOn: g.givenOn },
      evidenceIds: [g.id],
      tasks: [{ kind: 'kartleggingssamtale' as const, assignee: 'kontaktlaerer' as const, dueOn: addSchoolDays(facts.calendar, facts.asOf, 10) }],
    }));
}

export function reportRules(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  if (!rules.melding.enabled) return [];
  return facts.reports
    .filter((r) => r.createdAt <= facts.asOf)
    .map((r) => ({
      ruleCode: 'melding' as const,
      level: 'gul' as const,
      evidenceKey: `melding:${r.id}`,
      facts: { kind: r.kind, reportedOn: r.createdAt },
      evidenceIds: [r.id],
      tasks: [{ kind: 'kartleggingssamtale' as const, assignee: 'kontaktlaerer' as const, dueOn: addSchoolDays(facts.calendar, facts.asOf, 10) }],
    }));
}
