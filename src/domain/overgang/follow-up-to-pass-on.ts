/**
 * Which students have a follow-up worth passing on to the next school, and what the summary holds
 * (issue 13, part 5): an open case, or one closed within `recentMonths` — not the whole file, only
 * the causes, the measures that helped and the contact person (the IKO seed asks the receiving
 * school to contact the former school, avgiverskolen, before school start).
 */
import { causeCategoryLabels, type CauseCategory } from '../kartlegging/conversation-guides.js';
import { planMeasures, type FormLanguage } from '../ot/opplysingar-prefill.js';
import type { PlanWithContent } from '../plans/plan-content.js';
import { addDays, type IsoDate } from '../school-calendar.js';
import type { SchoolKind } from '../vocabulary.js';

/** How long after a case closed its follow-up still counts as recent. */
export const recentMonths = 12;

export interface CaseFact {
  /** aapen or avsluttet (caseStatuses). */
  status: string;
  closedOn: IsoDate | null;
}

export function hasFollowUpToPassOn(cases: readonly CaseFact[], today: IsoDate): boolean {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // The same day `recentMonths` back (the last day of a shorter month when it has no such day).
  const back = new Date(Date.UTC(y, m - 1 - recentMonths, 1));
  const lastDay = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  const since = addDays(back.toISOString().slice(0, 10), Math.min(d, lastDay) - 1);
  return cases.some((c) => c.status !== 'avsluttet' || (c.closedOn !== null && c.closedOn >= since));
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

/** The last trinn of a school's kind: its students move on to another school after it (vgs: none — its students leave school). */
const lastTrinn: Record<SchoolKind, string | null> = { barneskole: '7', ungdomsskole: '10', kombinert: '10', vgs: null };

/**
 * Whether the student's page offers the summary: once one is saved or a school has asked for it;
 * before that, for a student with a follow-up to pass on who has left the school or is in its last
 * trinn — not for every student with a case, which would add a section nobody needs yet.
 */
export function offersOvergang(input: { followUp: boolean; hasSummary: boolean; asked: boolean; leftSchool: boolean; schoolKind: SchoolKind; level: string | null }): boolean {
  const inLastTrinn = input.level !== null && input.level === lastTrinn[input.schoolKind];
  return input.hasSummary || input.asked || (input.followUp && (input.leftSchool || inLastTrinn));
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

/** What the former school's cases say, for the summary's first draft. */
export interface SummaryFacts {
  /** The student's cases, the latest opened last, with their responsible person. */
  cases: ReadonlyArray<{
    /** aapen or avsluttet (caseStatuses). */
  status: string;
    outcome: string | null;
    openedOn: IsoDate;
    responsible: { name: string; role: string; email: string | null };
  }>;
  /** The mapping conversations: the causes chosen and the maintaining factors named. */
  conversations: ReadonlyArray<{ causeCategories: readonly string[]; maintainingFactors: readonly string[] }>;
  /**
   * The plans' latest versions, each with whether it helped: an evaluation found its effect
   * satisfactory, or its case closed with effect.
   */
  plans: ReadonlyArray<{ plan: PlanWithContent; helped: boolean }>;
}

const unique = (items: readonly string[]) => [...new Set(items.map((i) => i.trim()).filter((i) => i !== ''))];

/**
 * The summary's first draft, in the former school's målform: the cause categories and the
 * maintaining factors of the mapping, the measures of the plans that helped (a week plan names
 * no measure of its own), and the responsible person of the open case — or of the latest one — as
 * the contact. The school edits every line before it consents to anything.
 */
export function prefillOvergangSummary(facts: SummaryFacts, language: FormLanguage): OvergangSummary {
  const categories = unique(facts.conversations.flatMap((c) => c.causeCategories)).filter((c): c is CauseCategory => c in causeCategoryLabels);
  const causes = unique([...categories.map((c) => causeCategoryLabels[c][language]), ...facts.conversations.flatMap((c) => c.maintainingFactors)]);
  const helped = unique(facts.plans.filter((p) => p.helped && p.plan.kind !== 'ukeplan').flatMap((p) => planMeasures(p.plan)));
  const byOpening = [...facts.cases].sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const contactCase = byOpening.filter((c) => c.status !== 'avsluttet').at(-1) ?? byOpening.at(-1);
  return {
    causes,
    helped,
    contactPerson: contactCase ? { name: contactCase.responsible.name, role: contactCase.responsible.role, phone: null, email: contactCase.responsible.email } : { name: '', role: '', phone: null, email: null },
    note: null,
  };
}
