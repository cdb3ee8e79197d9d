/**
 * One reading of a school's follow-through for the leadership views: the facts, the wheel (whose
 * planning day is the pitfalls' intake deadline), and the pitfalls' context for today.
 */
import type { Db } from '../../db/database.js';
import type { PitfallContext } from '../../domain/leadership/find-pitfalls.js';
import { loadFollowThroughFacts, type FollowThroughFacts } from './load-follow-through-facts.js';
import { loadWheel, type LoadedWheel } from './load-wheel.js';

export interface SchoolFollowThrough extends FollowThroughFacts {
  wheel: LoadedWheel;
  context: PitfallContext;
}

export async function readSchoolFollowThrough(db: Db, ownerId: string, schoolId: string, today: string): Promise<SchoolFollowThrough | undefined> {
  const facts = await loadFollowThroughFacts(db, ownerId, schoolId, today);
  if (!facts) return undefined;
  const wheel = await loadWheel(db, ownerId, schoolId, facts.schoolYearId, facts.calendar);
  return { ...facts, wheel, context: { today, calendar: facts.calendar, intakeIdentifiedBy: wheel.intakeIdentifiedBy } };
}
