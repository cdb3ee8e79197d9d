/**
 * The staff of a school, each with their roles there: who can be added to one of its cases. A
 * clarification case (ot_avklaring) may also have the owner's OT advisors (access-policy's
 * case.take_part), who hold their role at the owner, not at the school.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staff, staffRoles } from '../../db/schema.js';
import type { CaseKind } from '../../domain/vocabulary.js';
import { findOtAdvisors } from '../ot/find-ot-advisors.js';

export async function findStaffCandidates(db: Db, ownerId: string, schoolId: string, caseKind?: CaseKind): Promise<Array<{ staffId: string; name: string; roles: string[] }>> {
  const rows = await db
    .select({ staffId: staff.id, givenName: staff.givenName, familyName: staff.familyName, role: staffRoles.role })
    .from(staffRoles)
    .innerJoin(staff, and(eq(staff.ownerId, staffRoles.ownerId), eq(staff.id, staffRoles.staffId)))
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.schoolId, schoolId)));
  const byStaff = new Map<string, { staffId: string; name: string; roles: string[] }>();
  for (const r of rows) {
    const entry = byStaff.get(r.staffId) ?? { staffId: r.staffId, name: `${r.givenName} ${r.familyName}`, roles: [] };
    if (!entry.roles.includes(r.role)) entry.roles.push(r.role);
    byStaff.set(r.staffId, entry);
  }
  if (caseKind === 'ot_avklaring') {
    for (const advisor of await findOtAdvisors(db, ownerId)) {
      const entry = byStaff.get(advisor.staffId) ?? { ...advisor, roles: [] };
      entry.roles.push('ot_radgiver');
      byStaff.set(advisor.staffId, entry);
    }
  }
  return [...byStaff.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
