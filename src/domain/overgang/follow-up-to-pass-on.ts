/**
 * Which students have a follow-up worth passing on to the next school, and what the summary holds
 * (issue 13, part 5): an open case, or one closed within `recentMonths` — not the whole file, only
 * the causes, the measures that helped and the contact person (the IKO seed asks the receiving
 * school to contact the former school, avgiverskolen, before school start).
 */
import { addDays, type IsoDate } from '../school-calendar.js';

/** How long after a case closed its follow-up still counts as recent. */
export const recentMonths = 12;

export interface CaseFact {
  status: 'aapen' | 'lukket' | string;
  closedOn: IsoDate | null;
}

export function hasFollowUpToPassOn(cases: readonly CaseFact[], today: IsoDate): boolean {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // The same day `recentMonths` back (the last day of a shorter month when it has no such day).
  const back = new Date(Date.UTC(y, m - 1 - recentMonths, 1));
  const lastDay = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  const since = addDays(back.toISOString().slice(0, 10), Math.min(d, lastDay) - 1);
  return cases.some((c) => c.status !== 'lukket' || (c.closedOn !== null && c.closedOn >= since));
}

export interface OvergangSummary {
  /** Why the student struggled, in the school's words (from the mapping and the plans). */
  causes: string[];
  /** The measures that helped, as the evaluation judged them. */
  helped: string[];
  /** Whom the receiving school can call. */
  contactPerson: { name: string; role: string; phone: string | null; email: string | null };
  /** What else the school wants the next school to know, if anything. */
  note: string | null;
}

/** A summary is worth sending when it says something: a cause or a measure that helped, and whom to call. */
export function summaryProblems(summary: OvergangSummary): Array<'causes_or_helped' | 'contact_person'> {
  const problems: Array<'causes_or_helped' | 'contact_person'> = [];
  if (summary.causes.length === 0 && summary.helped.length === 0) problems.push('causes_or_helped');
  if (!summary.contactPerson.name.trim()) problems.push('contact_person');
  return problems;
}

/** Names compared as a school system writes them: case, spaces and accents' composition aside. */
export function matchName(givenName: string, familyName: string): string {
  return `${givenName} ${familyName}`.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
}
