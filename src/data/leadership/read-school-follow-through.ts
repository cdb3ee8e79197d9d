/**
 * One reading of a school's follow-through for the leadership views: the facts, the wheel (whose
 * planning day is the pitfalls' intake deadline), and the pitfalls' context for today.
 */
import type { Db } from '../../db/database.js';
import type { PitfallContext } from '../../domain/leadership/find-pitfalls.js';
import { loadSchoolsFollowThrough, type FollowThroughFacts } from './load-follow-through-facts.js';
import { loadWheel, type LoadedWheel } from './load-wheel.js';

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
  const read = new Map<string, SchoolFollowThrough>();
  await Promise.all(
    [...facts].map(async ([schoolId, school]) => {
      const wheel = await loadWheel(db, ownerId, schoolId, school.schoolYearId, school.calendar);
      read.set(schoolId, { ...school, wheel, context: { today, calendar: school.calendar, intakeIdentifiedBy: wheel.intakeIdentifiedBy } });
    }),
  );
  return read;
}
