/**
 * What opening a case decides, apart from storing it (src/data/cases/open-case.ts reads the flag
 * and the contact teacher, these decide, it writes): where the case came from, who owns it, and
 * who takes part from the start.
 */
import type { CaseOrigin, CaseParticipantRole } from '../vocabulary.js';

/**
 * A case opened from a flag came from that flag; a teacher's report (melding) raises a flag of
 * the `melding` rule, so a case opened from it came from the report. Without a flag the opener's
 * word stands.
 */
export function caseOrigin(requested: CaseOrigin, flag?: { ruleCode: string }): CaseOrigin {
  if (!flag) return requested;
  return flag.ruleCode === 'melding' ? 'melding' : 'flagg';
}

/** The person named by the opener; otherwise the student's contact teacher; otherwise the opener. */
export function responsibleOnOpening(who: { chosen?: string | undefined; contactTeacher?: string | undefined; opener: string }): string {
  return who.chosen ?? who.contactTeacher ?? who.opener;
}

/** The responsible person owns the case; the opener, when someone else, takes part in it. */
export function participantsOnOpening(responsible: string, opener: string): Array<{ staffId: string; role: CaseParticipantRole }> {
  const people: Array<{ staffId: string; role: CaseParticipantRole }> = [{ staffId: responsible, role: 'ansvarlig' }];
  if (opener !== responsible) people.push({ staffId: opener, role: 'deltaker' });
  return people;
}
