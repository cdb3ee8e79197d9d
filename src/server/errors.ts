/** Errors with a stable code (src/shared/api.ts errorCodes); the web app translates the code. */
import type { ErrorCode } from '../shared/api.js';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Array<{ path: string; message: string }>,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export const forbidden = (message = 'You have no need-to-know access to this resource') =>
  new AppError('forbidden', message);
export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);

/** Bad input at named fields: the message lists each `path: problem`, the details place them. */
export const invalidFields = (details: Array<{ path: string; message: string }>) =>
  new AppError('validation_failed', details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
export const invalidField = (path: string, message: string) => invalidFields([{ path, message }]);

/** A zod error from validating part of a body, as invalid fields under `prefix` (e.g. body.content). */
export const invalidParts = (error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }, prefix: string) =>
  invalidFields(error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message })));
