/** Rows of the role workspaces → the JSON of src/shared/workspace-api.ts. */
import type { CheckRecordRow } from '../../data/checks/find-check-history.js';
import type { ClassProtokollStatus } from '../../data/checks/find-protokoll-status.js';
import type { CheckRecord, ProtokollStatus, TeacherReport } from '../../shared/workspace-api.js';

export function presentCheckRecord(row: CheckRecordRow): CheckRecord {
  return {
    id: row.id,
    kind: row.kind,
    groupId: row.groupId,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    note: row.note,
    systemMeetingItem: row.systemMeetingItem,
    meetingOn: row.meetingOn,
    participants: row.participantsNamed,
    doneBy: row.doneByName,
    doneAt: row.doneAt.toISOString(),
  };
}

/** A class's review of its absence record: the halves, and the last review with its moment as ISO text. */
export function presentProtokollStatus(status: ClassProtokollStatus): ProtokollStatus {
  return {
    current: status.current,
    overdue: status.overdue,
    lastReview: status.lastReview ? { doneAt: status.lastReview.doneAt.toISOString(), doneBy: status.lastReview.doneBy } : null,
  };
}

export function presentTeacherReport(row: { id: string; kind: TeacherReport['kind']; subject: string | null; text: string; createdAt: Date; reportedBy: string }): TeacherReport {
  return { id: row.id, kind: row.kind, subject: row.subject, text: row.text, createdAt: row.createdAt.toISOString(), reportedBy: row.reportedBy };
}
