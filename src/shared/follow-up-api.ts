/**
 * The contract of following up outside a case: a contact with the home logged from a task (with
 * undo), a student's home contacts, and the closer-follow-up mark (tettere oppfølging).
 */
import { z } from 'zod';
import { closerFollowUpEndReasons } from '../domain/follow-up/closer-follow-up.js';
import { homeContactChannels, homeContactOutcomes } from '../domain/vocabulary.js';
import { dateIn } from '../domain/date-windows.js';
import { task } from './api.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const uuid = z.string().uuid();

/** One click: the outcome; the channel is the phone unless said, a note is optional. */
export const taskContactBody = z.object({
  outcome: z.enum(homeContactOutcomes),
  channel: z.enum(homeContactChannels).default('telefon'),
  note: z.string().trim().max(2000).default(''),
});
export type TaskContactBody = z.input<typeof taskContactBody>;

export const loggedTaskContact = z.object({
  contactId: uuid,
  /** Until when "Angre" takes it back. */
  undoableUntil: z.string(),
  task,
});
export type LoggedTaskContact = z.infer<typeof loggedTaskContact>;

export const homeContactParams = z.object({ contactId: uuid });

export const studentHomeContact = z.object({
  id: uuid,
  contactedAt: z.string(),
  channel: z.enum(homeContactChannels),
  outcome: z.enum(homeContactOutcomes),
  note: z.string().nullable(),
  staffName: z.string().nullable(),
  /** The case it was logged in, null when logged from a task. */
  caseId: uuid.nullable(),
  fromTask: z.boolean(),
});
export type StudentHomeContact = z.infer<typeof studentHomeContact>;
export const studentHomeContacts = z.object({ contacts: z.array(studentHomeContact) });
export type StudentHomeContacts = z.infer<typeof studentHomeContacts>;

export const closerFollowUpStatuses = ['aktiv', 'til_vurdering', 'avsluttet'] as const;
export const closerFollowUp = z.object({
  id: uuid,
  status: z.enum(closerFollowUpStatuses),
  reason: z.string(),
  reviewOn: isoDate,
  setAt: z.string(),
  setByName: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.enum(closerFollowUpEndReasons).nullable(),
  endNote: z.string().nullable(),
});
export type CloserFollowUp = z.infer<typeof closerFollowUp>;
export const studentCloserFollowUps = z.object({
  /** The open mark, if any (active or waiting for its review). */
  current: closerFollowUp.nullable(),
  history: z.array(closerFollowUp),
});
export type StudentCloserFollowUps = z.infer<typeof studentCloserFollowUps>;

export const closerFollowUpBody = z.object({
  reason: z.string().trim().min(1, 'must say why').max(2000),
  reviewOn: dateIn('review'),
});
export type CloserFollowUpBody = z.infer<typeof closerFollowUpBody>;

export const closerFollowUpReviewBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('forleng'), reviewOn: dateIn('review') }),
  z.object({ decision: z.literal('avslutt'), note: z.string().trim().max(2000).default('') }),
]);
export type CloserFollowUpReviewBody = z.input<typeof closerFollowUpReviewBody>;
export const closerFollowUpParams = z.object({ markId: uuid });
