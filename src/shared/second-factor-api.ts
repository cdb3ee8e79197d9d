/**
 * The contract of "Tofaktorinnlogging" (issue 14, part 3): for the owner's administrator, the
 * people with a local account whose roles need a second factor
 * (src/domain/people/second-factor-roles.ts), and whether each has set up an authenticator — so
 * that a lost phone can be reset (DELETE /api/staff/:staffId/second-factor). The routes are in
 * src/server/routes/second-factor-routes.ts.
 */
import { z } from 'zod';
import { roleCodes } from '../domain/vocabulary.js';

const secondFactorRole = z.object({
  role: z.enum(roleCodes),
  /** Null for a role over the whole owner (skoleeier, administrator). */
  schoolName: z.string().nullable(),
});

const personSecondFactor = z.object({
  staffId: z.string().uuid(),
  name: z.string(),
  username: z.string(),
  /** All the person's roles, the one needing the second factor among them. */
  roles: z.array(secondFactorRole),
  state: z.discriminatedUnion('kind', [
    /** `since`: when the first code was confirmed, an ISO instant. */
    z.object({ kind: z.literal('enrolled'), since: z.string() }),
    z.object({ kind: z.literal('not_enrolled') }),
  ]),
});
export type PersonSecondFactor = z.infer<typeof personSecondFactor>;

/** GET /api/owner/second-factors */
export const secondFactorOverview = z.object({
  /** VARDE_SECOND_FACTOR on this server: with `off`, nobody is asked for a code, enrolled or not. */
  secondFactor: z.enum(['required', 'off']),
  /** By family name. */
  people: z.array(personSecondFactor),
});
export type SecondFactorOverview = z.infer<typeof secondFactorOverview>;
