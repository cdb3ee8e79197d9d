/**
 * Who takes part in the clarification meeting (the seed, "Kven skal delta i avklaringssamtalen?"):
 * the school's leadership, the contact teacher or the counsellor, the student and OT always; the
 * guardians when the student is under 18 on the meeting day; others (school nurse, PPT, BUP, VOP,
 * NAV, barnevern) when the school and OT agree. The meeting cannot be recorded as held without the
 * mandatory ones, and the answer says which are missing.
 */
import type { IsoDate } from '../school-calendar.js';
import { isMinorOn } from '../student-age.js';

export const avklaringParticipantKinds = [
  'leiing',
  'kontaktlaerar',
  'radgjevar',
  'elev',
  'ot',
  'foresett',
  'helsesjukepleiar',
  'ppt',
  'bup',
  'vop',
  'nav',
  'barnevern',
  'annan',
] as const;
export type AvklaringParticipantKind = (typeof avklaringParticipantKinds)[number];

/** Taken part in by agreement with OT: never required. */
export const optionalParticipantKinds = ['helsesjukepleiar', 'ppt', 'bup', 'vop', 'nav', 'barnevern', 'annan'] as const satisfies readonly AvklaringParticipantKind[];

/** A mandatory part of the meeting; `kontaktlaerar_eller_radgjevar` is met by either. */
export const mandatoryParts = ['leiing', 'kontaktlaerar_eller_radgjevar', 'elev', 'ot', 'foresette'] as const;
export type MandatoryPart = (typeof mandatoryParts)[number];

/** The guardians are summoned when the student is under 18 on the day of the meeting, or the birth date is missing. */
export function guardiansSummoned(birthDate: IsoDate | null, meetingOn: IsoDate): boolean {
  return isMinorOn(birthDate, meetingOn);
}

/** The parts a meeting on this day must have. */
export function requiredParts(birthDate: IsoDate | null, meetingOn: IsoDate): MandatoryPart[] {
  return mandatoryParts.filter((part) => part !== 'foresette' || guardiansSummoned(birthDate, meetingOn));
}

function meets(part: MandatoryPart, present: ReadonlySet<AvklaringParticipantKind>): boolean {
  if (part === 'kontaktlaerar_eller_radgjevar') return present.has('kontaktlaerar') || present.has('radgjevar');
  if (part === 'foresette') return present.has('foresett');
  return present.has(part);
}

/** The mandatory parts that were not present: empty when the meeting may be recorded as held. */
export function missingMandatory(presentKinds: Iterable<AvklaringParticipantKind>, birthDate: IsoDate | null, meetingOn: IsoDate): MandatoryPart[] {
  const present = new Set(presentKinds);
  return requiredParts(birthDate, meetingOn).filter((part) => !meets(part, present));
}

/** The parts to invite before a meeting: the same rule as for holding it, so that what is summoned is what can be held. */
export const missingInvitations = missingMandatory;
