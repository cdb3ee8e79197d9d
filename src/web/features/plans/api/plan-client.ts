/**
 * The endpoints of conversations, plans and the measure bank (src/shared/case-api.ts), over the
 * app's one request function. Every change answers with the case as it now is.
 */
import type { z } from 'zod';
import type {
  CaseDetail,
  conversationBody,
  evaluatePlanBody,
  measureList,
  measureQuery,
  measureView,
  ownMeasureBody,
  signPlanBody,
  updatePlanBody,
} from '../../../../shared/case-api';
import type { sharedWithHome } from '../../../../shared/home-api';
import type { PlanWithContent } from '../../../../domain/plans/plan-content';
import { pathSegment, request } from '../../../api/client';
import { changeCase, type DocumentLanguage } from '../../cases/api/case-client';

export type ConversationInput = z.input<typeof conversationBody>;
export type SignaturesInput = z.input<typeof signPlanBody>;
export type EvaluationInput = z.input<typeof evaluatePlanBody>;
export type MeasureList = z.infer<typeof measureList>;
export type Measure = z.infer<typeof measureView>;
export type OwnMeasureInput = z.input<typeof ownMeasureBody>;
export type PlanUpdateInput = z.input<typeof updatePlanBody>;
export type SharedWithHome = z.infer<typeof sharedWithHome>;
/** The languages of the measure bank's texts; documents (PDF) are written in nb or nn (DocumentLanguage). */
export type TextLanguage = z.infer<typeof measureQuery>['language'];

export function recordConversation(caseId: string, body: ConversationInput): Promise<CaseDetail> {
  return changeCase(caseId, 'conversations', body);
}

/** Makes the plan with its first version, as a draft. */
export function createPlan(caseId: string, body: PlanWithContent): Promise<CaseDetail> {
  return changeCase(caseId, 'plans', body);
}

/**
 * Changes the plan: the draft in place, or a new draft version when the latest is signed.
 * `basedOnVersion` is the version the edit started from; a stale one is refused (409).
 */
export function updatePlan(planId: string, body: PlanUpdateInput): Promise<CaseDetail> {
  return request<CaseDetail>('PUT', `/api/plans/${pathSegment(planId)}`, body);
}

export function signPlanVersion(planId: string, version: number, body: SignaturesInput): Promise<CaseDetail> {
  return request<CaseDetail>('POST', `/api/plans/${pathSegment(planId)}/versions/${version}/signatures`, body);
}

/** Shares a draft version with the student and the guardians: they may read it in the home view (and sign it). */
export function shareWithHome(planId: string, version: number): Promise<SharedWithHome> {
  return request<SharedWithHome>('POST', `/api/plans/${pathSegment(planId)}/versions/${version}/share-with-home`);
}

export function evaluatePlan(planId: string, body: EvaluationInput): Promise<CaseDetail> {
  return request<CaseDetail>('POST', `/api/plans/${pathSegment(planId)}/evaluations`, body);
}

/** The measure bank and the school's own measures, with their texts in `language`. */
export function getMeasures(schoolId: string, language: TextLanguage): Promise<MeasureList> {
  const query = new URLSearchParams({ schoolId, language });
  return request<MeasureList>('GET', `/api/measures?${query.toString()}`);
}

export function addOwnMeasure(schoolId: string, body: OwnMeasureInput): Promise<Measure> {
  return request<Measure>('POST', `/api/schools/${pathSegment(schoolId)}/measures`, body);
}

/** A plan version as a PDF with its signature block (a link, not a fetch). */
export function planPdfPath(planId: string, version: number, language: DocumentLanguage): string {
  return `/api/plans/${pathSegment(planId)}/versions/${version}/pdf?language=${language}`;
}

/** The minutes of a conversation as a PDF, for every participant. */
export function minutesPdfPath(conversationId: string, language: DocumentLanguage): string {
  return `/api/conversations/${pathSegment(conversationId)}/minutes.pdf?language=${language}`;
}
