/** The seven pitfalls of a school with the students behind them and who can act (docs/decisions/016-seven-pitfalls.md). */
import type { Db } from '../../db/database.js';
import { findPitfalls } from '../../domain/leadership/find-pitfalls.js';
import { pitfallActors, pitfallKeys, pitfallThresholds } from '../../domain/leadership/pitfall-thresholds.js';
import { loadActorFinder } from './find-pitfall-actors.js';
import { readSchoolFollowThrough } from './read-school-follow-through.js';

export async function findPitfallsView(db: Db, ownerId: string, schoolId: string, today: string) {
  const school = await readSchoolFollowThrough(db, ownerId, schoolId, today);
  if (!school) return undefined;
  const report = findPitfalls(school.students, school.context);
  const { actorOf } = await loadActorFinder(db, ownerId, schoolId, school.schoolYearId, school.classes.map((c) => c.id), school.wheel.map);
  const pitfalls = Object.fromEntries(
    pitfallKeys.map((key) => {
      const role = pitfallActors[key];
      // The class's person for the class's steps; leadership answers for the school.
      const findings = report[key].map((f) => ({ ...f, actor: actorOf(role, role === 'skoleleder' ? null : f.classId) }));
      return [key, { actorRole: role, count: findings.length, findings }];
    }),
  ) as { [K in (typeof pitfallKeys)[number]]: { actorRole: (typeof pitfallActors)[K]; count: number; findings: Array<(typeof report)[K][number] & { actor: { id: string; name: string } | null }> } };
  const named = new Set(pitfallKeys.flatMap((key) => report[key].map((f) => f.studentId)));
  return { school, thresholds: pitfallThresholds, pitfalls, students: school.students.filter((s) => named.has(s.studentId)) };
}
