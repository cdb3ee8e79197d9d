/**
 * The school's resource persons (src/domain/checks/check-kinds.ts): who may take part in its
 * monthly check with the skolemiljøteam and in its system meeting, each with their roles there,
 * by name.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staff, staffRoles } from '../../db/schema.js';
import { resourcePersonRoles, type ResourcePersonRole } from '../../domain/checks/check-kinds.js';

export interface ResourcePerson {
  id: string;
  name: string;
  /** Their resource-person roles at the school, in the order of resourcePersonRoles. */
  roles: ResourcePersonRole[];
}

export async function findResourcePersons(db: Db, ownerId: string, schoolId: string): Promise<ResourcePerson[]> {
  const rows = await db
    .select({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName, role: staffRoles.role })
    .from(staffRoles)
    .innerJoin(staff, and(eq(staff.ownerId, staffRoles.ownerId), eq(staff.id, staffRoles.staffId)))
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.schoolId, schoolId), inArray(staffRoles.role, [...resourcePersonRoles])));
  const byId = new Map<string, ResourcePerson>();
  for (const r of rows) {
    const role = r.role as ResourcePersonRole;
    const person = byId.get(r.id) ?? { id: r.id, name: `${r.givenName} ${r.familyName}`, roles: [] };
    if (!person.roles.includes(role)) person.roles.push(role);
    byId.set(r.id, person);
  }
  const order = (role: ResourcePersonRole) => resourcePersonRoles.indexOf(role);
  return [...byId.values()]
    .map((p) => ({ ...p, roles: p.roles.sort((a, b) => order(a) - order(b)) }))
    .sort((a, b) => order(a.roles[0]!) - order(b.roles[0]!) || a.name.localeCompare(b.name, 'nb'));
}
