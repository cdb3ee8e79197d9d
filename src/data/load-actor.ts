/** Loads who a signed-in person is: name, roles and the groups they teach this school year. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groupTeachers, groups, schools, staff, staffRoles } from '../db/schema.js';
import type { ActorFacts } from '../domain/access-policy.js';
import type { RoleCode, SchoolKind } from '../domain/vocabulary.js';
import { schoolYearsSpanning } from './this-school-year.js';

export interface Actor extends ActorFacts {
  ownerId: string;
  staffId: string;
  name: string;
  roles: Array<{ role: RoleCode; title: string | null; schoolId: string | null; schoolName: string | null; schoolKind: SchoolKind | null }>;
}

export async function loadActor(
  db: Db,
  who: { ownerId: string; staffId: string },
  today: string,
): Promise<Actor | undefined> {
  const [person] = await db
    .select({ givenName: staff.givenName, familyName: staff.familyName })
    .from(staff)
    .where(and(eq(staff.ownerId, who.ownerId), eq(staff.id, who.staffId)));
  if (!person) return undefined;

  const roles = await db
    .select({ role: staffRoles.role, title: staffRoles.title, schoolId: staffRoles.schoolId, schoolName: schools.name, schoolKind: schools.kind })
    .from(staffRoles)
    .leftJoin(schools, and(eq(schools.ownerId, staffRoles.ownerId), eq(schools.id, staffRoles.schoolId)))
    .where(and(eq(staffRoles.ownerId, who.ownerId), eq(staffRoles.staffId, who.staffId)));

  const teaching = await db
    .select({ groupId: groupTeachers.groupId, role: groupTeachers.role })
    .from(groupTeachers)
    .innerJoin(groups, and(eq(groups.ownerId, groupTeachers.ownerId), eq(groups.id, groupTeachers.groupId)))
    .where(
      and(
        eq(groupTeachers.ownerId, who.ownerId),
        eq(groupTeachers.staffId, who.staffId),
        inArray(groups.schoolYearId, schoolYearsSpanning(db, who.ownerId, today)),
      ),
    );

  return {
    ownerId: who.ownerId,
    staffId: who.staffId,
    name: `${person.givenName} ${person.familyName}`,
    roles,
    contactGroupIds: new Set(teaching.filter((t) => t.role === 'kontaktlaerer').map((t) => t.groupId)),
    teachingGroupIds: new Set(teaching.filter((t) => t.role === 'faglaerer').map((t) => t.groupId)),
  };
}
