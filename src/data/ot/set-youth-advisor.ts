/**
 * Gives a youth to an OT advisor (or to nobody). Only an OT advisor of the owner can follow a
 * youth up: anyone else is answered as no such advisor.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { otYouth, staffRoles } from '../../db/schema.js';

export async function setYouthAdvisor(
  db: Db,
  input: { ownerId: string; youthId: string; advisorStaffId: string | null },
): Promise<{ ok: true } | { ok: false; problem: 'not_an_ot_advisor' }> {
  if (input.advisorStaffId !== null) {
    const [role] = await db
      .select({ id: staffRoles.id })
      .from(staffRoles)
      .where(and(eq(staffRoles.ownerId, input.ownerId), eq(staffRoles.staffId, input.advisorStaffId), eq(staffRoles.role, 'ot_radgiver')))
      .limit(1);
    if (!role) return { ok: false, problem: 'not_an_ot_advisor' };
  }
  await db
    .update(otYouth)
    .set({ advisorStaffId: input.advisorStaffId })
    .where(and(eq(otYouth.ownerId, input.ownerId), eq(otYouth.id, input.youthId)));
  return { ok: true };
}
