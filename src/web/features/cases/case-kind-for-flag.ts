/**
 * Which kind of case a flag calls for, preselected when a case is opened from the flag (a person
 * may choose another): absence rules → the absence staircase; a teacher's report about the school
 * environment → a § 12-4 case; everything else (intake, grades, other reports, the research
 * anchor) → IKO closer follow-up.
 */
import type { Flag } from '../../../shared/api';
import type { FollowUpCaseKind } from '../../../domain/cases/case-workflow';
import { ruleTopics } from '../../../domain/identification/flag';

export function caseKindForFlag(flag: Pick<Flag, 'ruleCode' | 'facts'>): FollowUpCaseKind {
  if (ruleTopics[flag.ruleCode] === 'fravaer') return 'fravaer';
  if (flag.ruleCode === 'melding' && flag.facts.kind === 'skolemiljo') return 'skolemiljo';
  return 'iko';
}
