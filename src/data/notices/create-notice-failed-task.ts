/** A summons to a guardian that failed for good becomes a task for the person who summoned (noticeFailedTaskKind). */
import type { Db } from '../../db/database.js';
import { tasks } from '../../db/schema.js';
import { noticeFailedTaskKind } from '../../domain/notices/notice-kinds.js';
import type { NoticeToSend } from './notice-outcomes.js';

export async function createNoticeFailedTask(db: Db, notice: NoticeToSend, today: string): Promise<boolean> {
  if (notice.kind !== 'innkalling' || notice.recipientKind !== 'foresatt' || !notice.createdBy) return false;
  await db.insert(tasks).values({
    ownerId: notice.ownerId,
    schoolId: notice.schoolId,
    assigneeStaffId: notice.createdBy,
    studentId: notice.studentId,
    caseId: notice.caseId,
    kind: noticeFailedTaskKind,
    // The title column holds the kind: words live in the web app's catalogs.
    title: noticeFailedTaskKind,
    dueOn: today,
  });
  return true;
}
