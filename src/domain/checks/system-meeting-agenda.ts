/**
 * The semester check's item on the agenda of the school's system meeting, "Status på fravær"
 * (the absence seed: absence is a topic of the system meeting at the end of each term). The
 * agenda is handed round and printed, so it names nobody and counts as the owner's figures do
 * (docs/decisions/021-absence-team-figures.md): a count of one to four students is shown as
 * "fewer than five" (null), and so are the hours of a cause so few students had, which would
 * otherwise tell what those few did.
 */
import { shownCount } from '../owner/shown-count.js';
import { absenceTypes, type AbsenceType } from '../vocabulary.js';

export interface SystemMeetingAgenda {
  /** The term's causes of absence, in the vocabulary's order: the students with absence of the type, and its hours. */
  causes: Array<{ type: AbsenceType; students: number | null; hours: number | null }>;
  /** Students with an open flag of a worrying pattern (rule 8). */
  withPattern: number | null;
  /** Students with a red light. */
  withRedLight: number | null;
  /** Students whose absence this term is over the borderline of rule 7. */
  overBorderline: number | null;
}

export function systemMeetingAgenda(input: {
  /** The school's absence records in the term. */
  records: ReadonlyArray<{ studentId: string; type: AbsenceType; hours: number }>;
  /** The students the semester check lists, each with why. */
  students: ReadonlyArray<{ pattern: boolean; red: boolean; overBorderline: boolean }>;
}): SystemMeetingAgenda {
  const causes = absenceTypes
    .map((type) => {
      const ofType = input.records.filter((r) => r.type === type);
      const students = shownCount(new Set(ofType.map((r) => r.studentId)).size);
      return { type, students, hours: students === null ? null : ofType.reduce((n, r) => n + r.hours, 0) };
    })
    .filter((c) => c.students !== 0);
  const count = (why: (s: (typeof input.students)[number]) => boolean) => shownCount(input.students.filter(why).length);
  return { causes, withPattern: count((s) => s.pattern), withRedLight: count((s) => s.red), overBorderline: count((s) => s.overBorderline) };
}
