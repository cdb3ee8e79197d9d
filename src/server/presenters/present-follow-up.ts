/** Home contacts of a student and closer-follow-up marks as the contract's shapes. */
import type { CloserFollowUpRow } from '../../data/follow-up/find-closer-follow-ups.js';
import type { findStudentHomeContacts } from '../../data/follow-up/find-student-home-contacts.js';
import { closerFollowUpStatus, type CloserFollowUpEndReason } from '../../domain/follow-up/closer-follow-up.js';
import type { HomeContactChannel, HomeContactOutcome } from '../../domain/vocabulary.js';
import type { CloserFollowUp, StudentHomeContact } from '../../shared/follow-up-api.js';

type ContactRow = Awaited<ReturnType<typeof findStudentHomeContacts>>[number];

export function presentStudentHomeContact(row: ContactRow): StudentHomeContact {
  return {
    id: row.id,
    contactedAt: row.contactedAt.toISOString(),
    channel: row.channel as HomeContactChannel,
    outcome: row.outcome as HomeContactOutcome,
    note: row.note,
    staffName: row.staffGivenName ? `${row.staffGivenName} ${row.staffFamilyName}` : null,
    caseId: row.caseId,
    fromTask: row.taskId !== null,
  };
}

export function presentCloserFollowUp(row: CloserFollowUpRow, today: string): CloserFollowUp {
  return {
    id: row.id,
    status: closerFollowUpStatus(row, today),
    reason: row.reason,
    reviewOn: row.reviewOn,
    setAt: row.setAt.toISOString(),
    setByName: row.setByGivenName ? `${row.setByGivenName} ${row.setByFamilyName}` : null,
    endedAt: row.endedAt?.toISOString() ?? null,
    endReason: (row.endReason as CloserFollowUpEndReason | null) ?? null,
    endNote: row.endNote,
  };
}
