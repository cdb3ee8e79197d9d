/**
 * What the PDF documents are made from: plain data, no database rows and no HTTP. The caller
 * (a route, later) gathers a case's plan, meeting or conversation into one of these and hands it
 * to a renderer; the renderer knows nothing of where the data came from.
 *
 * Dates are ISO strings: `YYYY-MM-DD` for days, full ISO 8601 with offset for points in time
 * (shown in Norwegian time, Europe/Oslo).
 */
import type { PlanWithContent } from '../domain/plans/plan-content.js';
import type { SignatoryRole, Signature } from '../domain/plans/plan-versions.js';
import type { AvklaringParticipantKind } from '../domain/ot/avklaring-participants.js';
import type { AvklaringGround } from '../domain/ot/avklaring-workflow.js';
import type { CaseKind } from '../domain/vocabulary.js';

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
  /** YYYY-MM-DD, or null when missing; decides whether the guardians are addressed (under 18, or missing). */
  birthDate: string | null;
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

export type SummonsMeetingKind = 'kartleggingsmote' | 'evalueringsmote' | 'annet' | 'avklaringssamtale';

export interface SummonsDocumentInput {
  letterhead: Letterhead;
  language: DocumentLanguage;
  student: DocumentStudent;
  /** The kind of case the meeting belongs to; it chooses the letter's explaining sentence. */
  caseKind: CaseKind;
  /**
   * Who the letter is addressed to: the guardians while the student is under 18, otherwise the
   * student; a clarification meeting with OT (avklaringssamtale) is addressed to the student, and
   * to the guardians too while the student is under 18 on the meeting day.
   */
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

/** A person in the clarification meeting, by their part in it (src/domain/ot/avklaring-participants.ts). */
export interface AgreementParticipant {
  name: string;
  kind: AvklaringParticipantKind;
  /** Present at the meeting; null when the meeting has not been held. */
  present: boolean | null;
}

/**
 * The form "Avklaringssamtale og oppfølgingsavtale" (issue 12; the seed from Hordaland): the
 * student's information filled in beforehand, who took part, what came up, the alternatives, the
 * agreed plan, OT's follow-up, the signatures and where the form goes.
 */
export interface OtAgreementDocumentInput {
  letterhead: Letterhead;
  language: DocumentLanguage;
  student: DocumentStudent;
  ground: AvklaringGround;
  /** The meeting the form is from (held, or the last one summoned); null before any is summoned. */
  meeting: { startsAt: string; place: string; outcome: 'holdt' | 'ikkje_mott' | 'avlyst' | null } | null;
  opplysingar: { programme: string; className: string; absence: string; grades: string; earlierMeasures: string; background: string };
  participants: AgreementParticipant[];
  agreement: {
    whatCameUp: string;
    alternatives: string;
    decision: 'held_fram' | 'sluttar' | 'uavklart';
    plan: Array<{ what: string; who: string; by: string | null }>;
    otFollowUp: string;
  };
  /** Who signed the form in the meeting (empty until then). */
  signatures: Array<{ name: string; signedOn: string }>;
  /** Where the form goes: the original to the student, copies, the archive (src/domain/ot/agreement-distribution.ts). */
  distribution: Array<{ name: string; kind: AvklaringParticipantKind | 'arkiv'; copy: 'original' | 'kopi' | 'arkiv' }>;
  /** A copy of the written summons, attached when the student is written out without having attended. */
  attachedSummons: SummonsDocumentInput | null;
  /** YYYY-MM-DD. */
  generatedOn: string;
}
