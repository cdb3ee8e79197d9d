/**
 * What the PDF documents are made from: plain data, no database rows and no HTTP. The caller
 * (a route, later) gathers a case's plan, meeting or conversation into one of these and hands it
 * to a renderer; the renderer knows nothing of where the data came from.
 *
 * Dates are ISO strings: `YYYY-MM-DD` for days, full ISO 8601 with offset for points in time
 * (shown in Norwegian time, Europe/Oslo).
 */
import type { FollowUpCaseKind } from '../domain/cases/case-workflow.js';
import type { PlanWithContent } from '../domain/plans/plan-content.js';
import type { SignatoryRole, Signature } from '../domain/plans/plan-versions.js';

/** A document is written in bokmål or nynorsk, as chosen for it (docs/decisions/010-pdf-documents.md). */
export type DocumentLanguage = 'nb' | 'nn';

/** The school that sends the document, and its owner (kommune or fylkeskommune). */
export interface Letterhead {
  schoolName: string;
  ownerName: string;
  /** Postal address, one line or several separated by newlines. */
  address?: string | null;
}

export interface DocumentStudent {
  name: string;
  /** YYYY-MM-DD; decides whether the guardians are addressed (under 18). */
  birthDate: string;
  groupName: string | null;
}

/** Someone invited to or present at a meeting, with the role in their own words ("kontaktlærer", "mor"). */
export interface DocumentPerson {
  name: string;
  role: string;
}

export interface ExpectedSignatory {
  role: SignatoryRole;
  name: string;
}

/** An evaluation of the plan version: the IKO template's "Dato | Tilfredsstillende effekt | Justering". */
export interface DocumentPlanEvaluation {
  evaluatedOn: string;
  satisfactory: boolean;
  adjustment: string;
  /** Row index (as a string, "0", "1", …) of the plan's measures → what was noted about that measure. */
  rowNotes: Record<string, string>;
}

export interface PlanDocumentInput {
  letterhead: Letterhead;
  language: DocumentLanguage;
  student: DocumentStudent;
  plan: PlanWithContent;
  version: number;
  /** When this version was made (ISO date or date-time); the plan's "Dato". */
  versionCreatedAt: string;
  /** Empty for a draft: the document then carries "UTKAST". */
  signatures: Signature[];
  /** Who is to sign: one signature line each (school, guardians, student, others present). */
  signatoriesExpected: ExpectedSignatory[];
  evaluations: DocumentPlanEvaluation[];
  /** The person at the school responsible for the plan. */
  responsibleName: string;
  /** The day the document is printed (YYYY-MM-DD). */
  generatedOn: string;
}

export type SummonsMeetingKind = 'kartleggingsmote' | 'evalueringsmote' | 'annet';

export interface SummonsDocumentInput {
  letterhead: Letterhead;
  language: DocumentLanguage;
  student: DocumentStudent;
  /** The kind of case the meeting belongs to; it chooses the letter's explaining sentence. */
  caseKind: FollowUpCaseKind;
  /** Who the letter is addressed to: the guardians while the student is under 18, otherwise the student. */
  recipients: string[];
  meeting: {
    kind: SummonsMeetingKind;
    /** ISO 8601 date-time with offset. */
    startsAt: string;
    place: string;
    purpose: string;
    invited: DocumentPerson[];
  };
  sender: { name: string; title: string; phone?: string | null; email?: string | null };
  /** YYYY-MM-DD. */
  sentOn: string;
}

export interface MinutesSection {
  heading: string;
  items: Array<{ question: string; answer: string }>;
}

export interface MinutesDocumentInput {
  letterhead: Letterhead;
  language: DocumentLanguage;
  student: DocumentStudent;
  /** E.g. "Referat fra kartleggingssamtale", in the document's language. */
  title: string;
  /** YYYY-MM-DD. */
  heldOn: string;
  participants: DocumentPerson[];
  sections: MinutesSection[];
  summary: string;
  /** The cause categories chosen, as labels in the document's language. */
  causeCategories: string[];
  maintainingFactors: string[];
  nextSteps: string;
  writtenBy: { name: string; title: string };
  /** YYYY-MM-DD; the day the minutes were written (defaults to `heldOn`). */
  writtenOn?: string | null;
  /** Who gets a copy ("Kopi til"). */
  distribution: string[];
}
