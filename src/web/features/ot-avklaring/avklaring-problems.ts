/**
 * The reasons the clarification endpoints give for a refusal, in the reader's language: a missing
 * mandatory part of the meeting (e.g. OT not invited, the guardians of a minor not present), a duty
 * not yet done before the meeting may be summoned, a no-show recorded without the try to reach the
 * student. The server names the reason by its domain code, in the detail's message or path; what
 * the app does not know here is said by the cases feature's problems, or in the server's words.
 */
import { mandatoryParts, type MandatoryPart } from '../../../domain/ot/avklaring-participants';
import { preparationItems, type PreparationItem } from '../../../domain/ot/avklaring-workflow';
import type { FailureDetail } from '../../api/client';

/** Refusals the app says in its own words (otAvklaring.problem.*). */
export const avklaringProblemCodes = ['kontakt_ikkje_provd', 'avgjerd_med_ot_manglar'] as const;
export type AvklaringProblemCode = (typeof avklaringProblemCodes)[number];

export type ProblemText =
  | { key: 'otAvklaring.problem.missingPart'; part: MandatoryPart }
  | { key: 'otAvklaring.problem.missingPreparation'; item: PreparationItem }
  | { key: `otAvklaring.problem.${AvklaringProblemCode}` };

const word = (code: string) => new RegExp(`(^|[^a-z_])${code}([^a-z_]|$)`);
const find = <T extends string>(codes: readonly T[], text: string): T | null => codes.find((code) => word(code).test(text)) ?? null;
// Longest first: `kontaktlaerar_eller_radgjevar` before a shorter code it contains.
const byLength = <T extends string>(codes: readonly T[]) => [...codes].sort((a, b) => b.length - a.length);
const parts = byLength(mandatoryParts);
const items = byLength(preparationItems);

/** The text for a detail the app knows, or null. */
export function avklaringProblem(detail: Pick<FailureDetail, 'path' | 'message'>): ProblemText | null {
  const problem = find(avklaringProblemCodes, detail.message);
  if (problem) return { key: `otAvklaring.problem.${problem}` };
  const aboutParts = /missing(Parts|Invitations|Mandatory)|participants|present/i.test(detail.path);
  const aboutPreparation = /missingBeforeSummons|preparation/i.test(detail.path);
  const part = find(parts, detail.message);
  const item = find(items, detail.message);
  if (aboutPreparation && item) return { key: 'otAvklaring.problem.missingPreparation', item };
  if (part && (aboutParts || !item)) return { key: 'otAvklaring.problem.missingPart', part };
  if (item) return { key: 'otAvklaring.problem.missingPreparation', item };
  return null;
}
