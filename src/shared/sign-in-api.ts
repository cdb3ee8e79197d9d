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

// Kept in a module without zod, so that the sign-in page can check a refusal without loading zod.
export { oidcRefusals, type OidcRefusal } from './oidc-refusals.js';

/** DELETE /api/session and DELETE /api/home/session — where to go to end the provider's session too (null: nowhere). */
export const signOutResult = z.object({ endSessionUrl: z.string().nullable() });
export type SignOutResult = z.infer<typeof signOutResult>;
