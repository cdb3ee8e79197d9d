/**
 * How far an activity of the annual wheel has come, read from what happened — a conversation
 * held, a grade given, a klasselærermøte recorded — not from a box ticked for the dashboard
 * (docs/domain.md, "What the evidence says"). Only where no record can tell (the analysis of the
 * intake, leadership's review) does a person record the activity done.
 *
 * Each function takes plain facts of one class (or of the school) and today's date. What happened
 * after today is not counted; what happened after the due date counts as done, but not in time.
 */
import { concernOfRule } from '../identification/concerns.js';
import type { RuleCode } from '../identification/flag.js';
import { addDays, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import type { GradeKind } from '../vocabulary.js';
import type { WheelEntry } from './build-wheel.js';
import type { WheelActivityCode, WheelRound } from './wheel-activities.js';

/** ferdig: all done; pagar: not yet all, the date not passed; forsinket: the date passed with something left. */
export const wheelStatuses = ['ferdig', 'pagar', 'forsinket'] as const;
export type WheelStatus = (typeof wheelStatuses)[number];

export interface WheelProgress {
  /** How many there are to do (students, grades, or one meeting or record). */
  total: number;
  done: number;
  /** Done on or before the due date. */
  doneInTime: number;
  /** Done divided by total; null when there is nothing to do. */
  share: number | null;
  status: WheelStatus;
  /** What is left: the students without a conversation or a grade; empty for a meeting or a record. */
  missing: string[];
}

function progress(total: number, doneOn: readonly IsoDate[], missing: string[], dueOn: IsoDate, today: IsoDate): WheelProgress {
  const done = doneOn.length;
  let status: WheelStatus = 'pagar';
  if (done === total) status = 'ferdig';
  else if (today > dueOn) status = 'forsinket';
  return { total, done, doneInTime: doneOn.filter((on) => on <= dueOn).length, share: total === 0 ? null : done / total, status, missing };
}

/** The earliest of the dates up to today, or null. */
function firstUpTo(dates: readonly IsoDate[], today: IsoDate): IsoDate | null {
  return dates.filter((on) => on <= today).sort()[0] ?? null;
}

/**
 * Kartlegging A and B: the share of the students with a held conversation (the IKO student
 * interview). A is done for a class when each identified student has had one; B when every
 * student has.
 */
export function conversationProgress(input: {
  students: readonly string[];
  held: ReadonlyArray<{ studentId: string; heldOn: IsoDate }>;
  dueOn: IsoDate;
  today: IsoDate;
}): WheelProgress {
  const doneOn: IsoDate[] = [];
  const missing: string[] = [];
  for (const studentId of new Set(input.students)) {
    const first = firstUpTo(
      input.held.filter((h) => h.studentId === studentId).map((h) => h.heldOn),
      input.today,
    );
    if (first === null) missing.push(studentId);
    else doneOn.push(first);
  }
  return progress(doneOn.length + missing.length, doneOn, missing, input.dueOn, input.today);
}

/**
 * The students Kartlegging A is for: those identified from the intake, by a flag of the intake
 * criteria raised by A's date — whatever became of it since. The interview is where the
 * identification is confirmed or dismissed, so dismissing a flag does not take its student out
 * of A: a class cannot reach A by dismissing instead of talking.
 */
export function identifiedForKartleggingA(flags: ReadonlyArray<{ studentId: string; ruleCode: RuleCode; raisedOn: IsoDate }>, dueOn: IsoDate): string[] {
  const ids = flags.filter((f) => concernOfRule[f.ruleCode] === 'inntak' && f.raisedOn <= dueOn).map((f) => f.studentId);
  return [...new Set(ids)].sort();
}

/** The grade kind each assessment round asks for. */
export const roundGradeKind: Record<Exclude<WheelRound, 'oppstart'>, GradeKind> = {
  midtveis_host: 'midtveis',
  halvaar: 'halvaar',
  midtveis_var: 'midtveis',
};

const roundAssessment: Record<Exclude<WheelRound, 'oppstart'>, WheelActivityCode> = {
  midtveis_host: 'midtveisvurdering_host',
  halvaar: 'halvaarsvurdering',
  midtveis_var: 'midtveisvurdering_var',
};

/**
 * Grades given up to two weeks before an assessment's date count for its round: the seed's "ca. 1.
 * november" leaves the teachers that room.
 */
export const assessmentLeadDays = 14;

export interface RoundWindow {
  round: WheelRound;
  from: IsoDate;
  /** The last day, included. */
  to: IsoDate;
}

/**
 * The school year cut into the wheel's rounds, so that a grade or a klasselærermøte counts for
 * one round only: each assessment round from two weeks before its assessment's date to the day
 * before the next round's, the start round from the first day of the year up to the first. Give it
 * the whole wheel (`buildWheel`'s answer): a round the school left out still has its window.
 */
export function roundWindows(wheel: readonly WheelEntry[], calendar: SchoolCalendar): RoundWindow[] {
  const starts = (Object.keys(roundAssessment) as Array<Exclude<WheelRound, 'oppstart'>>).map((round) => ({
    round,
    from: addDays(wheel.find((e) => e.key === roundAssessment[round])!.dueOn, -assessmentLeadDays),
  }));
  const windows: RoundWindow[] = [];
  let from = calendar.startsOn;
  let round: WheelRound = 'oppstart';
  for (const next of starts) {
    windows.push({ round, from, to: addDays(next.from, -1) });
    ({ round, from } = next);
  }
  windows.push({ round, from, to: calendar.endsOn });
  return windows;
}

/**
 * The assessment of a round for a class: the share of the grades due (each student in each of
 * their subjects) that were given, of the round's kind, in the round's window.
 */
export function gradeProgress(input: {
  expected: ReadonlyArray<{ studentId: string; subject: string }>;
  given: ReadonlyArray<{ studentId: string; subject: string; kind: GradeKind; givenOn: IsoDate }>;
  round: Exclude<WheelRound, 'oppstart'>;
  window: RoundWindow;
  dueOn: IsoDate;
  today: IsoDate;
}): WheelProgress {
  const kind = roundGradeKind[input.round];
  const inRound = input.given.filter((g) => g.kind === kind && g.givenOn >= input.window.from && g.givenOn <= input.window.to);
  const doneOn: IsoDate[] = [];
  const missing = new Set<string>();
  const pairs = new Map(input.expected.map((e) => [`${e.studentId}\u0000${e.subject}`, e]));
  for (const e of pairs.values()) {
    const first = firstUpTo(
      inRound.filter((g) => g.studentId === e.studentId && g.subject === e.subject).map((g) => g.givenOn),
      input.today,
    );
    if (first === null) missing.add(e.studentId);
    else doneOn.push(first);
  }
  return progress(pairs.size, doneOn, [...missing].sort(), input.dueOn, input.today);
}

/** A klasselærermøte of the round: done when one is recorded for the class within the round's window. */
export function meetingProgress(input: { heldOn: readonly IsoDate[]; window: RoundWindow; dueOn: IsoDate; today: IsoDate }): WheelProgress {
  const first = firstUpTo(
    input.heldOn.filter((on) => on >= input.window.from && on <= input.window.to),
    input.today,
  );
  return progress(1, first === null ? [] : [first], [], input.dueOn, input.today);
}

/** An activity only a person can say is done: done when it is recorded (for the class, or the school). */
export function recordedProgress(input: { recordedOn: readonly IsoDate[]; dueOn: IsoDate; today: IsoDate }): WheelProgress {
  const first = firstUpTo(input.recordedOn, input.today);
  return progress(1, first === null ? [] : [first], [], input.dueOn, input.today);
}
