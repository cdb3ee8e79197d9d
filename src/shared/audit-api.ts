/**
 * The contract of innsyn i logg (issue 14, part 5; OpenAPI tag `audit`; docs/innsyn.md): who read
 * or changed a student's data, from the audit log, for the school's leadership (as JSON and as a
 * PDF to send on a written request), and everything one member of staff read or changed
 * (misuse control). The domain groups and names the entries (src/domain/audit/build-access-report.ts);
 * the routes are src/server/routes/audit-routes.ts. Same conventions as api.ts.
 */
import { z } from 'zod';
import { calendarDate } from '../domain/date-windows.js';
import { accessActions, accessSubjects } from '../domain/audit/build-access-report.js';
import { roleCodes } from '../domain/vocabulary.js';

const uuid = z.string().uuid();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/**
 * The period, both days included. Defaults: the last 12 months for a student, the last 30 days for
 * a member of staff; at most 366 days, not after today. `from` after `to` is a 400 at
 * `querystring.from`. A day of the past, not a window around today: the audit log is kept for years.
 */
export const accessPeriodQuery = z.object({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
});

/** The PDF's language: bokmål or nynorsk; without it, the owner's målform. */
export const accessReportDocumentQuery = accessPeriodQuery.extend({ language: z.enum(['nb', 'nn']).optional() });

export const staffParams = z.object({ staffId: uuid });

export const accessActor = z.object({
  staffId: uuid,
  name: z.string(),
  /** The person's roles now, each with its school (null: a role of the owner, e.g. skoleeier). */
  roles: z.array(z.object({ role: z.enum(roleCodes), schoolName: z.string().nullable() })),
});

export const accessLine = z.object({
  day: isoDate,
  firstAt: z.string(),
  lastAt: z.string(),
  action: z.enum(accessActions),
  /** What it was about; the web app says it (audit.subject.*). */
  subject: z.enum(accessSubjects),
  /** Null: written by the system (an import, the nightly evaluation), or a person no longer on the staff list. */
  actor: accessActor.nullable(),
  count: z.number().int().positive(),
  /** A refusal's answer: 403 (forbidden) or 404 (answered as missing). */
  status: z.number().int().nullable(),
  /** The addresses the entries came from: for leadership, never in the student's own view. */
  addresses: z.array(z.string()),
});
export type AccessLine = z.infer<typeof accessLine>;

const period = z.object({ from: isoDate, to: isoDate });

/** GET /api/students/:studentId/access-report — for the skoleleder of the student's school. */
export const accessReport = z.object({
  student: z.object({ id: uuid, name: z.string(), school: z.object({ id: uuid, name: z.string() }) }),
  period,
  lines: z.array(accessLine),
  refusals: z.array(accessLine),
});
export type AccessReportView = z.infer<typeof accessReport>;

/** GET /api/staff/:staffId/access-log — misuse control: each line names the student it was about (null: no student). */
export const staffAccessLog = z.object({
  staff: accessActor,
  period,
  /** Only the students of the schools where the reader is skoleleder, unless the reader is the person themself. */
  lines: z.array(accessLine.extend({ student: z.object({ id: uuid, name: z.string() }).nullable() })),
  refusals: z.array(accessLine.extend({ student: z.object({ id: uuid, name: z.string() }).nullable() })),
});
export type StaffAccessLog = z.infer<typeof staffAccessLog>;

/** GET /api/schools/:schoolId/access-control/staff — the school's staff, to pick one for misuse control. */
export const accessControlStaff = z.object({
  staff: z.array(accessActor),
});
export type AccessControlStaff = z.infer<typeof accessControlStaff>;
