/**
 * A change to the school's wheel and responsibility map: the domain applies the edits to the
 * newest version (src/domain/leadership/edit-wheel-map.ts) and the result is stored as the next
 * version. Two changes made from the same version cannot both land: the version is part of the
 * primary key, so the second insert fails and is answered as `stale_version`, never overwriting.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { wheelMaps } from '../../db/schema.js';
import { editWheelMap, type WheelEdit, type WheelEditResult } from '../../domain/leadership/edit-wheel-map.js';
import type { SchoolCalendar } from '../../domain/school-calendar.js';
import { writeAudit } from '../write-audit.js';
import { loadWheelMap } from './load-wheel.js';

export async function changeWheelMap(
  db: Db,
  input: { ownerId: string; schoolId: string; schoolYearId: string; calendar: SchoolCalendar; actorStaffId: string; baseVersion: number; edits: readonly WheelEdit[] },
): Promise<WheelEditResult> {
  const latest = await loadWheelMap(db, input.ownerId, input.schoolId, input.schoolYearId);
  const result = editWheelMap(latest, { baseVersion: input.baseVersion, edits: input.edits }, input.calendar);
  if (!result.ok) return result;
  const { version, ...map } = result.map;
  const inserted = await db
    .insert(wheelMaps)
    .values({ ownerId: input.ownerId, schoolId: input.schoolId, schoolYearId: input.schoolYearId, version, map, createdBy: input.actorStaffId })
    .onConflictDoNothing()
    .returning({ version: wheelMaps.version });
  if (inserted.length === 0) return { ok: false, problem: 'stale_version', index: null };
  await writeAudit(db, {
    ownerId: input.ownerId,
    actorStaffId: input.actorStaffId,
    action: 'update',
    entity: 'wheel_map',
    entityId: `${input.schoolId}:${input.schoolYearId}`,
    detail: { version, edits: input.edits.map((e) => e.kind) },
  });
  return result;
}

/** Every stored version of the map, newest first, with who made it. */
export async function findWheelVersions(db: Db, ownerId: string, schoolId: string, schoolYearId: string) {
  return queryRows<{ version: number; created_at: Date | string; staff_id: string; name: string }>(
    db,
    sql`select w.version, w.created_at, s.id as staff_id, s.given_name || ' ' || s.family_name as name from wheel_maps w join staff s on s.owner_id = w.owner_id and s.id = w.created_by
        where w.owner_id = ${ownerId} and w.school_id = ${schoolId} and w.school_year_id = ${schoolYearId} order by w.version desc`,
  );
}
