/**
 * The contract of the delivery log (issue 15; docs/notices.md): what Varde sent to whom, by which
 * channel, when, and how it went — on the student's page and in the case — and the resend of a
 * notice that failed or was not sent. Routes: src/server/routes/notice-routes.ts; OpenAPI tag
 * `notices`. The school's notice settings (the same-day notice to guardians) are here too.
 */
import { z } from 'zod';
import { noticeChannels, noticeKinds, noticeLanguages, noticeReasons, noticeRecipientKinds, noticeStatuses } from '../domain/notices/notice-kinds.js';

const uuid = z.string().uuid();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const noticeParams = z.object({ noticeId: uuid });
export const noticeStudentParams = z.object({ studentId: uuid });
export const noticeCaseParams = z.object({ caseId: uuid });
export const noticeSchoolParams = z.object({ schoolId: uuid });

/** One line of the delivery log. Staff's own notices (digest, reminders) are not in a student's log. */
export const noticeLine = z.object({
  id: uuid,
  kind: z.enum(noticeKinds),
  recipientKind: z.enum(noticeRecipientKinds),
  recipientName: z.string(),
  /** Null while no channel reaches the person (not_sent). */
  channel: z.enum(noticeChannels).nullable(),
  /** Where it went, masked: "o***@example.no", "*** ** 45 67". */
  addressHint: z.string().nullable(),
  status: z.enum(noticeStatuses),
  /** Why it failed or was not sent, as a code the web app says in the reader's language. */
  statusReason: z.enum(noticeReasons).nullable(),
  /** The provider's own words beside the reason (an SMTP server's answer), as it gave them. */
  statusDetail: z.string().nullable(),
  day: isoDate,
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  failedAt: z.string().nullable(),
  attempts: z.number().int(),
  /** Who caused it; null for Varde's own. */
  createdByName: z.string().nullable(),
  /** Whether the reader may send it again now (it failed or was not sent, and a channel now reaches the person). */
  canResend: z.boolean(),
});
export type NoticeLine = z.infer<typeof noticeLine>;

export const noticeLog = z.object({
  /** The student the log is about (a case's student, for a case's log). */
  studentId: uuid,
  notices: z.array(noticeLine),
  /** Which channels this Varde has; none: every notice shows as not sent. */
  channels: z.array(z.enum(noticeChannels)),
});
export type NoticeLog = z.infer<typeof noticeLog>;

/** GET/PUT /api/schools/:schoolId/notice-settings — the school's choices, set by its leadership. */
export const noticeSettings = z.object({
  /** The language of notices when the recipient has not chosen one. */
  language: z.enum(noticeLanguages),
  /** The same-day notice to guardians when a student is registered absent without a notice; off by default. */
  sameDayAbsenceNotice: z.boolean(),
  /** The number the same-day notice asks guardians to call; required to turn the notice on. */
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^\+?[\d ]{8,}$/, 'must be a phone number')
    .nullable(),
});
export type NoticeSettings = z.infer<typeof noticeSettings>;
export const noticeSettingsBody = noticeSettings.refine((s) => !s.sameDayAbsenceNotice || s.phone !== null, {
  message: 'must give the number guardians are asked to call',
  path: ['phone'],
});
