/** IKO rules 1–5: from the intake data (søkerdata), at the start of the school year. */
import { addSchoolDays } from '../../school-calendar.js';
import type { IdentificationFacts } from '../facts.js';
import type { FlagCandidate, RuleFacts, TaskProposal } from '../flag.js';
import type { RuleSettings } from '../rule-profile.js';

/**
 * IKO's Kartlegging A: interviews with every identified student within three weeks of the start.
 * Counted in school days, so from a day before the school year the count starts at its first day.
 */
function mappingInterview(facts: IdentificationFacts): TaskProposal[] {
  return [{ kind: 'kartleggingssamtale', assignee: 'kontaktlaerer', dueOn: addSchoolDays(facts.calendar, facts.asOf, 15) }];
}

export function intakeRules(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const intake = facts.intake;
  if (!intake) return [];
  const found: FlagCandidate[] = [];
  const flag = (key: string, rule: RuleFacts) =>
    found.push({ ...rule, level: 'gul', evidenceKey: `${rule.ruleCode}:${key}`, evidenceIds: [], tasks: mappingInterview(facts) });

  const average = intake.gradeAverage;
  const choice = intake.admittedChoice;
  if (rules.inntakForsteonske.enabled && average !== null && choice === 1 && average <= rules.inntakForsteonske.maxGradeAverage) {
    flag(String(average), { ruleCode: 'inntak_forsteonske', facts: { gradeAverage: average, maxGradeAverage: rules.inntakForsteonske.maxGradeAverage } });
  }
  if (rules.inntakLavereOnske.enabled && average !== null && choice !== null && choice > 1 && average <= rules.inntakLavereOnske.maxGradeAverage) {
    flag(`${choice}:${average}`, {
      ruleCode: 'inntak_lavere_onske',
      facts: { gradeAverage: average, admittedChoice: choice, maxGradeAverage: rules.inntakLavereOnske.maxGradeAverage },
    });
  }
  const absence = intake.lowerSecondaryAbsencePercent;
  if (rules.inntakFravaer.enabled && absence !== null && absence > rules.inntakFravaer.abovePercent) {
    flag(String(absence), { ruleCode: 'inntak_fravaer', facts: { absencePercent: absence, abovePercent: rules.inntakFravaer.abovePercent } });
  }
  if (rules.inntakKarakter.enabled && intake.subjectsWithGrade1OrMissing.length > 0) {
    const subjects = [...intake.subjectsWithGrade1OrMissing].sort();
    flag(subjects.join('|'), { ruleCode: 'inntak_karakter', facts: { subjects: subjects.join(', ') } });
  }
  if (rules.inntakSpesialundervisning.enabled && intake.specialEducationNotice) {
    flag('melding', { ruleCode: 'inntak_spesialundervisning', facts: {} });
  }
  return found;
}
