/**
 * The ways in (issue 14; docs/decisions/025-sign-in-feide-id-porten.md): which are on, and the
 * refusals a provider's sign-in can end in. The provider routes (src/server/routes/oidc-routes.ts)
 * send the browser back to `/logg-inn?feil=<refusal>` and the sign-in page says it in words.
 */
import { z } from 'zod';

/** GET /api/sign-in/options — public: what the sign-in page offers. */
export const signInOptions = z.object({
  password: z.boolean(),
  feide: z.boolean(),
  idPorten: z.boolean(),
});
export type SignInOptions = z.infer<typeof signInOptions>;

export const oidcRefusals = [
  /** The provider is not configured on this server. */
  'provider_off',
  /** The answer's state is unknown, used before, or too old: a replayed or forged answer. */
  'state_invalid',
  /** The provider answered with an error (the person cancelled, or the provider refused). */
  'provider_error',
  /** The code or the ID token did not hold: a replayed code, a wrong nonce, an expired or forged token. */
  'token_invalid',
  /** Feide: nobody in Varde has this Feide name. */
  'feide_unknown',
  /** The account is disabled. */
  'account_disabled',
  /** ID-porten: the person is neither a guardian nor an adult student in Varde. */
  'id_unknown',
  /** ID-porten: a guardian, but without parental responsibility for any student. */
  'no_parental_responsibility',
  /** ID-porten: a guardian whose children are all 18 or older and have not consented. */
  'student_is_adult',
] as const;
export type OidcRefusal = (typeof oidcRefusals)[number];

/** DELETE /api/session and DELETE /api/home/session — where to go to end the provider's session too (null: nowhere). */
export const signOutResult = z.object({ endSessionUrl: z.string().nullable() });
export type SignOutResult = z.infer<typeof signOutResult>;
