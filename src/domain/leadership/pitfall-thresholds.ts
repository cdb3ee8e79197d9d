/**
 * The seven pitfalls ("fallgruver") of the IKO seed as measured alerts: their keys, the reasons
 * each can give, who can act on it, and the thresholds — in one place, each with why
 * (docs/decisions/016-seven-pitfalls.md). Counted in school days, as every deadline in Varde is,
 * so that a holiday does not turn a school into a late one.
 */
import type { RoleCode } from '../vocabulary.js';

/** In the seed's order: identification, mapping, follow-up, effect. */
export const pitfallKeys = [
  'not_identified',
  'identified_late',
  'not_mapped',
  'followed_up_without_mapping',
  'mapped_not_followed_up',
  'slow_to_follow_up',
  'no_effect',
] as const;
export type PitfallKey = (typeof pitfallKeys)[number];

/** Why a student is behind a pitfall; each pitfall's own reasons, the first that holds is given. */
export const pitfallReasons = {
  not_identified: ['left_unidentified', 'failed_unidentified', 'dismissed_without_reason'],
  identified_late: ['after_wheel_deadline', 'long_after_evidence'],
  not_mapped: ['no_mapping_in_time'],
  followed_up_without_mapping: ['measures_before_mapping'],
  mapped_not_followed_up: ['no_follow_up_in_time'],
  slow_to_follow_up: ['follow_up_late'],
  no_effect: ['left_under_follow_up', 'failed_under_follow_up', 'closed_without_effect', 'unsatisfactory_evaluations'],
} as const satisfies Record<PitfallKey, readonly string[]>;
export type PitfallReason = (typeof pitfallReasons)[PitfallKey][number];

/**
 * The role that can act on each pitfall (the data layer names the person from the
 * responsibility map, or the case's responsible person): the rådgiver looks into students the
 * routine missed or saw late; the kontaktlærer holds the conversation and starts the measures;
 * leadership answers for slow follow-up and for measures that do not work (it decides measures and
 * resources).
 */
export const pitfallActors: Record<PitfallKey, RoleCode> = {
  not_identified: 'radgiver',
  identified_late: 'radgiver',
  not_mapped: 'kontaktlaerer',
  followed_up_without_mapping: 'kontaktlaerer',
  mapped_not_followed_up: 'kontaktlaerer',
  slow_to_follow_up: 'skoleleder',
  no_effect: 'skoleleder',
};

export interface PitfallThresholds {
  /** identified_late: more than this many school days from the evidence to the identification. */
  lateIdentificationSchoolDays: number;
  /** not_mapped: more than this many school days from the identification without a mapping conversation. */
  mappingSchoolDays: number;
  /** mapped_not_followed_up, slow_to_follow_up: more than this many school days from the mapping to the follow-up. */
  followUpSchoolDays: number;
  /** no_effect: this many evaluations in a row without satisfactory effect. */
  unsatisfactoryEvaluationsInARow: number;
}

export const pitfallThresholds: PitfallThresholds = {
  // The rules run at every registration and every night, so a flag follows its evidence within a
  // day; two weeks between them means the evidence was registered late (absence entered after the
  // fact, grades entered late, søkerdata imported late) — what this pitfall is about.
  lateIdentificationSchoolDays: 10,
  // The seed's own time for mapping the identified: Kartlegging A "innen tre uker". Counted from
  // the first school day for a student identified before the start, it is A's date exactly.
  mappingSchoolDays: 15,
  // The wheel's gap from Kartlegging A (three weeks) to the klasselærermøte that makes the plans
  // (five weeks); the seed: the schools that improved "iverksette tiltak umiddelbart" after mapping.
  followUpSchoolDays: 10,
  // One evaluation without effect is the plan working as meant: adjust it and go on (the IKO case
  // goes back to oppfølging). The adjusted measures failing too is where the seed asks for more —
  // other measures, other services, only then special education.
  unsatisfactoryEvaluationsInARow: 2,
};
