/**
 * A view that shows students' data is served only once its reading is in the audit log: one
 * entry per student shown, written in one statement. Routes return through this helper, and
 * src/server/audit-reads.db.test.ts walks every GET route to hold them to it.
 */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { writeAudit } from '../../data/write-audit.js';

export async function auditedRead<T>(
  db: Db,
  actor: Pick<Actor, 'ownerId' | 'staffId'>,
  view: { entity: string; entityId?: string | null; detail?: Record<string, unknown> },
  studentIds: Iterable<string>,
  answer: T,
): Promise<T> {
  await writeAudit(
    db,
    [...new Set(studentIds)].map((studentId) => ({
      ownerId: actor.ownerId,
      actorStaffId: actor.staffId,
      action: 'read' as const,
      entity: view.entity,
      entityId: view.entityId ?? null,
      studentId,
      ...(view.detail ? { detail: view.detail } : {}),
    })),
  );
  return answer;
}
