/** Rows of the role workspaces → the JSON of src/shared/workspace-api.ts. */
import type { CheckRecordRow } from '../../data/checks/find-check-history.js';
import type { CheckRecord, TeacherReport } from '../../shared/workspace-api.js';

export function presentCheckRecord(row: CheckRecordRow): CheckRecord {
  return {
    id: row.id,
    kind: row.kind,
    groupId: row.groupId,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    note: row.note,
    systemMeetingItem: row.systemMeetingItem,
    doneBy: row.doneByName,
    doneAt: row.doneAt.toISOString(),
  };
}

export function presentTeacherReport(row: { id: string; kind: TeacherReport['kind']; subject: string | null; text: string; createdAt: Date; reportedBy: string }): TeacherReport {
  return { id: row.id, kind: row.kind, subject: row.subject, text: row.text, createdAt: row.createdAt.toISOString(), reportedBy: row.reportedBy };
}
