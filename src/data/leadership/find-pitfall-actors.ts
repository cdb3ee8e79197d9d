/**
 * Who can act on each pitfall's finding: the person the responsibility map names for the pitfall's
 * role in the student's class (or, for a role of the school, the school's), else whoever holds
 * the role there — the same precedence as the wheel's tasks (assign-wheel-tasks.ts).
 */
import type { Db } from '../../db/database.js';
import { responsiblePeople } from '../../domain/leadership/assign-wheel-tasks.js';
import type { WheelMap } from '../../domain/leadership/edit-wheel-map.js';
import type { RoleCode } from '../../domain/vocabulary.js';
import { loadRoleHolders, type RoleHolding } from './load-role-holders.js';

export type ActorOf = (role: RoleCode, classId: string | null) => { id: string; name: string } | null;

export function actorFinder(holding: RoleHolding, map: WheelMap): ActorOf {
  const classes = new Map(holding.classes.map((c) => [c.classId, c]));
  return (role, classId) => {
    const people = responsiblePeople(map, role, classId === null ? null : (classes.get(classId) ?? null), holding.school);
    const id = people[0];
    return id === undefined ? null : { id, name: holding.staff.get(id)?.name ?? '' };
  };
}

export async function loadActorFinder(db: Db, ownerId: string, schoolId: string, schoolYearId: string, classIds: readonly string[], map: WheelMap) {
  const holding = await loadRoleHolders(db, ownerId, schoolId, schoolYearId, classIds);
  return { holding, actorOf: actorFinder(holding, map) };
}
