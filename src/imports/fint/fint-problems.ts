/**
 * What can be wrong with a county's FINT data for one school: a stable code (the import
 * problems' codes, src/imports/import-problems.ts), the resource and its systemId instead of a
 * file's row and column, and the wording — a key of the FINT catalogs in src/shared/fint-problems (nb, nn,
 * en; shared, since the web app shows a sync's problems too) with its parameters. The catalogs are FINT's own until the web page that shows a sync's
 * report merges them with the import problems' (docs/imports/fint.md).
 */
import { translateFrom, type ProblemParams } from '../../shared/import-problems/problem-text.js';
import type { ProblemCode } from '../import-problems.js';
import type { FintCollection } from './fint-model.js';
import nb from '../../shared/fint-problems/nb.json';

export type FintProblemText = keyof typeof nb.fintProblem;

export interface FintProblem {
  code: Extract<ProblemCode, 'required' | 'unknown_reference' | 'school_not_in_file' | 'ambiguous_school' | 'duplicate_row' | 'student_at_other_school' | 'external_id_in_use' | 'conflicting_details' | 'unknown_school_year' | 'invalid_choice'>;
  /** The FINT collection the resource came from. */
  resource: FintCollection;
  /** Its systemId (identifikatorverdi), or null for the school asked for. */
  id: string | null;
  /** The field or relation that is wrong (`fodselsdato`, `skole`). */
  field: string | null;
  text: FintProblemText;
  params: ProblemParams;
}

const bokmaal = translateFrom(nb);

/** The problem in bokmål, as the command line prints it and the tests read it. */
export function fintProblemInBokmaal(problem: Pick<FintProblem, 'text' | 'params'>): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(problem.params)) values[name] = Array.isArray(value) ? value.join(', ') : String(value ?? '–');
  return bokmaal(`fintProblem.${problem.text}`, values);
}
