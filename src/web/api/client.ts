/**
 * The web app's only way to the server: typed functions over fetch, in the shapes of
 * src/shared/api.ts. Cookies are HttpOnly and sent by the browser (credentials 'same-origin');
 * the CSRF token from the session is kept here and sent on every state-changing request.
 * Every failure becomes an ApiFailure with a stable code, which the pages translate.
 */
import type {
  ApiError,
  ErrorCode,
  Flag,
  FlagDecision,
  LessonRegister,
  MonthlyCheck,
  MyStudents,
  RegistrationResult,
  SchoolOverview,
  Session,
  StudentDetail,
  SubjectAbsence,
  Task,
  WeeklyCheck,
} from '../../shared/api';
import type { GradeValue } from '../../domain/vocabulary';

/** The server's error codes, and `network` when no answer came at all. */
export type FailureCode = ErrorCode | 'network';
export type FailureDetail = { path: string; message: string };

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
  429: 'rate_limited',
};

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiFailure('network', 0, error instanceof Error ? error.message : 'The request failed');
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }

  if (!response.ok) {
    if (response.status === 401) csrfToken = null;
    if (isApiError(parsed)) {
      const { code, message, details } = parsed.error;
      throw new ApiFailure(code, response.status, message, details ?? []);
    }
    // An answer without our error shape (a proxy, a gateway): fall back on the status.
    const code = codeForStatus[response.status] ?? 'internal';
    throw new ApiFailure(code, response.status, `HTTP ${response.status}`);
  }
  if (parsed === undefined) {
    throw new ApiFailure('internal', response.status, 'The server answered without JSON');
  }
  return parsed as T;
}

const segment = (value: string) => encodeURIComponent(value);

/** The signed-in person; fails with `unauthenticated` (401) when nobody is signed in. */
export async function getSession(): Promise<Session> {
  return remember(await request<Session>('GET', '/api/session'));
}

export async function signIn(credentials: { username: string; password: string }): Promise<Session> {
  return remember(await request<Session>('POST', '/api/session', credentials));
}

export async function signOut(): Promise<void> {
  try {
    await request<void>('DELETE', '/api/session');
  } finally {
    csrfToken = null;
  }
}

export function getMyStudents(): Promise<MyStudents> {
  return request<MyStudents>('GET', '/api/me/students');
}

export function getStudent(studentId: string): Promise<StudentDetail> {
  return request<StudentDetail>('GET', `/api/students/${segment(studentId)}`);
}

export function getSchoolOverview(schoolId: string): Promise<SchoolOverview> {
  return request<SchoolOverview>('GET', `/api/schools/${segment(schoolId)}/overview`);
}

// Identification: flags, tasks and daily registration (issue 3).

export function getStudentFlags(studentId: string): Promise<{ flags: Flag[] }> {
  return request<{ flags: Flag[] }>('GET', `/api/students/${segment(studentId)}/flags`);
}

export function decideFlag(flagId: string, decision: FlagDecision): Promise<Flag> {
  return request<Flag>('POST', `/api/flags/${segment(flagId)}/decision`, decision);
}

export function getSubjectAbsence(studentId: string): Promise<SubjectAbsence> {
  return request<SubjectAbsence>('GET', `/api/students/${segment(studentId)}/subject-absence`);
}

export function getMyTasks(): Promise<{ tasks: Task[] }> {
  return request<{ tasks: Task[] }>('GET', '/api/me/tasks');
}

export function markTaskDone(taskId: string): Promise<Task> {
  return request<Task>('POST', `/api/tasks/${segment(taskId)}/done`);
}

export function getLessonRegister(groupId: string, date: string, lessonNumber: number): Promise<LessonRegister> {
  const query = new URLSearchParams({ date, lessonNumber: String(lessonNumber) });
  return request<LessonRegister>('GET', `/api/groups/${segment(groupId)}/register?${query.toString()}`);
}

export type AttendanceStatus = LessonRegister['students'][number]['status'];
export type AttendanceEntry = { studentId: string; status: AttendanceStatus; minutesLate?: number | null };

export function registerAttendance(
  groupId: string,
  body: { date: string; lessonNumber: number; entries: AttendanceEntry[] },
): Promise<RegistrationResult> {
  return request<RegistrationResult>('POST', `/api/groups/${segment(groupId)}/attendance`, body);
}

export type NoticeFromHome = { date: string; cause: string; documented: boolean; wholeDay: boolean };

export function recordNotice(studentId: string, body: NoticeFromHome): Promise<RegistrationResult> {
  return request<RegistrationResult>('POST', `/api/students/${segment(studentId)}/notices`, body);
}

export type GradeEntry = { kind: 'midtveis' | 'halvaar'; givenOn: string; entries: Array<{ studentId: string; value: GradeValue }> };

export function enterGrades(groupId: string, body: GradeEntry): Promise<RegistrationResult> {
  return request<RegistrationResult>('POST', `/api/groups/${segment(groupId)}/grades`, body);
}

export function getWeeklyCheck(groupId: string): Promise<WeeklyCheck> {
  return request<WeeklyCheck>('GET', `/api/classes/${segment(groupId)}/weekly-check`);
}

export function getMonthlyCheck(schoolId: string): Promise<MonthlyCheck> {
  return request<MonthlyCheck>('GET', `/api/schools/${segment(schoolId)}/monthly-check`);
}
