/**
 * The closed vocabularies of the domain, in the users' own words (docs/domain.md, "Words").
 * The database's CHECK constraints are built from these lists (src/db/schema.ts), so they cannot
 * drift apart; the API validates with them too.
 */

export const ownerKinds = ['kommune', 'fylkeskommune'] as const;
export type OwnerKind = (typeof ownerKinds)[number];

/**
 * Kinds of school (skoleslag): barneskole (trinn 1–7), ungdomsskole (8–10), kombinert skole (1–10)
 * and videregående (Vg1–Vg3). The first three are grunnskoler, run by a municipality on the absence
 * routine's profile; videregående is the county's, on the IKO profile (profileKindOf).
 */
export const schoolKinds = ['barneskole', 'ungdomsskole', 'kombinert', 'vgs'] as const;
export type SchoolKind = (typeof schoolKinds)[number];

/** The two families of rule profile: grunnskole (the absence routine) and videregående (IKO). */
export const profileKinds = ['grunnskole', 'vgs'] as const;
export type ProfileKind = (typeof profileKinds)[number];

export function profileKindOf(kind: SchoolKind): ProfileKind {
  return kind === 'vgs' ? 'vgs' : 'grunnskole';
}

/** The year groups (trinn, or Vg for videregående) a kind of school has, in order. */
export const schoolLevels: Record<SchoolKind, readonly string[]> = {
  barneskole: ['1', '2', '3', '4', '5', '6', '7'],
  ungdomsskole: ['8', '9', '10'],
  kombinert: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  vgs: ['Vg1', 'Vg2', 'Vg3'],
};

export const calendarBreakKinds = ['ferie', 'fridag', 'planleggingsdag'] as const;
export type CalendarBreakKind = (typeof calendarBreakKinds)[number];

/** basisgruppe = class with a contact teacher; undervisningsgruppe = teaching group in a subject. */
export const groupKinds = ['basisgruppe', 'undervisningsgruppe'] as const;
export type GroupKind = (typeof groupKinds)[number];

export const groupTeacherRoles = ['kontaktlaerer', 'faglaerer'] as const;
export type GroupTeacherRole = (typeof groupTeacherRoles)[number];

/** The roles of docs/domain.md ("Who uses it"). `skoleleder` covers rektor, avdelingsleder and elevinspektør (title). */
export const roleCodes = [
  'kontaktlaerer',
  'faglaerer',
  'radgiver',
  'skoleleder',
  'helsesykepleier',
  'sosiallaerer',
  'miljoterapeut',
  'ot_radgiver',
  'skoleeier',
  'administrator',
] as const;
export type RoleCode = (typeof roleCodes)[number];

/** A lesson (`time`) or a whole school day (`dag`). */
export const absenceScopes = ['time', 'dag'] as const;
export type AbsenceScope = (typeof absenceScopes)[number];

export const absenceTypes = [
  'dokumentert',
  'udokumentert',
  'sykdom',
  'permisjon',
  'forsentkomming',
  'ikke_mott',
] as const;
export type AbsenceType = (typeof absenceTypes)[number];

export const absenceSources = ['registrering', 'import', 'demo'] as const;
export type AbsenceSource = (typeof absenceSources)[number];

export const gradeKinds = ['midtveis', 'halvaar', 'standpunkt'] as const;
export type GradeKind = (typeof gradeKinds)[number];

export const gradeValues = ['1', '2', '3', '4', '5', '6', 'IV'] as const;
export type GradeValue = (typeof gradeValues)[number];

/** The grades a subject teacher gives in Varde; standpunkt grades come by import. */
export const enteredGradeKinds = ['midtveis', 'halvaar'] as const satisfies readonly GradeKind[];
export type EnteredGradeKind = (typeof enteredGradeKinds)[number];

/** A student in a lesson's register: present, absent, or late. */
export const attendanceStatuses = ['tilstede', 'fravaer', 'forsent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const teacherReportKinds = [
  'urealistiske_valg',
  'mistrivsel',
  'grunnleggende_ferdigheter',
  'fare_for_1_eller_iv',
  'skolemiljo',
] as const;
export type TeacherReportKind = (typeof teacherReportKinds)[number];

/**
 * The absence routine's regular checks (docs/domain.md): the contact teacher's weekly check of
 * the class and review of its absence record (fraværsprotokollen, at least twice a month),
 * leadership's monthly and semester checks of the school. A check recorded as done says who did
 * it, when, for which period, with a note.
 */
export const checkKinds = ['ukesjekk', 'manedssjekk', 'semestersjekk', 'fravaersprotokoll'] as const;
export type CheckKind = (typeof checkKinds)[number];

export const flagStates = ['ny', 'bekreftet', 'avvist', 'lost'] as const;
export type FlagState = (typeof flagStates)[number];

export const caseKinds = ['iko', 'fravaer', 'skolemiljo', 'ot_avklaring'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** How a case came to be opened: from a flag, from a teacher's report (melding), or by hand. */
export const caseOrigins = ['flagg', 'melding', 'manuelt'] as const;
export type CaseOrigin = (typeof caseOrigins)[number];

/** A case has one ansvarlig (who owns it) and any number of deltakere. */
export const caseParticipantRoles = ['ansvarlig', 'deltaker'] as const;
export type CaseParticipantRole = (typeof caseParticipantRoles)[number];

export const meetingKinds = ['kartleggingsmote', 'evalueringsmote', 'klasselaerermote', 'annet', 'avklaringssamtale'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** The meetings recorded in a case; a klasselærermøte is about a whole class and has its own page. */
export const caseMeetingKinds = ['kartleggingsmote', 'evalueringsmote', 'annet'] as const satisfies readonly MeetingKind[];
export type CaseMeetingKind = (typeof caseMeetingKinds)[number];

export const homeContactChannels = ['telefon', 'sms', 'e_post', 'mote', 'digitalt_mote', 'brev', 'melding'] as const;
export type HomeContactChannel = (typeof homeContactChannels)[number];

export const homeContactOutcomes = ['naadd', 'ikke_naadd', 'beskjed_lagt_igjen'] as const;
export type HomeContactOutcome = (typeof homeContactOutcomes)[number];

/**
 * The files a school's administrative system exports (docs/imports); `oneroster` is a set of
 * files. In the order the import page offers them: the files a school imports most first.
 */
export const importKinds = ['students', 'groups', 'memberships', 'guardians', 'staff', 'absence', 'grades', 'intake', 'oneroster'] as const;
export type ImportKind = (typeof importKinds)[number];

/**
 * The files imported for the owner as a whole, with no school chosen (docs/imports/schools.md):
 * the schools file, which creates and updates the owner's schools, and a OneRoster set whose
 * school is found among the owner's schools by its org, or created from it.
 */
export const ownerImportKinds = ['schools', 'oneroster'] as const;
export type OwnerImportKind = (typeof ownerImportKinds)[number];

/** How a FINT sync was started, and how it ended: the words of `fint_sync_runs` (docs/imports/fint.md). */
export const fintSyncTriggers = ['web', 'cli', 'schedule'] as const;
export type FintSyncTrigger = (typeof fintSyncTriggers)[number];

/** `synced`: written; `rejected`: FINT's data refused, nothing written; `failed`: FINT could not be read. */
export const fintSyncStatuses = ['synced', 'rejected', 'failed'] as const;
export type FintSyncStatus = (typeof fintSyncStatuses)[number];

/**
 * How a person proved who they are (docs/decisions/025-sign-in-feide-id-porten.md): a local
 * password (with a second factor for leadership and administrators when it is on), Feide
 * (staff and students) or ID-porten (guardians, and adult students without Feide).
 */
export const signInMethods = ['password', 'password_totp', 'feide', 'id_porten'] as const;
export type SignInMethod = (typeof signInMethods)[number];

/** The identity providers Varde signs in with over OpenID Connect. */
export const oidcProviders = ['feide', 'id_porten'] as const;
export type OidcProvider = (typeof oidcProviders)[number];

/** Who uses the home view (src/web/features/home): the student, or a guardian. */
export const homePersonKinds = ['elev', 'foresatt'] as const;
export type HomePersonKind = (typeof homePersonKinds)[number];
