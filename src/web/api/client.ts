/**
 * The web app's only way to the server: typed functions over fetch, in the shapes of
 * src/shared/api.ts. Cookies are HttpOnly and sent by the browser (credentials 'same-origin');
 * the CSRF token from the session is kept here and sent on every state-changing request.
 * Every failure becomes an ApiFailure with a stable code, which the pages translate.
 */
import type { z } from 'zod';
import type {
  ApiError,
  attendanceBody,
  attendanceStatus,
  dayAttendanceBody,
  DayRegister,
  ErrorCode,
  Flag,
  FlagDecision,
  Health,
  gradeEntryBody,
  ImportProgressLine,
  ImportResultLine,
  importParams,
  ownerImportParams,
  LessonRegister,
  MyLessons,
  MyStudents,
  myTasks,
  noticeBody,
  RegistrationResult,
  ruleProfilesList,
  ruleProfileUpdateBody,
  RuleProfileView,
  SchoolOverview,
  secondFactorBody,
  Session,
  signInBody,
  SignInResult,
  StudentDetail,
  studentFlags,
  SubjectAbsence,
  Task,
} from '../../shared/api';
import type {
  CloserFollowUpBody,
  CloserFollowUpReviewBody,
  LoggedTaskContact,
  StudentCloserFollowUps,
  StudentHomeContacts,
  TaskContactBody,
} from '../../shared/follow-up-api';
import type { SignOutResult } from '../../shared/sign-in-api';
import { readJsonLines } from './json-lines';

/** The server's error codes, and `network` when no answer came at all. */
export type FailureCode = ErrorCode | 'network';
export type FailureDetail = NonNullable<ApiError['error']['details']>[number];

export class ApiFailure extends Error {
  readonly code: FailureCode;
  /** HTTP status; 0 when the request never reached the server. */
  readonly status: number;
  readonly details: FailureDetail[];

  constructor(code: FailureCode, status: number, message: string, details: FailureDetail[] = []) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof ApiFailure;
}

let csrfToken: string | null = null;

/** Keeps the token of the current session, for the X-CSRF-Token header. */
function remember(session: Session): Session {
  csrfToken = session.csrfToken;
  return session;
}

const codeForStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  429: 'rate_limited',
};

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The failure an answer that is not OK stands for: our error shape, or else its HTTP status. */
function failureOf(response: Response, parsed: unknown): ApiFailure {
  if (response.status === 401) csrfToken = null;
  if (isApiError(parsed)) {
    const { code, message, details } = parsed.error;
    return new ApiFailure(code, response.status, message, details ?? []);
  }
  // An answer without our error shape (a proxy, a gateway): fall back on the status.
  const code = codeForStatus[response.status] ?? 'internal';
  return new ApiFailure(code, response.status, `HTTP ${response.status}`);
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (error) {
    throw new ApiFailure('network', 0, error instanceof Error ? error.message : 'The request failed');
  }
}

/** A JSON request with the CSRF header on every state-changing method; for the features' own API modules. */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  const response = await send(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 204) return undefined as T;

  const parsed = parseJson(await response.text());
  if (!response.ok) throw failureOf(response, parsed);
  if (parsed === undefined) {
    throw new ApiFailure('internal', response.status, 'The server answered without JSON');
  }
  return parsed as T;
}

/** One segment of an API path, escaped. */
export const pathSegment = (value: string) => encodeURIComponent(value);

/** Is Varde up; and the demo school's sign-ins, when it is loaded. Public. */
export function getHealth(): Promise<Health> {
  return request<Health>('GET', '/api/health');
}

/** The signed-in person; fails with `unauthenticated` (401) when nobody is signed in. */
export async function getSession(): Promise<Session> {
  return remember(await request<Session>('GET', '/api/session'));
}

export type SignIn = z.input<typeof signInBody>;

/** The session, or, for an account that needs a second factor, the challenge to answer with a code. */
export async function signIn(credentials: SignIn): Promise<SignInResult> {
  const result = await request<SignInResult>('POST', '/api/session', credentials);
  return 'secondFactor' in result ? result : remember(result);
}

export type SecondFactorCode = z.input<typeof secondFactorBody>;

/** Finishes a sign-in begun with the password: the code from the authenticator app. */
export async function confirmSecondFactor(body: SecondFactorCode): Promise<Session> {
  return remember(await request<Session>('POST', '/api/session/second-factor', body));
}

/** Ends the session; gives the provider's end-session address when the session began at Feide. */
export async function signOut(): Promise<SignOutResult> {
  try {
    return await request<SignOutResult>('DELETE', '/api/session');
  } finally {
    csrfToken = null;
  }
}

/** Ends every session of the signed-in person, this one included: other devices are signed out too. */
export async function signOutEverywhere(): Promise<void> {
  try {
    await request<void>('DELETE', '/api/sessions');
  } finally {
    csrfToken = null;
  }
}

export function getMyStudents(): Promise<MyStudents> {
  return request<MyStudents>('GET', '/api/me/students');
}

export function getStudent(studentId: string): Promise<StudentDetail> {
  return request<StudentDetail>('GET', `/api/students/${pathSegment(studentId)}`);
}

export function getSchoolOverview(schoolId: string): Promise<SchoolOverview> {
  return request<SchoolOverview>('GET', `/api/schools/${pathSegment(schoolId)}/overview`);
}

// Identification: flags, tasks and daily registration (issue 3).

export type StudentFlags = z.infer<typeof studentFlags>;

export function getStudentFlags(studentId: string): Promise<StudentFlags> {
  return request<StudentFlags>('GET', `/api/students/${pathSegment(studentId)}/flags`);
}

export function decideFlag(flagId: string, decision: FlagDecision): Promise<Flag> {
  return request<Flag>('POST', `/api/flags/${pathSegment(flagId)}/decision`, decision);
}

export function getSubjectAbsence(studentId: string): Promise<SubjectAbsence> {
  return request<SubjectAbsence>('GET', `/api/students/${pathSegment(studentId)}/subject-absence`);
}

export type MyTasks = z.infer<typeof myTasks>;

export function getMyTasks(): Promise<MyTasks> {
  return request<MyTasks>('GET', '/api/me/tasks');
}

export function markTaskDone(taskId: string): Promise<Task> {
  return request<Task>('POST', `/api/tasks/${pathSegment(taskId)}/done`);
}

// Following up outside a case: contacts with the home from a task, closer follow-up (issue 9).

export function logTaskContact(taskId: string, body: TaskContactBody): Promise<LoggedTaskContact> {
  return request<LoggedTaskContact>('POST', `/api/tasks/${pathSegment(taskId)}/contact`, body);
}

export function undoHomeContact(contactId: string): Promise<Task> {
  return request<Task>('POST', `/api/home-contacts/${pathSegment(contactId)}/undo`);
}

export function getStudentHomeContacts(studentId: string): Promise<StudentHomeContacts> {
  return request<StudentHomeContacts>('GET', `/api/students/${pathSegment(studentId)}/home-contacts`);
}

export function getCloserFollowUp(studentId: string): Promise<StudentCloserFollowUps> {
  return request<StudentCloserFollowUps>('GET', `/api/students/${pathSegment(studentId)}/closer-follow-up`);
}

export function setCloserFollowUp(studentId: string, body: CloserFollowUpBody): Promise<StudentCloserFollowUps> {
  return request<StudentCloserFollowUps>('POST', `/api/students/${pathSegment(studentId)}/closer-follow-up`, body);
}

export function reviewCloserFollowUp(markId: string, body: CloserFollowUpReviewBody): Promise<StudentCloserFollowUps> {
  return request<StudentCloserFollowUps>('POST', `/api/closer-follow-ups/${pathSegment(markId)}/review`, body);
}

export function getLessonRegister(groupId: string, date: string, lessonNumber: number): Promise<LessonRegister> {
  const query = new URLSearchParams({ date, lessonNumber: String(lessonNumber) });
  return request<LessonRegister>('GET', `/api/groups/${pathSegment(groupId)}/register?${query.toString()}`);
}

export type AttendanceStatus = z.infer<typeof attendanceStatus>;
export type Attendance = z.input<typeof attendanceBody>;
export type AttendanceEntry = Attendance['entries'][number];

export function registerAttendance(groupId: string, body: Attendance): Promise<RegistrationResult> {
  return request<RegistrationResult>('POST', `/api/groups/${pathSegment(groupId)}/attendance`, body);
}

export type NoticeFromHome = z.input<typeof noticeBody>;

export function getMyLessons(date: string): Promise<MyLessons> {
  return request<MyLessons>('GET', `/api/me/lessons?${new URLSearchParams({ date }).toString()}`);
}

export function getDayRegister(groupId: string, date: string): Promise<DayRegister> {
  return request<DayRegister>('GET', `/api/groups/${pathSegment(groupId)}/day-register?${new URLSearchParams({ date }).toString()}`);
}

export type DayAttendance = z.input<typeof dayAttendanceBody>;

export function registerDay(groupId: string, body: DayAttendance): Promise<RegistrationResult> {
  return request<RegistrationResult>('POST', `/api/groups/${pathSegment(groupId)}/day-register`, body);
}

export function recordNotice(studentId: string, body: NoticeFromHome): Promise<RegistrationResult> {
  return request<RegistrationResult>('POST', `/api/students/${pathSegment(studentId)}/notices`, body);
}

export type GradeEntry = z.input<typeof gradeEntryBody>;

export function enterGrades(groupId: string, body: GradeEntry): Promise<RegistrationResult> {
  return request<RegistrationResult>('POST', `/api/groups/${pathSegment(groupId)}/grades`, body);
}

// Rule profiles (administrators) and imports (leadership and administrators).

export type RuleProfilesList = z.infer<typeof ruleProfilesList>;

export function getRuleProfiles(): Promise<RuleProfilesList> {
  return request<RuleProfilesList>('GET', '/api/rule-profiles');
}

/** Saves a new version; `baseVersion` is the version the edit started from (409 if someone saved since). */
export type RuleProfileUpdate = z.input<typeof ruleProfileUpdateBody>;

export function saveRuleProfile(key: string, body: RuleProfileUpdate): Promise<RuleProfileView> {
  return request<RuleProfileView>('PUT', `/api/rule-profiles/${pathSegment(key)}`, body);
}

export type ImportKind = z.infer<typeof importParams>['kind'];

/**
 * Uploads a file (several only for OneRoster) as multipart/form-data in the field `file`. The
 * server answers with JSON lines: progress lines, passed to `onProgress` as they come, then one
 * result line, which is returned — imported with counts, or rejected with every problem (a
 * rejected file is an answer, not a failure). Failures before the stream (401, 403, 400) are
 * ApiFailures as for every request; a stream that ends without a result is `network`.
 */
export async function importFiles(
  schoolId: string,
  kind: ImportKind,
  files: readonly File[],
  onProgress: (line: ImportProgressLine) => void,
  org?: string,
): Promise<ImportResultLine> {
  return uploadImport(`/api/schools/${pathSegment(schoolId)}/imports/${pathSegment(kind)}${orgQuery(org)}`, files, onProgress);
}

/** The files imported for the owner, no school chosen: the schools file, or a OneRoster set that finds (or creates) its school. */
export type OwnerImportKind = z.infer<typeof ownerImportParams>['kind'];

/** As importFiles, for the owner (administrators): the result says which schools were created and changed. */
export async function importOwnerFiles(kind: OwnerImportKind, files: readonly File[], onProgress: (line: ImportProgressLine) => void, org?: string): Promise<ImportResultLine> {
  return uploadImport(`/api/owner/imports/${pathSegment(kind)}${orgQuery(org)}`, files, onProgress);
}

/** The org of a OneRoster set with several schools (importQuery), when one is chosen. */
function orgQuery(org: string | undefined): string {
  const chosen = org?.trim();
  return chosen ? `?${new URLSearchParams({ org: chosen }).toString()}` : '';
}

async function uploadImport(url: string, files: readonly File[], onProgress: (line: ImportProgressLine) => void): Promise<ImportResultLine> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/x-ndjson, application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;

  const response = await send(url, { method: 'POST', headers, body: form });
  if (!response.ok) throw failureOf(response, parseJson(await response.text()));
  if (!response.body) throw new ApiFailure('internal', response.status, 'The server answered without a body');

  let result: ImportResultLine | null = null;
  try {
    for await (const line of readJsonLines(response.body)) {
      if (isLineOfType(line, 'progress')) onProgress(line as ImportProgressLine);
      else if (isLineOfType(line, 'result')) result = line as ImportResultLine;
    }
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('network', 0, error instanceof Error ? error.message : 'The answer was cut off');
  }
  if (!result) throw new ApiFailure('network', 0, 'The answer ended before the result of the import');
  return result;
}

function isLineOfType(line: unknown, type: 'progress' | 'result'): boolean {
  return typeof line === 'object' && line !== null && (line as { type?: unknown }).type === type;
}
