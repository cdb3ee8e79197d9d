/**
 * Moves a case along its state machine (src/domain/cases/case-workflow.ts): what the current step
 * has done is read from the case's records since the step started; the domain decides; the new
 * step gets its deadline and task (and the flag tasks whose duty the case does close as taken
 * over: take-over-flag-tasks.ts); closing resolves the flags the domain says it resolves
 * (src/domain/cases/close-case.ts: an IKO case closed with effect removes the closer-follow-up mark).
 */
import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseEvents, cases, conversations, flags, homeContacts, planEvaluations, plans, planVersions } from '../../db/schema.js';
import {
  applyTransition,
  casePlanKind,
  stepDeadline,
  stepTask,
  type CaseState,
  type CaseStep,
  type CaseTransition,
  type FollowUpCaseKind,
  type StepProgress,
  type TransitionResult,
} from '../../domain/cases/case-workflow.js';
import { closerFollowUpEndedOnClose, flagsResolvedOnClose } from '../../domain/cases/close-case.js';
import { endCloserFollowUp } from '../follow-up/end-closer-follow-up.js';
import { isMeasureStep } from '../../domain/cases/plan-deadline.js';
import { plannedEvaluationOn, type PlanWithContent } from '../../domain/plans/plan-content.js';
import { caseCalendar } from './case-calendar.js';
import { appendCaseEvent } from './case-events.js';
import { closeCaseTasks } from './close-case-tasks.js';
import { createStepTask } from './create-step-task.js';
import { takeOverFlagTasks } from './take-over-flag-tasks.js';
import type { LoadedCase } from './load-case.js';

/** When the current step started: the last time the case was opened or moved. */
async function stepStartedAt(db: Db, ownerId: string, caseId: string): Promise<Date> {
  const [row] = await db
    .select({ at: caseEvents.createdAt })
    .from(caseEvents)
    .where(and(eq(caseEvents.ownerId, ownerId), eq(caseEvents.caseId, caseId), inArray(caseEvents.kind, ['opened', 'step'])))
    .orderBy(desc(caseEvents.createdAt))
    .limit(1);
  return row?.at ?? new Date(0);
}

export async function stepProgress(db: Db, kase: LoadedCase): Promise<StepProgress> {
  return (await progressAndPlan(db, kase)).progress;
}

/** The step's progress and the signed plan it is judged by, read once. */
async function progressAndPlan(db: Db, kase: LoadedCase): Promise<{ progress: StepProgress; signedPlan: PlanWithContent | undefined }> {
  const { ownerId, id: caseId } = kase;
  const since = await stepStartedAt(db, ownerId, caseId);
  const contactRows = await db
    .select({ id: homeContacts.id })
    .from(homeContacts)
    .where(and(eq(homeContacts.ownerId, ownerId), eq(homeContacts.caseId, caseId)));
  const conversationRows = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.ownerId, ownerId), eq(conversations.caseId, caseId), eq(conversations.step, kase.step), gt(conversations.createdAt, since)));
  const evaluationRows = await db
    .select({ satisfactory: planEvaluations.satisfactory })
    .from(planEvaluations)
    .innerJoin(plans, and(eq(plans.ownerId, planEvaluations.ownerId), eq(plans.id, planEvaluations.planId)))
    .where(and(eq(planEvaluations.ownerId, ownerId), eq(plans.caseId, caseId), gt(planEvaluations.createdAt, since)))
    .orderBy(desc(planEvaluations.createdAt));
  const signedPlan = await latestSignedPlan(db, kase);
  const progress: StepProgress = {
    homeContactsInStep: contactRows.length,
    conversationsInStep: conversationRows.length,
    signedPlanInCase: signedPlan !== undefined,
    evaluationsInStep: evaluationRows.length,
    ...(evaluationRows[0] ? { lastEvaluationSatisfactory: evaluationRows[0].satisfactory } : {}),
  };
  return { progress, signedPlan };
}

/** The newest signed version of the plan the case is run under (tiltaksplan, oppfølgingsplan, aktivitetsplan). */
export async function latestSignedPlan(db: Db, kase: LoadedCase): Promise<PlanWithContent | undefined> {
  const kind = casePlanKind[kase.kind as FollowUpCaseKind];
  const rows = await db
    .select({ content: planVersions.content, signatures: planVersions.signatures })
    .from(planVersions)
    .innerJoin(plans, and(eq(plans.ownerId, planVersions.ownerId), eq(plans.id, planVersions.planId)))
    .where(and(eq(planVersions.ownerId, kase.ownerId), eq(plans.caseId, kase.id), eq(plans.kind, kind)))
    .orderBy(desc(planVersions.createdAt), desc(planVersions.version));
  const signed = rows.find((r) => Array.isArray(r.signatures) && r.signatures.length > 0);
  return signed ? ({ kind, content: signed.content } as PlanWithContent) : undefined;
}

export async function transitionCase(
  db: Db,
  input: { kase: LoadedCase; transition: CaseTransition; note?: string | undefined; actorStaffId: string; today: string; now: Date },
): Promise<TransitionResult> {
  const { kase } = input;
  return db.transaction(async (tx) => {
    const state: CaseState = { kind: kase.kind as FollowUpCaseKind, step: kase.step as CaseStep, status: kase.status as CaseState['status'] };
    const { progress, signedPlan } = await progressAndPlan(tx, kase);
    const result = applyTransition(state, input.transition, progress);
    if (!result.ok) return result;
    await closeCaseTasks(tx, kase.ownerId, kase.id, input.now);

    if (input.transition.type === 'close') {
      await tx
        .update(cases)
        .set({ status: 'avsluttet', closedAt: input.now, closedBy: input.actorStaffId, outcome: input.transition.outcome, outcomeNote: input.note ?? null })
        .where(and(eq(cases.ownerId, kase.ownerId), eq(cases.id, kase.id)));
      await appendCaseEvent(tx, { ownerId: kase.ownerId, caseId: kase.id, actorStaffId: input.actorStaffId, kind: 'closed', step: kase.step, text: input.note, detail: { outcome: input.transition.outcome } });
      const endsMark = closerFollowUpEndedOnClose(state.kind, input.transition.outcome);
      if (endsMark) await endCloserFollowUp(tx, { ownerId: kase.ownerId, studentId: kase.studentId, staffId: input.actorStaffId, now: input.now, reason: endsMark });
      const resolves = flagsResolvedOnClose(state.kind, input.transition.outcome);
      if (resolves) {
        await tx
          .update(flags)
          .set({ state: 'lost', resolvedAt: input.now, decidedBy: input.actorStaffId, decidedAt: input.now, reason: null, reasonCode: resolves.reasonCode })
          .where(and(eq(flags.ownerId, kase.ownerId), eq(flags.studentId, kase.studentId), inArray(flags.state, [...resolves.states])));
      }
      return result;
    }

    const calendar = await caseCalendar(tx, kase.ownerId, kase.schoolId, input.today);
    const next = result.state.step;
    const planned = signedPlan ? plannedEvaluationOn(signedPlan) : undefined;
    const dueOn = stepDeadline(calendar, state.kind, next, input.today, isMeasureStep(next) ? planned : undefined);
    await tx
      .update(cases)
      .set({ step: next, stepStartedOn: input.today, stepDueOn: dueOn })
      .where(and(eq(cases.ownerId, kase.ownerId), eq(cases.id, kase.id)));
    await appendCaseEvent(tx, { ownerId: kase.ownerId, caseId: kase.id, actorStaffId: input.actorStaffId, kind: 'step', step: next, text: input.note, detail: { from: kase.step, transition: input.transition.type, on: input.today } });
    await createStepTask(tx, {
      ownerId: kase.ownerId,
      schoolId: kase.schoolId,
      caseId: kase.id,
      studentId: kase.studentId,
      assigneeStaffId: kase.responsibleStaffId,
      kind: stepTask(state.kind, next),
      dueOn,
    });
    // A flag task given before this feature, or while the case had another responsible person, closes too.
    await takeOverFlagTasks(tx, { ownerId: kase.ownerId, openCase: { studentId: kase.studentId, kind: state.kind, responsibleStaffId: kase.responsibleStaffId }, now: input.now });
    return result;
  });
}
