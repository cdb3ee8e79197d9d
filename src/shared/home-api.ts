/**
 * The contract of the home view (issue 14, part 4; docs/home.md): a student or a guardian, signed
 * in with Feide or ID-porten, reads what the school has shared with them — plans and agreements
 * (signed versions, and drafts the school shared), meeting summons, the documents sent to them —
 * signs a plan version, and sees who has read the student's data. No flags, no risk words, no
 * other student. Routes: src/server/routes/home-routes.ts; OpenAPI tags `home` and `audit`.
 */
import { z } from 'zod';
import { planKinds } from '../domain/plans/plan-content.js';
import { homePersonKinds, meetingKinds } from '../domain/vocabulary.js';
import { accessLine } from './audit-api.js';
import { signature } from './case-api.js';

const uuid = z.string().uuid();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const homeStudentParams = z.object({ studentId: uuid });
export const homePlanVersionParams = z.object({ studentId: uuid, planId: uuid, version: z.coerce.number().int().min(1) });
export const homeDocumentParams = z.object({ studentId: uuid, documentId: uuid });
export const homeConsentParams = z.object({ studentId: uuid, guardianId: uuid });

/** A student the signed-in person may see: themself, or a child (or an adult child who consented). */
export const homeStudent = z.object({
  id: uuid,
  name: z.string(),
  schoolName: z.string(),
  /** For a guardian: why the access holds (a minor, or the adult student's consent). */
  basis: z.enum(['self', 'minor', 'consent']),
});
export type HomeStudent = z.infer<typeof homeStudent>;

/** GET /api/home/session — who is signed in to the home view, and whom they may see. */
export const homeSession = z.object({
  personKind: z.enum(homePersonKinds),
  method: z.enum(['feide', 'id_porten']),
  name: z.string(),
  csrfToken: z.string(),
  students: z.array(homeStudent),
});
export type HomeSession = z.infer<typeof homeSession>;

/** DELETE /api/home/session answers `signOutResult` (src/shared/sign-in-api.ts). */

export const homePlanVersion = z.object({
  planId: uuid,
  kind: z.enum(planKinds),
  version: z.number().int(),
  /** signed: at least one signature, never changes; draft: the school shared it to read before it is signed. */
  status: z.enum(['signed', 'draft']),
  /** The plan's content as the school wrote it (src/domain/plans/plan-content.ts); shown by the same view as the school's. */
  content: z.unknown(),
  signatures: z.array(signature),
  /** The latest version, not yet signed by this person: the "Signer" button. */
  canSign: z.boolean(),
  signedByMe: z.boolean(),
  updatedAt: z.string(),
});
export type HomePlanVersion = z.infer<typeof homePlanVersion>;

export const homeMeeting = z.object({
  id: uuid,
  kind: z.enum(meetingKinds),
  startsAt: z.string(),
  place: z.string().nullable(),
  summonsSentOn: isoDate.nullable(),
});
export type HomeMeeting = z.infer<typeof homeMeeting>;

export const homeDocument = z.object({
  id: uuid,
  /** innkalling, referat, tiltaksplan …: the web says it (home.documentKind.*). */
  kind: z.string(),
  title: z.string(),
  createdAt: z.string(),
});
export type HomeDocument = z.infer<typeof homeDocument>;

/** GET /api/home/students/:studentId — everything the school has shared about one student. */
export const homeOverview = z.object({
  student: homeStudent,
  /** Newest first: each plan's latest signed version, and a newer draft when the school shared it. */
  plans: z.array(homePlanVersion),
  /** From 30 days back, soonest first. */
  meetings: z.array(homeMeeting),
  documents: z.array(homeDocument),
  /** For the student themself when 18 or older: the guardians, and whether each may see this too. */
  guardianConsents: z.array(z.object({ guardianId: uuid, name: z.string(), consentInForce: z.boolean() })).nullable(),
});
export type HomeOverview = z.infer<typeof homeOverview>;

/** POST …/plans/:planId/versions/:version/signature — no body: the signer is the signed-in person. */
export const homeSignResult = homePlanVersion;

/** GET /api/home/students/:studentId/access-report — who read or changed the data: by role and school, no addresses. */
export const homeAccessReport = z.object({
  period: z.object({ from: isoDate, to: isoDate }),
  lines: z.array(accessLine),
});
export type HomeAccessReport = z.infer<typeof homeAccessReport>;

/** POST /api/plans/:planId/versions/:version/share-with-home — the school shares a draft with the student and guardians. */
export const sharedWithHome = z.object({ sharedWithHomeAt: z.string() });
