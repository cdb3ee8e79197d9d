/**
 * The endpoints of the school's side of the clarification meeting with OT (src/shared/ot-api.ts,
 * "The school's side"), over the app's one request function: the CSRF header on every change, and
 * every failure an ApiFailure with a stable code. A change answers with the case as it now is.
 */
import type { z } from 'zod';
import type {
  agreementBody,
  AvklaringDetail,
  cancelMeetingBody,
  closeAvklaringBody,
  departureBody,
  departureResult,
  heldBody,
  noShowBody,
  openAvklaringBody,
  Opplysingar,
  preparationBody,
  summonBody,
} from '../../../../shared/ot-api';
import { pathSegment, request } from '../../../api/client';

export type OpenAvklaring = z.input<typeof openAvklaringBody>;
export type PreparationInput = z.input<typeof preparationBody>;
export type SummonInput = z.input<typeof summonBody>;
export type AgreementInput = z.input<typeof agreementBody>;
export type HeldInput = z.input<typeof heldBody>;
export type NoShowInput = z.input<typeof noShowBody>;
export type CloseAvklaringInput = z.input<typeof closeAvklaringBody>;
export type CancelMeetingInput = z.input<typeof cancelMeetingBody>;
export type DepartureInput = z.input<typeof departureBody>;
export type DepartureResult = z.infer<typeof departureResult>;
export type DocumentLanguage = AvklaringDetail['language'];

const base = (caseId: string) => `/api/ot-avklaringar/${pathSegment(caseId)}`;
const meeting = (caseId: string, meetingId: string) => `${base(caseId)}/meetings/${pathSegment(meetingId)}`;

/** Opens the case; the server answers with the new case (201). */
export function openAvklaring(studentId: string, body: OpenAvklaring): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('POST', `/api/students/${pathSegment(studentId)}/ot-avklaring`, body);
}

export function getAvklaring(caseId: string): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('GET', base(caseId));
}

export function recordPreparation(caseId: string, body: PreparationInput): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('POST', `${base(caseId)}/preparation`, body);
}

export function saveOpplysingar(caseId: string, body: Opplysingar): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('PUT', `${base(caseId)}/opplysingar`, body);
}

export function summonMeeting(caseId: string, body: SummonInput): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('POST', `${base(caseId)}/meetings`, body);
}

export function saveAgreement(caseId: string, body: AgreementInput): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('PUT', `${base(caseId)}/agreement`, body);
}

export function recordHeld(caseId: string, { meetingId, body }: { meetingId: string; body: HeldInput }): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('POST', `${meeting(caseId, meetingId)}/held`, body);
}

export function recordNoShow(caseId: string, { meetingId, body }: { meetingId: string; body: NoShowInput }): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('POST', `${meeting(caseId, meetingId)}/no-show`, body);
}

export function cancelMeeting(caseId: string, { meetingId, body }: { meetingId: string; body: CancelMeetingInput }): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('POST', `${meeting(caseId, meetingId)}/cancel`, body);
}

export function closeAvklaring(caseId: string, body: CloseAvklaringInput): Promise<AvklaringDetail> {
  return request<AvklaringDetail>('POST', `${base(caseId)}/close`, body);
}

/** The student written out of school (end date and the school system's reason code): the youth goes to OT's list. */
export function registerDeparture(studentId: string, body: DepartureInput): Promise<DepartureResult> {
  return request<DepartureResult>('POST', `/api/students/${pathSegment(studentId)}/departure`, body);
}

/** The written summons to a meeting as a PDF, in the language it was written in (a link, not a fetch). */
export function summonsPdfPath(caseId: string, meetingId: string): string {
  return `${meeting(caseId, meetingId)}/summons.pdf`;
}

/** The form "Avklaringssamtale og oppfølgingsavtale" as a PDF in bokmål or nynorsk (a link, not a fetch). */
export function agreementPdfPath(caseId: string, language: DocumentLanguage): string {
  return `${base(caseId)}/agreement.pdf?language=${language}`;
}
