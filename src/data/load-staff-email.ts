/** A member of staff's e-mail address (the sender's, on a summons). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { staff } from '../db/schema.js';

export async function loadStaffEmail(db: Db, ownerId: string, staffId: string): Promise<string | null> {
  const [row] = await db.select({ email: staff.email }).from(staff).where(and(eq(staff.ownerId, ownerId), eq(staff.id, staffId)));
  return row?.email ?? null;
}
