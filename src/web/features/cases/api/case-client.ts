/**
 * The cases endpoints (src/shared/case-api.ts), over the app's one request function, which sends
 * the CSRF header on every change and turns every failure into an ApiFailure with a stable code.
 */
import type { z } from 'zod';
import type {
  addParticipantBody,
  CaseDetail,
  caseList,
  caseListQuery,
  caseTransitionBody,
  documentQuery,
  homeContactBody,
  meetingBody,
  openCaseBody,
  referralBody,
  staffCandidates,
} from '../../../../shared/case-api';
import type { CalendarLanguage } from '../../../../shared/calendar-api';
import { pathSegment, request } from '../../../api/client';

export type CaseList = z.infer<typeof caseList>;
/** The list's filters as the page holds them; `overdueOnly` goes on the wire as the text "true" (a query string). */
export type CaseListQuery = Omit<z.input<typeof caseListQuery>, 'overdueOnly'> & { overdueOnly?: boolean };
export type OpenCase = z.input<typeof openCaseBody>;
export type CaseTransition = z.input<typeof caseTransitionBody>;
export type StaffCandidates = z.infer<typeof staffCandidates>;
export type AddParticipant = z.input<typeof addParticipantBody>;
export type HomeContactInput = z.input<typeof homeContactBody>;
export type ReferralInput = z.input<typeof referralBody>;
export type MeetingInput = z.input<typeof meetingBody>;
export type DocumentLanguage = z.infer<typeof documentQuery>['language'];

/** A change to a case (POST to one of its collections); the server answers with the case as it now is. */
export function changeCase(caseId: string, collection: string, body: unknown): Promise<CaseDetail> {
  return request<CaseDetail>('POST', `/api/cases/${pathSegment(caseId)}/${collection}`, body);
}

export function getCases(query: CaseListQuery): Promise<CaseList> {
  const params = new URLSearchParams();
  if (query.scope) params.set('scope', query.scope);
  if (query.schoolId) params.set('schoolId', query.schoolId);
  if (query.status) params.set('status', query.status);
  if (query.overdueOnly) params.set('overdueOnly', 'true');
  const search = params.toString();
  return request<CaseList>('GET', `/api/cases${search ? `?${search}` : ''}`);
}

export function getStudentCases(studentId: string): Promise<CaseList> {
  return request<CaseList>('GET', `/api/students/${pathSegment(studentId)}/cases`);
}

export function openCase(studentId: string, body: OpenCase): Promise<CaseDetail> {
  return request<CaseDetail>('POST', `/api/students/${pathSegment(studentId)}/cases`, body);
}

export function getCase(caseId: string): Promise<CaseDetail> {
  return request<CaseDetail>('GET', `/api/cases/${pathSegment(caseId)}`);
}

export function transitionCase(caseId: string, body: CaseTransition): Promise<CaseDetail> {
  return changeCase(caseId, 'transitions', body);
}

export function getStaffCandidates(caseId: string): Promise<StaffCandidates> {
  return request<StaffCandidates>('GET', `/api/cases/${pathSegment(caseId)}/staff-candidates`);
}

export function addParticipant(caseId: string, body: AddParticipant): Promise<CaseDetail> {
  return changeCase(caseId, 'participants', body);
}

export function removeParticipant(caseId: string, staffId: string): Promise<CaseDetail> {
  return request<CaseDetail>('DELETE', `/api/cases/${pathSegment(caseId)}/participants/${pathSegment(staffId)}`);
}

export function logHomeContact(caseId: string, body: HomeContactInput): Promise<CaseDetail> {
  return changeCase(caseId, 'home-contacts', body);
}

export function createReferral(caseId: string, body: ReferralInput): Promise<CaseDetail> {
  return changeCase(caseId, 'referrals', body);
}

export function summonToMeeting(caseId: string, body: MeetingInput): Promise<CaseDetail> {
  return changeCase(caseId, 'meetings', body);
}

/** The written summons as a PDF, in the language chosen for the letter (a link, not a fetch). */
export function summonsPdfPath(meetingId: string, language: DocumentLanguage): string {
  return `/api/meetings/${pathSegment(meetingId)}/summons.pdf?language=${language}`;
}

/** The meeting as a calendar invitation (.ics) to import, its words in the page's language (a link, not a fetch). */
export function meetingInvitationPath(meetingId: string, language: CalendarLanguage): string {
  return `/api/meetings/${pathSegment(meetingId)}/invitation.ics?language=${language}`;
}
