/**
 * The seven pitfalls of the IKO seed, measured: for each, the students behind it and the facts
 * that put them there (docs/decisions/016-seven-pitfalls.md has each definition and its edges).
 *
 * A student's chain — identified, mapped, followed up, evaluated — is read for the current
 * episode: from the first identification after the student last went back to ordinary follow-up
 * (an IKO case closed with effect, a closer-follow-up mark ended), so that a student who did well
 * in the autumn and is flagged again in spring is asked the questions again. For a student who
 * has left, the chain stops on the day they left.
 */
import { concernNature, concernOfRule } from '../identification/concerns.js';
import type { RuleCode } from '../identification/flag.js';
import type { FlagResolutionCode } from '../identification/flag-resolution.js';
import type { CaseOutcome } from '../cases/case-workflow.js';
import { addDays, addSchoolDays, schoolDaysBetween, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import type { CaseKind, FlagState } from '../vocabulary.js';
import { pitfallKeys, pitfallThresholds, type PitfallKey, type PitfallReason, type PitfallThresholds } from './pitfall-thresholds.js';

export interface PitfallFlagFact {
  id: string;
  ruleCode: RuleCode;
  raisedOn: IsoDate;
  /** The day its earliest evidence happened: the first absence, the grade, the report, the søkerdata's arrival. */
  evidenceOn: IsoDate;
  state: FlagState;
  /** The day a person (or Varde) dismissed or resolved it; null while it is new or confirmed, set for every other state. */
  decidedOn: IsoDate | null;
  /** The reason written with a dismissal or resolution. */
  reason: string | null;
  /** Set when Varde resolved the flag itself. */
  reasonCode: FlagResolutionCode | null;
}

export interface PitfallStudentFacts {
  studentId: string;
  classId: string | null;
  /** The day the student started at the school this year, when after the start; else null. */
  enrolledOn: IsoDate | null;
  leftOn: IsoDate | null;
  /** The first final grade 1 or IV: the seed counts not passing a subject as dropping out. */
  failedOn: IsoDate | null;
  flags: readonly PitfallFlagFact[];
  closerFollowUps: ReadonlyArray<{ setOn: IsoDate; endedOn: IsoDate | null }>;
  cases: ReadonlyArray<{ id: string; kind: CaseKind; openedOn: IsoDate; closedOn: IsoDate | null; outcome: CaseOutcome | null }>;
  /** Mapping conversations held (the IKO interview, a case's kartleggingssamtale or investigation). */
  mappings: ReadonlyArray<{ heldOn: IsoDate }>;
  /** The days follow-up started: a plan signed, a case entering its measures. */
  followUpStarts: ReadonlyArray<{ startedOn: IsoDate }>;
  /** The days a plan version was signed (also among `followUpStarts`); for the implementation figures. */
  plansSigned?: ReadonlyArray<{ signedOn: IsoDate }>;
  evaluations: ReadonlyArray<{ evaluatedOn: IsoDate; satisfactory: boolean }>;
}

export interface PitfallContext {
  today: IsoDate;
  calendar: SchoolCalendar;
  /** The wheel's day for telling the contact teachers who is identified (`informer_kontaktlaerere`). */
  intakeIdentifiedBy: IsoDate | null;
  thresholds?: PitfallThresholds;
}

/** The dates and ids behind a finding; which ones depend on the reason (docs/decisions/016). */
export interface PitfallFacts {
  flagId?: string;
  ruleCode?: RuleCode;
  caseId?: string;
  evidenceOn?: IsoDate;
  identifiedOn?: IsoDate;
  mappedOn?: IsoDate | null;
  followUpStartedOn?: IsoDate;
  deadline?: IsoDate;
  decidedOn?: IsoDate;
  leftOn?: IsoDate;
  failedOn?: IsoDate;
  /** School days from the start of the wait to the event (or to today, while it is still awaited). */
  schoolDays?: number;
  evaluations?: number;
  dismissedFlagIds?: string[];
}

export interface PitfallFinding {
  studentId: string;
  classId: string | null;
  reason: PitfallReason;
  facts: PitfallFacts;
}

export type PitfallReport = Record<PitfallKey, PitfallFinding[]>;

/** Resolutions by Varde that say the concern was not there after all, or lives on in another flag. */
const notAnIdentification: ReadonlyArray<FlagResolutionCode | null> = ['evidence_gone', 'merged_into_concern'];

/** A flag about a risk to the student, not about the routine's duty to follow up absence. */
function isRisk(flag: PitfallFlagFact): boolean {
  return concernNature[concernOfRule[flag.ruleCode]] === 'risiko';
}

/** A flag that stands for a risk a person would recognise, and was not dismissed or dissolved. */
function identifies(flag: PitfallFlagFact): boolean {
  if (!isRisk(flag) || flag.state === 'avvist') return false;
  return flag.state !== 'lost' || !notAnIdentification.includes(flag.reasonCode);
}

function earliest(dates: readonly IsoDate[]): IsoDate | null {
  return [...dates].sort()[0] ?? null;
}

/**
 * School days from `from` to `to`, counted as the deadlines are: a wait that begins on a day
 * without school begins on the next school day, and the deadline is its N-th school day. (On a
 * weekend right after the deadline the wait shows N: the deadline has passed, no school day has.)
 */
export function schoolDaysAfter(calendar: SchoolCalendar, from: IsoDate, to: IsoDate): number {
  return schoolDaysBetween(calendar, addDays(addSchoolDays(calendar, from, 0), 1), to).length;
}

/**
 * The cases of the IKO chain: the follow-up cases. A clarification case with OT (ot_avklaring) is
 * about whether the student stays in school at all, not a step of identifying, mapping and following
 * up; it neither identifies nor returns the student to ordinary follow-up here (find-unacted.ts still
 * counts it as acting on a flag).
 */
function chainCases(student: PitfallStudentFacts): PitfallStudentFacts['cases'] {
  return student.cases.filter((c) => c.kind !== 'ot_avklaring');
}

/** The day of the latest return to ordinary follow-up before `until`, or null. */
function lastReturnBefore(student: PitfallStudentFacts, until: IsoDate): IsoDate | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an equivalent mutant (no case and no mark: no return), there to read most students quickly
  if (student.cases.length === 0 && student.closerFollowUps.length === 0) return null;
  const days = [...chainCases(student).map((c) => (c.outcome === 'effekt' ? c.closedOn : null)), ...student.closerFollowUps.map((m) => m.endedOn)];
  // A mark still open (no end) is no return: it is taken as ending on `until`, which is not before it.
  return days.filter((on): on is IsoDate => (on ?? until) < until).sort().at(-1) ?? null;
}

/** The days a student was identified after `after` (exclusive) and up to `until`, with the flags among them. */
function identifications(student: PitfallStudentFacts, after: IsoDate | null, until: IsoDate) {
  const within = (on: IsoDate) => (after === null || on > after) && on <= until;
  const flags = student.flags.filter((f) => identifies(f) && within(f.raisedOn));
  const dates = [...flags.map((f) => f.raisedOn), ...student.closerFollowUps.map((m) => m.setOn).filter(within), ...chainCases(student).map((c) => c.openedOn).filter(within)];
  return { flags, identifiedOn: earliest(dates) };
}

function notIdentified(student: PitfallStudentFacts, today: IsoDate): PitfallFinding | null {
  const finding = (reason: PitfallReason, facts: PitfallFacts) => ({ studentId: student.studentId, classId: student.classId, reason, facts });
  const outcomes: Array<['left_unidentified' | 'failed_unidentified', IsoDate | null]> = [
    ['left_unidentified', student.leftOn],
    ['failed_unidentified', student.failedOn],
  ];
  for (const [reason, on] of outcomes) {
    if (on === null || on > today) continue;
    // Identified only if it happened before the day itself: a case opened as the student leaves came too late to help.
    const before = addDays(on, -1);
    if (identifications(student, lastReturnBefore(student, on), before).identifiedOn !== null) continue;
    const dismissedFlagIds = student.flags.filter((f) => isRisk(f) && f.state === 'avvist' && f.raisedOn < on).map((f) => f.id);
    return finding(reason, reason === 'left_unidentified' ? { leftOn: on, dismissedFlagIds } : { failedOn: on, dismissedFlagIds });
  }
  const unexplained = student.flags.find(
    (f) =>
      f.state === 'avvist' &&
      isRisk(f) &&
      (f.reason ?? '').trim() === '' &&
      // Moot once the student has been identified from the day it was raised: another flag, a mark, a case.
      identifications(student, addDays(f.raisedOn, -1), today).identifiedOn === null,
  );
  if (!unexplained) return null;
  return finding('dismissed_without_reason', { flagId: unexplained.id, ruleCode: unexplained.ruleCode, decidedOn: unexplained.decidedOn ?? unexplained.raisedOn });
}

/** A student's current episode: identified, mapped, followed up, and whether the concern is still open. */
export interface StudentChain {
  /** The last day the chain is read to: today, or the day the student left (or the day before a return). */
  asOf: IsoDate;
  /** The latest return to ordinary follow-up before the episode, or null. */
  lastReturn: IsoDate | null;
  /** The flags that identified the student in this episode. */
  flags: PitfallFlagFact[];
  identifiedOn: IsoDate | null;
  inChain: (on: IsoDate) => boolean;
  mappedOn: IsoDate | null;
  /** The days follow-up started in the episode, in order. */
  starts: IsoDate[];
  /** The first plan signed in the episode, or null. */
  signedOn: IsoDate | null;
  /** The evaluations of the episode, oldest first. */
  evaluations: Array<{ evaluatedOn: IsoDate; satisfactory: boolean }>;
  open: boolean;
}

/**
 * The episode a student is in on `until` (default: today; the chain stops on the day the student
 * left): from the first identification after the last return to ordinary follow-up. Read with
 * `until` the day before a return, it gives the episode that return ended.
 */
export function readChain(student: PitfallStudentFacts, until: IsoDate): StudentChain {
  // The chain stops on the day the student left: the earlier of that day and `until`.
  const asOf = [until, student.leftOn ?? until].sort()[0]!;
  // Most students have no flag, mark or case: no episode, read without working it out (the
  // owner's view reads a municipality of 60 000; docs/performance.md). The same as the long way.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an equivalent mutant, the long way gives the same empty chain
  if (student.flags.length === 0 && student.closerFollowUps.length === 0 && student.cases.length === 0) return noEpisode(asOf);
  const lastReturn = lastReturnBefore(student, addDays(asOf, 1));
  const { flags, identifiedOn } = identifications(student, lastReturn, asOf);
  const inChain = (on: IsoDate) => identifiedOn !== null && on >= identifiedOn && on <= asOf;
  const open =
    // Of a student who has left: open on the day they left, even if settled since.
    flags.some((f) => f.state === 'ny' || f.state === 'bekreftet' || f.decidedOn! > asOf) ||
    chainCases(student).some((c) => c.openedOn <= asOf && (c.closedOn === null || c.closedOn > asOf)) ||
    student.closerFollowUps.some((m) => m.setOn <= asOf && (m.endedOn === null || m.endedOn > asOf));
  return {
    asOf,
    lastReturn,
    flags,
    identifiedOn,
    inChain,
    mappedOn: earliest(student.mappings.map((m) => m.heldOn).filter(inChain)),
    starts: student.followUpStarts.map((s) => s.startedOn).filter(inChain).sort(),
    signedOn: earliest((student.plansSigned ?? []).map((p) => p.signedOn).filter(inChain)),
    evaluations: student.evaluations.filter((e) => inChain(e.evaluatedOn)).sort((a, b) => a.evaluatedOn.localeCompare(b.evaluatedOn)),
    open,
  };
}

const outsideEveryEpisode = () => false;

function noEpisode(asOf: IsoDate): StudentChain {
  return { asOf, lastReturn: null, flags: [], identifiedOn: null, inChain: outsideEveryEpisode, mappedOn: null, starts: [], signedOn: null, evaluations: [], open: false };
}

/** The day of the student's latest return to ordinary follow-up up to and including `until`, or null. */
export function lastReturnOn(student: PitfallStudentFacts, until: IsoDate): IsoDate | null {
  return lastReturnBefore(student, addDays(until, 1));
}

/** Every pitfall with the students behind it, in the order the students were given. */
export function findPitfalls(students: readonly PitfallStudentFacts[], context: PitfallContext): PitfallReport {
  const report = Object.fromEntries(pitfallKeys.map((key) => [key, [] as PitfallFinding[]])) as PitfallReport;
  for (const student of students) {
    const found = studentPitfalls(student, context);
    for (const key of pitfallKeys) {
      const finding = found[key];
      if (finding) report[key].push(finding);
    }
  }
  return report;
}

/** The pitfalls one student is behind, by key. */
export function studentPitfalls(student: PitfallStudentFacts, context: PitfallContext): Partial<Record<PitfallKey, PitfallFinding>> {
  const { calendar, today } = context;
  const t = context.thresholds ?? pitfallThresholds;
  const found: Partial<Record<PitfallKey, PitfallFinding>> = {};
  const finding = (reason: PitfallReason, facts: PitfallFacts): PitfallFinding => ({ studentId: student.studentId, classId: student.classId, reason, facts });

  const missed = notIdentified(student, today);
  if (missed) found.not_identified = missed;

  const chain = readChain(student, today);
  if (chain.identifiedOn === null) return found;
  const { asOf, lastReturn, flags, identifiedOn, inChain } = chain;

  // identified_late
  const wheelDeadline = context.intakeIdentifiedBy;
  const enrolledOn = student.enrolledOn;
  const fromIntake = flags.some((f) => concernOfRule[f.ruleCode] === 'inntak');
  const evidenceOn = earliest(flags.map((f) => f.evidenceOn));
  if (fromIntake && wheelDeadline !== null && identifiedOn > wheelDeadline && (enrolledOn === null || enrolledOn <= wheelDeadline)) {
    found.identified_late = finding('after_wheel_deadline', { identifiedOn, deadline: wheelDeadline });
  } else if (evidenceOn !== null) {
    // Evidence from before the student came, or before the last return, could not be acted on then.
    const starts = [evidenceOn, enrolledOn, lastReturn === null ? null : addDays(lastReturn, 1)].filter((d): d is IsoDate => d !== null);
    const waitFrom = starts.sort().at(-1)!;
    const deadline = addSchoolDays(calendar, waitFrom, t.lateIdentificationSchoolDays);
    if (identifiedOn > deadline) {
      found.identified_late = finding('long_after_evidence', { evidenceOn, identifiedOn, deadline, schoolDays: schoolDaysAfter(calendar, waitFrom, identifiedOn) });
    }
  }

  const { mappedOn, starts, open } = chain;

  // not_mapped: nothing done within the time for mapping.
  if (mappedOn === null && starts.length === 0 && open) {
    const deadline = addSchoolDays(calendar, identifiedOn, t.mappingSchoolDays);
    if (asOf > deadline) found.not_mapped = finding('no_mapping_in_time', { identifiedOn, deadline, schoolDays: schoolDaysAfter(calendar, identifiedOn, asOf) });
  }

  // followed_up_without_mapping: every measure so far started before any mapping.
  const latestStart = starts.at(-1);
  if (latestStart !== undefined && (mappedOn === null || mappedOn > latestStart)) {
    found.followed_up_without_mapping = finding('measures_before_mapping', { identifiedOn, followUpStartedOn: starts[0]!, mappedOn });
  }

  if (mappedOn !== null) {
    const deadline = addSchoolDays(calendar, mappedOn, t.followUpSchoolDays);
    const startAfterMapping = starts.find((on) => on >= mappedOn);
    if (startAfterMapping === undefined) {
      // mapped_not_followed_up: mapped, still a concern, and nothing started in time.
      if (starts.length === 0 && open && asOf > deadline) {
        found.mapped_not_followed_up = finding('no_follow_up_in_time', { mappedOn, deadline, schoolDays: schoolDaysAfter(calendar, mappedOn, asOf) });
      }
    } else if (startAfterMapping > deadline) {
      found.slow_to_follow_up = finding('follow_up_late', { mappedOn, followUpStartedOn: startAfterMapping, deadline, schoolDays: schoolDaysAfter(calendar, mappedOn, startAfterMapping) });
    }
  }

  const noEffect = noEffectFinding(student, starts[0] ?? null, inChain, asOf, chain.evaluations, t);
  if (noEffect) found.no_effect = finding(noEffect.reason, noEffect.facts);
  return found;
}

function noEffectFinding(
  student: PitfallStudentFacts,
  firstStart: IsoDate | null,
  inChain: (on: IsoDate) => boolean,
  asOf: IsoDate,
  evaluations: StudentChain['evaluations'],
  t: PitfallThresholds,
): { reason: PitfallReason; facts: PitfallFacts } | null {
  if (firstStart !== null) {
    if (student.leftOn !== null && student.leftOn >= firstStart && student.leftOn <= asOf) return { reason: 'left_under_follow_up', facts: { followUpStartedOn: firstStart, leftOn: student.leftOn } };
    if (student.failedOn !== null && student.failedOn >= firstStart && student.failedOn <= asOf) return { reason: 'failed_under_follow_up', facts: { followUpStartedOn: firstStart, failedOn: student.failedOn } };
  }
  const closed = chainCases(student).find((c) => c.outcome === 'ikke_effekt' && c.closedOn !== null && inChain(c.closedOn));
  if (closed) return { reason: 'closed_without_effect', facts: { caseId: closed.id, decidedOn: closed.closedOn! } };
  const lastGood = evaluations.findLastIndex((e) => e.satisfactory);
  const inARow = evaluations.length - 1 - lastGood;
  if (inARow >= t.unsatisfactoryEvaluationsInARow) return { reason: 'unsatisfactory_evaluations', facts: { evaluations: inARow, decidedOn: evaluations.at(-1)!.evaluatedOn } };
  return null;
}
