/** IKO rules 1–5: from the intake data (søkerdata), at the start of the school year. */
import { addSchoolDays } from '../../school-calendar.js';
import type { IdentificationFacts } from '../facts.js';
import type { FlagCandidate, TaskProposal } from '../flag.js';
import type { RuleSettings } from '../rule-profile.js';

/** IKO's Kartlegging A: interviews with every identified student within three weeks of the start. */
function mappingInterview(facts: IdentificationFacts): TaskProposal[] {
  const start = facts.calendar.startsOn > facts.asOf ? facts.calendar.startsOn : facts.asOf;
  return [{ kind: 'kartleggingssamtale', assignee: 'kontaktlaerer', dueOn: addSchoolDays(facts.calendar, start, 15) }];
}

export function intakeRules(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const intake = facts.intake;
  if (!intake) return [];
  const found: FlagCandidate[] = [];
  const flag = (ruleCode: FlagCandidate['ruleCode'], key: string, f: FlagCandidate['facts']) =>
    found.push({ ruleCode, level: 'gul', evidenceKey: `${ruleCode}:${key}`, facts: f, evidenceIds: [], tasks: mappingInterview(facts) });

  const average = intake.gradeAverage;
  const choice = intake.admittedChoice;
  if (rules.inntakForsteonske.enabled && average !== null && choice === 1 && average <= rules.inntakForsteonske.maxGradeAverage) {
    flag('inntak_forsteonske', String(average), { gradeAverage: average, maxGradeAverage: rules.inntakForsteonske.maxGradeAverage });
  }
  if (rules.inntakLavereOnske.enabled && average !== null && choice !== null && choice > 1 && average <= rules.inntakLavereOnske.maxGradeAverage) {
    flag('inntak_lavere_onske', `${choice}:${average}`, {
      gradeAverage: average,
      admittedChoice: choice,
      maxGradeAverage: rules.inntakLavereOnske.maxGradeAverage,
    });
  }
  const absence = intake.lowerSecondaryAbsencePercent;
  if (rules.inntakFravaer.enabled && absence !== null && absence > rules.inntakFravaer.abovePercent) {
    flag('inntak_fravaer', String(absence), { absencePercent: absence, abovePercent: rules.inntakFravaer.abovePercent });
  }
  if (rules.inntakKarakter.enabled && intake.subjectsWithGrade1OrMissing.length > 0) {
    const subjects = [...intake.subjectsWithGrade1OrMissing].sort();
    flag('inntak_karakter', subjects.join('|'), { subjects: subjects.join(', ') });
  }
  if (rules.inntakSpesialundervisning.enabled && intake.specialEducationNotice) {
    flag('inntak_spesialundervisning', 'melding', {});
  }
  return found;
}
