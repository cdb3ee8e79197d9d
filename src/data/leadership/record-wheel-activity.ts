/**
 * An activity of the wheel recorded as done by a person, with what was found and decided: only
 * for the activities no other record can tell (progress kind `registrert`: the analysis of the
 * intake, registering the students for closer follow-up, leadership's review of an assessment).
 * Append-only: a second record of the same activity adds to the history.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { wheelRecords } from '../../db/schema.js';
import { writeAudit } from '../write-audit.js';

export async function recordWheelActivity(
  db: Db,
  input: { ownerId: string; schoolId: string; schoolYearId: string; activityKey: string; classId: string | null; doneOn: string; decisions: string; actorStaffId: string },
) {
  const [row] = await db
    .insert(wheelRecords)
    .values({
      ownerId: input.ownerId,
      schoolId: input.schoolId,
      schoolYearId: input.schoolYearId,
      activityKey: input.activityKey,
      groupId: input.classId,
      doneOn: input.doneOn,
      decisions: input.decisions,
      recordedBy: input.actorStaffId,
    })
    .returning({ id: wheelRecords.id });
  await writeAudit(db, { ownerId: input.ownerId, actorStaffId: input.actorStaffId, action: 'create', entity: 'wheel_record', entityId: row!.id, detail: { activity: input.activityKey, classId: input.classId } });
  return row!;
}

/** The school's records this school year, newest first, with who recorded them. */
export async function findWheelRecords(db: Db, ownerId: string, schoolId: string, schoolYearId: string) {
  return queryRows<{ id: string; activity_key: string; group_id: string | null; done_on: string; decisions: string; recorded_at: Date | string; staff_id: string; name: string }>(
    db,
    sql`select r.id, r.activity_key, r.group_id, to_char(r.done_on, 'YYYY-MM-DD') as done_on, r.decisions, r.created_at as recorded_at, s.id as staff_id, s.given_name || ' ' || s.family_name as name
        from wheel_records r join staff s on s.owner_id = r.owner_id and s.id = r.recorded_by
        where r.owner_id = ${ownerId} and r.school_id = ${schoolId} and r.school_year_id = ${schoolYearId} order by r.done_on desc, r.created_at desc`,
  );
}
