/**
 * The refusals a provider's sign-in can end in (src/shared/sign-in-api.ts): the provider routes send
 * the browser back to `/logg-inn?feil=<refusal>` and the sign-in page says it in words.
 */
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
