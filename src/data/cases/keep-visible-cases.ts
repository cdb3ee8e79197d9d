/**
 * Of these cases, those the person may see (case.see): a list or a view that names cases never
 * names one hidden from its reader — not its id, not its kind, not that it is there. Given the
 * cases' students and today, a case its student's skolebytte left behind counts only while its
 * school may still read it (docs/decisions/023).
 */
import type { Db } from '../../db/database.js';
import { can, type Person } from '../../domain/access-policy.js';
import { findMovedAway } from '../skolebytte/find-moved-away.js';
import { findCaseParticipants } from './find-case-participants.js';

export async function keepVisibleCases<T extends { id: string; schoolId: string; studentId?: string }>(db: Db, ownerId: string, viewer: Person, rows: readonly T[], today?: string): Promise<T[]> {
  const participants = await findCaseParticipants(db, ownerId, rows.map((r) => r.id));
  const withStudent = rows.flatMap((r) => (r.studentId === undefined ? [] : [{ studentId: r.studentId, schoolId: r.schoolId }]));
  const movedAwayOf = today === undefined ? () => undefined : await findMovedAway(db, ownerId, withStudent, today);
  return rows.filter((r) =>
    can(viewer, 'case.see', { schoolId: r.schoolId, participantStaffIds: participants.get(r.id) ?? [], movedAway: r.studentId === undefined ? undefined : movedAwayOf({ studentId: r.studentId, schoolId: r.schoolId }) }),
  );
}
