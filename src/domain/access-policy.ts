/**
 * Need-to-know (tjenstlig behov): who may see what about a student. Pure functions over the
 * actor's roles and relations; the server loads the facts and asks here.
 *
 * - skoleleder and rådgiver (IKO-ansvarleg) see every student of their own school;
 * - a kontaktlærer sees the students of own class (basisgruppe);
 * - a faglærer sees the students of own teaching groups, but only what the subject needs:
 *   absence and grades in those groups, not guardians or other subjects;
 * - support staff, OT and skoleeier reach students through the cases they take part in (a later
 *   capability) or through aggregated figures only; nobody sees another school's students.
 */
import type { RoleCode } from './vocabulary.js';

export interface ActorFacts {
  roles: ReadonlyArray<{ role: RoleCode; schoolId: string | null }>;
  /** Basisgrupper where the actor is kontaktlærer. */
  contactGroupIds: ReadonlySet<string>;
  /** Undervisningsgrupper (and classes) where the actor is faglærer. */
  teachingGroupIds: ReadonlySet<string>;
}

export interface StudentFacts {
  schoolId: string;
  groupIds: readonly string[];
}

export type StudentAccess =
  | { kind: 'none' }
  | { kind: 'full'; basis: 'skoleleder' | 'radgiver' | 'kontaktlaerer' }
  | { kind: 'subject'; groupIds: string[] };

const schoolWideRoles: ReadonlySet<RoleCode> = new Set(['skoleleder', 'radgiver']);

export function studentAccess(actor: ActorFacts, student: StudentFacts): StudentAccess {
  const schoolRole = actor.roles.find((r) => r.schoolId === student.schoolId && schoolWideRoles.has(r.role));
  if (schoolRole) return { kind: 'full', basis: schoolRole.role as 'skoleleder' | 'radgiver' };

  const atSchool = (role: RoleCode) => actor.roles.some((r) => r.role === role && r.schoolId === student.schoolId);
  if (atSchool('kontaktlaerer') && student.groupIds.some((g) => actor.contactGroupIds.has(g))) {
    return { kind: 'full', basis: 'kontaktlaerer' };
  }
  if (atSchool('faglaerer')) {
    const shared = student.groupIds.filter((g) => actor.teachingGroupIds.has(g));
    if (shared.length > 0) return { kind: 'subject', groupIds: shared };
  }
  return { kind: 'none' };
}

/** The school overview (classes with absence figures) is for leadership and the rådgiver. */
export function canSeeSchoolOverview(actor: ActorFacts, schoolId: string): boolean {
  return actor.roles.some((r) => r.schoolId === schoolId && schoolWideRoles.has(r.role));
}

/**
 * A case is seen by the staff who take part in it and by the leadership of the student's school,
 * nobody else (issue 4): a contact teacher who is not in a school-environment case does not see it.
 */
export function canSeeCase(actor: ActorFacts & { staffId: string }, kase: { schoolId: string; participantStaffIds: readonly string[] }): boolean {
  if (kase.participantStaffIds.includes(actor.staffId)) return true;
  return actor.roles.some((r) => r.role === 'skoleleder' && r.schoolId === kase.schoolId);
}

/** Leadership sees every case of the school in lists; others their own. */
export function isSchoolLeader(actor: ActorFacts, schoolId: string): boolean {
  return actor.roles.some((r) => r.role === 'skoleleder' && r.schoolId === schoolId);
}
