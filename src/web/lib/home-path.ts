/**
 * Where a person lands after signing in, and which pages the navigation offers, from the roles
 * in the session. Plain functions, tested in home-path.test.ts.
 */
import type { RoleAssignment } from '../../shared/api';
import { enteredGradeKindsOf } from '../../domain/school-kind-features';
import { enteredGradeKinds, type EnteredGradeKind } from '../../domain/vocabulary';

export const paths = {
  signIn: '/logg-inn',
  start: '/start',
  myStudents: '/mine-elever',
  student: (studentId: string) => `/elever/${encodeURIComponent(studentId)}`,
  schoolOverview: (schoolId: string) => `/skoler/${encodeURIComponent(schoolId)}`,
  monthlyCheck: (schoolId: string) => `/skoler/${encodeURIComponent(schoolId)}/manedssjekk`,
  monthlyCheckOn: (schoolId: string, on: string) => `/skoler/${encodeURIComponent(schoolId)}/manedssjekk?dato=${encodeURIComponent(on)}`,
  semesterCheck: (schoolId: string) => `/skoler/${encodeURIComponent(schoolId)}/semestersjekk`,
  ikoWorkspace: (schoolId: string) => `/skoler/${encodeURIComponent(schoolId)}/iko`,
  /** Leadership's start page: implementation quality, the seven pitfalls, nobody-has-acted, the annual wheel (skoleleder and rådgiver). */
  leadership: (schoolId: string) => `/skoler/${encodeURIComponent(schoolId)}/ledelse`,
  /** How often each measure was followed by better attendance (leadership and rådgiver). */
  measureEffects: (schoolId: string) => `/skoler/${encodeURIComponent(schoolId)}/tiltakseffekt`,
  /** The classes of the IKO workspace, each a way into its klasselærermøte. */
  classMeetings: (schoolId: string) => `/skoler/${encodeURIComponent(schoolId)}/iko#klasselaerermote`,
  concernReport: (studentId: string) => `/elever/${encodeURIComponent(studentId)}/melding`,
  weeklyCheck: (groupId: string) => `/ukesjekk/${encodeURIComponent(groupId)}`,
  weeklyCheckOn: (groupId: string, on: string) => `/ukesjekk/${encodeURIComponent(groupId)}?dato=${encodeURIComponent(on)}`,
  classMeeting: (groupId: string) => `/klasselaerermote/${encodeURIComponent(groupId)}`,
  /** A class's report after an assessment round (the latest begun without one). */
  classReport: (classId: string, round?: string) => `/klasser/${encodeURIComponent(classId)}/rapport${round ? `?runde=${encodeURIComponent(round)}` : ''}`,
  /** Every class of the school in figures after an assessment round. */
  schoolReports: (schoolId: string, round?: string) => `/skoler/${encodeURIComponent(schoolId)}/rapporter${round ? `?runde=${encodeURIComponent(round)}` : ''}`,
  registration: '/registrering',
  registrationFor: (groupId: string) => `/registrering?gruppe=${encodeURIComponent(groupId)}`,
  grades: '/midtveisvurdering',
  gradesFor: (groupId: string) => `/midtveisvurdering?gruppe=${encodeURIComponent(groupId)}`,
  tasks: '/oppgaver',
  imports: (schoolId: string) => `/skoler/${encodeURIComponent(schoolId)}/import`,
  ruleProfiles: '/regelprofiler',
  /** The owner's imports, no school chosen: the schools file, a OneRoster set that finds or creates its school (administrators). */
  ownerImports: '/import',
  /** Oppfølgingstenesta's list of youth outside school (the rest of OT's pages: features/ot/ot-paths.ts). */
  ot: '/ot',
  /** OT's figures for the county (OT and skoleeier). */
  otStatistics: '/ot/statistikk',
  /** The owner's OT settings: age limit and målform (read by OT, skoleeier and administrators; set by administrators). */
  otSettings: '/ot/innstillinger',
  /** The absence team's overview per school and trinn, in figures without names (skoleeier). */
  ownerAbsence: '/eier/fravaer',
} as const;

const teacherRoles = new Set(['kontaktlaerer', 'faglaerer']);
const schoolOverviewRoles = new Set(['skoleleder', 'radgiver']);
/** The roles that get tasks: from the rules (contact home, inform the principal, summon the guardians) and from the steps of the cases they are responsible for. */
const taskRoles = new Set(['kontaktlaerer', 'skoleleder', 'radgiver', 'helsesykepleier', 'sosiallaerer', 'miljoterapeut']);

export function hasTeacherRole(roles: readonly RoleAssignment[]): boolean {
  return roles.some((r) => teacherRoles.has(r.role));
}

/**
 * The grades the person gives as a teacher, by the kinds of school they teach at: midterm grades
 * in videregående, half-year grades on ungdomstrinnet and in videregående, none in a barneskole.
 */
export function gradeKindsToEnter(roles: readonly RoleAssignment[]): EnteredGradeKind[] {
  const kinds = new Set(roles.filter((r) => teacherRoles.has(r.role) && r.schoolKind).flatMap((r) => enteredGradeKindsOf(r.schoolKind!)));
  return enteredGradeKinds.filter((k) => kinds.has(k));
}

/** The grade-entry page is for teachers at a school where grades are given. */
export function entersGrades(roles: readonly RoleAssignment[]): boolean {
  return gradeKindsToEnter(roles).length > 0;
}

export function hasTaskRole(roles: readonly RoleAssignment[]): boolean {
  return roles.some((r) => taskRoles.has(r.role));
}

/** Administrators edit the rule profiles, and may import files for any school of the owner. */
export function isAdministrator(roles: readonly RoleAssignment[]): boolean {
  return roles.some((r) => r.role === 'administrator');
}

/** Oppfølgingstenesta's advisors: OT's list, its youth and its clarification meetings are theirs. */
export function isOtAdvisor(roles: readonly RoleAssignment[]): boolean {
  return roles.some((r) => r.role === 'ot_radgiver');
}

/** OT's figures for the county are for OT and the school owner (as the server allows). */
export function seesOtStatistics(roles: readonly RoleAssignment[]): boolean {
  return roles.some((r) => r.role === 'ot_radgiver' || r.role === 'skoleeier');
}

/** The school owner (skoleeier): the owner's figures, and the absence team's overview, are theirs. */
export function isSchoolOwner(roles: readonly RoleAssignment[]): boolean {
  return roles.some((r) => r.role === 'skoleeier');
}

/** The owner's OT settings are read by OT, the school owner and administrators. */
export function seesOtSettings(roles: readonly RoleAssignment[]): boolean {
  return seesOtStatistics(roles) || isAdministrator(roles);
}

/** Importing files is for the school's leadership and for administrators (as the server allows). */
export function canImport(roles: readonly RoleAssignment[], schoolId: string): boolean {
  return isAdministrator(roles) || roles.some((r) => r.role === 'skoleleder' && r.schoolId === schoolId);
}

/** The schools where the person is skoleleder: Månedssjekken is theirs. */
export function leadershipSchools(roles: readonly RoleAssignment[]): Array<{ schoolId: string; schoolName: string | null }> {
  return overviewSchools(roles.filter((r) => r.role === 'skoleleder'));
}

/** The schools where the person is rådgiver (IKO coordinator): the IKO workspace is theirs. */
export function coordinatorSchools(roles: readonly RoleAssignment[]): Array<{ schoolId: string; schoolName: string | null }> {
  return overviewSchools(roles.filter((r) => r.role === 'radgiver'));
}

/** One entry per school where the person is skoleleder or rådgiver, in the order of the roles. */
export function overviewSchools(roles: readonly RoleAssignment[]): Array<{ schoolId: string; schoolName: string | null }> {
  const seen = new Map<string, string | null>();
  for (const r of roles) {
    if (schoolOverviewRoles.has(r.role) && r.schoolId && !seen.has(r.schoolId)) seen.set(r.schoolId, r.schoolName);
  }
  return [...seen].map(([schoolId, schoolName]) => ({ schoolId, schoolName }));
}

/** The page for the first role: teachers → Mine elever, leadership → its start page, rådgiver → the school, OT → OT's list, others → start. */
export function homePathFor(roles: readonly RoleAssignment[]): string {
  const first = roles[0];
  if (!first) return paths.start;
  if (teacherRoles.has(first.role)) return paths.myStudents;
  if (first.role === 'ot_radgiver') return paths.ot;
  if (first.role === 'skoleleder' && first.schoolId) return paths.leadership(first.schoolId);
  if (schoolOverviewRoles.has(first.role) && first.schoolId) return paths.schoolOverview(first.schoolId);
  return paths.start;
}

/**
 * The page to return to after signing in, from the `neste` parameter: only a path in this app
 * (never another site, never the sign-in page itself).
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === paths.signIn || value.startsWith(`${paths.signIn}?`) || value.startsWith(`${paths.signIn}/`)) return null;
  return value;
}

/**
 * Whether a page the app can tell in advance is of use to these roles: after a session ran out,
 * the next person to sign in on the device may be someone else, who should not land on a page
 * that is not theirs. Student pages are left to the server's need-to-know check.
 */
export function suitsRoles(path: string, roles: readonly RoleAssignment[]): boolean {
  const pathname = path.split(/[?#]/)[0] ?? '';
  if (pathname === paths.myStudents || pathname === paths.registration) return hasTeacherRole(roles);
  if (pathname === paths.grades) return entersGrades(roles);
  if (pathname.startsWith('/ukesjekk/')) return roles.some((r) => r.role === 'kontaktlaerer');
  if (pathname.startsWith('/klasselaerermote/')) return roles.some((r) => r.role === 'kontaktlaerer' || r.role === 'radgiver' || r.role === 'skoleleder');
  if (pathname === paths.tasks) return hasTaskRole(roles);
  if (/^\/elever\/[^/]+\/melding$/.test(pathname)) return hasTeacherRole(roles);
  const school = /^\/skoler\/([^/]+)$/.exec(pathname);
  if (school) return overviewSchools(roles).some((s) => encodeURIComponent(s.schoolId) === school[1]);
  const monthly = /^\/skoler\/([^/]+)\/(manedssjekk|semestersjekk)$/.exec(pathname);
  if (monthly) return leadershipSchools(roles).some((s) => encodeURIComponent(s.schoolId) === monthly[1]);
  const iko = /^\/skoler\/([^/]+)\/(iko|ledelse)$/.exec(pathname);
  if (iko) return overviewSchools(roles).some((s) => encodeURIComponent(s.schoolId) === iko[1]);
  const imports = /^\/skoler\/([^/]+)\/import$/.exec(pathname);
  if (imports) return isAdministrator(roles) || leadershipSchools(roles).some((s) => encodeURIComponent(s.schoolId) === imports[1]);
  if (pathname === paths.ruleProfiles || pathname === paths.ownerImports) return isAdministrator(roles);
  if (pathname === paths.otStatistics) return seesOtStatistics(roles);
  if (pathname === paths.otSettings) return seesOtSettings(roles);
  if (pathname === paths.ownerAbsence) return isSchoolOwner(roles);
  if (pathname === paths.ot || pathname.startsWith(`${paths.ot}/`)) return isOtAdvisor(roles);
  return true;
}

export function signInPathReturningTo(path: string): string {
  const target = safeReturnPath(path);
  return target && target !== '/' ? `${paths.signIn}?neste=${encodeURIComponent(target)}` : paths.signIn;
}
