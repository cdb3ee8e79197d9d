/**
 * One duty, one task: a case's steps do some of the duties a flag's tasks ask for (the absence
 * staircase contacts the home and holds the mapping conversation with the student and the
 * guardians; an IKO case holds the student interview). While a student has an open case of such a
 * kind, its responsible person follows that duty in the case, with the step's deadline — the flag's
 * task for the same duty, for the same student and person, is closed as taken over by the case, and
 * re-evaluating the student does not give it again (docs/decisions/012-one-signal-per-concern.md).
 *
 * The case covers its duties from the day it opens, not only from the step that does them: the
 * staircase sets when each step comes, and a flag's deadline beside it would be a second clock.
 */
import type { TaskKind } from '../identification/flag.js';
import { caseSteps, stepTask, type CaseStep, type CaseTaskKind, type FollowUpCaseKind } from './case-workflow.js';

/** Why a task was closed without being done by its own action. */
/**
 * overtatt_av_sak: a case took the duty over; eleven_slutta: the student was written out of school
 * (src/data/ot/register-departure.ts); eleven_bytta_skole: the student moved to another school of the
 * owner and the old school's duty ended there (skolebytte: src/domain/overgang/skolebytte.ts).
 */
export const taskClosedReasons = ['overtatt_av_sak', 'eleven_slutta', 'eleven_bytta_skole'] as const;
export type TaskClosedReason = (typeof taskClosedReasons)[number];

/** The flags' task kinds each step's task does, by kind of case (a step task is the same duty only in its kind's sense). */
const dutiesOfStepTask: { [K in FollowUpCaseKind]: Partial<Record<CaseTaskKind, readonly TaskKind[]>> } = {
  // kontakt: "kontakt hjemmet og drøft"; kartlegging: the mapping conversation with the student and the guardians.
  fravaer: { kontakt_hjem_og_drof: ['kontakt_hjem'], hold_kartleggingssamtale: ['kartleggingssamtale', 'innkall_foresatte'] },
  // kartlegging: the student interview.
  iko: { hold_kartleggingssamtale: ['kartleggingssamtale'] },
  // The duty to act under § 12-4 is about the school environment, not the flags' absence duties.
  skolemiljo: {},
};

/** The flags' task kinds a step does. */
export function flagTaskKindsOfStep(kind: FollowUpCaseKind, step: CaseStep): readonly TaskKind[] {
  return dutiesOfStepTask[kind][stepTask(kind, step)] ?? [];
}

/** The flags' task kinds an open case of this kind covers: those any of its steps does. */
export function flagTaskKindsCoveredBy(kind: FollowUpCaseKind): readonly TaskKind[] {
  const steps = caseSteps[kind] as readonly CaseStep[];
  return [...new Set(steps.flatMap((step) => flagTaskKindsOfStep(kind, step)))];
}

export interface OpenCaseCover {
  studentId: string;
  kind: FollowUpCaseKind;
  responsibleStaffId: string;
}

export interface FlagTaskRef {
  studentId: string;
  assigneeStaffId: string;
  kind: string;
}

/** Whether an open case does this flag task's duty for its student and person. */
export function isTakenOverByCase(task: FlagTaskRef, openCases: readonly OpenCaseCover[]): boolean {
  return openCases.some(
    (c) =>
      c.studentId === task.studentId &&
      c.responsibleStaffId === task.assigneeStaffId &&
      (flagTaskKindsCoveredBy(c.kind) as readonly string[]).includes(task.kind),
  );
}

/** The open flag tasks a case takes over when it opens or moves: those of its student and person whose duty it covers. */
export function flagTasksTakenOver<T extends FlagTaskRef>(openCase: OpenCaseCover, openFlagTasks: readonly T[]): T[] {
  return openFlagTasks.filter((task) => isTakenOverByCase(task, [openCase]));
}
