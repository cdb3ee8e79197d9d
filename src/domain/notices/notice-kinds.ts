import type { MeetingKind } from '../vocabulary.js';

/**
 * The notices Varde sends (issue 15): a summons to a meeting, a copy of a document following its
 * distribution list, the same-day notice to guardians when a student is registered absent without
 * a notice, a staff member's daily digest of due and overdue tasks, and a reminder before a case
 * step's deadline.
 */
export const noticeKinds = ['innkalling', 'kopi', 'fravaer_samme_dag', 'daglig_oppsummering', 'frist_paaminnelse'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/** E-mail and SMS carry only a pointer to Varde; digital post (SvarUt) may carry the document itself. */
export const noticeChannels = ['epost', 'sms', 'digital_post'] as const;
export type NoticeChannel = (typeof noticeChannels)[number];

/** `not_sent`: no channel is configured for it, so the notice is shown but nothing left Varde. */
export const noticeStatuses = ['queued', 'sent', 'delivered', 'failed', 'not_sent'] as const;
export type NoticeStatus = (typeof noticeStatuses)[number];

/**
 * Why a notice failed or was not sent, as a code the web app says in the reader's language; a
 * provider's own words (an SMTP answer, SvarUt's message) come beside it as the detail.
 */
export const noticeReasons = [
  'no_channel',
  'no_address',
  'channel_gone',
  'address_gone',
  'no_national_id',
  'sensitive',
  'provider_unreachable',
  'provider_refused',
  'unknown',
] as const;
export type NoticeReason = (typeof noticeReasons)[number];

export const noticeRecipientKinds = ['foresatt', 'elev', 'ansatt'] as const;
export type NoticeRecipientKind = (typeof noticeRecipientKinds)[number];

/** The languages a notice is written in: the recipient's choice, else the school's. */
export const noticeLanguages = ['nb', 'nn'] as const;
export type NoticeLanguage = (typeof noticeLanguages)[number];

/** The documents whose copies go out by their distribution list. `avtale`: the avklarings- og oppfølgingsavtale. */
export const copiedDocumentKinds = ['referat', 'oppfolgingsplan', 'tiltaksplan', 'aktivitetsplan', 'ukeplan', 'avtale'] as const;
export type CopiedDocumentKind = (typeof copiedDocumentKinds)[number];

/**
 * What each kind of notice needs to be written, and nothing more. No kind carries the student's
 * name or any case detail: what a template is never given, it cannot leak (see
 * sensitive-content.ts). Dates are ISO days (YYYY-MM-DD) in Norway; instants are ISO date-times.
 */
export interface NoticeFacts {
  innkalling: {
    schoolName: string;
    /** Named only in digital post: "kartleggingsmøte" in a shared inbox already says too much. */
    meetingKind: MeetingKind;
    startsAt: string;
    /** Typed freely by staff, so screened before it goes into an e-mail or SMS. */
    place: string;
    signInAddress: string;
  };
  kopi: {
    schoolName: string;
    /** Named only in digital post. */
    documentKind: CopiedDocumentKind;
    signInAddress: string;
  };
  fravaer_samme_dag: {
    schoolName: string;
    day: string;
    contactPhone: string;
  };
  daglig_oppsummering: {
    /** Tasks whose deadline is today. */
    dueCount: number;
    /** Tasks whose deadline has passed. */
    overdueCount: number;
    signInAddress: string;
  };
  frist_paaminnelse: {
    deadline: string;
    signInAddress: string;
  };
}

/**
 * The task the person who summoned gets when the summons to a guardian failed for good: the
 * seeds' routine wants the home reached in writing, so someone must call or send a letter.
 */
export const noticeFailedTaskKind = 'innkalling_ikke_levert';
