/**
 * The overgang's forms as plain data (src/web/features/overgang/components/): the summary edited
 * as text (one cause or measure a line), what is wrong with it before it is sent — checked with
 * the contract's own schema and the domain's rule — and where the server's refusals go. A field is
 * named as the server names it below `body.summary.` (`contactPerson.name`), so that the form's
 * problems and the server's land at the same field.
 */
import { summaryProblems } from '../../../domain/overgang/follow-up-to-pass-on';
import { overgangSummary, type OvergangSummaryBody } from '../../../shared/overgang-api';
import type { FailureDetail } from '../../api/client';

/** The summary as its form holds it: the lists as text, one item a line; empty text for nothing. */
export interface SummaryDraft {
  causes: string;
  helped: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  note: string;
}

export const summaryFields = ['causes', 'helped', 'contactPerson.name', 'contactPerson.role', 'contactPerson.phone', 'contactPerson.email', 'note'] as const;
export type SummaryField = (typeof summaryFields)[number];

/** What the form can say about a field (overgang.edit.problem.*). */
export type SummaryProblem = 'causes_or_helped' | 'name_missing' | 'too_many_lines' | 'line_too_long' | 'too_long' | 'refused';

export interface FieldProblem {
  field: SummaryField;
  problem: SummaryProblem;
  /** The limit broken: lines or characters. */
  max?: number;
}

export function draftOfSummary(summary: OvergangSummaryBody | null): SummaryDraft {
  return {
    causes: (summary?.causes ?? []).join('\n'),
    helped: (summary?.helped ?? []).join('\n'),
    name: summary?.contactPerson.name ?? '',
    role: summary?.contactPerson.role ?? '',
    phone: summary?.contactPerson.phone ?? '',
    email: summary?.contactPerson.email ?? '',
    note: summary?.note ?? '',
  };
}

/** The lines of a text field, trimmed, without the empty ones (a blank line between items is no item). */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function summaryOfDraft(draft: SummaryDraft): OvergangSummaryBody {
  return {
    causes: linesOf(draft.causes),
    helped: linesOf(draft.helped),
    contactPerson: { name: draft.name.trim(), role: draft.role.trim(), phone: orNull(draft.phone), email: orNull(draft.email) },
    note: orNull(draft.note),
  };
}

/** The form's field a path is at (`body.summary.causes.3` → `causes`), or null when none is. */
export function fieldOfPath(path: string): SummaryField | null {
  const inSummary = path.replace(/^body\./, '').replace(/^summary\./, '');
  return summaryFields.find((field) => inSummary === field || inSummary.startsWith(`${field}.`)) ?? null;
}

/**
 * What must be put right before the summary is sent, in the order of the form, one problem a
 * field: the contract's limits (20 lines of at most 500 characters a list, and so on) and the
 * domain's rule (a cause or a measure that helped, and a person to contact).
 */
export function draftProblems(draft: SummaryDraft): FieldProblem[] {
  const summary = summaryOfDraft(draft);
  const found = new Map<SummaryField, FieldProblem>();
  const add = (problem: FieldProblem) => {
    if (!found.has(problem.field)) found.set(problem.field, problem);
  };
  for (const rule of summaryProblems(summary)) {
    if (rule === 'causes_or_helped') add({ field: 'causes', problem: 'causes_or_helped' });
    else add({ field: 'contactPerson.name', problem: 'name_missing' });
  }
  const parsed = overgangSummary.safeParse(summary);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = fieldOfPath(issue.path.join('.'));
    if (!field) continue;
    const max = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
    const list = field === 'causes' || field === 'helped';
    // An issue at the list itself is about how many lines; one below it, about a line.
    const problem: SummaryProblem = list ? (issue.path.length === 1 ? 'too_many_lines' : 'line_too_long') : 'too_long';
    add({ field, problem, max });
  }
  return summaryFields.flatMap((field) => (found.has(field) ? [found.get(field)!] : []));
}

/**
 * The server's refusals at the form's fields. It checks what the form checks (the same schema and
 * rule), so a refusal at a field is said as the form would say it of the draft sent; one the form
 * cannot explain is `refused`, and what is at no field keeps the server's message.
 */
export function serverProblems(details: readonly FailureDetail[], sent: SummaryDraft): Array<FieldProblem | { field: null; message: string }> {
  const own = draftProblems(sent);
  const out: Array<FieldProblem | { field: null; message: string }> = [];
  for (const detail of details) {
    const field = fieldOfPath(detail.path);
    if (!field) out.push({ field: null, message: detail.message });
    else if (!out.some((p) => p.field === field)) out.push(own.find((p) => p.field === field) ?? { field, problem: 'refused' });
  }
  return out;
}
