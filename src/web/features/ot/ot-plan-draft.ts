/**
 * OT's follow-up plan as a form: a new version starts from the current one (goal and steps), the
 * steps nobody wrote in are left out when it is saved, and the problems the server would find are
 * found first, each at the path of its field. The server's own problems name the steps it was
 * sent, so their paths are turned back into the form's rows. Plain functions; no React.
 */
import type { PlanStep } from './ot-entries';

export type StepDraft = { what: string; who: string; by: string };
export type PlanDraft = { goal: string; steps: StepDraft[] };
export type PlanProblem = { path: string; code: 'missing' };

export const emptyStep = (): StepDraft => ({ what: '', who: '', by: '' });

/** The current plan as the new version's first draft; one empty step when there is no plan yet. */
export function planDraftFrom(plan: { goal: string; steps: readonly PlanStep[] } | null): PlanDraft {
  if (!plan) return { goal: '', steps: [emptyStep()] };
  return { goal: plan.goal, steps: plan.steps.length > 0 ? plan.steps.map((s) => ({ what: s.what, who: s.who, by: s.by ?? '' })) : [emptyStep()] };
}

const isBlank = (step: StepDraft) => !step.what.trim() && !step.who.trim() && !step.by;

/** What must be filled in: the goal, and what and who of every step that has anything in it. */
export function planProblems(draft: PlanDraft): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!draft.goal.trim()) problems.push({ path: 'goal', code: 'missing' });
  draft.steps.forEach((step, index) => {
    if (isBlank(step)) return;
    if (!step.what.trim()) problems.push({ path: `steps.${index}.what`, code: 'missing' });
    if (!step.who.trim()) problems.push({ path: `steps.${index}.who`, code: 'missing' });
  });
  return problems;
}

/** The body's goal and steps (blank steps left out), and which row of the form each step sent came from. */
export function planBody(draft: PlanDraft): { goal: string; steps: PlanStep[]; rows: number[] } {
  const rows: number[] = [];
  const steps: PlanStep[] = [];
  draft.steps.forEach((step, index) => {
    if (isBlank(step)) return;
    rows.push(index);
    steps.push({ what: step.what.trim(), who: step.who.trim(), by: step.by || null });
  });
  return { goal: draft.goal.trim(), steps, rows };
}

/** A server path ("steps.1.by", after the "body." is gone) as the form's path, through the rows sent. */
export function formPath(path: string, rows: readonly number[]): string {
  const match = /^steps\.(\d+)(\..*)?$/.exec(path);
  if (!match) return path;
  const row = rows[Number(match[1])];
  return row === undefined ? path : `steps.${row}${match[2] ?? ''}`;
}
