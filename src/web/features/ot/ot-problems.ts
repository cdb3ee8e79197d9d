/**
 * The server's 400 problems (ApiFailure.details, each with a path such as "body.steps.0.what")
 * placed at the OT forms' fields, as the cases feature does (cases/field-problems.ts): each field
 * shows the problems at its path or below it, and what no field claims is shown with the form's
 * error. The server writes its messages in English for developers; the ones every OT form can
 * meet (a date outside its window, a field left empty, a text too long) are known here by their
 * wording and said in the reader's language. Plain functions; no React.
 */

export type Detail = { path: string; message: string };

/** The path as the form names its fields: without the "body." (or "params."/"querystring.") in front. */
export function fieldPath(path: string): string {
  return path.replace(/^(body|params|query|querystring)(\.|$)/, '');
}

function isAt(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/** The problems at a field or inside it. `toForm` turns a path the server names into the form's own (the plan's steps). */
export function problemsAt(details: readonly Detail[], field: string, toForm: (path: string) => string = (p) => p): Detail[] {
  return details.filter((d) => isAt(toForm(fieldPath(d.path)), field));
}

/** The problems that none of the form's fields shows. */
export function unplacedProblems(details: readonly Detail[], fields: readonly string[], toForm: (path: string) => string = (p) => p): Detail[] {
  return details.filter((d) => !fields.some((field) => isAt(toForm(fieldPath(d.path)), field)));
}

/** A message the app can say in its own words: the catalog key, and the values it needs. */
export type ProblemWords = { key: string; values?: Record<string, string | number> };

const iso = '(\\d{4}-\\d{2}-\\d{2})';

export function problemWords(message: string): ProblemWords | null {
  let m: RegExpExecArray | null;
  if (new RegExp(`^must not be after today \\(${iso}\\)$`).test(message)) return { key: 'ot.problem.notAfterToday' };
  if ((m = new RegExp(`^must be on or after ${iso}$`).exec(message))) return { key: 'ot.problem.onOrAfter', values: { date: m[1]! } };
  if ((m = new RegExp(`^must be on or before ${iso}$`).exec(message))) return { key: 'ot.problem.onOrBefore', values: { date: m[1]! } };
  if (message === 'is not a day in the calendar' || message === 'must be a date written YYYY-MM-DD') return { key: 'ot.problem.notADay' };
  if (/^Too small: expected (string|array) to have >=1 (characters|items)$/.test(message)) return { key: 'ot.problem.missing' };
  if ((m = /^Too big: expected string to have <=(\d+) characters$/.exec(message))) return { key: 'ot.problem.tooLong', values: { max: Number(m[1]) } };
  return null;
}
