/**
 * Varde's own notices to staff, made once a day by the schedule (issue 15): the digest of a staff
 * member's tasks due today or overdue, and the reminder before a case step's deadline. Each reads
 * what is owed from the database, leaving out what the delivery log already holds, so a second run
 * (a restart, a second server) adds nothing. Only where a channel is configured: a notice to staff
 * that can never be sent is noise in the log, and staff see their tasks in Varde anyway.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { deadlineReason, REMINDER_LOOKAHEAD_DAYS, shouldRemind } from '../../domain/notices/deadline-reminder.js';
import type { NoticeLanguage } from '../../domain/notices/notice-kinds.js';
import { isSchoolDayOf } from '../../domain/notices/same-day-rule.js';
import { schoolYearCalendarOf, schoolYearText } from '../load-school-calendar.js';
import { findStaffRecipients } from './find-notice-recipients.js';
import { queueNotices, type NoticeChannels } from './queue-notices.js';

/**
 * One digest to each staff member with an e-mail address and open tasks due today or overdue, on
 * the school days of the school of their most overdue task (none at weekends or in the breaks).
 * The counts are over all their tasks. Returns how many were added.
 */
export async function queueDailyDigests(db: Db, input: { today: string; channels: NoticeChannels }): Promise<number> {
  const { today, channels } = input;
  if (channels.configured.length === 0) return 0;
  const reason = `digest:${today}`;
  // Open tasks are few against all tasks, and this runs once a day: a scan of the open ones is cheap.
  const rows = await queryRows<{
    owner_id: string;
    staff_id: string;
    school_id: string;
    school_year: string | null;
    language: NoticeLanguage;
    due_count: number;
    overdue_count: number;
  }>(
    db,
    sql`with owed as (
          select t.owner_id, t.assignee_staff_id as staff_id,
            count(*) filter (where t.due_on = ${today}::date)::int as due_count,
            count(*) filter (where t.due_on < ${today}::date)::int as overdue_count,
            (array_agg(t.school_id order by t.due_on, t.school_id))[1] as school_id
          from tasks t
          join staff p on p.owner_id = t.owner_id and p.id = t.assignee_staff_id
          where t.done_at is null and t.due_on <= ${today}::date and coalesce(trim(p.email), '') <> ''
            and not exists (
              select 1 from notices n
              where n.owner_id = t.owner_id and n.kind = 'daglig_oppsummering' and n.reason = ${reason}
                and n.recipient_kind = 'ansatt' and n.recipient_id = t.assignee_staff_id and n.day = ${today}::date)
          group by t.owner_id, t.assignee_staff_id
        )
        select o.owner_id, o.staff_id, o.school_id, o.due_count, o.overdue_count, s.notice_language as language,
          ${schoolYearText(sql`s.owner_id`, sql`s.id`, today)} as school_year
        from owed o
        join schools s on s.owner_id = o.owner_id and s.id = o.school_id`,
  );
  let added = 0;
  for (const row of rows) {
    if (!isSchoolDayOf(schoolYearCalendarOf(row.school_year, today)?.calendar, today)) continue;
    added += await db.transaction(async (tx) => {
      const recipients = await findStaffRecipients(tx, row.owner_id, [row.staff_id], row.language);
      const ids = await queueNotices(
        tx,
        { ownerId: row.owner_id, schoolId: row.school_id, kind: 'daglig_oppsummering', reason, facts: { dueCount: row.due_count, overdueCount: row.overdue_count }, day: today },
        recipients,
        channels,
      );
      return ids.length;
    });
  }
  return added;
}

/**
 * One reminder to the responsible staff member of each open case whose step's deadline is near
 * (src/domain/notices/deadline-reminder.ts says how near). A reminder already in the log on any
 * day, for the same case, step and deadline, is not made again: the catch-up after a missed day
 * would otherwise remind once more each day until the deadline. Returns how many were added.
 */
export async function queueDeadlineReminders(db: Db, input: { today: string; channels: NoticeChannels }): Promise<number> {
  const { today, channels } = input;
  if (channels.configured.length === 0) return 0;
  // Each school's open cases by `cases_school_status` (owner, school, status, step_due_on).
  // The reason is built as deadlineReason builds it.
  const rows = await queryRows<{
    owner_id: string;
    case_id: string;
    school_id: string;
    step: string;
    due_on: string;
    staff_id: string;
    language: NoticeLanguage;
    school_year: string | null;
  }>(
    db,
    sql`select c.owner_id, c.id as case_id, c.school_id, c.step, c.step_due_on::text as due_on, c.responsible_staff_id as staff_id,
          s.notice_language as language, ${schoolYearText(sql`s.owner_id`, sql`s.id`, today)} as school_year
        from schools s
        join cases c on c.owner_id = s.owner_id and c.school_id = s.id and c.status = 'aapen'
          and c.step_due_on >= ${today}::date and c.step_due_on <= ${today}::date + ${REMINDER_LOOKAHEAD_DAYS}::int
        where not exists (
          select 1 from notices n
          where n.owner_id = c.owner_id and n.kind = 'frist_paaminnelse'
            and n.reason = 'deadline:' || c.id::text || ':' || c.step || ':' || c.step_due_on::text
            and n.recipient_kind = 'ansatt' and n.recipient_id = c.responsible_staff_id)`,
  );
  let added = 0;
  for (const row of rows) {
    if (!shouldRemind(schoolYearCalendarOf(row.school_year, today)?.calendar, row.due_on, today)) continue;
    added += await db.transaction(async (tx) => {
      const recipients = await findStaffRecipients(tx, row.owner_id, [row.staff_id], row.language);
      const ids = await queueNotices(
        tx,
        {
          ownerId: row.owner_id,
          schoolId: row.school_id,
          caseId: row.case_id,
          subjectId: row.case_id,
          kind: 'frist_paaminnelse',
          reason: deadlineReason(row.case_id, row.step, row.due_on),
          facts: { deadline: row.due_on },
          day: today,
        },
        recipients,
        channels,
      );
      return ids.length;
    });
  }
  return added;
}
