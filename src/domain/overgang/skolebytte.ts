/**
 * Skolebytte: a student changes school within the owner mid-year (issue 13, part 6;
 * docs/decisions/023-overgang-and-skolebytte.md). The owner is the same data controller and the
 * duty to follow up (opplæringslova § 10-6) moves with the student, so each open case is either
 * handed over to a responsible person at the new school (`overta`) or closed with the outcome
 * `skolebytte` and a note (`avslutt`). This file decides, from plain facts, what the move does —
 * or why it is refused; src/data/skolebytte/move-student.ts carries the plan out.
 *
 * - A handed-over case moves to the new school with its new responsible person. The staff of the
 *   case who may take part at the new school (case.take_part: they hold a role there; an OT
 *   advisor in a clarification case) stay in it, the former responsible person as a participant;
 *   the others leave it (its history names them), so nobody at the former school goes on reading
 *   a case that now belongs to the new one.
 * - Its open tasks follow it: a task of a participant who stays is still theirs, every other one
 *   (the former responsible person's step task among them) goes to the new responsible person.
 * - Every other open task about the student — a flag's, a closer-follow-up mark's review, those of
 *   a case that is closed now — closes with the reason `eleven_bytta_skole`.
 * - The memberships of the former school's classes and groups end the day before the move.
 * - The former school reads the cases it closed for `formerReadMonths` after the move
 *   (`formerReadUntil`), long enough to answer the new school's questions; then the owner's
 *   archive keeps them.
 *
 * The day of the move is one recorded near the day it happens: at most `moveDaysBack` days back
 * (recorded late) and `moveDaysAhead` days ahead (a planned move; the school changes when the move
 * is recorded, the former school's registers keep the student until the day before), and after
 * the student's last move — one move per day, in order.
 */
import { can, type Person } from '../access-policy.js';
import { addDays, type IsoDate } from '../school-calendar.js';
import type { CaseKind } from '../vocabulary.js';

/** How long the former school may still read the cases it closed: three months from the day of the move. */
export const formerReadMonths = 3;
/** How far ahead of today a move may be recorded. */
export const moveDaysAhead = 30;
/** How far back a move may be dated when it is recorded late. */
export const moveDaysBack = 30;

export const caseHandlings = ['overta', 'avslutt'] as const;
export type CaseHandling = (typeof caseHandlings)[number];

/** What the former school decided for one open case. */
export type CaseChoice = { caseId: string; handling: 'overta'; responsibleStaffId: string } | { caseId: string; handling: 'avslutt'; note: string };

export interface OpenCaseFacts {
  id: string;
  kind: CaseKind;
  responsibleStaffId: string;
  participants: ReadonlyArray<{ staffId: string; role: string }>;
}

export interface OpenTaskFacts {
  id: string;
  caseId: string | null;
  assigneeStaffId: string;
}

export interface SkolebytteFacts {
  student: {
    schoolId: string;
    /** The day the student was written out of school, if they were: then it is not a skolebytte. */
    leftOn: IsoDate | null;
    /** The day of the student's latest move within the owner, if any. */
    lastMovedOn: IsoDate | null;
  };
  /** The school moved to, when it is a school of the student's owner; null for an id that names none. */
  toSchool: { id: string } | null;
  movedOn: IsoDate;
  today: IsoDate;
  openCases: readonly OpenCaseFacts[];
  openTasks: readonly OpenTaskFacts[];
  choices: readonly CaseChoice[];
  /** The roles of each person the choices name and of each participant of the open cases (a person missing here names nobody). */
  people: ReadonlyMap<string, Person>;
}

/** Why a move is refused, with the request's field it is about (`cases.2.note`), for the form. */
export type SkolebytteRefusal =
  | { problem: 'student_left'; path: 'studentId' }
  | { problem: 'no_such_school' | 'same_school'; path: 'toSchoolId' }
  | { problem: 'before_last_move'; path: 'movedOn'; lastMovedOn: IsoDate }
  | { problem: 'too_far_ahead'; path: 'movedOn'; latest: IsoDate }
  | { problem: 'too_far_back'; path: 'movedOn'; earliest: IsoDate }
  | { problem: 'choice_missing'; path: 'cases'; caseId: string }
  | { problem: 'not_an_open_case' | 'chosen_twice'; path: `cases.${number}.caseId` }
  | { problem: 'note_missing'; path: `cases.${number}.note` }
  | { problem: 'responsible_not_at_new_school'; path: `cases.${number}.responsibleStaffId` };

/** Every reason a move may be refused, for the pages that say them. */
export const skolebytteProblems = [
  'student_left',
  'no_such_school',
  'same_school',
  'before_last_move',
  'too_far_ahead',
  'too_far_back',
  'choice_missing',
  'not_an_open_case',
  'chosen_twice',
  'note_missing',
  'responsible_not_at_new_school',
] as const satisfies ReadonlyArray<SkolebytteRefusal['problem']>;

export interface HandedOverCase {
  caseId: string;
  formerResponsibleStaffId: string;
  responsibleStaffId: string;
  /** Participants who stay in the case (the new responsible person not among them). */
  keptStaffIds: string[];
  /** Participants who leave it: they do not work at the new school. */
  removedStaffIds: string[];
}

export interface SkolebyttePlan {
  fromSchoolId: string;
  toSchoolId: string;
  movedOn: IsoDate;
  /** The last day of the memberships of the former school's classes and groups. */
  membershipsEndOn: IsoDate;
  /** The last day the former school may read the cases it closed. */
  formerReadUntil: IsoDate;
  handedOver: HandedOverCase[];
  closed: Array<{ caseId: string; note: string }>;
  /** The open tasks of the handed-over cases, with the person each is for from now on. */
  followingTasks: Array<{ taskId: string; caseId: string; assigneeStaffId: string }>;
  /** The open tasks that close with the reason `eleven_bytta_skole`. */
  closedTaskIds: string[];
}

export type SkolebytteDecision = { ok: true; plan: SkolebyttePlan } | { ok: false; refusals: SkolebytteRefusal[] };

/** The same day `months` calendar months later; the last day of a shorter month when it has no such day (31 Nov → 30 Nov). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return addDays(first.toISOString().slice(0, 10), Math.min(d, lastDay) - 1);
}

/** The last day the former school may read what it wrote, for a move on `movedOn`. */
export function formerReadUntilOf(movedOn: IsoDate): IsoDate {
  return addMonths(movedOn, formerReadMonths);
}

/** Whether the former school may still read, on `today`, the cases it closed at a move it may read until `readUntil`. */
export function formerSchoolMayRead(readUntil: IsoDate, today: IsoDate): boolean {
  return today <= readUntil;
}

function dateRefusals(facts: SkolebytteFacts): SkolebytteRefusal[] {
  const { movedOn, today } = facts;
  const refusals: SkolebytteRefusal[] = [];
  const latest = addDays(today, moveDaysAhead);
  const earliest = addDays(today, -moveDaysBack);
  if (movedOn > latest) refusals.push({ problem: 'too_far_ahead', path: 'movedOn', latest });
  else if (movedOn < earliest) refusals.push({ problem: 'too_far_back', path: 'movedOn', earliest });
  // One move a day, in order: a move on or before the last one would rewrite history.
  const last = facts.student.lastMovedOn;
  if (last !== null && movedOn <= last) refusals.push({ problem: 'before_last_move', path: 'movedOn', lastMovedOn: last });
  return refusals;
}

/** May this person take part in this case at the new school (case.take_part)? */
function takesPartAt(facts: SkolebytteFacts, staffId: string, kase: OpenCaseFacts, schoolId: string): boolean {
  const person = facts.people.get(staffId);
  return !!person && can(person, 'case.take_part', { schoolId, participantStaffIds: kase.participants.map((p) => p.staffId), kind: kase.kind });
}

function choiceRefusals(facts: SkolebytteFacts, toSchoolId: string | null): SkolebytteRefusal[] {
  const refusals: SkolebytteRefusal[] = [];
  const open = new Map(facts.openCases.map((c) => [c.id, c]));
  const seen = new Set<string>();
  facts.choices.forEach((choice, i) => {
    const kase = open.get(choice.caseId);
    if (!kase) return refusals.push({ problem: 'not_an_open_case', path: `cases.${i}.caseId` });
    if (seen.has(choice.caseId)) return refusals.push({ problem: 'chosen_twice', path: `cases.${i}.caseId` });
    seen.add(choice.caseId);
    if (choice.handling === 'avslutt' && choice.note.trim() === '') refusals.push({ problem: 'note_missing', path: `cases.${i}.note` });
    // Without a school to move to there is no one to hand over to; that refusal is said at the school.
    if (choice.handling === 'overta' && toSchoolId !== null && !takesPartAt(facts, choice.responsibleStaffId, kase, toSchoolId)) {
      refusals.push({ problem: 'responsible_not_at_new_school', path: `cases.${i}.responsibleStaffId` });
    }
  });
  for (const kase of facts.openCases) if (!seen.has(kase.id)) refusals.push({ problem: 'choice_missing', path: 'cases', caseId: kase.id });
  return refusals;
}

/** What a move of the student does, or every reason it is refused. */
export function planSkolebytte(facts: SkolebytteFacts): SkolebytteDecision {
  const fromSchoolId = facts.student.schoolId;
  if (facts.student.leftOn !== null) return { ok: false, refusals: [{ problem: 'student_left', path: 'studentId' }] };
  const schoolRefusal: SkolebytteRefusal | null =
    facts.toSchool === null ? { problem: 'no_such_school', path: 'toSchoolId' } : facts.toSchool.id === fromSchoolId ? { problem: 'same_school', path: 'toSchoolId' } : null;
  const toSchoolId = schoolRefusal ? null : facts.toSchool!.id;
  const refusals = [...(schoolRefusal ? [schoolRefusal] : []), ...dateRefusals(facts), ...choiceRefusals(facts, toSchoolId)];
  if (refusals.length > 0 || toSchoolId === null) return { ok: false, refusals };

  const cases = new Map(facts.openCases.map((c) => [c.id, c]));
  const handedOver: HandedOverCase[] = [];
  const closed: SkolebyttePlan['closed'] = [];
  for (const choice of facts.choices) {
    const kase = cases.get(choice.caseId)!;
    if (choice.handling === 'avslutt') {
      closed.push({ caseId: kase.id, note: choice.note.trim() });
      continue;
    }
    const others = kase.participants.map((p) => p.staffId).filter((id) => id !== choice.responsibleStaffId);
    const stays = (id: string) => takesPartAt(facts, id, kase, toSchoolId);
    handedOver.push({
      caseId: kase.id,
      formerResponsibleStaffId: kase.responsibleStaffId,
      responsibleStaffId: choice.responsibleStaffId,
      keptStaffIds: others.filter(stays),
      removedStaffIds: others.filter((id) => !stays(id)),
    });
  }

  const byCase = new Map(handedOver.map((h) => [h.caseId, h]));
  const followingTasks: SkolebyttePlan['followingTasks'] = [];
  const closedTaskIds: string[] = [];
  for (const task of facts.openTasks) {
    const handed = task.caseId === null ? undefined : byCase.get(task.caseId);
    if (!handed) {
      closedTaskIds.push(task.id);
      continue;
    }
    // A participant who stays keeps their own task; the former responsible person's (the step's) and the leavers' go to the new one.
    const keeps = task.assigneeStaffId !== handed.formerResponsibleStaffId && handed.keptStaffIds.includes(task.assigneeStaffId);
    followingTasks.push({ taskId: task.id, caseId: handed.caseId, assigneeStaffId: keeps ? task.assigneeStaffId : handed.responsibleStaffId });
  }

  return {
    ok: true,
    plan: {
      fromSchoolId,
      toSchoolId,
      movedOn: facts.movedOn,
      membershipsEndOn: addDays(facts.movedOn, -1),
      formerReadUntil: formerReadUntilOf(facts.movedOn),
      handedOver,
      closed,
      followingTasks,
      closedTaskIds,
    },
  };
}
