/**
 * Implementation quality, live (issue 11, part 2): for a class and for the school, how many
 * students were identified this school year and how far each got — mapped, plan signed, follow-up
 * started, evaluated, back to ordinary follow-up with effect — and how long the waits between the
 * steps were, in school days. Read from the same chain as the pitfalls (`readChain` in
 * find-pitfalls.ts), so that the figures and the pitfalls never disagree about a student.
 *
 * Every figure carries the students behind it, so that the view can drill down (to those the
 * reader may see); the owner's view keeps the counts only.
 */
import { addDays, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import { schoolYearStart } from './build-wheel.js';
import { lastReturnOn, readChain, schoolDaysAfter, type PitfallContext, type PitfallStudentFacts, type StudentChain } from './find-pitfalls.js';
import { median } from '../statistics/median.js';

/**
 * The day a school year's follow-through is counted from: 1 July, since the admission's søkerdata
 * arrive in July and identify the intake students before the first school day.
 */
export function followThroughYearStart(calendar: SchoolCalendar): IsoDate {
  return `${schoolYearStart(calendar)}-07-01`;
}

/** The funnel's steps, in the order a student passes them. */
export const implementationSteps = ['identified', 'mapped', 'plan_signed', 'follow_up_started', 'evaluated', 'returned_with_effect'] as const;
export type ImplementationStep = (typeof implementationSteps)[number];

export interface WaitFigures {
  /** Students whose wait is over (the step was reached). */
  done: number;
  /** The median of the finished waits, in school days; null when none has finished. */
  medianSchoolDays: number | null;
  /** The longest wait, finished or still going on; null when there is none. */
  worstSchoolDays: number | null;
  /** The student behind the longest wait, and whether that wait is still going on. */
  worstStudentId: string | null;
  worstOngoing: boolean;
  /** Students still waiting (identified and open, the step not reached). */
  waiting: string[];
  /** Each finished wait, in school days: the owner's view takes the median over its schools. */
  finishedDays: number[];
}

export interface ImplementationFigures {
  students: number;
  /** The students at each step, by step. */
  steps: Record<ImplementationStep, string[]>;
  identificationToMapping: WaitFigures;
  mappingToFollowUp: WaitFigures;
  /** Students under closer follow-up today, and how long their marks have run (school days). */
  closerFollowUp: { studentIds: string[]; medianSchoolDays: number | null; longestSchoolDays: number | null };
}

export interface ImplementationView {
  school: ImplementationFigures;
  /** By class id, in the order the classes were given; students without a class count for the school only. */
  classes: Map<string, ImplementationFigures>;
}

interface StudentReading {
  studentId: string;
  chain: StudentChain | null;
  returnedOn: IsoDate | null;
  mappingWait: { days: number; ongoing: boolean } | null;
  followUpWait: { days: number; ongoing: boolean } | null;
  closerFollowUpDays: number | null;
}

/**
 * The episode of this school year a student is counted by: the current one when it began this
 * year, else the one a return to ordinary follow-up ended this year (the student is counted as
 * returned with effect), else none.
 */
function readStudent(student: PitfallStudentFacts, context: PitfallContext): StudentReading {
  const { calendar, today } = context;
  const yearStart = followThroughYearStart(calendar);
  const reading: StudentReading = { studentId: student.studentId, chain: null, returnedOn: null, mappingWait: null, followUpWait: null, closerFollowUpDays: null };
  const mark = student.closerFollowUps.find((m) => m.setOn <= today && (m.endedOn === null || m.endedOn > today));
  if (mark && (student.leftOn === null || student.leftOn > today)) reading.closerFollowUpDays = schoolDaysAfter(calendar, mark.setOn, today);

  let chain = readChain(student, today);
  if (chain.identifiedOn === null || chain.identifiedOn < yearStart) {
    const returnedOn = lastReturnOn(student, today);
    if (returnedOn === null || returnedOn < yearStart) return reading;
    const ended = readChain(student, addDays(returnedOn, -1));
    if (ended.identifiedOn === null) return reading;
    chain = ended;
    reading.returnedOn = returnedOn;
  }
  reading.chain = chain;
  const identifiedOn = chain.identifiedOn!;
  // An episode a return ended is over: a step it never reached is no longer awaited.
  const open = chain.open && reading.returnedOn === null;
  if (chain.mappedOn !== null) reading.mappingWait = { days: schoolDaysAfter(calendar, identifiedOn, chain.mappedOn), ongoing: false };
  else if (open && chain.starts.length === 0) reading.mappingWait = { days: schoolDaysAfter(calendar, identifiedOn, chain.asOf), ongoing: true };
  if (chain.mappedOn !== null) {
    const start = chain.starts.find((on) => on >= chain.mappedOn!);
    if (start !== undefined) reading.followUpWait = { days: schoolDaysAfter(calendar, chain.mappedOn, start), ongoing: false };
    else if (open && chain.starts.length === 0) reading.followUpWait = { days: schoolDaysAfter(calendar, chain.mappedOn, chain.asOf), ongoing: true };
  }
  return reading;
}

function waits(readings: readonly StudentReading[], pick: (r: StudentReading) => { days: number; ongoing: boolean } | null): WaitFigures {
  const all = readings.map((r) => ({ studentId: r.studentId, wait: pick(r) })).filter((w) => w.wait !== null) as Array<{ studentId: string; wait: { days: number; ongoing: boolean } }>;
  const finished = all.filter((w) => !w.wait.ongoing).map((w) => w.wait.days);
  // The longest wait; on a tie the one still going on, which is the one that can still be acted on.
  const worst = [...all].sort((a, b) => b.wait.days - a.wait.days || Number(b.wait.ongoing) - Number(a.wait.ongoing))[0];
  return {
    done: finished.length,
    medianSchoolDays: median(finished),
    worstSchoolDays: worst?.wait.days ?? null,
    worstStudentId: worst?.studentId ?? null,
    worstOngoing: worst?.wait.ongoing ?? false,
    waiting: all.filter((w) => w.wait.ongoing).map((w) => w.studentId),
    finishedDays: finished,
  };
}

function figures(readings: readonly StudentReading[]): ImplementationFigures {
  const counted = readings.filter((r) => r.chain !== null);
  const step = (test: (r: StudentReading) => boolean) => counted.filter(test).map((r) => r.studentId);
  const marks = readings.filter((r) => r.closerFollowUpDays !== null);
  return {
    students: readings.length,
    steps: {
      identified: step(() => true),
      mapped: step((r) => r.chain!.mappedOn !== null),
      plan_signed: step((r) => r.chain!.signedOn !== null),
      follow_up_started: step((r) => r.chain!.starts.length > 0),
      evaluated: step((r) => r.chain!.evaluations.length > 0),
      returned_with_effect: step((r) => r.returnedOn !== null),
    },
    identificationToMapping: waits(readings, (r) => r.mappingWait),
    mappingToFollowUp: waits(readings, (r) => r.followUpWait),
    closerFollowUp: {
      studentIds: marks.map((r) => r.studentId),
      medianSchoolDays: median(marks.map((r) => r.closerFollowUpDays!)),
      longestSchoolDays: marks.length === 0 ? null : Math.max(...marks.map((r) => r.closerFollowUpDays!)),
    },
  };
}

/** The figures for the school and for each class (`classIds` in the order to show them). */
export function measureImplementation(students: readonly PitfallStudentFacts[], context: PitfallContext, classIds: readonly string[]): ImplementationView {
  const readings = students.map((student) => ({ student, reading: readStudent(student, context) }));
  const classes = new Map<string, ImplementationFigures>();
  for (const classId of classIds) classes.set(classId, figures(readings.filter((r) => r.student.classId === classId).map((r) => r.reading)));
  return { school: figures(readings.map((r) => r.reading)), classes };
}
