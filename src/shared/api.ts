/**
 * The API contract: request and response shapes shared by the server (validation, OpenAPI) and
 * the web app (types). Field names are English; values from the domain keep their Norwegian codes.
 */
import { z } from 'zod';
import {
  absenceScopes,
  absenceTypes,
  gradeKinds,
  gradeValues,
  groupKinds,
  roleCodes,
} from '../domain/vocabulary.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** Stable error codes; the web app turns each into bokmål, nynorsk or English. */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'csrf_failed',
  'forbidden',
  'not_found',
  'rate_limited',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const apiError = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof apiError>;

export const health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export const signInBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const roleAssignment = z.object({
  role: z.enum(roleCodes),
  title: z.string().nullable(),
  schoolId: z.string().uuid().nullable(),
  schoolName: z.string().nullable(),
});
export type RoleAssignment = z.infer<typeof roleAssignment>;

export const session = z.object({
  staffId: z.string().uuid(),
  name: z.string(),
  roles: z.array(roleAssignment),
  /** Sent back in the X-CSRF-Token header on every state-changing request. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof session>;

export const term = z.object({
  id: z.string().uuid(),
  name: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
});
export type Term = z.infer<typeof term>;

/** Absence so far this term. Days are whole-day records; hours are lesson records. */
export const absenceTotals = z.object({
  days: z.number(),
  hours: z.number(),
  undocumentedHours: z.number(),
  lateArrivals: z.number(),
});
export type AbsenceTotals = z.infer<typeof absenceTotals>;

export const studentInList = z.object({
  id: z.string().uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  absence: absenceTotals,
});
export type StudentInList = z.infer<typeof studentInList>;

export const myStudents = z.object({
  term: term.nullable(),
  groups: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      kind: z.enum(groupKinds),
      /** How the signed-in person relates to the group. */
      relation: z.enum(['kontaktlaerer', 'faglaerer']),
      level: z.string().nullable(),
      programme: z.string().nullable(),
      subjectName: z.string().nullable(),
      students: z.array(studentInList),
    }),
  ),
});
export type MyStudents = z.infer<typeof myStudents>;

export const studentParams = z.object({ studentId: z.string().uuid() });
export const schoolParams = z.object({ schoolId: z.string().uuid() });

export const studentDetail = z.object({
  id: z.string().uuid(),
  /** What need-to-know gives the reader: everything, or only own subjects (no guardians). */
  access: z.enum(['full', 'subject']),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  age: z.number().int(),
  school: z.object({ id: z.string().uuid(), name: z.string() }),
  groups: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      kind: z.enum(groupKinds),
      subjectName: z.string().nullable(),
      contactTeachers: z.array(z.string()),
    }),
  ),
  guardians: z.array(
    z.object({
      id: z.string().uuid(),
      givenName: z.string(),
      familyName: z.string(),
      relation: z.string(),
      parentalResponsibility: z.boolean(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  term: term.nullable(),
  absenceTotals: absenceTotals,
  absence: z.array(
    z.object({
      id: z.string().uuid(),
      date: isoDate,
      scope: z.enum(absenceScopes),
      lessonNumber: z.number().int().nullable(),
      subjectName: z.string().nullable(),
      hours: z.number(),
      minutesLate: z.number().int().nullable(),
      type: z.enum(absenceTypes),
      cause: z.string().nullable(),
      noticeFromHome: z.boolean(),
      registeredBy: z.string().nullable(),
    }),
  ),
  grades: z.array(
    z.object({
      id: z.string().uuid(),
      subjectCode: z.string(),
      subjectName: z.string(),
      kind: z.enum(gradeKinds),
      value: z.enum(gradeValues),
      givenOn: isoDate,
    }),
  ),
});
export type StudentDetail = z.infer<typeof studentDetail>;

export const schoolOverview = z.object({
  school: z.object({ id: z.string().uuid(), name: z.string() }),
  term: term.nullable(),
  /** School days of the term up to and including today. */
  schoolDaysSoFar: z.number().int(),
  classes: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      level: z.string().nullable(),
      programme: z.string().nullable(),
      contactTeachers: z.array(z.string()),
      studentCount: z.number().int(),
      absence: absenceTotals,
      /** Absent lesson hours as a share of the lessons the class has had this term (0–100). */
      absencePercent: z.number(),
      /** Students with 3 or more days or 9 or more hours this term (DOMAIN.md rule 7, lower edge). */
      studentsOverThreshold: z.number().int(),
    }),
  ),
});
export type SchoolOverview = z.infer<typeof schoolOverview>;
