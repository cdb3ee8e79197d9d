/** "Nobody has acted yet": confirmed flags with nothing done since, oldest first (src/domain/leadership/find-unacted.ts). */
import type { Db } from '../../db/database.js';
import type { Concern } from '../../domain/identification/concerns.js';
import { findUnacted } from '../../domain/leadership/find-unacted.js';
import { loadActorFinder } from './find-pitfall-actors.js';
import { readSchoolFollowThrough } from './read-school-follow-through.js';

export async function findUnactedBoard(db: Db, ownerId: string, schoolId: string, today: string) {
  const school = await readSchoolFollowThrough(db, ownerId, schoolId, today);
  if (!school) return undefined;
  const active = school.students.filter((s) => s.leftOn === null);
  const entries = findUnacted(
    active.map((s) => ({
      studentId: s.studentId,
      classId: s.classId,
      confirmedFlags: s.confirmed.map((f) => ({ ...f, concern: f.concern as Concern })),
      cases: s.cases,
      contactsOn: s.contactsOn,
      closerFollowUpsSetOn: s.closerFollowUps.map((m) => m.setOn),
    })),
    school.calendar,
    today,
  );
  const { actorOf } = await loadActorFinder(db, ownerId, schoolId, school.schoolYearId, school.classes.map((c) => c.id), school.wheel.map);
  const studentOf = new Map(active.map((s) => [s.studentId, s]));
  const classNameOf = new Map(school.classes.map((c) => [c.id, c.name]));
  return {
    school,
    entries: entries.map((e) => {
      const s = studentOf.get(e.studentId)!;
      return {
        student: { id: s.studentId, givenName: s.givenName, familyName: s.familyName, classId: s.classId },
        className: e.classId === null ? null : (classNameOf.get(e.classId) ?? null),
        flagId: e.flagId,
        concern: e.concern,
        confirmedOn: e.confirmedOn,
        flagCount: e.flagIds.length,
        schoolDaysWaiting: e.schoolDaysWaiting,
        responsible: actorOf('kontaktlaerer', e.classId),
      };
    }),
  };
}
