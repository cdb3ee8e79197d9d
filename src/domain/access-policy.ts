/**
 * Need-to-know (tjenstlig behov): who may see or do what. Pure functions over the actor's roles
 * and relations; the server loads the facts and asks here, and nowhere else decides.
 *
 * - skoleleder and rådgiver (IKO-ansvarleg) see every student of their own school;
 * - a kontaktlærer sees the students of own class (basisgruppe);
 * - a faglærer sees the students of own teaching groups, but only what the subject needs:
 *   absence and grades in those groups, not guardians or other subjects;
 * - support staff and skoleeier reach students through the cases they take part in or through
 *   aggregated figures only; OT through the clarification cases it takes part in and the youth in
 *   its list (issue 12); nobody sees another school's students.
 *
 * Every decision is one row of `accessRules` (action → the resource it is about, who may, and the
 * predicate), so that the whole table — role × resource × action — can be read here and is walked
 * as a whole by access-policy.test.ts.
 */
import type { CaseKind, RoleCode } from './vocabulary.js';

export interface ActorFacts {
  roles: ReadonlyArray<{ role: RoleCode; schoolId: string | null }>;
  /** Basisgrupper where the actor is kontaktlærer. */
  contactGroupIds: ReadonlySet<string>;
  /** Undervisningsgrupper (and classes) where the actor is faglærer. */
  teachingGroupIds: ReadonlySet<string>;
}

/**
 * Whoever a rule is asked about: the signed-in person, or a member of staff who is to be given a
 * part in a case (whose group relations do not matter, so they may be left out).
 */
export type Person = Pick<ActorFacts, 'roles'> & Partial<Pick<ActorFacts, 'contactGroupIds' | 'teachingGroupIds'>> & { staffId: string };

export interface StudentFacts {
  schoolId: string;
  groupIds: readonly string[];
}

export type StudentAccess =
  | { kind: 'none' }
  | { kind: 'full'; basis: 'skoleleder' | 'radgiver' | 'kontaktlaerer' }
  | { kind: 'subject'; groupIds: string[] };

const schoolWideRoles: readonly RoleCode[] = ['skoleleder', 'radgiver'];

/** How much of a student the person may see: all of it, the shared subjects only, or nothing. */
export function studentAccess(actor: Pick<Person, 'roles' | 'contactGroupIds' | 'teachingGroupIds'>, student: StudentFacts): StudentAccess {
  const schoolRole = actor.roles.find((r) => r.schoolId === student.schoolId && schoolWideRoles.includes(r.role));
  if (schoolRole) return { kind: 'full', basis: schoolRole.role as 'skoleleder' | 'radgiver' };

  if (hasRoleAt(actor, ['kontaktlaerer'], student.schoolId) && student.groupIds.some((g) => actor.contactGroupIds?.has(g))) {
    return { kind: 'full', basis: 'kontaktlaerer' };
  }
  if (hasRoleAt(actor, ['faglaerer'], student.schoolId)) {
    const shared = student.groupIds.filter((g) => actor.teachingGroupIds?.has(g));
    if (shared.length > 0) return { kind: 'subject', groupIds: shared };
  }
  return { kind: 'none' };
}

/** The things a rule can be about, with the facts about each that the rules need. */
export interface Resources {
  student: StudentFacts;
  school: { schoolId: string };
  /** A class (basisgruppe) or a teaching group, as far as the person's own relations to it go. */
  group: { groupId: string };
  /** A class (basisgruppe) of a school. */
  class: { schoolId: string; groupId: string };
  /**
   * `kind` matters for who may take part: OT takes part in a clarification case (ot_avklaring) only.
   * `movedAway`: the student has moved from the case's school to another school of the owner
   * (skolebytte, docs/decisions/023): the case's people read it until `readUntil` (`today` is the
   * day asked about), and nobody writes in it.
   */
  case: { schoolId: string; participantStaffIds: readonly string[]; kind?: CaseKind | undefined; movedAway?: { readUntil: string; today: string } | undefined };
  /** A case as the person who runs it sees it: its school and its responsible person. */
  case_lead: { schoolId: string; responsibleStaffId: string };
  task: { assigneeStaffId: string };
  /** A member of staff, as far as the schools they have a role at. */
  staff_member: { staffId: string; schoolIds: readonly string[] };
  /** The owner's rule profiles: one set for the whole owner, so nothing to say about it. */
  rule_profiles: Record<string, never>;  /** The owner's schools as a whole, in figures without names. */
  owner: Record<string, never>;
}
export type ResourceType = keyof Resources;

interface AccessRule<R extends ResourceType> {
  resource: R;
  /** Who may, in words, for a reader of the table. */
  who: string;
  // A method, so that a rule about one resource fits the table of all of them.
  allows(person: Person, resource: Resources[R]): boolean;
}

const rule = <R extends ResourceType>(resource: R, who: string, allows: AccessRule<R>['allows']): AccessRule<R> => ({ resource, who, allows });

function hasRoleAt(person: Pick<Person, 'roles'>, roles: readonly RoleCode[], schoolId: string): boolean {
  return person.roles.some((r) => r.schoolId === schoolId && roles.includes(r.role));
}
const worksAt = (person: Pick<Person, 'roles'>, schoolId: string) => person.roles.some((r) => r.schoolId === schoolId);
const hasRole = (person: Pick<Person, 'roles'>, role: RoleCode) => person.roles.some((r) => r.role === role);

/** The whole policy: each action, the resource it concerns, and who may. */
export const accessRules = {
  'student.see': rule('student', 'skoleleder and rådgiver of the school; the kontaktlærer of the class; a faglærer of a shared teaching group (the subject only)', (p, s) => studentAccess(p, s).kind !== 'none'),
  'student.see_everything': rule('student', 'skoleleder and rådgiver of the school; the kontaktlærer of the class', (p, s) => studentAccess(p, s).kind === 'full'),
  /** A concern report (melding) comes from a teacher who teaches the student (fortløpende identifisering). */
  'student.report_concern': rule('student', 'the kontaktlærer of the class; a faglærer of a shared teaching group', (p, s) => {
    const access = studentAccess(p, s);
    return access.kind === 'subject' || (access.kind === 'full' && access.basis === 'kontaktlaerer');
  }),

  'school.see_overview': rule('school', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),
  'school.see_monthly_check': rule('school', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),
  /** Leadership sees every case of the school in lists; others their own. */
  'school.see_all_cases': rule('school', 'skoleleder of the school', (p, s) => hasRoleAt(p, ['skoleleder'], s.schoolId)),
  'school.import_files': rule('school', 'skoleleder of the school; an administrator', (p, s) => hasRoleAt(p, ['skoleleder'], s.schoolId) || hasRole(p, 'administrator')),
  /**
   * A birth date the school's files lacked (issue 17) is completed by those who import the files:
   * the school's leadership and the owner's administrator. Only a missing one: a correction
   * belongs in the school's own system, from which the next file brings it.
   */
  'school.complete_birth_dates': rule('school', 'skoleleder of the school; an administrator', (p, s) => hasRoleAt(p, ['skoleleder'], s.schoolId) || hasRole(p, 'administrator')),
  'school.use_measures': rule('school', 'everyone with a role at the school', (p, s) => worksAt(p, s.schoolId)),
  /** The IKO coordinator's workspace: teachers' concern reports, the intake priority list, the identified students. */
  'school.coordinate_iko': rule('school', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),
  /** Leadership's views of follow-through (issue 11): the wheel, implementation quality, the pitfalls, the board; the rådgiver is the IKO coordinator. */
  'school.see_follow_through': rule('school', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),
  /** The wheel and its responsibility map are leadership's to set (the seed: "ledelsen … ansvarskart"). */
  'school.edit_wheel': rule('school', 'skoleleder of the school', (p, s) => hasRoleAt(p, ['skoleleder'], s.schoolId)),
  /** The school's notice settings (issue 15): seen by its leadership, set by its skoleleder (the same-day notice to the home is the school's choice). */
  'school.see_notice_settings': rule('school', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),
  'school.set_notice_settings': rule('school', 'skoleleder of the school', (p, s) => hasRoleAt(p, ['skoleleder'], s.schoolId)),
  /** An activity of the whole school recorded done (the intake analysed, leadership's review held). */
  'school.record_wheel_activity': rule('school', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),

  /** Only the group's own teachers register for it. */
  'group.register': rule('group', 'the kontaktlærer and faglærer of the group', (p, g) => !!(p.teachingGroupIds?.has(g.groupId) || p.contactGroupIds?.has(g.groupId))),
  /** The whole day's register of a class (present, or away all day) is its contact teacher's. */
  'class.register_day': rule('group', 'the kontaktlærer of the class', (p, g) => !!p.contactGroupIds?.has(g.groupId)),
  'class.see_weekly_check': rule('class', 'the kontaktlærer of the class', (p, c) => !!p.contactGroupIds?.has(c.groupId)),
  'class.hold_class_meeting': rule('class', 'the kontaktlærer of the class; skoleleder and rådgiver of the school', (p, c) => hasRoleAt(p, schoolWideRoles, c.schoolId) || !!p.contactGroupIds?.has(c.groupId)),
  /** A class's grades and absence after an assessment round, by name (issue 11, the seed's "rapporteringsfunksjon"). */
  'class.see_report': rule('class', 'the kontaktlærer of the class; skoleleder and rådgiver of the school', (p, c) => hasRoleAt(p, schoolWideRoles, c.schoolId) || !!p.contactGroupIds?.has(c.groupId)),
  /** The reports of every class of the school, in figures: leadership's review of an assessment round. */
  'school.see_reports': rule('school', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),

  /**
   * A case is seen (and written in) by the staff who take part in it and by the leadership of the
   * student's school, nobody else (issue 4): a contact teacher who is not in a school-environment
   * case does not see it.
   */
  'case.see': rule('case', 'its participants; skoleleder of the school — after the student moved to another school of the owner, only until the read time ends', (p, c) =>
    (c.participantStaffIds.includes(p.staffId) || hasRoleAt(p, ['skoleleder'], c.schoolId)) && (!c.movedAway || c.movedAway.today <= c.movedAway.readUntil)),
  /** Writing in a case: those who see it, while the student is at the case's school; a case left behind by a skolebytte is read, not changed. */
  'case.work_in': rule('case', "its participants; skoleleder of the school — while the student is at the case's school", (p, c) =>
    !c.movedAway && (c.participantStaffIds.includes(p.staffId) || hasRoleAt(p, ['skoleleder'], c.schoolId))),
  /** Who can be made responsible for, or a participant in, a case: staff of the student's school. */
  'case.take_part': rule('case', 'everyone with a role at the school; an OT-rådgiver of the owner in a clarification case (ot_avklaring)', (p, c) => worksAt(p, c.schoolId) || (c.kind === 'ot_avklaring' && hasRole(p, 'ot_radgiver'))),
  /**
   * Who takes part in a case, and who is responsible for it, is decided by the one who runs it and
   * by leadership (issue 10): a participant does not add, remove or hand the case to anyone.
   */
  'case.change_participants': rule('case_lead', "the case's responsible person; skoleleder of the school", (p, c) => (c.responsibleStaffId === p.staffId && worksAt(p, c.schoolId)) || hasRoleAt(p, ['skoleleder'], c.schoolId)),

  'task.complete': rule('task', 'the person the task is for', (p, t) => t.assigneeStaffId === p.staffId),

  /**
   * Placing a student under closer follow-up (tettere oppfølging), reviewing and ending the mark:
   * the kontaktlærer of the class, the rådgiver and leadership of the school (issue 9).
   */
  'student.mark_closer_follow_up': rule('student', 'skoleleder and rådgiver of the school; the kontaktlærer of the class', (p, s) => studentAccess(p, s).kind === 'full'),

  /**
   * Innsyn i logg (issue 14, part 5; docs/innsyn.md). Who read or changed a student's data is
   * told by the school's leadership, who answer a written request for it on the school's behalf:
   * the skoleleder of the student's school. Not the rådgiver and not the teachers, though they see
   * the student: the report names colleagues and what they looked at, which is a question of
   * misuse control, not of following the student up.
   */
  'student.see_access_report': rule('student', "skoleleder of the student's school", (p, s) => hasRoleAt(p, ['skoleleder'], s.schoolId)),
  /**
   * Misuse control: everything one member of staff read or changed. For the skoleleder of a
   * school the person works at (the route shows only that school's students, decision 005), and
   * for the person themself — it is their own data, and it names only students they opened. Not
   * the owner's administrator: the role sees no student (need-to-know), and the log is a list of
   * students; nor skoleeier, who sees figures only.
   */
  /** The school's staff listed to pick one for misuse control: its skoleleder. */
  'school.control_access': rule('school', 'skoleleder of the school', (p, s) => hasRoleAt(p, ['skoleleder'], s.schoolId)),
  'staff.see_access_log': rule('staff_member', 'skoleleder of a school the person works at; the person themself', (p, m) =>
    m.staffId === p.staffId || m.schoolIds.some((schoolId) => hasRoleAt(p, ['skoleleder'], schoolId))),

  'rule_profiles.edit': rule('rule_profiles', 'an administrator', (p) => hasRole(p, 'administrator')),
  /**
   * The owner's schools — which there are, their kind and so their rule profile — are set by the
   * schools file or a OneRoster set imported for the owner: the administrator's, as the profiles are.
   */
  'owner.import_schools': rule('owner', 'an administrator', (p) => hasRole(p, 'administrator')),
  /** A school's roster synced from the county's FINT (docs/imports/fint.md), as the owner's imports are: the administrator's. */
  'owner.sync_fint': rule('owner', 'an administrator', (p) => hasRole(p, 'administrator')),
  /**
   * Staff's classes and teaching groups in Feide beside Varde's (issue 14): the administrator, who
   * corrects the imports they come from. Names of staff and groups, no student.
   */
  'owner.compare_feide_groups': rule('owner', 'an administrator', (p) => hasRole(p, 'administrator')),
  /** A lost phone (issue 14, part 3): the owner's administrator, who keeps its accounts, forgets a person's second factor. */
  'staff.reset_second_factor': rule('owner', 'an administrator', (p) => hasRole(p, 'administrator')),

  /**
   * Oppfølgingstenesta (issue 12). A clarification meeting is asked for by those who follow the
   * student closely; the student is written out by the school's leadership and rådgiver. OT sees
   * the youth in its list and the clarification cases it takes part in (case.see), nothing else of
   * a school; the county sees OT's figures without names.
   */
  'student.open_ot_avklaring': rule('student', 'skoleleder and rådgiver of the school; the kontaktlærer of the class', (p, s) => studentAccess(p, s).kind === 'full'),
  'student.register_departure': rule('student', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),
  /**
   * Moving a student to another school of the owner mid-year (skolebytte, issue 13 part 6): the
   * leadership of the school the student leaves, who decide for its open cases, or the owner's
   * administrator.
   */
  'student.move_school': rule('student', "skoleleder of the student's school; an administrator", (p, s) => hasRoleAt(p, ['skoleleder'], s.schoolId) || hasRole(p, 'administrator')),
  /**
   * The overgang (issue 13, part 5; docs/decisions/023): the former school prepares the summary
   * and records the home's consent — those who follow the student closely; the receiving school's
   * leadership and counsellor see the former schools found, ask, and read a summary waiting.
   */
  'student.prepare_overgang': rule('student', 'skoleleder and rådgiver of the school; the kontaktlærer of the class', (p, s) => studentAccess(p, s).kind === 'full'),
  'student.receive_overgang': rule('student', 'skoleleder and rådgiver of the school', (p, s) => hasRoleAt(p, schoolWideRoles, s.schoolId)),
  'ot.see_list': rule('owner', 'an OT-rådgiver of the owner', (p) => hasRole(p, 'ot_radgiver')),
  'ot.follow_up': rule('owner', 'an OT-rådgiver of the owner', (p) => hasRole(p, 'ot_radgiver')),
  'ot.see_statistics': rule('owner', 'an OT-rådgiver of the owner; skoleeier', (p) => hasRole(p, 'ot_radgiver') || hasRole(p, 'skoleeier')),
  /** The owner's OT settings (age limit, målform) are read by those whose pages follow them, and set by an administrator. */
  'owner.see_ot_settings': rule('owner', 'an OT-rådgiver of the owner; skoleeier; an administrator', (p) => hasRole(p, 'ot_radgiver') || hasRole(p, 'skoleeier') || hasRole(p, 'administrator')),
  'owner.edit_ot_settings': rule('owner', 'an administrator', (p) => hasRole(p, 'administrator')),
  /** Aggregated, non-identifying figures for the owner's schools. */
  'owner.see_figures': rule('owner', 'skoleeier', (p) => hasRole(p, 'skoleeier')),
  /** The municipality's absence team (fraværsteam, issue 13): absence, the staircase and recurring absence per school and trinn, without names. */
  'owner.see_absence_team': rule('owner', 'skoleeier', (p) => hasRole(p, 'skoleeier')),
} satisfies Record<string, AccessRule<ResourceType>>;

export type Action = keyof typeof accessRules;
export type ResourceOf<A extends Action> = Resources[(typeof accessRules)[A]['resource']];

/** May this person do this to this resource? */
export function can<A extends Action>(person: Person, action: A, resource: ResourceOf<A>): boolean {
  return (accessRules[action] as AccessRule<ResourceType>).allows(person, resource);
}
