/** The names of staff members, by id. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staff } from '../../db/schema.js';

export async function loadStaffNames(db: Db, ownerId: string, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName })
    .from(staff)
    .where(and(eq(staff.ownerId, ownerId), inArray(staff.id, wanted)));
  return new Map(rows.map((r) => [r.id, `${r.givenName} ${r.familyName}`]));
}
