/**
 * Who must give a second factor (TOTP) after the password, when VARDE_SECOND_FACTOR is required:
 * the roles that reach a whole school or the whole owner, whose stolen password would open the
 * most (issue 14, part 3). A teacher's reach is the own class and groups; theirs is left to the
 * password and the sign-in throttle.
 */
import type { RoleCode } from '../vocabulary.js';

export const secondFactorRoles = ['skoleleder', 'skoleeier', 'administrator'] as const satisfies readonly RoleCode[];

/** Does a person holding these roles need the second factor? */
export function needsSecondFactor(roles: ReadonlyArray<{ role: RoleCode }>): boolean {
  return roles.some((r) => (secondFactorRoles as readonly RoleCode[]).includes(r.role));
}
