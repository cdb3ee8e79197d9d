/** The title the person has at the school ("rektor", "kontaktlærer"), for a document's signature. */
import type { Actor } from '../../data/load-actor.js';

export function staffTitle(actor: Actor, schoolId: string): string {
  return actor.roles.find((r) => r.schoolId === schoolId && r.title)?.title ?? '';
}
