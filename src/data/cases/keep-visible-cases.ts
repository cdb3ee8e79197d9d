/**
 * Of these cases, those the person may see (case.see): a list or a view that names cases never
 * names one hidden from its reader — not its id, not its kind, not that it is there.
 */
import type { Db } from '../../db/database.js';
import { can, type Person } from '../../domain/access-policy.js';
import { findCaseParticipants } from './find-case-participants.js';

export async function keepVisibleCases<T extends { id: string; schoolId: string }>(db: Db, ownerId: string, viewer: Person, rows: readonly T[]): Promise<T[]> {
  const participants = await findCaseParticipants(db, ownerId, rows.map((r) => r.id));
  return rows.filter((r) => can(viewer, 'case.see', { schoolId: r.schoolId, participantStaffIds: participants.get(r.id) ?? [] }));
}
