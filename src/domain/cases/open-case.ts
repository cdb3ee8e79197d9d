/**
 * What opening a case decides, apart from storing it (src/data/cases/open-case.ts reads the flag
 * and the contact teacher, these decide, it writes): where the case came from, who owns it, and
 * who takes part from the start.
 */
import { can, type Person } from '../access-policy.js';
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

/**
 * The open cases of the kind the student already has, as the opener meets them. One the opener
 * may see is named, and no second case opens. One they may not see is never named: the case opens
 * as if it were not there, and the hidden case is told (docs/decisions/015-hidden-looks-missing.md).
 * Without an opener (the demo school's seeding) every open case counts as seen.
 */
export function openCasesOnOpening(
  open: ReadonlyArray<{ id: string; schoolId: string; participantStaffIds: readonly string[] }>,
  opener?: Person,
): { seen: string | null; hidden: string[] } {
  const sees = (c: (typeof open)[number]) => !opener || can(opener, 'case.see', c);
  return { seen: open.find(sees)?.id ?? null, hidden: open.filter((c) => !sees(c)).map((c) => c.id) };
}
