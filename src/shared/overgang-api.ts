/**
 * The contract of the overgang (issue 13, part 5; OpenAPI tag `overgang`): a follow-up summary
 * that moves to the student's next school only with consent. The former school's side is about
 * its own student (`/api/students/:studentId/overgang`); the receiving school's side about its
 * new student and the former schools found for them (`…/overgang/incoming`). The domain decides
 * (src/domain/overgang/); the routes are src/server/routes/overgang-routes.ts; decision 023.
 */
import { z } from 'zod';
import { dateIn } from '../domain/date-windows.js';
import { consentGivers } from '../domain/referrals/consent.js';

const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);
const line = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const consentGiver = z.enum(consentGivers);
export const overgangStatus = z.enum(['venter', 'lest', 'kan_spoerje']);

export const overgangSummary = z.object({
  causes: z.array(line(500)).max(20),
  helped: z.array(line(500)).max(20),
  contactPerson: z.object({
    name: text(200),
    role: text(200),
    phone: text(40).nullable(),
    email: text(200).nullable(),
  }),
  note: text(2000).nullable(),
});
export type OvergangSummaryBody = z.infer<typeof overgangSummary>;

// ------------------------------------------------------------------------------------------
// The former school's side
// ------------------------------------------------------------------------------------------

export const overgangConsent = z.object({
  id: uuid,
  givenBy: consentGiver,
  guardianName: z.string().nullable(),
  givenOn: z.string(),
  recordedBy: z.string(),
  revokedOn: z.string().nullable(),
  revokedBy: consentGiver.nullable(),
  inForce: z.boolean(),
});

/** GET /api/students/:studentId/overgang */
export const overgangView = z.object({
  /** Whether the page offers the summary: saved or asked for, or a follow-up of a student who has left or is in the school's last trinn. */
  offered: z.boolean(),
  /** An open case, or one closed within the last 12 months. */
  followUp: z.boolean(),
  /** The summary as saved, or null until it is. */
  summary: overgangSummary.nullable(),
  /** The first draft from the cases, while nothing is saved. */
  draft: overgangSummary.nullable(),
  prepared: z.object({ by: z.string(), at: z.string() }).nullable(),
  consents: z.array(overgangConsent),
  /** Who may consent today, by the student's age. */
  whoMayConsent: z.array(consentGiver),
  guardians: z.array(z.object({ id: uuid, name: z.string() })),
  /** Who at other schools has read the summary, and when. */
  reads: z.array(z.object({ schoolName: z.string(), readerName: z.string(), readAt: z.string() })),
  /** Which schools have asked for it. */
  requests: z.array(z.object({ schoolName: z.string(), askerName: z.string(), askedAt: z.string() })),
});
export type OvergangView = z.infer<typeof overgangView>;

/** PUT /api/students/:studentId/overgang/summary */
export const saveSummaryBody = z.object({ summary: overgangSummary });

/** POST /api/students/:studentId/overgang/consents — the school records a consent it received. */
export const recordConsentBody = z.object({
  givenBy: consentGiver,
  /** Which guardian, when the guardians gave it. */
  guardianId: uuid.nullable().default(null),
  givenOn: dateIn('happened'),
});

export const consentParams = z.object({ studentId: uuid, consentId: uuid });

/** POST /api/students/:studentId/overgang/consents/:consentId/revoke */
export const revokeConsentBody = z.object({
  revokedBy: consentGiver,
  revokedOn: dateIn('happened'),
});

// ------------------------------------------------------------------------------------------
// The receiving school's side
// ------------------------------------------------------------------------------------------

export const formerSchool = z.object({
  /** The former school's student it matched (birth date and name), the handle for asking and reading. */
  fromStudentId: uuid,
  fromSchoolName: z.string(),
  status: overgangStatus,
  askedAt: z.string().nullable(),
});

/**
 * GET /api/students/:studentId/overgang/incoming. `birthDateMissing`: the student has no birth
 * date, so no former school can be found (the match needs it): the school completes it first.
 */
export const incomingView = z.object({ formerSchools: z.array(formerSchool), birthDateMissing: z.boolean() });
export type IncomingView = z.infer<typeof incomingView>;

export const incomingParams = z.object({ studentId: uuid, fromStudentId: uuid });

/** GET /api/students/:studentId/overgang/incoming/:fromStudentId — reads the summary (kept and audited on both sides). */
export const incomingSummary = z.object({
  fromSchoolName: z.string(),
  summary: overgangSummary,
  consent: z.object({ givenBy: consentGiver, givenOn: z.string() }),
  readAt: z.string(),
});
export type IncomingSummary = z.infer<typeof incomingSummary>;

/** POST /api/students/:studentId/overgang/incoming/:fromStudentId/ask */
export const askAnswer = z.object({ askedAt: z.string() });
