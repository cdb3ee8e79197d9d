/**
 * The refusal a provider's sign-in ended in, as the server sends the browser back with it
 * (`/logg-inn?feil=<refusal>`, src/shared/oidc-refusals.ts). Only known codes are said as they are:
 * the query string is anyone's to write, so anything else is a general "it did not work".
 */
import { oidcRefusals, type OidcRefusal } from '../../../shared/oidc-refusals';

export type ShownRefusal = OidcRefusal | 'unknown';

export function refusalOf(value: string | null): ShownRefusal | null {
  if (value === null || value.trim() === '') return null;
  return (oidcRefusals as readonly string[]).includes(value) ? (value as OidcRefusal) : 'unknown';
}
