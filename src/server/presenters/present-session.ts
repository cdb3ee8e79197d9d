import type { Actor } from '../../data/load-actor.js';
import type { Session } from '../../shared/api.js';

export function presentSession(actor: Actor, csrfToken: string): Session {
  return {
    staffId: actor.staffId,
    name: actor.name,
    roles: actor.roles.map((r) => ({ role: r.role, title: r.title, schoolId: r.schoolId, schoolName: r.schoolName, schoolKind: r.schoolKind })),
    csrfToken,
  };
}
