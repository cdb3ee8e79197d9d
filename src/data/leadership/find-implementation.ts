/** Implementation quality for a school, per class and in all (src/domain/leadership/measure-implementation.ts). */
import type { Db } from '../../db/database.js';
import { measureImplementation } from '../../domain/leadership/measure-implementation.js';
import { readSchoolFollowThrough } from './read-school-follow-through.js';

export async function findImplementation(db: Db, ownerId: string, schoolId: string, today: string) {
  const school = await readSchoolFollowThrough(db, ownerId, schoolId, today);
  if (!school) return undefined;
  const view = measureImplementation(school.students, school.context, school.classes.map((c) => c.id));
  return { school, view };
}
