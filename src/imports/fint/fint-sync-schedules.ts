/**
 * The owner's daily FINT syncs, one per school at most (`fint_sync_schedules`): FINT's school,
 * the time of day in Norway, and whether it is on. Saving one sets when it is next due
 * (fint-schedule.ts); the scheduler (fint-scheduler.ts) runs it then.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { fintSyncSchedules, schools, staff } from '../../db/schema.js';
import { writeAudit } from '../../data/write-audit.js';
import { nextDailyRun } from './fint-schedule.js';

export interface FintSyncSchedule {
  schoolId: string;
  schoolName: string;
  fintSchool: string;
  timeOfDay: string;
  enabled: boolean;
  /** When it is next due; null when it is off. */
  nextRunAt: string | null;
  updatedBy: string;
  updatedAt: string;
}

export async function listFintSyncSchedules(db: Db, ownerId: string): Promise<FintSyncSchedule[]> {
  const rows = await db
    .select({
      schoolId: fintSyncSchedules.schoolId,
      schoolName: schools.name,
      fintSchool: fintSyncSchedules.fintSchool,
      timeOfDay: fintSyncSchedules.timeOfDay,
      enabled: fintSyncSchedules.enabled,
      nextRunAt: fintSyncSchedules.nextRunAt,
      updatedBy: sql<string>`${staff.givenName} || ' ' || ${staff.familyName}`,
      updatedAt: fintSyncSchedules.updatedAt,
    })
    .from(fintSyncSchedules)
    .innerJoin(schools, and(eq(schools.ownerId, fintSyncSchedules.ownerId), eq(schools.id, fintSyncSchedules.schoolId)))
    .innerJoin(staff, and(eq(staff.ownerId, fintSyncSchedules.ownerId), eq(staff.id, fintSyncSchedules.updatedBy)))
    .where(eq(fintSyncSchedules.ownerId, ownerId))
    .orderBy(schools.name);
  return rows.map((r) => ({ ...r, nextRunAt: r.enabled ? r.nextRunAt.toISOString() : null, updatedAt: r.updatedAt.toISOString() }));
}

export async function saveFintSyncSchedule(
  db: Db,
  input: { ownerId: string; schoolId: string; fintSchool: string; timeOfDay: string; enabled: boolean; updatedBy: string; now: Date },
): Promise<void> {
  const nextRunAt = nextDailyRun(input.timeOfDay, input.now);
  await db.transaction(async (tx) => {
    const values = { fintSchool: input.fintSchool, timeOfDay: input.timeOfDay, enabled: input.enabled, nextRunAt, updatedBy: input.updatedBy, updatedAt: input.now };
    await tx
      .insert(fintSyncSchedules)
      .values({ ownerId: input.ownerId, schoolId: input.schoolId, ...values })
      .onConflictDoUpdate({ target: [fintSyncSchedules.ownerId, fintSyncSchedules.schoolId], set: values });
    await writeAudit(tx, {
      ownerId: input.ownerId,
      actorStaffId: input.updatedBy,
      action: 'update',
      entity: 'fint_sync_schedule',
      entityId: input.schoolId,
      detail: { fintSchool: input.fintSchool, timeOfDay: input.timeOfDay, enabled: input.enabled },
    });
  });
}
