/**
 * Checks a OneRoster set against the school and turns it into Varde's terms:
 *
 * - the org of type `school` that is this school (the one chosen by sourcedId, organisation
 *   number or name; else by organisation number in `identifier`, else by name, else the only
 *   school in the file); classes, enrollments and users of other orgs are left out, with a note,
 *   and an org named otherwise than the school is warned of;
 * - classes → groups: `homeroom` → basisgruppe (klasse), `scheduled` → undervisningsgruppe,
 *   with the course's code and title as subject, and grades 11–13 as Vg1–Vg3; the school year
 *   is the one the class's terms fall in;
 * - users by role (users.csv `role`, or roles.csv): student → elev, teacher → faglærer (and
 *   kontaktlærer of the homeroom classes they teach), principal → skoleleder (rektor),
 *   counselor → rådgiver, parent/guardian/relative → foresatt, linked to students through the
 *   students' `agentSourcedIds`; other roles are counted and left out; a person keeps all of
 *   these roles (a teacher who is a guardian too), except a student, who is a student only;
 * - a user's id in Varde is `identifier` (the student or employee number, so that OneRoster
 *   and the Norwegian files refer to the same people) and `sourcedId` when there is none;
 * - enrollments → memberships (students, with their dates; a date outside the class's terms or
 *   the school year is warned of) and group teachers (teachers).
 *
 * Nothing is written here; every problem is reported with its file, row and column.
 */
import { orgNumberDigits } from '../domain/org-number.js';
import { schoolKindOfLevels } from '../domain/school-kind-of-levels.js';
import { schoolLevels, type GroupKind, type RoleCode, type SchoolKind } from '../domain/vocabulary.js';
import { birthDateNotes, type MissingBirthDate } from './birth-date-notes.js';
import { shown, type ImportNote, type ProblemList } from './import-problems.js';
import type { SchoolReferences, SchoolYearRef } from './load-school-references.js';
import { dataFiles, orgKindColumn, type ClassRow, type EnrollmentRow, type OneRosterSet, type OrgRow, type UserRow } from './parse-oneroster-files.js';

export interface CheckedClass {
  sourcedId: string;
  /** The class's row in classes.csv. */
  row: number;
  /** Its title; title and class code when other classes of the set share the title. */
  name: string;
  kind: GroupKind;
  level: string | null;
  subjectCode: string | null;
  subjectName: string | null;
}

export interface CheckedUser {
  sourcedId: string;
  /** The id the user has in Varde: `identifier`, or `sourcedId` without one. */
  externalId: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
}

export interface CheckedStudent extends CheckedUser {
  /** From demographics.csv; undefined when the set gives none (a student Varde has keeps its own). */
  birthDate: string | undefined;
  /** Where the set's birth date is, or should have been: the demographics row's birthDate, else the user's row. */
  birthDateAt: MissingBirthDate;
}

export interface CheckedStaff extends CheckedUser {
  roles: Array<{ role: RoleCode; title: string | null }>;
}

export interface CheckedGuardian extends CheckedUser {
  relation: string;
  parentalResponsibility: boolean;
}

export interface CheckedOneRoster {
  schoolYear: SchoolYearRef;
  classes: CheckedClass[];
  students: CheckedStudent[];
  staff: CheckedStaff[];
  guardians: CheckedGuardian[];
  guardianLinks: Array<{ studentSourcedId: string; guardianSourcedId: string }>;
  enrollments: Array<{ classSourcedId: string; userSourcedId: string; role: 'student' | 'teacher'; beginDate: string | null; endDate: string | null }>;
  /** Rows left out, by reason: other roles, rows marked tobedeleted. */
  skipped: Record<string, number>;
  /** What the set says that Varde did not take: a kind of school other than the school's, classes marked tobedeleted, modes of files Varde does not read, a student's other roles. */
  notes: ImportNote[];
}

const staffRoles: Record<string, { role: RoleCode; title: string | null }> = {
  teacher: { role: 'faglaerer', title: null },
  principal: { role: 'skoleleder', title: 'Rektor' },
  siteadministrator: { role: 'skoleleder', title: null },
  administrator: { role: 'skoleleder', title: null },
  counselor: { role: 'radgiver', title: null },
};
const guardianRelations: Record<string, { relation: string; parentalResponsibility: boolean }> = {
  parent: { relation: 'forelder', parentalResponsibility: true },
  guardian: { relation: 'verge', parentalResponsibility: true },
  relative: { relation: 'annen', parentalResponsibility: false },
};

export interface CheckOneRosterOptions {
  /** The org to import, when the set has several schools: its sourcedId, organisation number (identifier) or name. */
  org?: string | undefined;
}

export function checkOneRoster(set: OneRosterSet, refs: SchoolReferences, problems: ProblemList, options: CheckOneRosterOptions = {}): CheckedOneRoster | undefined {
  // Each file has its own mode: the files Varde reads must be whole (bulk); what the manifest
  // says of the others changes nothing, and is only noted.
  const notes: ImportNote[] = [];
  const readFiles = new Set(Object.values(dataFiles).map((d) => d.file.replace(/\.csv$/i, '').toLowerCase()));
  const inManifest = problems.forFile('manifest.csv');
  for (const [file, { mode, name, row }] of set.modes) {
    if (mode === 'bulk' || mode === 'absent') continue;
    const where = { row, column: 'value', value: mode };
    if (!readFiles.has(file)) {
      notes.push({ code: 'file_not_read', level: 'info', file: 'manifest.csv', ...where, text: 'fileModeNotRead', params: { file: name, mode: shown(mode) } });
    } else if (mode === 'delta') {
      inManifest.add({ code: 'unsupported_version', ...where, text: 'deltaFile', params: { file: name } });
    } else {
      inManifest.add({ code: 'invalid_choice', ...where, text: 'invalidChoice', params: { value: shown(mode), choices: { oneOf: ['bulk', 'absent'] } } });
    }
  }

  // Without one of its files, every reference into that file would be reported too: noise.
  if (problems.items.some((p) => p.code === 'missing_file')) return undefined;
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const active = <T extends { status: string | null }>(rows: T[], what: string) =>
    rows.filter((r) => {
      if (r.status !== 'tobedeleted') return true;
      skip(`${what}: tobedeleted`);
      return false;
    });

  const schoolOrgs = active(set.orgs, 'orgs').filter((o) => o.type === 'school');
  const school = findSchoolOrg(schoolOrgs, refs, problems, options.org);
  if (!school) return undefined;
  notes.push(...kindNotes(orgSchoolKind(set, school), school, refs));
  // Found by its id or organisation number, the org may carry another name than the school:
  // perhaps an old name, perhaps the wrong school. Varde keeps its own name, and says so.
  if (sameName(school.name, refs.schoolName) === false) {
    notes.push({
      code: 'school_name_differs',
      level: 'warning',
      file: 'orgs.csv',
      row: school.row,
      column: 'name',
      value: school.name,
      text: 'schoolNameDiffers',
      params: { name: shown(school.name), school: refs.schoolName },
    });
  }

  // --- Classes, and the school year they are in -----------------------------------------------
  const inClasses = problems.forFile('classes.csv');
  const sessions = new Map(set.sessions.map((s) => [s.sourcedId, s]));
  const courses = new Map(set.courses.map((c) => [c.sourcedId, c]));
  const classes: CheckedClass[] = [];
  const years = new Map<string, SchoolYearRef>();
  const classCodes = new Map<string, string | null>();
  // The dates of each class's terms: an enrollment's dates are checked against them (or the school year).
  const classTerms = new Map<string, { from: string; to: string; titles: string[] }>();
  // A class marked tobedeleted takes its enrollments with it (counted here, noted below).
  const deletedClasses = new Map(
    set.classes.filter((c) => c.status === 'tobedeleted' && c.schoolSourcedId === school.sourcedId).map((c) => [c.sourcedId, { row: c, enrollments: 0 }]),
  );
  for (const c of active(set.classes, 'classes')) {
    if (c.schoolSourcedId !== school.sourcedId) {
      skip('classes: other school');
      continue;
    }
    const course = c.courseSourcedId ? courses.get(c.courseSourcedId) : undefined;
    if (c.courseSourcedId && !course && set.courses.length > 0) {
      inClasses.add({ code: 'unknown_reference', row: c.row, column: 'courseSourcedId', value: c.courseSourcedId, text: 'unknownCourse', params: { value: shown(c.courseSourcedId) } });
    }
    for (const term of c.termSourcedIds) {
      const session = sessions.get(term);
      if (!session) {
        inClasses.add({ code: 'unknown_reference', row: c.row, column: 'termSourcedIds', value: term, text: 'unknownTerm', params: { value: shown(term) } });
        continue;
      }
      const year = session.startDate && session.endDate ? yearOverlapping(refs.schoolYears, session.startDate, session.endDate) : undefined;
      if (!year) {
        inClasses.add({
          code: 'unknown_school_year',
          row: c.row,
          column: 'termSourcedIds',
          value: term,
          text: 'termOutsideSchoolYears',
          params: { term: shown(session.title), from: session.startDate ?? '?', to: session.endDate ?? '?', school: refs.schoolName },
        });
        continue;
      }
      years.set(year.id, year);
      const span = classTerms.get(c.sourcedId);
      classTerms.set(
        c.sourcedId,
        span
          ? { from: min(span.from, session.startDate!), to: max(span.to, session.endDate!), titles: [...span.titles, session.title] }
          : { from: session.startDate!, to: session.endDate!, titles: [session.title] },
      );
    }
    classes.push(checkedClass(c, course));
    classCodes.set(c.sourcedId, c.classCode);
  }
  // Classes of one course commonly share its title and differ by classCode: those are named by
  // both. A title no other class has stays as it is, so that groups are not renamed.
  const titles = new Map<string, number>();
  for (const c of classes) titles.set(c.name.toLowerCase(), (titles.get(c.name.toLowerCase()) ?? 0) + 1);
  for (const c of classes) {
    const code = classCodes.get(c.sourcedId);
    if (titles.get(c.name.toLowerCase())! > 1 && code && code.toLowerCase() !== c.name.toLowerCase()) c.name = `${c.name} (${code})`;
  }
  if (years.size > 1) {
    inClasses.add({
      code: 'unknown_school_year',
      row: null,
      column: 'termSourcedIds',
      text: 'classesInSeveralYears',
      params: { years: [...years.values()].map((y) => y.name).join(', ') },
    });
  }
  const schoolYear = [...years.values()][0] ?? refs.schoolYear;
  if (!schoolYear) {
    problems.add({ code: 'unknown_school_year', row: null, column: null, text: 'noSchoolYear', params: { school: refs.schoolName } });
    return undefined;
  }

  // --- Users, by their role at the school ------------------------------------------------------
  const inUsers = problems.forFile('users.csv');
  const roleOf = rolesAtSchool(set, school.sourcedId);
  const demographicsOf = new Map(set.demographics.map((d) => [d.sourcedId, d]));
  const users = new Map<string, UserRow>();
  const students: CheckedStudent[] = [];
  const staff: CheckedStaff[] = [];
  const guardians = new Map<string, CheckedGuardian>();
  const usedExternalIds = new Map<string, number>();
  const newWithoutBirthDate: MissingBirthDate[] = [];
  // Users refused here, or whose row could not be read: what refers to them is not reported again.
  const refusedUsers = new Set(set.unreadable.users);
  const deletedUsers = new Set(set.users.filter((u) => u.status === 'tobedeleted').map((u) => u.sourcedId));
  for (const u of active(set.users, 'users')) {
    const roles = roleOf.get(u.sourcedId) ?? [];
    if (roles.length === 0) {
      skip('users: not at this school');
      continue;
    }
    users.set(u.sourcedId, u);
    const base: CheckedUser = {
      sourcedId: u.sourcedId,
      externalId: u.identifier ?? u.sourcedId,
      givenName: u.givenName,
      familyName: u.familyName,
      email: u.email,
      phone: u.phone ?? u.sms,
    };
    const earlier = usedExternalIds.get(base.externalId);
    if (earlier !== undefined) {
      inUsers.add({ code: 'duplicate_row', row: u.row, column: u.identifier ? 'identifier' : 'sourcedId', value: base.externalId, text: 'duplicateUser', params: { value: shown(base.externalId), first: earlier } });
      refusedUsers.add(u.sourcedId);
      continue;
    }
    usedExternalIds.set(base.externalId, u.row);
    if (roles.includes('student')) {
      // A student in Varde is a student only: what else the set says the user is, is dropped, and said.
      const others = [...new Set(roles.filter((r) => staffRoles[r] || guardianRelations[r]))];
      if (others.length > 0) {
        notes.push({
          code: 'roles_dropped',
          level: 'warning',
          file: 'users.csv',
          row: u.row,
          column: 'sourcedId',
          value: u.sourcedId,
          text: 'studentRolesDropped',
          params: { name: shown(`${u.givenName} ${u.familyName}`), roles: others },
        });
      }
      const known = refs.studentsByExternalId.get(base.externalId);
      if (known && known.schoolId !== refs.schoolId) {
        inUsers.add({ code: 'student_at_other_school', row: u.row, column: 'identifier', value: base.externalId, text: 'oneRosterStudentAtOtherSchool', params: { value: shown(base.externalId) } });
        refusedUsers.add(u.sourcedId);
        continue;
      }
      // demographics.csv is optional in OneRoster, and so is its birthDate (issue 17): a student
      // without one is imported, with a warning where the date should be; one Varde has is kept.
      const demographics = demographicsOf.get(u.sourcedId);
      const birthDate = demographics?.birthDate ?? undefined;
      const birthDateAt: MissingBirthDate = demographics
        ? { file: 'demographics.csv', row: demographics.row, column: 'birthDate', name: `${u.givenName} ${u.familyName}` }
        : { file: 'users.csv', row: u.row, column: 'sourcedId', name: `${u.givenName} ${u.familyName}` };
      if (!known && !birthDate) newWithoutBirthDate.push(birthDateAt);
      students.push({ ...base, birthDate, birthDateAt });
      continue;
    }
    // One person may have several roles (roles.csv): a teacher who is a guardian at the school
    // too is both a staff member and a guardian, as two records in Varde.
    const staffRolesOfUser = staffRolesOf(roles);
    const relation = roles.map((r) => guardianRelations[r]).find((g) => g !== undefined);
    if (staffRolesOfUser.length > 0) staff.push({ ...base, roles: staffRolesOfUser });
    if (relation) guardians.set(u.sourcedId, { ...base, ...relation });
    if (staffRolesOfUser.length === 0 && !relation) skip(`users: role ${roles.join('/')}`);
  }

  // --- Guardians, through the students' agents --------------------------------------------------
  // A new student without a birth date; one Varde has is warned of only if Varde lacks it too (import-oneroster.ts).
  notes.push(...birthDateNotes(newWithoutBirthDate));
  const guardianLinks: CheckedOneRoster['guardianLinks'] = [];
  const studentIds = new Set(students.map((s) => s.sourcedId));
  for (const u of set.users) {
    if (!studentIds.has(u.sourcedId)) continue;
    for (const agent of u.agentSourcedIds) {
      if (guardians.has(agent)) guardianLinks.push({ studentSourcedId: u.sourcedId, guardianSourcedId: agent });
      else if (!set.users.some((x) => x.sourcedId === agent) && !set.unreadable.users.has(agent)) {
        inUsers.add({ code: 'unknown_reference', row: u.row, column: 'agentSourcedIds', value: agent, text: 'unknownGuardian', params: { value: shown(agent) } });
      }
    }
  }

  // --- Enrollments ----------------------------------------------------------------------------
  const inEnrollments = problems.forFile('enrollments.csv');
  const classIds = new Set(classes.map((c) => c.sourcedId));
  const enrollments: CheckedOneRoster['enrollments'] = [];
  const seen = new Map<string, number>();
  for (const e of active(set.enrollments, 'enrollments')) {
    if (e.schoolSourcedId !== school.sourcedId) {
      skip('enrollments: other school');
      continue;
    }
    if (e.role !== 'student' && e.role !== 'teacher') {
      skip(`enrollments: role ${e.role}`);
      continue;
    }
    const deletedClass = deletedClasses.get(e.classSourcedId);
    if (deletedClass) {
      deletedClass.enrollments++;
      skip('enrollments: class tobedeleted');
      continue;
    }
    if (deletedUsers.has(e.userSourcedId) && !users.has(e.userSourcedId)) {
      skip('enrollments: user tobedeleted');
      continue;
    }
    // An enrollment of a class or user refused at its own row is refused with it, and reported there only.
    let ok = !set.unreadable.classes.has(e.classSourcedId) && !refusedUsers.has(e.userSourcedId);
    if (!classIds.has(e.classSourcedId) && !set.unreadable.classes.has(e.classSourcedId)) {
      ok = false;
      inEnrollments.add({ code: 'unknown_reference', row: e.row, column: 'classSourcedId', value: e.classSourcedId, text: 'unknownClass', params: { value: shown(e.classSourcedId) } });
    }
    const user = users.get(e.userSourcedId);
    const fits = e.role === 'student' ? studentIds.has(e.userSourcedId) : staff.some((s) => s.sourcedId === e.userSourcedId);
    if ((!user || !fits) && !refusedUsers.has(e.userSourcedId)) {
      ok = false;
      inEnrollments.add({
        code: 'unknown_reference',
        row: e.row,
        column: 'userSourcedId',
        value: e.userSourcedId,
        ...(user
          ? { text: 'userWithoutRole', params: { value: shown(e.userSourcedId), role: e.role === 'student' ? 'student' : 'teacher' } }
          : { text: 'unknownUser', params: { value: shown(e.userSourcedId) } }),
      });
    }
    const key = `${e.classSourcedId}\u0000${e.userSourcedId}\u0000${e.role}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      ok = false;
      inEnrollments.add({ code: 'duplicate_row', row: e.row, column: 'userSourcedId', value: e.userSourcedId, text: 'duplicateEnrollment', params: { first: earlier } });
    } else {
      seen.set(key, e.row);
    }
    if (e.beginDate && e.endDate && e.beginDate > e.endDate) {
      ok = false;
      inEnrollments.add({ code: 'inconsistent_row', row: e.row, column: 'endDate', value: e.endDate, text: 'endBeforeStart' });
    }
    if (!ok) continue;
    enrollments.push(enrollmentOf(e));
    notes.push(...enrollmentDateNotes(e, classTerms.get(e.classSourcedId), schoolYear));
  }
  // A set of several schools is imported for one: the rest is left out, and said once.
  const otherSchools = schoolOrgs.filter((o) => o !== school);
  if (otherSchools.length > 0) {
    // The users of the other schools: those with a role there and none here.
    const elsewhere = new Set(otherSchools.flatMap((o) => [...rolesAtSchool(set, o.sourcedId).keys()]));
    for (const id of roleOf.keys()) elsewhere.delete(id);
    notes.push({
      code: 'other_schools_left_out',
      level: 'info',
      file: 'orgs.csv',
      row: null,
      column: 'type',
      text: 'otherSchoolsLeftOut',
      params: {
        school: shown(school.name),
        schools: otherSchools.map((o) => shown(o.name)),
        classes: skipped['classes: other school'] ?? 0,
        users: elsewhere.size,
        enrollments: skipped['enrollments: other school'] ?? 0,
      },
    });
  }
  for (const { row: c, enrollments: count } of deletedClasses.values()) {
    notes.push({ code: 'class_deleted', level: 'info', file: 'classes.csv', row: c.row, column: 'status', value: 'tobedeleted', text: 'classDeleted', params: { name: shown(c.title), count } });
  }
  // A teacher of a homeroom class is its kontaktlærer.
  const homerooms = new Set(classes.filter((c) => c.kind === 'basisgruppe').map((c) => c.sourcedId));
  for (const person of staff) {
    const contact = enrollments.some((e) => e.role === 'teacher' && e.userSourcedId === person.sourcedId && homerooms.has(e.classSourcedId));
    if (contact && !person.roles.some((r) => r.role === 'kontaktlaerer')) person.roles.push({ role: 'kontaktlaerer', title: null });
  }
  return { schoolYear, classes, students, staff, guardians: [...guardians.values()], guardianLinks, enrollments, skipped, notes };
}

/** The staff roles of a user's OneRoster roles, each once (administrator and siteAdministrator are both skoleleder; a title wins). */
function staffRolesOf(roles: readonly string[]): CheckedStaff['roles'] {
  const byRole = new Map<RoleCode, CheckedStaff['roles'][number]>();
  for (const r of roles) {
    const found = staffRoles[r];
    if (found && (!byRole.has(found.role) || (found.title && !byRole.get(found.role)!.title))) byRole.set(found.role, found);
  }
  return [...byRole.values()];
}

/** The kind of school an org is: from its metadata when the export says it, else from the grades of its classes and students. */
export type OrgSchoolKind =
  | { kind: SchoolKind; from: 'metadata' }
  | { kind: SchoolKind; from: 'grades'; levels: string[] }
  | { kind: undefined; from: 'grades'; levels: string[] };

export function orgSchoolKind(set: OneRosterSet, org: OrgRow): OrgSchoolKind {
  if (org.kind) return { kind: org.kind, from: 'metadata' };
  const found = new Set<string>();
  const add = (grades: readonly string[]) => {
    for (const grade of grades) {
      const level = levelOfGrade(grade);
      if (level) found.add(level);
    }
  };
  for (const c of set.classes) if (c.status !== 'tobedeleted' && c.schoolSourcedId === org.sourcedId) add(c.grades);
  const roles = rolesAtSchool(set, org.sourcedId);
  for (const u of set.users) if (u.status !== 'tobedeleted' && roles.get(u.sourcedId)?.includes('student')) add(u.grades);
  // In the order of the year groups: 1–10, then Vg1–Vg3.
  const order = [...schoolLevels.kombinert, ...schoolLevels.vgs];
  const levels = order.filter((l) => found.has(l));
  const kind = schoolKindOfLevels(levels);
  return kind ? { kind, from: 'grades', levels } : { kind: undefined, from: 'grades', levels };
}

/** A kind of school in the words of the catalogs (importProblem.word). */
export const kindWord = (kind: SchoolKind) => ({ word: kind });

/**
 * The set may say that the school is of another kind than Varde has it. The kind is the schools
 * file's to change (or the school's creation from this set): a warning, not a silent change —
 * least of all from grades, which may be only some of the school's classes.
 */
function kindNotes(said: OrgSchoolKind, org: OrgRow, refs: SchoolReferences): ImportNote[] {
  if (said.kind === undefined || said.kind === refs.schoolKind) return [];
  const where = { file: 'orgs.csv', row: org.row, level: 'warning' as const, code: 'kind_differs' as const };
  const params = { school: refs.schoolName, kind: kindWord(said.kind), current: kindWord(refs.schoolKind) };
  return said.from === 'metadata'
    ? [{ ...where, column: orgKindColumn.name, text: 'kindInSetDiffers', params }]
    : [{ ...where, column: null, text: 'kindFromGradesDiffers', params: { ...params, levels: said.levels } }];
}

/** Names as people tell them apart: without case and surrounding spaces. Undefined when there is no name to compare. */
function sameName(a: string, b: string): boolean | undefined {
  if (a.trim() === '' || b.trim() === '') return undefined;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The org of type school a person chose (`--org`, the import form's org field): by its
 * sourcedId, else its organisation number (identifier, spaces and all), else its name.
 */
export function chooseSchoolOrg<T extends Pick<OrgRow, 'sourcedId' | 'identifier' | 'name'>>(schools: readonly T[], org: string): T | undefined {
  const wanted = org.trim();
  const digits = orgNumberDigits(wanted);
  return (
    schools.find((o) => o.sourcedId === wanted) ??
    (digits ? schools.find((o) => o.identifier !== null && orgNumberDigits(o.identifier) === digits) : undefined) ??
    schools.find((o) => sameName(o.name, wanted) === true)
  );
}

/** The chosen org was not among the set's schools: the problem names them, so the user can choose again. */
export function chosenOrgMissing(schools: readonly OrgRow[], org: string) {
  return {
    code: 'school_not_in_file' as const,
    row: null,
    column: 'sourcedId',
    value: org,
    text: 'chosenOrgNotInOrgs' as const,
    params: { org: shown(org), schools: schools.map((o) => shown(`${o.name} (${o.sourcedId})`)) },
  };
}

function findSchoolOrg(schools: OrgRow[], refs: SchoolReferences, problems: ProblemList, org: string | undefined): OrgRow | undefined {
  if (org !== undefined) {
    const chosen = chooseSchoolOrg(schools, org);
    if (!chosen && !problems.items.some((p) => p.file === 'orgs.csv')) problems.forFile('orgs.csv').add(chosenOrgMissing(schools, org));
    return chosen;
  }
  const match =
    (refs.schoolOrgNumber ? schools.find((o) => o.identifier?.replace(/\s/g, '') === refs.schoolOrgNumber) : undefined) ??
    schools.find((o) => o.name.trim().toLowerCase() === refs.schoolName.toLowerCase()) ??
    (schools.length === 1 ? schools[0] : undefined);
  // A school row with a bad cell is reported there, and not again as missing.
  if (!match && !problems.items.some((p) => p.file === 'orgs.csv')) {
    problems.forFile('orgs.csv').add({
      code: 'school_not_in_file',
      row: null,
      column: 'name',
      text: 'schoolNotInOrgs',
      params: { school: refs.schoolName },
    });
  }
  return match;
}

/** The roles of each user at the school: roles.csv when the set has it, else users.csv's role and orgs. */
function rolesAtSchool(set: OneRosterSet, schoolId: string): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  const add = (user: string, role: string) => roles.set(user, [...(roles.get(user) ?? []), role.toLowerCase()]);
  if (set.roles.length > 0) {
    for (const r of set.roles) if (r.status !== 'tobedeleted' && r.orgSourcedId === schoolId) add(r.userSourcedId, r.role);
  } else {
    for (const u of set.users) {
      const orgs = [...u.orgSourcedIds, ...(u.primaryOrgSourcedId ? [u.primaryOrgSourcedId] : [])];
      if (u.role && orgs.includes(schoolId)) add(u.sourcedId, u.role);
    }
  }
  // A guardian belongs to the students' org in some exports, to none in others: the agents decide.
  const agents = new Set(set.users.flatMap((u) => u.agentSourcedIds));
  for (const u of set.users) {
    if (!roles.has(u.sourcedId) && agents.has(u.sourcedId) && u.role && guardianRelations[u.role]) add(u.sourcedId, u.role);
  }
  return roles;
}

/** The school year a session overlaps most. */
function yearOverlapping(years: readonly SchoolYearRef[], start: string, end: string): SchoolYearRef | undefined {
  let best: SchoolYearRef | undefined;
  let bestDays = 0;
  for (const y of years) {
    const from = start > y.startsOn ? start : y.startsOn;
    const to = end < y.endsOn ? end : y.endsOn;
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days >= 0 && days + 1 > bestDays) {
      best = y;
      bestDays = days + 1;
    }
  }
  return best;
}

/** OneRoster grades are CEDS codes: 11–13 are Vg1–Vg3 in Norway, 01–10 the grunnskole years. */
export function levelOfGrade(code: string | undefined): string | null {
  if (!code || !/^\d{1,2}$/.test(code)) return null;
  const n = Number(code);
  if (n >= 11 && n <= 13) return `Vg${n - 10}`;
  if (n >= 1 && n <= 10) return String(n);
  return null;
}

/** A class's level: its first grade. */
function levelOf(grades: readonly string[]): string | null {
  return levelOfGrade(grades[0]);
}

function checkedClass(c: ClassRow, course: { title: string; courseCode: string | null } | undefined): CheckedClass {
  const homeroom = c.classType === 'homeroom';
  const subjectCode = homeroom ? null : (course?.courseCode ?? c.subjectCodes[0] ?? null);
  return {
    sourcedId: c.sourcedId,
    row: c.row,
    name: c.title,
    kind: homeroom ? 'basisgruppe' : 'undervisningsgruppe',
    level: levelOf(c.grades),
    subjectCode,
    subjectName: subjectCode === null ? null : (course?.title ?? c.subjects[0] ?? subjectCode),
  };
}

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/**
 * An enrollment's dates outside its class's terms (or, for a class without terms, the school
 * year) are noted, not refused: the membership still has a sensible meaning (it starts before
 * or ends after the year, or ended before it), and is imported with the dates as they are.
 */
function enrollmentDateNotes(e: EnrollmentRow, terms: { from: string; to: string; titles: string[] } | undefined, year: SchoolYearRef): ImportNote[] {
  const span = terms ?? { from: year.startsOn, to: year.endsOn };
  const notes: ImportNote[] = [];
  for (const column of ['beginDate', 'endDate'] as const) {
    const date = e[column];
    if (!date || (date >= span.from && date <= span.to)) continue;
    notes.push({
      code: 'date_outside_term',
      level: 'warning',
      file: 'enrollments.csv',
      row: e.row,
      column,
      value: date,
      ...(terms
        ? { text: 'enrollmentOutsideTerm', params: { date, from: span.from, to: span.to, term: terms.titles.map(shown).join(', ') } }
        : { text: 'enrollmentOutsideYear', params: { date, from: span.from, to: span.to, year: year.name } }),
    });
  }
  return notes;
}

function enrollmentOf(e: EnrollmentRow): CheckedOneRoster['enrollments'][number] {
  return { classSourcedId: e.classSourcedId, userSourcedId: e.userSourcedId, role: e.role as 'student' | 'teacher', beginDate: e.beginDate, endDate: e.endDate };
}
