/**
 * A school's own annual wheel and responsibility map (ansvarskart): the seed's activities with the
 * dates the school moved, the ones it left out, the ones it added, and the person it names per
 * class and role ("hvem gjør hva når"). Every change makes a new version from the latest; a
 * version never changes, so the data layer can keep each one and the history stays readable, and
 * a change made from an older version is refused rather than silently undoing someone else's.
 */
import type { IsoDate, SchoolCalendar } from '../school-calendar.js';
import type { RoleCode } from '../vocabulary.js';
import { isWheelActivityCode, wheelActivity, type WheelScope } from './wheel-activities.js';
import { firstSchoolDay } from './wheel-dates.js';

/** An activity of the school's own, beside the seed's: its title is the school's words. */
export interface CustomWheelActivity {
  /** The key it is known by; not one of the seed's codes. */
  id: string;
  title: string;
  scope: WheelScope;
  roles: readonly RoleCode[];
  dueOn: IsoDate;
}

/** The people a school names for a role, in one class (`classId`) or for the whole school (null). */
export interface NamedPeople {
  role: RoleCode;
  classId: string | null;
  staffIds: readonly string[];
}

export interface WheelMap {
  /** 0 is the seed's wheel as it is; each change adds one. */
  version: number;
  /** The dates the school set, by activity code (or own activity's id). */
  moved: Readonly<Record<string, IsoDate>>;
  /** The seed's activities the school left out. */
  removed: readonly string[];
  added: readonly CustomWheelActivity[];
  people: readonly NamedPeople[];
}

export const seedWheelMap: WheelMap = { version: 0, moved: {}, removed: [], added: [], people: [] };

export type WheelEdit =
  /** Set an activity's date. */
  | { kind: 'flytt'; activity: string; to: IsoDate }
  /** Back to the date the seed's rule gives. */
  | { kind: 'tilbakestill'; activity: string }
  | { kind: 'fjern'; activity: string }
  | { kind: 'gjenopprett'; activity: string }
  | { kind: 'legg_til'; activity: CustomWheelActivity }
  /** Name the people for a role in a class or for the school; none clears the naming. */
  | { kind: 'navngi'; role: RoleCode; classId: string | null; staffIds: readonly string[] };

export const wheelEditProblems = [
  /** The change was made from a version that is no longer the latest. */
  'stale_version',
  'unknown_activity',
  /** An own activity's id is taken (by the seed's codes or an own activity). */
  'duplicate_activity',
  /** The activity is left out of the wheel: restore it first. */
  'removed_activity',
  /** Only a left-out activity of the seed can be restored. */
  'not_removed',
  'empty_title',
  'no_roles',
  /** A date of the school year set before the first school day. */
  'before_school_start',
  /** An activity that prepares the start set on or after the first school day. */
  'not_before_school_start',
  'after_school_year',
] as const;
export type WheelEditProblem = (typeof wheelEditProblems)[number];

export type WheelEditResult = { ok: true; map: WheelMap } | { ok: false; problem: WheelEditProblem; index: number | null };

interface Draft {
  moved: Record<string, IsoDate>;
  removed: string[];
  added: CustomWheelActivity[];
  people: NamedPeople[];
}

/**
 * Applies a change (its edits in order, all or none) to the latest version and gives the next
 * version, or the first edit that cannot be made (its index; null for a stale version) and why.
 */
export function editWheelMap(latest: WheelMap, change: { baseVersion: number; edits: readonly WheelEdit[] }, calendar: SchoolCalendar): WheelEditResult {
  if (change.baseVersion !== latest.version) return { ok: false, problem: 'stale_version', index: null };
  const draft: Draft = { moved: { ...latest.moved }, removed: [...latest.removed], added: [...latest.added], people: [...latest.people] };
  for (const [index, edit] of change.edits.entries()) {
    const problem = applyEdit(draft, edit, calendar);
    if (problem) return { ok: false, problem, index };
  }
  return { ok: true, map: { version: latest.version + 1, ...draft } };
}

function applyEdit(draft: Draft, edit: WheelEdit, calendar: SchoolCalendar): WheelEditProblem | null {
  switch (edit.kind) {
    case 'flytt': {
      const problem = checkActivity(draft, edit.activity) ?? checkDate(calendar, edit.to, preparesStart(edit.activity));
      if (problem) return problem;
      const own = draft.added.findIndex((a) => a.id === edit.activity);
      // An own activity has one date, its own; the seed's keep theirs and the school's beside.
      if (own >= 0) draft.added[own] = { ...draft.added[own]!, dueOn: edit.to };
      else draft.moved[edit.activity] = edit.to;
      return null;
    }
    case 'tilbakestill': {
      if (!isWheelActivityCode(edit.activity)) return 'unknown_activity';
      delete draft.moved[edit.activity];
      return null;
    }
    case 'fjern': {
      const problem = checkActivity(draft, edit.activity);
      if (problem) return problem;
      const before = draft.added.length;
      draft.added = draft.added.filter((a) => a.id !== edit.activity);
      if (draft.added.length === before) draft.removed.push(edit.activity);
      return null;
    }
    case 'gjenopprett': {
      if (!draft.removed.includes(edit.activity)) return isWheelActivityCode(edit.activity) ? 'not_removed' : 'unknown_activity';
      draft.removed = draft.removed.filter((code) => code !== edit.activity);
      return null;
    }
    case 'legg_til': {
      const activity = edit.activity;
      if (isWheelActivityCode(activity.id) || draft.added.some((a) => a.id === activity.id)) return 'duplicate_activity';
      if (activity.title.trim() === '') return 'empty_title';
      if (activity.roles.length === 0) return 'no_roles';
      const problem = checkDate(calendar, activity.dueOn, null);
      if (problem) return problem;
      draft.added.push({ ...activity, title: activity.title.trim(), roles: [...new Set(activity.roles)] });
      return null;
    }
    case 'navngi': {
      draft.people = draft.people.filter((p) => p.role !== edit.role || p.classId !== edit.classId);
      const staffIds = [...new Set(edit.staffIds)];
      if (staffIds.length > 0) draft.people.push({ role: edit.role, classId: edit.classId, staffIds });
      return null;
    }
  }
}

/** An activity that can be changed: one of the seed's still in the wheel, or one of the school's own. */
function checkActivity(draft: Draft, activity: string): WheelEditProblem | null {
  if (draft.removed.includes(activity)) return 'removed_activity';
  if (isWheelActivityCode(activity) || draft.added.some((a) => a.id === activity)) return null;
  return 'unknown_activity';
}

/** Whether the seed puts the activity before the start (null: the school's own, which may lie on either side). */
function preparesStart(activity: string): boolean | null {
  return isWheelActivityCode(activity) ? wheelActivity(activity).anchor.kind === 'plandag' : null;
}

function checkDate(calendar: SchoolCalendar, date: IsoDate, beforeStart: boolean | null): WheelEditProblem | null {
  if (date > calendar.endsOn) return 'after_school_year';
  const start = firstSchoolDay(calendar);
  if (beforeStart === true && date >= start) return 'not_before_school_start';
  if (beforeStart === false && date < start) return 'before_school_start';
  return null;
}
