/**
 * "Who has seen my data" (innsyn i logg, issue 14 part 5): the audit log's entries about one
 * student — or by one member of staff — turned into lines a person can read. Pure: the data layer
 * loads the entries and the people, this decides the grouping and the words' codes; the web app
 * and the PDF say the codes in the reader's language.
 *
 * - Repeated entries of the same thing (the same action on the same object) by the same person on
 *   the same day (Norwegian time) are one line with a count: a teacher opening "Mine elever" 40
 *   times is one line, "40 times", not 40 lines.
 * - Refusals (the 403 and 404 entries the error handler writes) are kept apart: they are attempts,
 *   not sight of the data.
 * - Sign-in and sign-out entries name no student and are left out.
 * - The address (IP) is kept per line for leadership only; `forStudent` leaves it out, so that
 *   the student's own view (not built yet) can reuse this as it is.
 */
import { addDays, toDayNumber } from '../school-calendar.js';
import type { RoleCode } from '../vocabulary.js';

/** What was done to the data: the audit log's four actions on data. */
export const accessActions = ['read', 'create', 'update', 'delete'] as const;
export type AccessAction = (typeof accessActions)[number];

/**
 * What the entry was about, in words a student understands: the catalogs (web) and
 * src/documents/access-report-document.ts (PDF) say each one.
 */
export const accessSubjects = [
  'student_page',
  'student_list',
  'absence',
  'grades',
  'flags',
  'follow_up',
  'case',
  'plan',
  'meeting',
  'document',
  'class_report',
  'school_move',
  'ot',
  'access_report',
  'other',
] as const;
export type AccessSubject = (typeof accessSubjects)[number];

/** The audit log's entity names (src/server, src/data), by what they are about. */
const subjectOfEntity: Record<string, AccessSubject> = {
  student: 'student_page',
  absence_totals: 'student_list',
  tasks: 'student_list',
  cases: 'student_list',
  class_meetings: 'student_list',
  class_meeting: 'student_list',
  class_meeting_agenda: 'student_list',
  class_meeting_decision: 'student_list',
  iko_workspace: 'student_list',
  manedssjekk: 'student_list',
  ukesjekk: 'student_list',
  semestersjekk: 'student_list',
  unacted_board: 'student_list',
  pitfalls: 'student_list',
  implementation: 'student_list',
  students_without_birth_date: 'student_list',
  check_record: 'student_list',
  absence: 'absence',
  absence_notice: 'absence',
  subject_absence: 'absence',
  lesson_register: 'absence',
  day_register: 'absence',
  grade: 'grades',
  flag: 'flags',
  flags: 'flags',
  closer_follow_up: 'follow_up',
  home_contact: 'follow_up',
  home_contacts: 'follow_up',
  teacher_report: 'follow_up',
  task: 'follow_up',
  case: 'case',
  case_participant: 'case',
  conversation: 'case',
  referral: 'case',
  plan: 'plan',
  plan_signature: 'plan',
  plan_evaluation: 'plan',
  plan_shared_with_home: 'plan',
  // The home view (src/server/routes/home-routes.ts): the student or a guardian, no staff member.
  home_overview: 'student_page',
  home_document: 'document',
  home_access_report: 'access_report',
  home_access_consent: 'other',
  meeting: 'meeting',
  meeting_invitation: 'meeting',
  calendar_feed: 'meeting',
  plan_document: 'document',
  summons_document: 'document',
  minutes_document: 'document',
  ot_agreement_document: 'document',
  class_report: 'class_report',
  class_report_pdf: 'class_report',
  class_report_xlsx: 'class_report',
  school_move: 'school_move',
  school_move_preview: 'school_move',
  overgang: 'school_move',
  overgang_incoming: 'school_move',
  overgang_request: 'school_move',
  overgang_consent: 'school_move',
  overgang_summary: 'school_move',
  ot_youth: 'ot',
  ot_youth_list: 'ot',
  ot_follow_up_entry: 'ot',
  ot_avklaring: 'ot',
  ot_avklaringar: 'ot',
  ot_avklaring_opplysingar: 'ot',
  ot_avklaring_agreement: 'ot',
  ot_avklaring_preparation: 'ot',
  access_report: 'access_report',
  access_report_pdf: 'access_report',
  staff_access_log: 'access_report',
};

/** What an entry of the log was about; a refusal's entity may be a route ("/api/students/:studentId/flags"). */
export function subjectOf(entity: string): AccessSubject {
  const known = subjectOfEntity[entity];
  if (known) return known;
  if (entity.startsWith('/api/')) {
    // A refusal without a named object: the route says what was asked for.
    if (/\/(cases|case)\b/.test(entity)) return 'case';
    if (/\/plans\b/.test(entity)) return 'plan';
    if (/\/flags\b/.test(entity)) return 'flags';
    if (/\.pdf$/.test(entity)) return 'document';
    if (/^\/api\/students\/:studentId$/.test(entity)) return 'student_page';
  }
  return 'other';
}

/** One entry of the audit log as the report needs it. */
export interface AccessLogEntry {
  id: number;
  /** The moment (ISO 8601). */
  at: string;
  actorStaffId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  studentId: string | null;
  detail: Record<string, unknown> | null;
  address: string | null;
}

/** A member of staff as the report names them: their roles and the school of each. */
export interface AccessActor {
  staffId: string;
  name: string;
  roles: ReadonlyArray<{ role: RoleCode; schoolId: string | null; schoolName: string | null }>;
}

export interface AccessReportLine {
  /** The day (YYYY-MM-DD, Norwegian time) the entries were made. */
  day: string;
  /** The first and last moment of the line's entries (ISO 8601). */
  firstAt: string;
  lastAt: string;
  action: AccessAction;
  subject: AccessSubject;
  /** The object (a case's id, a plan's …) when the entry named one. */
  entityId: string | null;
  /** The student the entries were about (the staff log names them; a student's report has one). */
  studentId: string | null;
  /** Null: an entry written by the system (an import, a nightly evaluation). */
  actor: AccessActor | null;
  count: number;
  /** Refusals: the answer given (403 forbidden, 404 as missing). */
  status: number | null;
  /** The addresses the entries came from; empty in a report for the student. */
  addresses: string[];
}

export interface AccessReport {
  lines: AccessReportLine[];
  refusals: AccessReportLine[];
}

const osloDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day in Norway a moment falls on: a read at 00.30 Norwegian time belongs to that day, not the UTC one before. */
export function osloDayOf(at: string): string {
  return osloDayFormat.format(new Date(at));
}

const isAccessAction = (action: string): action is AccessAction => (accessActions as readonly string[]).includes(action);

/**
 * The report: lines newest first (by their last entry), refusals apart. `actors` names the people
 * (an entry whose person is not in it is named as unknown, actor null, and not dropped: an entry
 * is never hidden from the report). `forStudent`: without addresses.
 */
export function buildAccessReport(entries: readonly AccessLogEntry[], actors: ReadonlyMap<string, AccessActor>, options: { forStudent: boolean }): AccessReport {
  const lines = new Map<string, AccessReportLine>();
  const refusals = new Map<string, AccessReportLine>();
  // Sorted by id (the chain's order), so that first and last moments and addresses come in order whatever order the rows were read in.
  for (const entry of [...entries].sort((a, b) => a.id - b.id)) {
    if (!isAccessAction(entry.action)) continue;
    const refused = entry.detail?.refused === true;
    const status = refused && typeof entry.detail?.status === 'number' ? entry.detail.status : null;
    const day = osloDayOf(entry.at);
    const subject = subjectOf(entry.entity);
    const key = [day, entry.actorStaffId ?? '', entry.action, entry.entity, entry.entityId ?? '', entry.studentId ?? '', status ?? ''].join('|');
    const into = refused ? refusals : lines;
    const line = into.get(key);
    if (line) {
      line.count += 1;
      line.lastAt = entry.at;
      if (!options.forStudent && entry.address && !line.addresses.includes(entry.address)) line.addresses.push(entry.address);
      continue;
    }
    into.set(key, {
      day,
      firstAt: entry.at,
      lastAt: entry.at,
      action: entry.action,
      subject,
      entityId: entry.entityId,
      studentId: entry.studentId,
      actor: entry.actorStaffId ? (actors.get(entry.actorStaffId) ?? null) : null,
      count: 1,
      status,
      addresses: !options.forStudent && entry.address ? [entry.address] : [],
    });
  }
  const newestFirst = (a: AccessReportLine, b: AccessReportLine) => (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0);
  return { lines: [...lines.values()].sort(newestFirst), refusals: [...refusals.values()].sort(newestFirst) };
}

/** The default and longest periods a report covers (issue 14: a year for the student, a month for misuse control). */
export const accessReportPeriods = {
  student: { defaultDays: 365, maxDays: 366 },
  staff: { defaultDays: 30, maxDays: 366 },
} as const;

export type AccessPeriodProblem = { path: 'querystring.from' | 'querystring.to'; problem: 'after_to' | 'too_long' | 'after_today' };

/**
 * The period asked for, with its defaults: `to` today, `from` the default length before it. A
 * period is at most `maxDays` long (from and to included) and ends no later than today.
 */
export function resolveAccessPeriod(
  asked: { from?: string | undefined; to?: string | undefined },
  today: string,
  limits: { defaultDays: number; maxDays: number },
): { ok: true; from: string; to: string } | { ok: false; problem: AccessPeriodProblem } {
  const to = asked.to ?? today;
  const from = asked.from ?? addDays(to, -(limits.defaultDays - 1));
  if (from > to) return { ok: false, problem: { path: 'querystring.from', problem: 'after_to' } };
  if (to > today) return { ok: false, problem: { path: 'querystring.to', problem: 'after_today' } };
  if (toDayNumber(to) - toDayNumber(from) + 1 > limits.maxDays) return { ok: false, problem: { path: 'querystring.from', problem: 'too_long' } };
  return { ok: true, from, to };
}
