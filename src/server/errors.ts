/** Errors with a stable code (src/shared/api.ts errorCodes); the web app translates the code. */
import type { ErrorCode } from '../shared/api.js';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  second_factor_failed: 401,
  password_sign_in_off: 403,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  notice_not_resendable: 409,
  notice_unreachable: 409,
  rate_limited: 429,
  too_large: 413,
  internal: 500,
};

/** What a refusal was about, for its audit entry (src/server/auth/audit-refusal.ts). */
export interface RefusalSubject {
  entity: string;
  entityId?: string | null;
  studentId?: string | null;
  detail?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Array<{ path: string; message: string }>,
    readonly subject?: RefusalSubject,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export const forbidden = (message = 'You have no need-to-know access to this resource', subject?: RefusalSubject) =>
  new AppError('forbidden', message, undefined, subject);
export const notFound = (what: string, subject?: RefusalSubject) => new AppError('not_found', `${what} was not found`, undefined, subject);

/** Bad input at named fields: the message lists each `path: problem`, the details place them. */
export const invalidFields = (details: Array<{ path: string; message: string }>) =>
  new AppError('validation_failed', details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
export const invalidField = (path: string, message: string) => invalidFields([{ path, message }]);

/** A zod error from validating part of a body, as invalid fields under `prefix` (e.g. body.content). */
export const invalidParts = (error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }, prefix: string) =>
  invalidFields(error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message })));
