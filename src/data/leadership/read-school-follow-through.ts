/**
 * One reading of a school's follow-through for the leadership views: the facts, the wheel (whose
 * planning day is the pitfalls' intake deadline), and the pitfalls' context for today.
 */
import type { Db } from '../../db/database.js';
import type { PitfallContext } from '../../domain/leadership/find-pitfalls.js';
import { loadSchoolsFollowThrough, type FollowThroughFacts } from './load-follow-through-facts.js';
import { loadWheels, type LoadedWheel } from './load-wheel.js';

export interface SchoolFollowThrough extends FollowThroughFacts {
  wheel: LoadedWheel;
  context: PitfallContext;
}

export async function readSchoolFollowThrough(db: Db, ownerId: string, schoolId: string, today: string): Promise<SchoolFollowThrough | undefined> {
  return (await readSchoolsFollowThrough(db, ownerId, [schoolId], today)).get(schoolId);
}

/** Several schools read at once (the owner's view), by school. */
export async function readSchoolsFollowThrough(db: Db, ownerId: string, schoolIds: readonly string[], today: string): Promise<Map<string, SchoolFollowThrough>> {
  const facts = await loadSchoolsFollowThrough(db, ownerId, schoolIds, today);
  const wheels = await loadWheels(db, ownerId, [...facts].map(([schoolId, school]) => ({ schoolId, schoolYearId: school.schoolYearId, calendar: school.calendar })));
  const read = new Map<string, SchoolFollowThrough>();
  for (const [schoolId, school] of facts) {
    const wheel = wheels.get(schoolId)!;
    read.set(schoolId, { ...school, wheel, context: { today, calendar: school.calendar, intakeIdentifiedBy: wheel.intakeIdentifiedBy } });
  }
  return read;
}
