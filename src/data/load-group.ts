/** A class or teaching group of the owner: its school and the school's kind, its kind and subject. */
import { and, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groups, schools } from '../db/schema.js';

export async function loadGroup(db: Db, ownerId: string, groupId: string) {
  const [group] = await db
    .select({ ...getTableColumns(groups), schoolKind: schools.kind })
    .from(groups)
    .innerJoin(schools, and(eq(schools.ownerId, groups.ownerId), eq(schools.id, groups.schoolId)))
    .where(and(eq(groups.ownerId, ownerId), eq(groups.id, groupId)));
  return group;
}
