/**
 * What each kind of plan holds, as the seeds give it:
 * - oppfolgingsplan (IKO seed, "Forslag til maler"): main challenge, measures and goal, start and
 *   end, who does what by when, how and how often the effect is evaluated;
 * - tiltaksplan (absence seed, vedlegg 1): long-term and measurable short-term goals, for each
 *   maintaining factor a measure, a responsible person, a plan B and its evaluation, the
 *   evaluation meeting, the period (as a rule the next three weeks);
 * - aktivitetsplan (opplæringslova § 12-4 fifth paragraph): the problem, the planned measures,
 *   when they are carried out, who is responsible, when they are evaluated;
 * - ukeplan: the week plan for a gradual return, Wednesday to Wednesday by default.
 * The schemas are the one definition: the API validates with them and the PDFs read them.
 */
import { z } from 'zod';
import { dateIn } from '../date-windows.js';

export const planKinds = ['oppfolgingsplan', 'tiltaksplan', 'aktivitetsplan', 'ukeplan'] as const;
export type PlanKind = (typeof planKinds)[number];

/** Every day in a plan: a real day, near enough to today to be meant (date-windows.ts). */
const isoDate = dateIn('plan');
const text = (max = 4000) => z.string().trim().max(max);
const required = (max = 4000) => z.string().trim().min(1, 'must not be empty').max(max);
const measureCode = z.string().max(100).nullable().default(null);

export const oppfolgingsplanContent = z.object({
  mainChallenge: required(),
  measuresAndGoal: required(),
  startsOn: isoDate,
  endsOn: isoDate,
  expectedDuration: text(200).default(''),
  responsibilities: z
    .array(z.object({ who: required(200), task: required(1000), dueOn: isoDate.nullable().default(null), measureCode }))
    .max(30)
    .default([]),
  evaluationMethod: required(2000),
  evaluationPoints: z.array(isoDate).max(20).default([]),
});

export const tiltaksplanRow = z.object({
  maintainingFactor: required(1000),
  measure: required(2000),
  measureCode,
  responsible: required(200),
  planB: text(2000).default(''),
  evaluation: text(2000).default(''),
});

export const tiltaksplanContent = z.object({
  longTermGoals: z.array(required(500)).min(1, 'needs at least one long-term goal').max(10),
  shortTermGoals: z.array(required(500)).min(1, 'needs at least one measurable short-term goal').max(10),
  rows: z.array(tiltaksplanRow).min(1, 'needs a measure for at least one maintaining factor').max(20),
  startsOn: isoDate,
  endsOn: isoDate,
  evaluationMeeting: z.object({ on: isoDate, time: text(20).default(''), place: text(200).default('') }),
});

export const aktivitetsplanMeasure = z.object({
  measure: required(2000),
  measureCode,
  level: z.enum(['individ', 'gruppe', 'skole']),
  when: required(500),
  responsible: required(200),
  evaluateOn: isoDate,
});

export const aktivitetsplanContent = z.object({
  problem: required(),
  measures: z.array(aktivitetsplanMeasure).min(1, 'needs at least one measure').max(30),
  startsOn: isoDate,
  /** Who the student agreed should be the contact person (udir: "elevens mening"). */
  contactPerson: text(200).default(''),
});

export const ukeplanEntry = z.object({
  on: isoDate,
  time: text(40).default(''),
  what: required(1000),
  where: text(200).default(''),
  withWhom: text(200).default(''),
});

export const ukeplanContent = z.object({
  startsOn: isoDate,
  entries: z.array(ukeplanEntry).min(1, 'needs at least one entry').max(60),
  note: text(2000).default(''),
});

export const planContentSchemas = {
  oppfolgingsplan: oppfolgingsplanContent,
  tiltaksplan: tiltaksplanContent,
  aktivitetsplan: aktivitetsplanContent,
  ukeplan: ukeplanContent,
} as const;

export type OppfolgingsplanContent = z.infer<typeof oppfolgingsplanContent>;
export type TiltaksplanContent = z.infer<typeof tiltaksplanContent>;
export type AktivitetsplanContent = z.infer<typeof aktivitetsplanContent>;
export type UkeplanContent = z.infer<typeof ukeplanContent>;
export type PlanContentByKind = {
  oppfolgingsplan: OppfolgingsplanContent;
  tiltaksplan: TiltaksplanContent;
  aktivitetsplan: AktivitetsplanContent;
  ukeplan: UkeplanContent;
};

// Stryker disable next-line StringLiteral: zod throws building a union on another key, so the module fails to load; Stryker's vitest runner counts a suite that does not load as no test run
export const planContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('oppfolgingsplan'), content: oppfolgingsplanContent }),
  z.object({ kind: z.literal('tiltaksplan'), content: tiltaksplanContent }),
  z.object({ kind: z.literal('aktivitetsplan'), content: aktivitetsplanContent }),
  z.object({ kind: z.literal('ukeplan'), content: ukeplanContent }),
]);
export type PlanWithContent = z.infer<typeof planContent>;

export interface PlanDateProblem {
  path: string;
  problem: 'ends_before_start' | 'evaluation_before_start' | 'evaluation_too_late' | 'entry_before_start';
}

/**
 * Date checks zod cannot do alone. `latestEvaluationOn` is the staircase's three-week limit from
 * the start, computed on the school calendar by the caller.
 */
export function planDateProblems(plan: PlanWithContent, latestEvaluationOn?: string): PlanDateProblem[] {
  const problems: PlanDateProblem[] = [];
  const c = plan.content;
  if ('endsOn' in c && c.endsOn < c.startsOn) problems.push({ path: 'content.endsOn', problem: 'ends_before_start' });
  if (plan.kind === 'tiltaksplan') {
    const on = plan.content.evaluationMeeting.on;
    if (on < plan.content.startsOn) problems.push({ path: 'content.evaluationMeeting.on', problem: 'evaluation_before_start' });
    else if (latestEvaluationOn && on > latestEvaluationOn) problems.push({ path: 'content.evaluationMeeting.on', problem: 'evaluation_too_late' });
  }
  if (plan.kind === 'aktivitetsplan') {
    plan.content.measures.forEach((m, i) => {
      if (m.evaluateOn < plan.content.startsOn) problems.push({ path: `content.measures.${i}.evaluateOn`, problem: 'evaluation_before_start' });
    });
  }
  if (plan.kind === 'oppfolgingsplan') {
    plan.content.evaluationPoints.forEach((on, i) => {
      if (on < plan.content.startsOn) problems.push({ path: `content.evaluationPoints.${i}`, problem: 'evaluation_before_start' });
    });
  }
  if (plan.kind === 'ukeplan') {
    plan.content.entries.forEach((e, i) => {
      if (e.on < plan.content.startsOn) problems.push({ path: `content.entries.${i}.on`, problem: 'entry_before_start' });
    });
  }
  return problems;
}

/** The date a plan's measures are next evaluated, which becomes the deadline of the measure step. */
export function plannedEvaluationOn(plan: PlanWithContent): string | undefined {
  switch (plan.kind) {
    case 'tiltaksplan':
      return plan.content.evaluationMeeting.on;
    case 'aktivitetsplan':
      return plan.content.measures.map((m) => m.evaluateOn).sort()[0];
    case 'oppfolgingsplan':
      return [...plan.content.evaluationPoints].sort()[0];
  }
  // A week plan is followed day by day: it sets no evaluation date.
  return undefined;
}
