/**
 * Who holds which role at a school this year, as the responsibility map needs it: each class's
 * kontaktlærer and subject teachers (the teachers of the class's students' teaching groups), and
 * the school's roles (rådgiver, skoleleder, …), with every person's name.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import type { RoleHolders, WheelClass } from '../../domain/leadership/assign-wheel-tasks.js';
import type { RoleCode } from '../../domain/vocabulary.js';

export interface RoleHolding {
  classes: WheelClass[];
  school: RoleHolders;
  /** Everyone named above and everyone with a role at the school: id → name and roles. */
  staff: Map<string, { name: string; roles: RoleCode[] }>;
}

function add(holders: Partial<Record<RoleCode, string[]>>, role: RoleCode, staffId: string) {
  const list = (holders[role] ??= []);
  if (!list.includes(staffId)) list.push(staffId);
}

export async function loadRoleHolders(db: Db, ownerId: string, schoolId: string, schoolYearId: string, classIds: readonly string[]): Promise<RoleHolding> {
  const [classTeachers, schoolRoles] = await Promise.all([
    // The kontaktlærer of the class itself; the faglærere of the teaching groups its students are in.
    queryRows<{ class_id: string; staff_id: string; role: RoleCode; given_name: string; family_name: string }>(
      db,
      sql`select c.id as class_id, t.staff_id, t.role, s.given_name, s.family_name
          from groups c
          join group_teachers t on t.owner_id = c.owner_id and t.group_id = c.id and t.role = 'kontaktlaerer'
          join staff s on s.owner_id = t.owner_id and s.id = t.staff_id
          where c.owner_id = ${ownerId} and c.school_id = ${schoolId} and c.school_year_id = ${schoolYearId} and c.kind = 'basisgruppe'
          union
          select distinct cm.group_id as class_id, t.staff_id, 'faglaerer'::text as role, s.given_name, s.family_name
          from groups c
          join group_memberships cm on cm.owner_id = c.owner_id and cm.group_id = c.id
          join group_memberships tm on tm.owner_id = cm.owner_id and tm.student_id = cm.student_id
          join groups g on g.owner_id = tm.owner_id and g.id = tm.group_id and g.kind = 'undervisningsgruppe'
          join group_teachers t on t.owner_id = g.owner_id and t.group_id = g.id and t.role = 'faglaerer'
          join staff s on s.owner_id = t.owner_id and s.id = t.staff_id
          where c.owner_id = ${ownerId} and c.school_id = ${schoolId} and c.school_year_id = ${schoolYearId} and c.kind = 'basisgruppe'`,
    ),
    queryRows<{ staff_id: string; role: RoleCode; given_name: string; family_name: string }>(
      db,
      sql`select r.staff_id, r.role, s.given_name, s.family_name from staff_roles r join staff s on s.owner_id = r.owner_id and s.id = r.staff_id
          where r.owner_id = ${ownerId} and r.school_id = ${schoolId} order by s.family_name, s.given_name`,
    ),
  ]);
  const staff = new Map<string, { name: string; roles: RoleCode[] }>();
  const person = (id: string, given: string, family: string, role: RoleCode) => {
    const known = staff.get(id) ?? { name: `${given} ${family}`, roles: [] };
    if (!known.roles.includes(role)) known.roles.push(role);
    staff.set(id, known);
  };
  const school: Partial<Record<RoleCode, string[]>> = {};
  for (const r of schoolRoles) {
    add(school, r.role, r.staff_id);
    person(r.staff_id, r.given_name, r.family_name, r.role);
  }
  const byClass = new Map<string, Partial<Record<RoleCode, string[]>>>(classIds.map((id) => [id, {}]));
  for (const t of classTeachers) {
    const holders = byClass.get(t.class_id);
    if (!holders) continue;
    add(holders, t.role, t.staff_id);
    person(t.staff_id, t.given_name, t.family_name, t.role);
  }
  return { classes: classIds.map((classId) => ({ classId, holders: byClass.get(classId)! })), school, staff };
}
