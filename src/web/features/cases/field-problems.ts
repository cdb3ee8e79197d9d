/**
 * The server's field errors (ApiFailure.details, each with a path such as "body.consent.givenBy")
 * placed at the form's fields: each field shows the problems at its path or below it, and what no
 * field claims is shown with the form's error message.
 */
import { stepRequirementKinds } from '../../../domain/cases/case-workflow';
import type { FailureDetail } from '../../api/client';

/** The path as the form names its fields: without the "body." (or "params."/"query.") in front. */
export function fieldPath(path: string): string {
  return path.replace(/^(body|params|query|querystring)(\.|$)/, '');
}

function isAt(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/** The problems at a field or inside it (a fieldset's field names its group). */
export function problemsAt(details: readonly FailureDetail[], field: string): FailureDetail[] {
  return details.filter((d) => isAt(fieldPath(d.path), field));
}

/** The problems that none of the form's fields shows. */
export function unplacedProblems(details: readonly FailureDetail[], fields: readonly string[]): FailureDetail[] {
  return details.filter((d) => !fields.some((field) => isAt(fieldPath(d.path), field)));
}

/**
 * The reasons the cases endpoints give, each with a text in the catalogs (cases.problem.*). The
 * server writes its details in English for developers; the app knows them by their path (and a
 * few by a code in the message) and says them in the reader's language.
 */
export const knownProblemCodes = [
  'consent_missing',
  'student_too_young_for_own_consent',
  'consent_after_referral',
  'checklist_item',
  'describe_beyond_absence',
  'guardians_not_informed',
  'already_open',
  'flag_not_of_student',
  'responsible_not_at_school',
  'staff_not_at_school',
  'who_missing',
] as const;
export type KnownProblemCode = (typeof knownProblemCodes)[number];

const requirements: ReadonlySet<string> = new Set(stepRequirementKinds);

/** Known by where the server put it. */
const byPath: Record<string, KnownProblemCode> = {
  consent: 'consent_missing',
  'checklist.descriptions': 'describe_beyond_absence',
  guardiansInformedOn: 'guardians_not_informed',
  flagId: 'flag_not_of_student',
  responsibleStaffId: 'responsible_not_at_school',
  staffId: 'staff_not_at_school',
  contactedName: 'who_missing',
};

/** The first known reason code named in a message ("consent_missing: …" or "… (consent_missing)"). */
export function problemCodeIn(message: string): KnownProblemCode | null {
  for (const code of knownProblemCodes) {
    if (new RegExp(`(^|[^a-z_])${code}([^a-z_]|$)`).test(message)) return code;
  }
  return null;
}

/**
 * The catalog key for a detail the app can say in its own words, or null (then the server's
 * message is shown as it is). A step requirement (a refused transition) keeps its own text.
 */
export function problemKey(detail: FailureDetail): string | null {
  const code = problemCodeIn(detail.message);
  if (code) return `cases.problem.${code}`;
  const path = fieldPath(detail.path);
  if (path === 'requirement' && requirements.has(detail.message)) return `cases.requirement.${detail.message}`;
  if (path.startsWith('checklist.confirmed.')) return 'cases.problem.checklist_item';
  const known = byPath[path];
  return known ? `cases.problem.${known}` : null;
}

/** The id of the open case a refused opening points to (the conflict's `existingCaseId` detail). */
export function existingCaseIdIn(details: ReadonlyArray<{ path: string; message: string }>): string | null {
  return details.find((d) => d.path === 'existingCaseId')?.message || null;
}
