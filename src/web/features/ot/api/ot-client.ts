/**
 * Oppfølgingstenesta's endpoints (src/shared/ot-api.ts, "OT's side"), over the app's one request
 * function, which sends the CSRF header on every change and turns every failure into an
 * ApiFailure with a stable code.
 */
import type { z } from 'zod';
import type { advisorBody, otAdvisors, otAvklaringList, otEntryBody, otSettings, otStatistics, youthDetail, youthList, youthListQuery } from '../../../../shared/ot-api';
import { pathSegment, request } from '../../../api/client';

export type YouthList = z.infer<typeof youthList>;
export type YouthListQuery = z.infer<typeof youthListQuery>;
export type YouthDetail = z.infer<typeof youthDetail>;
export type OtEntryInput = z.input<typeof otEntryBody>;
export type AdvisorInput = z.input<typeof advisorBody>;
export type OtAvklaringList = z.infer<typeof otAvklaringList>;
export type OtAdvisors = z.infer<typeof otAdvisors>;
export type OtStatistics = z.infer<typeof otStatistics>;
export type OtSettings = z.infer<typeof otSettings>;

export function getYouthList(query: YouthListQuery): Promise<YouthList> {
  const params = new URLSearchParams({ scope: query.scope });
  if (query.mine) params.set('mine', 'true');
  return request<YouthList>('GET', `/api/ot/youth?${params.toString()}`);
}

export function getYouth(youthId: string): Promise<YouthDetail> {
  return request<YouthDetail>('GET', `/api/ot/youth/${pathSegment(youthId)}`);
}

/** Records an entry; the answer is not relied on (the page fetches the youth again). */
export function recordEntry(youthId: string, body: OtEntryInput): Promise<unknown> {
  return request<unknown>('POST', `/api/ot/youth/${pathSegment(youthId)}/entries`, body);
}

export function setAdvisor(youthId: string, body: AdvisorInput): Promise<unknown> {
  return request<unknown>('PUT', `/api/ot/youth/${pathSegment(youthId)}/advisor`, body);
}

export function getOtAdvisors(): Promise<OtAdvisors> {
  return request<OtAdvisors>('GET', '/api/ot/advisors');
}

export function getOtAvklaringar(): Promise<OtAvklaringList> {
  return request<OtAvklaringList>('GET', '/api/ot/avklaringar');
}

export function getOtStatistics(on: string | null): Promise<OtStatistics> {
  return request<OtStatistics>('GET', `/api/ot/statistics${on ? `?${new URLSearchParams({ on }).toString()}` : ''}`);
}

export function getOtSettings(): Promise<OtSettings> {
  return request<OtSettings>('GET', '/api/owner/ot-settings');
}

export function saveOtSettings(body: OtSettings): Promise<OtSettings> {
  return request<OtSettings>('PUT', '/api/owner/ot-settings', body);
}
