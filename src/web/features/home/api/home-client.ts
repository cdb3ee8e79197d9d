/**
 * The home view's endpoints (src/shared/home-api.ts). The home has its own session, apart from
 * the staff app's: its CSRF token is passed in by the caller (from the home session), never the
 * staff session's that src/web/api/client.ts keeps, and a 401 here says nothing about the staff
 * session. Failures are ApiFailures with the server's stable codes, as in the rest of the app.
 */
import type { ApiError } from '../../../../shared/api';
import type { HomeAccessReport, HomeOverview, HomePlanVersion, HomeSession } from '../../../../shared/home-api';
import type { SignOutResult } from '../../../../shared/sign-in-api';
import { ApiFailure, pathSegment, type Method } from '../../../api/client';

const codeForStatus: Record<number, ApiError['error']['code']> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limited',
};

function apiErrorOf(body: unknown): ApiError['error'] | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as ApiError['error']) : null;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function homeRequest<T>(method: Method, path: string, csrfToken?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin' });
  } catch (error) {
    throw new ApiFailure('network', 0, error instanceof Error ? error.message : 'The request failed');
  }
  if (response.status === 204) return undefined as T;
  const parsed = parseJson(await response.text());
  if (!response.ok) {
    const error = apiErrorOf(parsed);
    if (error) throw new ApiFailure(error.code, response.status, error.message, error.details ?? []);
    throw new ApiFailure(codeForStatus[response.status] ?? 'internal', response.status, `HTTP ${response.status}`);
  }
  if (parsed === undefined) throw new ApiFailure('internal', response.status, 'The server answered without JSON');
  return parsed as T;
}

const studentPath = (studentId: string) => `/api/home/students/${pathSegment(studentId)}`;

/** Who is signed in to the home view; fails with `unauthenticated` (401) when nobody is. */
export function getHomeSession(): Promise<HomeSession> {
  return homeRequest<HomeSession>('GET', '/api/home/session');
}

/** Ends the home session; the answer says where to end the provider's session too. */
export function signOutOfHome(csrfToken: string): Promise<SignOutResult> {
  return homeRequest<SignOutResult>('DELETE', '/api/home/session', csrfToken);
}

export function getHomeOverview(studentId: string): Promise<HomeOverview> {
  return homeRequest<HomeOverview>('GET', studentPath(studentId));
}

/** Signs a plan version as the signed-in person (no body: the server knows who and how). */
export function signHomePlanVersion(studentId: string, planId: string, version: number, csrfToken: string): Promise<HomePlanVersion> {
  return homeRequest<HomePlanVersion>('POST', `${studentPath(studentId)}/plans/${pathSegment(planId)}/versions/${version}/signature`, csrfToken);
}

/** A document sent to the home, as a PDF (a link, not a fetch). */
export function homeDocumentPath(studentId: string, documentId: string): string {
  return `${studentPath(studentId)}/documents/${pathSegment(documentId)}`;
}

export function getHomeAccessReport(studentId: string): Promise<HomeAccessReport> {
  return homeRequest<HomeAccessReport>('GET', `${studentPath(studentId)}/access-report`);
}

/** An adult student lets a guardian see the home view (allowed) or stops it. */
export function setGuardianConsent(studentId: string, guardianId: string, allowed: boolean, csrfToken: string): Promise<void> {
  return homeRequest<void>(allowed ? 'PUT' : 'DELETE', `${studentPath(studentId)}/guardian-consents/${pathSegment(guardianId)}`, csrfToken);
}
