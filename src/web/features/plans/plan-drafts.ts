/**
 * Plans as forms: a first draft of each kind (the tiltaksplan's rows from the maintaining factors
 * the last conversation found, the week plan's days from Wednesday to Wednesday), what to leave
 * out before saving (rows nobody wrote in), and every problem the server would find — the plan
 * schemas of src/domain/plans/plan-content.ts and planDateProblems — kept as codes with the path
 * of their field, so that the page shows each at its field in the reader's language. The
 * server's own validation details are placed on the same paths. Plain functions; no React.
 */
import type { z } from 'zod';
import type { Conversation } from '../../../shared/case-api';
import {
  planContentSchemas,
  planDateProblems,
  type PlanContentByKind,
  type PlanDateProblem,
  type PlanKind,
  type PlanWithContent,
} from '../../../domain/plans/plan-content';
import { addDays, isoWeekday } from '../../../domain/school-calendar';

/** The measures run for "as a rule the next three weeks" (the absence seed's tiltaksplan). */
export const defaultPeriodDays = 21;
/** The week plan covers eight days: Wednesday to Wednesday, as the seed advises. */
export const weekPlanDays = 8;

export type PlanContent<K extends PlanKind = PlanKind> = PlanContentByKind[K];

/** The first date on or after `from` that falls on `weekday` (ISO: 1 = Monday … 7 = Sunday). */
export function nextWeekdayOnOrAfter(from: string, weekday: number): string {
  const shift = (weekday - isoWeekday(from) + 7) % 7;
  return addDays(from, shift);
}

/**
 * The default start of a week plan: the next `weekday` after today (a plan agreed on a
 * Wednesday starts the Wednesday after, so that the student can get ready for it).
 */
export function defaultWeekPlanStart(today: string, weekday: number): string {
  return nextWeekdayOnOrAfter(addDays(today, 1), weekday);
}

/** The school days (Monday to Friday) among the eight days from `startsOn`. */
export function weekPlanDates(startsOn: string): string[] {
  const dates: string[] = [];
  for (let i = 0; i < weekPlanDays; i++) {
    const date = addDays(startsOn, i);
    if (isoWeekday(date) <= 5) dates.push(date);
  }
  return dates;
}

/** The most recent conversation: held last, and of those the last recorded. */
export function latestConversation(conversations: readonly Conversation[]): Conversation | null {
  let latest: Conversation | null = null;
  for (const c of conversations) {
    if (!latest || c.heldOn > latest.heldOn || (c.heldOn === latest.heldOn && c.createdAt > latest.createdAt)) latest = c;
  }
  return latest;
}

export type DraftContext = {
  today: string;
  /** The latest date the evaluation meeting may have (CaseDetail.latestEvaluationOn). */
  latestEvaluationOn: string;
  conversations: readonly Conversation[];
  /** The weekday a week plan starts on (ISO, 3 = Wednesday). */
  weekPlanStartWeekday: number;
};

const emptyRow = (maintainingFactor = ''): PlanContent<'tiltaksplan'>['rows'][number] => ({
  maintainingFactor,
  measure: '',
  measureCode: null,
  responsible: '',
  planB: '',
  evaluation: '',
});

/**
 * A tiltaksplan that starts where the mapping ended: one row for each maintaining factor of the
 * last conversation, the period from today for three weeks, and the evaluation meeting at the
 * end of it, never later than the staircase allows.
 */
export function tiltaksplanDraft(context: DraftContext): PlanContent<'tiltaksplan'> {
  const factors = latestConversation(context.conversations)?.maintainingFactors ?? [];
  const endsOn = addDays(context.today, defaultPeriodDays);
  const latest = context.latestEvaluationOn >= context.today ? context.latestEvaluationOn : endsOn;
  return {
    longTermGoals: [''],
    shortTermGoals: [''],
    rows: factors.length > 0 ? factors.map((f) => emptyRow(f)) : [emptyRow()],
    startsOn: context.today,
    endsOn,
    evaluationMeeting: { on: endsOn < latest ? endsOn : latest, time: '', place: '' },
  };
}

export function weekPlanDraft(startsOn: string): PlanContent<'ukeplan'> {
  return {
    startsOn,
    entries: weekPlanDates(startsOn).map((on) => ({ on, time: '', what: '', where: '', withWhom: '' })),
    note: '',
  };
}

/** A first draft of a plan of `kind` for the case. */
export function planDraft<K extends PlanKind>(kind: K, context: DraftContext): PlanContent<K> {
  const { today } = context;
  const drafts: { [P in PlanKind]: () => PlanContent<P> } = {
    tiltaksplan: () => tiltaksplanDraft(context),
    oppfolgingsplan: () => ({
      mainChallenge: '',
      measuresAndGoal: '',
      startsOn: today,
      endsOn: addDays(today, defaultPeriodDays),
      expectedDuration: '',
      responsibilities: [{ who: '', task: '', dueOn: null, measureCode: null }],
      evaluationMethod: '',
      evaluationPoints: [context.latestEvaluationOn >= today ? context.latestEvaluationOn : addDays(today, defaultPeriodDays)],
    }),
    aktivitetsplan: () => ({
      problem: '',
      measures: [{ measure: '', measureCode: null, level: 'individ', when: '', responsible: '', evaluateOn: addDays(today, 14) }],
      startsOn: today,
      contactPerson: '',
    }),
    ukeplan: () => weekPlanDraft(defaultWeekPlanStart(today, context.weekPlanStartWeekday)),
  };
  return drafts[kind]() as PlanContent<K>;
}

/** The stored content of a version as form values (a version is what the server accepted). */
export function contentOfVersion<K extends PlanKind>(kind: K, content: unknown): PlanContent<K> {
  const parsed = planContentSchemas[kind].safeParse(content);
  if (parsed.success) return parsed.data as PlanContent<K>;
  // Never expected: an old version the schema has grown past. Start from what is there.
  return content as PlanContent<K>;
}

const blank = (value: string | null | undefined) => !value || value.trim() === '';

type Row = Record<string, unknown>;
const blankRow = (row: unknown, fields: string[]) => fields.every((f) => blank((row as Row)[f] as string | null | undefined));

/** The lists of each kind of plan, and when a line or row of them counts as not written in. */
const emptyWhen: { [K in PlanKind]: Record<string, (item: unknown) => boolean> } = {
  tiltaksplan: {
    longTermGoals: (g) => blank(g as string),
    shortTermGoals: (g) => blank(g as string),
    rows: (r) => blankRow(r, ['maintainingFactor', 'measure', 'responsible', 'planB', 'evaluation']),
  },
  oppfolgingsplan: {
    responsibilities: (r) => blankRow(r, ['who', 'task', 'dueOn']),
    evaluationPoints: (d) => blank(d as string),
  },
  aktivitetsplan: { measures: (m) => blankRow(m, ['measure', 'when', 'responsible']) },
  ukeplan: { entries: (e) => blankRow(e, ['what', 'time', 'where', 'withWhom']) },
};

/** For each list, the form's index of each line that is saved (the saved line i is the form's kept[i]). */
export type KeptRows = Record<string, number[]>;

/**
 * What is saved: lines and rows nobody wrote in are left out (the form offers an empty one to
 * write in, and keeps showing it), and an empty due date is no date. `kept` leads a problem
 * found in what is saved back to the line of the form.
 */
export function forSaving<K extends PlanKind>(kind: K, content: PlanContent<K>): { content: PlanContent<K>; kept: KeptRows } {
  const out: Row = { ...(content as Row) };
  const kept: KeptRows = {};
  for (const [list, isEmpty] of Object.entries(emptyWhen[kind])) {
    const items = (content as Row)[list] as unknown[];
    kept[list] = items.flatMap((item, i) => (isEmpty(item) ? [] : [i]));
    out[list] = kept[list].map((i) => items[i]);
  }
  if (kind === 'oppfolgingsplan') {
    out.responsibilities = (out.responsibilities as Row[]).map((r) => ({ ...r, dueOn: blank(r.dueOn as string | null) ? null : r.dueOn }));
  }
  return { content: out as PlanContent<K>, kept };
}

/** The content without the lines and rows nobody wrote in (see forSaving). */
export function withoutEmptyRows<K extends PlanKind>(kind: K, content: PlanContent<K>): PlanContent<K> {
  return forSaving(kind, content).content;
}

/** A problem at line i of what is saved, placed at the line of the form it came from. */
export function atFormRows(problems: readonly FieldProblem[], kept: KeptRows): FieldProblem[] {
  return problems.map((problem) => {
    const match = /^content\.(\w+)\.(\d+)(\..*)?$/.exec(problem.path);
    const rows = match ? kept[match[1]!] : undefined;
    if (!match || !rows) return problem;
    const formIndex = rows[Number(match[2])];
    return formIndex === undefined ? problem : { ...problem, path: `content.${match[1]}.${formIndex}${match[3] ?? ''}` };
  });
}

export type ProblemCode =
  | 'required'
  | 'date'
  | 'needsOne'
  | 'tooLong'
  | 'tooMany'
  /** A date after today for something that has happened (a conversation held). */
  | 'future'
  /** The server refused the value for a reason the form does not know. */
  | 'refused'
  | PlanDateProblem['problem'];

/** A problem at a field: `path` as the server writes it (content.rows.0.measure). */
export type FieldProblem = { path: string; code: ProblemCode; max?: number };

const datePath = /(On|\.on|evaluationPoints\.\d+)$/;

/** A zod issue as a problem at the field of its path, under `prefix` (content, conversation). */
export function problemOfIssue(issue: z.core.$ZodIssue, prefix = 'content'): FieldProblem {
  const path = [prefix, ...issue.path.map(String)].join('.');
  switch (issue.code) {
    case 'too_small':
      return { path, code: issue.origin === 'array' ? 'needsOne' : datePath.test(path) ? 'date' : 'required' };
    case 'too_big':
      return { path, code: issue.origin === 'array' ? 'tooMany' : 'tooLong', max: Number(issue.maximum) };
    case 'invalid_format':
      return { path, code: 'date' };
    case 'invalid_type':
      return { path, code: datePath.test(path) ? 'date' : 'required' };
    default:
      return { path, code: 'refused' };
  }
}

/**
 * The latest evaluation date the form can check: the case's (three weeks of school days from
 * today, CaseDetail.latestEvaluationOn) while the plan starts today or earlier. A plan that starts
 * later is allowed three weeks from its start, which only the server can count on the school
 * calendar; the form leaves that check to it.
 */
export function evaluationLimitFor(startsOn: string, today: string, latestEvaluationOn: string): string | undefined {
  return startsOn <= today ? latestEvaluationOn : undefined;
}

/**
 * Every problem of a plan before it is saved: the plan schema's, and when the content is whole,
 * the dates that do not fit (an evaluation meeting later than `latestEvaluationOn`, an end before
 * the start). Returns the content as it will be sent (trimmed) when there is no problem.
 */
export function checkPlan<K extends PlanKind>(
  kind: K,
  content: PlanContent<K>,
  latestEvaluationOn?: string,
): { ok: true; content: PlanContent<K> } | { ok: false; problems: FieldProblem[] } {
  const parsed = planContentSchemas[kind].safeParse(content);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => problemOfIssue(issue)) };
  const plan = { kind, content: parsed.data } as PlanWithContent;
  const dates = planDateProblems(plan, latestEvaluationOn);
  if (dates.length > 0) return { ok: false, problems: dates.map((d) => ({ path: d.path, code: d.problem })) };
  return { ok: true, content: parsed.data as PlanContent<K> };
}

/**
 * The server's validation details as problems at the form's fields. Its paths may name the body
 * (`body.content.rows.0.measure`) or the content alone (`rows.0.measure`); both land on the field.
 */
export function problemsFromDetails(details: ReadonlyArray<{ path: string; message: string }>, prefix = 'content'): FieldProblem[] {
  return details.map((d) => {
    let path = d.path.replace(/^body\./, '');
    if (path !== prefix && !path.startsWith(`${prefix}.`)) path = path ? `${prefix}.${path}` : prefix;
    return { path, code: /too late|latest|at most three weeks|on or before/i.test(d.message) ? 'evaluation_too_late' : 'refused' };
  });
}

/** The problems at one field, or at a list (exactly its path). */
export function problemsAt(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  return problems.filter((p) => p.path === path);
}

/** The id of the input for a field path (content.rows.0.measure), unique within one form. */
export function fieldId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^\w-]/g, '-')}`;
}

/**
 * The catalog key of a field's label from its path, the first segment (content, body) left out:
 * a field of a row is `<list>Item.<field>` (rowsItem.measure), a line of a list of texts is the
 * list's own (longTermGoals), so that the list itself has a label too.
 */
export function labelKeyOf(path: string): string {
  const parts = path.split('.').slice(1);
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (!/^\d+$/.test(part)) out.push(part);
    else if (i < parts.length - 1 && out.length > 0) out[out.length - 1] = `${out[out.length - 1]}Item`;
  });
  return out.join('.');
}

const shorten = (text: string, max = 80) => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
};

/**
 * The rows an evaluation may note something on, by their number in the plan (rowNotes' keys):
 * a tiltaksplan's maintaining factors with their measures, an aktivitetsplan's measures, an
 * oppfølgingsplan's responsibilities. A week plan has none.
 */
export function evaluationRows(kind: PlanKind, content: unknown): string[] {
  const c = contentOfVersion(kind, content) as Partial<PlanContent>;
  switch (kind) {
    case 'tiltaksplan':
      return ((c as PlanContent<'tiltaksplan'>).rows ?? []).map((r) => `${shorten(r.maintainingFactor, 60)} → ${shorten(r.measure, 60)}`);
    case 'aktivitetsplan':
      return ((c as PlanContent<'aktivitetsplan'>).measures ?? []).map((m) => shorten(m.measure));
    case 'oppfolgingsplan':
      return ((c as PlanContent<'oppfolgingsplan'>).responsibilities ?? []).map((r) => `${shorten(r.who, 40)}: ${shorten(r.task, 60)}`);
    default:
      return [];
  }
}
