/**
 * The same-day notice to the home (issue 15): the schedule's sweep each minute finds the
 * students away without notice (find-same-day-absences.ts), the rule says whose grace has run
 * out (src/domain/notices/same-day-rule.ts), and their guardians with parental responsibility
 * are sent one notice, in one transaction per student. The sweep keeps no state of its own: what
 * it has done is the delivery log, so a restart finds the rest again and the unique key
 * (`notices_once_a_day`) stops a second notice to the same guardian that day.
 */
import type { Db } from '../../db/database.js';
import { isNoticeTime, isSchoolDayOf, shouldTellHome } from '../../domain/notices/same-day-rule.js';
import { isMinorOn } from '../../domain/student-age.js';
import { osloDate } from '../../lib/clock.js';
import { findSameDayAbsences } from './find-same-day-absences.js';
import { findHomeOfStudent, sameDayRecipients } from './find-notice-recipients.js';
import { queueNotices, type NoticeChannels } from './queue-notices.js';

/** Returns how many notices were added (queued, or logged as not sent where no channel reaches the guardian). */
export async function queueSameDayNotices(db: Db, input: { now: Date; channels: NoticeChannels }): Promise<number> {
  const { now, channels } = input;
  if (!isNoticeTime(now)) return 0;
  const day = osloDate(now);
  let added = 0;
  for (const absence of await findSameDayAbsences(db, day)) {
    if (!isSchoolDayOf(absence.schoolYear?.calendar, day)) continue;
    if (!shouldTellHome(absence.records, absence.homeHasToldToday, now)) continue;
    // Checked before the home is read: an adult student is found by every sweep of the day.
    if (!isMinorOn(absence.birthDate, day)) continue;
    added += await db.transaction(async (tx) => {
      const home = await findHomeOfStudent(tx, absence.ownerId, absence.studentId);
      if (!home) return 0;
      const ids = await queueNotices(
        tx,
        {
          ownerId: absence.ownerId,
          schoolId: absence.schoolId,
          studentId: absence.studentId,
          kind: 'fravaer_samme_dag',
          reason: `absence:${day}`,
          facts: { schoolName: absence.schoolName, day, contactPhone: absence.contactPhone },
          day,
        },
        sameDayRecipients(home, day),
        channels,
      );
      return ids.length;
    });
  }
  return added;
}
