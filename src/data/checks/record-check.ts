/**
 * Records that a regular check was done: by whom, for which period, with a note; a check done in
 * a meeting with the meeting's day and who took part. Append-only.
 */
import type { Db } from '../../db/database.js';
import { checkRecords } from '../../db/schema.js';
import type { CheckKind } from '../../domain/vocabulary.js';
import { loadStaffNames } from '../cases/load-staff-names.js';
import { namedParticipants, type CheckRecordRow } from './find-check-history.js';

export async function recordCheck(
  db: Db,
  input: {
    ownerId: string;
    schoolId: string;
    groupId: string | null;
    kind: CheckKind;
    periodFrom: string;
    periodTo: string;
    note: string | null;
    systemMeetingItem: string | null;
    meetingOn: string | null;
    participants: string[];
    doneBy: string;
    doneAt: Date;
  },
): Promise<CheckRecordRow> {
  const [row] = await db.insert(checkRecords).values(input).returning();
  const names = await loadStaffNames(db, input.ownerId, [input.doneBy, ...input.participants]);
  return { ...row!, doneByName: names.get(input.doneBy) ?? '', participantsNamed: namedParticipants(row!.participants, names) };
}
