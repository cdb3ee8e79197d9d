/**
 * The database schema. Every table that holds a school owner's data carries `owner_id`, and its
 * primary key and foreign keys lead with it, so that a national deployment can distribute the
 * tables by owner (Citus-style co-location) without changing a key. See docs/decisions/002.
 *
 * Enumerated values are text columns typed from `src/domain/vocabulary.ts` and guarded by CHECK
 * constraints: adding a value is then an ordinary, transactional migration.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseOutcomes, caseStatuses } from '../domain/cases/case-workflow.js';
import { taskClosedReasons } from '../domain/cases/take-over-flag-tasks.js';
import { avklaringGrounds } from '../domain/ot/avklaring-workflow.js';
import { otLimitRunsTo } from '../domain/ot/ot-age-limit.js';
import { leaveReasons, otStatusCodeList, studentLeaveReasons } from '../domain/ot/ot-codes.js';
import { otEntryKinds } from '../domain/ot/ot-follow-up.js';
import { closerFollowUpEndReasons } from '../domain/follow-up/closer-follow-up.js';
import { flagLevels } from '../domain/identification/flag.js';
import { concerns } from '../domain/identification/concerns.js';
import { planKinds } from '../domain/plans/plan-content.js';
import { consentGivers, referralKinds, type ConsentGiver } from '../domain/referrals/consent.js';
import type { OvergangSummary } from '../domain/overgang/follow-up-to-pass-on.js';
import { noticeTypes, type NoticeType } from '../domain/registration/absence-from-registration.js';
import { measureLevels } from '../domain/tiltak/measure-bank.js';
import { noticeChannels, noticeKinds, noticeLanguages, noticeReasons, noticeRecipientKinds, noticeStatuses } from '../domain/notices/notice-kinds.js';
import {
  absenceScopes,
  absenceTypes,
  calendarBreakKinds,
  caseKinds,
  caseOrigins,
  caseParticipantRoles,
  checkKinds,
  flagStates,
  gradeKinds,
  gradeValues,
  groupKinds,
  groupTeacherRoles,
  homeContactChannels,
  homeContactOutcomes,
  meetingKinds,
  roleCodes,
  schoolKinds,
  teacherReportKinds,
  type AbsenceScope,
  type AbsenceSource,
  type AbsenceType,
  type CalendarBreakKind,
  type CaseKind,
  type CheckKind,
  fintSyncStatuses,
  fintSyncTriggers,
  type FintSyncStatus,
  type FintSyncTrigger,
  type FlagState,
  type GradeKind,
  type GradeValue,
  type GroupKind,
  type GroupTeacherRole,
  type OwnerKind,
  type RoleCode,
  type ProfileKind,
  type SchoolKind,
  type TeacherReportKind,
  homePersonKinds,
  oidcProviders,
  signInMethods,
  type HomePersonKind,
  type OidcProvider,
  type SignInMethod,
} from '../domain/vocabulary.js';

const id = () => uuid('id').notNull().default(sql`gen_random_uuid()`);
const ownerId = () => uuid('owner_id').notNull();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * SQL list literal for a CHECK constraint over a closed vocabulary. Pass the domain's list, never
 * a copy, so the constraint cannot drift from it; the values' order is the SQL's, so reordering a
 * list writes a (harmless) migration.
 */
const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);

// ---------------------------------------------------------------------------------------------
// Owners, schools and the school calendar
// ---------------------------------------------------------------------------------------------

export const owners = pgTable('owners', {
  id: id().primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<OwnerKind>().notNull(),
  orgNumber: text('org_number'),
  /** The owner's written language (målform): the default language of the forms it sends, e.g. OT's agreement. */
  maalform: text('maalform').notNull().default('nb'),
  /** OT's age limit (src/domain/ot/ot-age-limit.ts): the age, and whether the right runs to the end of that calendar or school year. */
  otAgeLimit: smallint('ot_age_limit').notNull().default(24),
  otLimitRunsTo: text('ot_limit_runs_to').notNull().default('kalenderaar'),
  createdAt: createdAt(),
}, () => [
  check('owners_maalform', sql`maalform in ('nb', 'nn')`),
  check('owners_ot_limit_runs_to', oneOf('ot_limit_runs_to', otLimitRunsTo)),
  check('owners_ot_age_limit', sql`ot_age_limit between 19 and 25`),
]);

export const schools = pgTable(
  'schools',
  {
    ownerId: ownerId(),
    id: id(),
    name: text('name').notNull(),
    kind: text('kind').$type<SchoolKind>().notNull(),
    orgNumber: text('org_number'),
    municipality: text('municipality'),
    /** The administrative system's id of the school (skole-id in the schools file; a OneRoster org's sourcedId), unique per owner. */
    externalId: text('external_id'),
    /** The language of the school's notices (issue 15) when the recipient has not chosen one. */
    noticeLanguage: text('notice_language').notNull().default('nb'),
    /** Whether guardians get a same-day notice when a student is registered absent without a notice from home; off until the school turns it on. */
    sameDayAbsenceNotice: boolean('same_day_absence_notice').notNull().default(false),
    /** The number the same-day notice asks guardians to call (the school's office). */
    noticePhone: text('notice_phone'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId], foreignColumns: [owners.id] }),
    check('schools_kind', oneOf('kind', schoolKinds)),
    check('schools_notice_language', oneOf('notice_language', noticeLanguages)),
    uniqueIndex('schools_external_id').on(t.ownerId, t.externalId),
  ],
);

export const schoolYears = pgTable(
  'school_years',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    uniqueIndex('school_years_school_name').on(t.ownerId, t.schoolId, t.name),
    check('school_years_dates', sql`starts_on < ends_on`),
  ],
);

export const terms = pgTable(
  'terms',
  {
    ownerId: ownerId(),
    id: id(),
    schoolYearId: uuid('school_year_id').notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({
      columns: [t.ownerId, t.schoolYearId],
      foreignColumns: [schoolYears.ownerId, schoolYears.id],
    }),
    check('terms_dates', sql`starts_on <= ends_on`),
  ],
);

/** Days inside a school year that are not school days: holidays, days off, planning days. */
export const calendarBreaks = pgTable(
  'calendar_breaks',
  {
    ownerId: ownerId(),
    id: id(),
    schoolYearId: uuid('school_year_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<CalendarBreakKind>().notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({
      columns: [t.ownerId, t.schoolYearId],
      foreignColumns: [schoolYears.ownerId, schoolYears.id],
    }),
    check('calendar_breaks_kind', oneOf('kind', calendarBreakKinds)),
    check('calendar_breaks_dates', sql`starts_on <= ends_on`),
  ],
);

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export const students = pgTable(
  'students',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    externalId: text('external_id'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    /**
     * Null when the school system gave none (issue 17): the student is then treated as a minor by
     * every guardian rule (src/domain/student-age.ts) and listed for the school to complete.
     */
    birthDate: date('birth_date'),
    /** The Feide name (eduPersonPrincipalName) from FINT, which sign-in matches on. */
    feideName: text('feide_name'),
    /**
     * A keyed hash of the national identity number (src/server/auth/national-id.ts), for an adult
     * student who signs in with ID-porten. The number itself is never stored.
     */
    nationalIdHash: text('national_id_hash'),
    /** The day the student left the school (written out), and the school system's reason code (src/domain/ot/ot-codes.ts). */
    leftOn: date('left_on'),
    leaveReason: text('leave_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    uniqueIndex('students_external_id').on(t.ownerId, t.externalId),
    uniqueIndex('students_feide_name').on(t.ownerId, t.feideName),
    // Across owners on purpose: Feide names a person, not an owner (docs/decisions/025).
    index('students_feide_name_any_owner').on(t.feideName),
    index('students_school').on(t.ownerId, t.schoolId),
    // Across owners on purpose: ID-porten names a person, not an owner (docs/decisions/025).
    index('students_national_id_hash').on(t.nationalIdHash),
    // Across owners on purpose: a transition finds the student's former school by birth date and
    // name (docs/decisions/023-overgang-and-skolebytte.md).
    index('students_birth_date').on(t.birthDate),
    check('students_leave_reason', sql`leave_reason is null or ${oneOf('leave_reason', studentLeaveReasons)}`),
    check('students_left_with_reason', sql`(left_on is null) = (leave_reason is null)`),
  ],
);

export const guardians = pgTable(
  'guardians',
  {
    ownerId: ownerId(),
    id: id(),
    externalId: text('external_id'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    phone: text('phone'),
    email: text('email'),
    /** The language the guardian wants notices in (nb/nn); null: the school's. */
    noticeLanguage: text('notice_language'),
    /** A keyed hash of the national identity number, which ID-porten sign-in matches on; never the number. */
    nationalIdHash: text('national_id_hash'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId], foreignColumns: [owners.id] }),
    uniqueIndex('guardians_external_id').on(t.ownerId, t.externalId),
    uniqueIndex('guardians_national_id_hash').on(t.ownerId, t.nationalIdHash),
    // Across owners on purpose: ID-porten names a person, not an owner (docs/decisions/025).
    index('guardians_national_id_hash_any_owner').on(t.nationalIdHash),
    check('guardians_notice_language', sql`notice_language is null or ${oneOf('notice_language', noticeLanguages)}`),
  ],
);

export const studentGuardians = pgTable(
  'student_guardians',
  {
    ownerId: ownerId(),
    studentId: uuid('student_id').notNull(),
    guardianId: uuid('guardian_id').notNull(),
    relation: text('relation').notNull(),
    parentalResponsibility: boolean('parental_responsibility').notNull(),
    livesWithStudent: boolean('lives_with_student').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.studentId, t.guardianId] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({
      columns: [t.ownerId, t.guardianId],
      foreignColumns: [guardians.ownerId, guardians.id],
    }),
    index('student_guardians_guardian').on(t.ownerId, t.guardianId),
  ],
);

export const staff = pgTable(
  'staff',
  {
    ownerId: ownerId(),
    id: id(),
    externalId: text('external_id'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    email: text('email'),
    /** The Feide name (eduPersonPrincipalName) from FINT, which sign-in matches on. */
    feideName: text('feide_name'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId], foreignColumns: [owners.id] }),
    uniqueIndex('staff_external_id').on(t.ownerId, t.externalId),
    uniqueIndex('staff_feide_name').on(t.ownerId, t.feideName),
    // Across owners on purpose: Feide names a person, not an owner (docs/decisions/025).
    index('staff_feide_name_any_owner').on(t.feideName),
  ],
);

/**
 * A role a staff member holds at a school (or, for owner-level roles such as OT-rådgiver and
 * skoleeier, at the owner: `school_id` is then null).
 */
export const staffRoles = pgTable(
  'staff_roles',
  {
    ownerId: ownerId(),
    id: id(),
    staffId: uuid('staff_id').notNull(),
    role: text('role').$type<RoleCode>().notNull(),
    schoolId: uuid('school_id'),
    title: text('title'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.staffId], foreignColumns: [staff.ownerId, staff.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    index('staff_roles_staff').on(t.ownerId, t.staffId),
    check('staff_roles_role', oneOf('role', roleCodes)),
  ],
);

/** Sign-in accounts. The username is unique across owners: it is what a person types. */
export const accounts = pgTable(
  'accounts',
  {
    ownerId: ownerId(),
    staffId: uuid('staff_id').notNull(),
    username: text('username').notNull(),
    passwordHash: text('password_hash'),
    /**
     * The TOTP secret of the second factor, sealed with the server's key (src/lib/secret-box.ts);
     * `totp_confirmed_at` is set once a first code has been entered, `totp_last_step` refuses a
     * code used twice.
     */
    totpSecret: text('totp_secret'),
    totpConfirmedAt: timestamp('totp_confirmed_at', { withTimezone: true }),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.staffId] }),
    foreignKey({ columns: [t.ownerId, t.staffId], foreignColumns: [staff.ownerId, staff.id] }),
    uniqueIndex('accounts_username').on(t.username),
  ],
);

/** Server-side sessions; the cookie holds a random token whose SHA-256 is `token_hash`. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    ownerId: ownerId(),
    staffId: uuid('staff_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** For the inactivity timeout; written at most once a minute (src/server/auth/sessions.ts). */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** How the person proved who they are. */
    method: text('method').$type<SignInMethod>().notNull().default('password'),
    /** The provider's ID token, kept only to name the session when ending it there (end-session's id_token_hint). */
    idToken: text('id_token'),
  },
  (t) => [
    foreignKey({ columns: [t.ownerId, t.staffId], foreignColumns: [staff.ownerId, staff.id] }),
    check('sessions_method', oneOf('method', signInMethods)),
    index('sessions_staff').on(t.ownerId, t.staffId),
  ],
);

/**
 * Failed sign-ins per client address and per username (src/server/auth/sign-in-throttle.ts),
 * shared by every server process. `key` is a SHA-256 of the kind and the value, so the table
 * holds no addresses or usernames. Global: a failed sign-in belongs to no owner.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    key: text('key').primaryKey(),
    /** Failures, each halving in weight every hour. */
    score: doublePrecision('score').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    /** The next attempt is refused until then. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  (t) => [index('sign_in_throttles_last_failure').on(t.lastFailureAt)],
);

// ---------------------------------------------------------------------------------------------
// Groups, memberships and the timetable
// ---------------------------------------------------------------------------------------------

export const groups = pgTable(
  'groups',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    schoolYearId: uuid('school_year_id').notNull(),
    externalId: text('external_id'),
    kind: text('kind').$type<GroupKind>().notNull(),
    name: text('name').notNull(),
    /** Vg1, Vg2, Vg3 or 1–10 for grunnskole. */
    level: text('level'),
    programme: text('programme'),
    subjectCode: text('subject_code'),
    subjectName: text('subject_name'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    foreignKey({
      columns: [t.ownerId, t.schoolYearId],
      foreignColumns: [schoolYears.ownerId, schoolYears.id],
    }),
    uniqueIndex('groups_external_id').on(t.ownerId, t.externalId),
    index('groups_school').on(t.ownerId, t.schoolId, t.schoolYearId),
    check('groups_kind', oneOf('kind', groupKinds)),
  ],
);

export const groupMemberships = pgTable(
  'group_memberships',
  {
    ownerId: ownerId(),
    groupId: uuid('group_id').notNull(),
    studentId: uuid('student_id').notNull(),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.groupId, t.studentId] }),
    foreignKey({ columns: [t.ownerId, t.groupId], foreignColumns: [groups.ownerId, groups.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    index('group_memberships_student').on(t.ownerId, t.studentId),
  ],
);

export const groupTeachers = pgTable(
  'group_teachers',
  {
    ownerId: ownerId(),
    groupId: uuid('group_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    role: text('role').$type<GroupTeacherRole>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.groupId, t.staffId, t.role] }),
    foreignKey({ columns: [t.ownerId, t.groupId], foreignColumns: [groups.ownerId, groups.id] }),
    foreignKey({ columns: [t.ownerId, t.staffId], foreignColumns: [staff.ownerId, staff.id] }),
    index('group_teachers_staff').on(t.ownerId, t.staffId),
    check('group_teachers_role', oneOf('role', groupTeacherRoles)),
  ],
);

/** The weekly timetable of a teaching group: which lessons it has, so absence can be a share. */
export const timetableSlots = pgTable(
  'timetable_slots',
  {
    ownerId: ownerId(),
    id: id(),
    groupId: uuid('group_id').notNull(),
    /** ISO weekday, 1 = Monday. */
    weekday: smallint('weekday').notNull(),
    lessonNumber: smallint('lesson_number').notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.groupId], foreignColumns: [groups.ownerId, groups.id] }),
    uniqueIndex('timetable_slots_group_slot').on(t.ownerId, t.groupId, t.weekday, t.lessonNumber),
    check('timetable_slots_weekday', sql`weekday between 1 and 5`),
  ],
);

// ---------------------------------------------------------------------------------------------
// What the school knows about a student: absence, grades, intake data, teacher reports
// ---------------------------------------------------------------------------------------------

export const absenceRecords = pgTable(
  'absence_records',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    studentId: uuid('student_id').notNull(),
    date: date('date').notNull(),
    /** A single lesson (`time`) or the whole school day (`dag`). */
    scope: text('scope').$type<AbsenceScope>().notNull(),
    lessonNumber: smallint('lesson_number'),
    groupId: uuid('group_id'),
    hours: numeric('hours', { precision: 4, scale: 2, mode: 'number' }).notNull(),
    minutesLate: smallint('minutes_late'),
    type: text('type').$type<AbsenceType>().notNull(),
    cause: text('cause'),
    noticeFromHome: boolean('notice_from_home').notNull().default(false),
    registeredBy: uuid('registered_by'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    source: text('source').$type<AbsenceSource>().notNull().default('registrering'),
    externalId: text('external_id'),
  },
  // Built for bulk writes (docs/decisions/009-absence-table-for-bulk-writes.md): two indexes, the
  // primary key in the order the records are read (a student's days) and the external id the
  // imports match on; no foreign keys, whose per-row triggers were most of an import's cost. The
  // writers resolve every reference themselves, and students, groups and staff are never deleted.
  (t) => [
    primaryKey({ columns: [t.ownerId, t.studentId, t.date, t.id] }),
    uniqueIndex('absence_records_external_id').on(t.ownerId, t.externalId),
    check('absence_records_scope', oneOf('scope', absenceScopes)),
    check('absence_records_type', oneOf('type', absenceTypes)),
    check('absence_records_lesson', sql`(scope = 'dag') = (lesson_number is null)`),
    check('absence_records_hours', sql`hours >= 0 and hours <= 12`),
  ],
);

/**
 * That a register was taken: a lesson of a teaching group (lesson 1–12), or the whole day's
 * register of a class (lesson 0). A lesson with everyone present leaves no absence record, so
 * "registered" is known from here ("my lessons today").
 */
export const lessonRegistrations = pgTable(
  'lesson_registrations',
  {
    ownerId: ownerId(),
    groupId: uuid('group_id').notNull(),
    date: date('date').notNull(),
    /** The lesson; 0 for the whole day's register of a class. */
    lessonNumber: smallint('lesson_number').notNull(),
    registeredBy: uuid('registered_by'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.groupId, t.date, t.lessonNumber] }),
    foreignKey({ columns: [t.ownerId, t.groupId], foreignColumns: [groups.ownerId, groups.id] }),
    check('lesson_registrations_lesson', sql`lesson_number between 0 and 12`),
  ],
);

/**
 * A notice from home (melding fra hjemmet) as given: the day, the lessons it names (null: the whole
 * day), the type it gives the absence it explains, the cause as the home gave it, and who recorded
 * it. It is kept so that a notice given before the register is taken (a guardian calling in the
 * morning) applies when a lesson of that day is later registered absent; by itself it is no
 * absence (src/domain/registration/absence-from-registration.ts).
 */
export const homeNotices = pgTable(
  'home_notices',
  {
    ownerId: ownerId(),
    id: id(),
    studentId: uuid('student_id').notNull(),
    date: date('date').notNull(),
    /** The lessons the notice covers; null: the whole day. */
    lessons: smallint('lessons').array(),
    type: text('type').$type<NoticeType>().notNull(),
    cause: text('cause').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.studentId, t.date, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({ columns: [t.ownerId, t.recordedBy], foreignColumns: [staff.ownerId, staff.id] }),
    check('home_notices_type', oneOf('type', noticeTypes)),
    check('home_notices_lessons', sql`lessons is null or (cardinality(lessons) between 1 and 12 and 1 <= all(lessons) and 12 >= all(lessons))`),
  ],
);

export const grades = pgTable(
  'grades',
  {
    ownerId: ownerId(),
    id: id(),
    studentId: uuid('student_id').notNull(),
    groupId: uuid('group_id'),
    subjectCode: text('subject_code').notNull(),
    subjectName: text('subject_name').notNull(),
    kind: text('kind').$type<GradeKind>().notNull(),
    value: text('value').$type<GradeValue>().notNull(),
    givenOn: date('given_on').notNull(),
    registeredBy: uuid('registered_by'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({ columns: [t.ownerId, t.groupId], foreignColumns: [groups.ownerId, groups.id] }),
    index('grades_student').on(t.ownerId, t.studentId),
    // The first failed final grade of each student, for leadership's pitfalls (a few rows of many).
    index('grades_failed').on(t.ownerId, t.studentId, t.givenOn).where(sql`kind = 'standpunkt' and value in ('1', 'IV')`),
    check('grades_kind', oneOf('kind', gradeKinds)),
    check('grades_value', oneOf('value', gradeValues)),
  ],
);

/** Søkerdata from the admission system, one row per student and school year. */
export const intakeData = pgTable(
  'intake_data',
  {
    ownerId: ownerId(),
    studentId: uuid('student_id').notNull(),
    schoolYearId: uuid('school_year_id').notNull(),
    gradeAverage: numeric('grade_average', { precision: 3, scale: 2, mode: 'number' }),
    /** 1 = admitted on first choice. */
    admittedChoice: smallint('admitted_choice'),
    subjectsWithGrade1OrMissing: jsonb('subjects_with_grade1_or_missing')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    specialEducationNotice: boolean('special_education_notice').notNull().default(false),
    lowerSecondaryAbsencePercent: numeric('lower_secondary_absence_percent', {
      precision: 5,
      scale: 2,
      mode: 'number',
    }),
    receivedOn: date('received_on'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.studentId, t.schoolYearId] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({
      columns: [t.ownerId, t.schoolYearId],
      foreignColumns: [schoolYears.ownerId, schoolYears.id],
    }),
  ],
);

/** A teacher's report (melding) of a concern about a student. */
export const teacherReports = pgTable(
  'teacher_reports',
  {
    ownerId: ownerId(),
    id: id(),
    studentId: uuid('student_id').notNull(),
    reportedBy: uuid('reported_by').notNull(),
    kind: text('kind').$type<TeacherReportKind>().notNull(),
    subjectCode: text('subject_code'),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({ columns: [t.ownerId, t.reportedBy], foreignColumns: [staff.ownerId, staff.id] }),
    index('teacher_reports_student').on(t.ownerId, t.studentId),
    check('teacher_reports_kind', oneOf('kind', teacherReportKinds)),
  ],
);

/**
 * A regular check recorded as done (ukesjekk for a class, månedssjekk and semestersjekk for a
 * school): who, when, the period it covered, a note, and for the semester check the item it puts
 * on the system meeting's agenda. Append-only: the history is the list.
 */
export const checkRecords = pgTable(
  'check_records',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    /** The class, for an ukesjekk; null for the school's checks. */
    groupId: uuid('group_id'),
    kind: text('kind').$type<CheckKind>().notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    note: text('note'),
    systemMeetingItem: text('system_meeting_item'),
    /** The staff who took part (the monthly check with the skolemiljøteam, the system meeting of the semester check). */
    participants: jsonb('participants')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The day of the meeting the check was done in, when it was done in one. */
    meetingOn: date('meeting_on'),
    doneBy: uuid('done_by').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.doneBy], foreignColumns: [staff.ownerId, staff.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    index('check_records_school_kind').on(t.ownerId, t.schoolId, t.kind, t.doneAt),
    check('check_records_kind', oneOf('kind', checkKinds)),
  ],
);

// ---------------------------------------------------------------------------------------------
// Identification and follow-up (filled by the identification and case issues)
// ---------------------------------------------------------------------------------------------

export const flags = pgTable(
  'flags',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    studentId: uuid('student_id').notNull(),
    ruleCode: text('rule_code').notNull(),
    ruleProfileKey: text('rule_profile_key').notNull().default('iko-vgs'),
    ruleProfileVersion: integer('rule_profile_version').notNull(),
    /** gul or rod: the traffic light this flag gives. */
    level: text('level').notNull().default('gul'),
    /**
     * What the flag is about (src/domain/identification/concerns.ts): a student has at most one
     * open flag per concern, which gathers the rules that fire for it.
     */
    concern: text('concern').notNull(),
    /** Names the flag: its concern and the evidence it was raised for. */
    evidenceKey: text('evidence_key').notNull(),
    /**
     * The evidence keys of every finding the flag has gathered, so that evidence a dismissed or
     * resolved flag rested on does not raise a flag again, while new evidence may.
     */
    evidenceKeys: text('evidence_keys').array().notNull().default(sql`'{}'::text[]`),
    /** The leading finding's facts and records, and every finding of the concern (`findings`). */
    evidence: jsonb('evidence').notNull(),
    /**
     * A digest of the evidence as the rules last wrote it (SHA-1 of its JSON text), so that a
     * re-evaluation tells an unchanged flag without reading the evidence back. Null for a flag
     * written before the digest existed: such a flag is compared by its evidence.
     */
    evidenceDigest: text('evidence_digest'),
    state: text('state').$type<FlagState>().notNull().default('ny'),
    detectedAt: createdAt(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why, in the words of the person who decided. */
    reason: text('reason'),
    /**
     * Why, as a code, when Varde resolved the flag itself (src/domain/identification/flag-resolution.ts):
     * the web app says it in the reader's language.
     */
    reasonCode: text('reason_code'),
    reviewOn: date('review_on'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    uniqueIndex('flags_student_evidence').on(t.ownerId, t.studentId, t.evidenceKey),
    // One open flag per student and concern (docs/decisions/012-one-signal-per-concern.md).
    uniqueIndex('flags_open_concern').on(t.ownerId, t.studentId, t.concern).where(sql`state in ('ny', 'bekreftet')`),
    index('flags_school_state').on(t.ownerId, t.schoolId, t.state),
    check('flags_state', oneOf('state', flagStates)),
    check('flags_concern', oneOf('concern', concerns)),
    check('flags_level', oneOf('level', flagLevels)),
  ],
);

export const cases = pgTable(
  'cases',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    studentId: uuid('student_id').notNull(),
    kind: text('kind').$type<CaseKind>().notNull(),
    step: text('step').notNull(),
    status: text('status').notNull().default('aapen'),
    /** flagg, melding (a teacher's report) or manuelt. */
    openedFrom: text('opened_from').notNull(),
    flagId: uuid('flag_id'),
    teacherReportId: uuid('teacher_report_id'),
    responsibleStaffId: uuid('responsible_staff_id').notNull(),
    openedBy: uuid('opened_by'),
    openedAt: createdAt(),
    /** Why the case was opened, in the opener's words. */
    reason: text('reason'),
    stepStartedOn: date('step_started_on').notNull(),
    stepDueOn: date('step_due_on').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({
      columns: [t.ownerId, t.responsibleStaffId],
      foreignColumns: [staff.ownerId, staff.id],
    }),
    index('cases_student').on(t.ownerId, t.studentId),
    index('cases_school_status').on(t.ownerId, t.schoolId, t.status, t.stepDueOn),
    check('cases_kind', oneOf('kind', caseKinds)),
    check('cases_status', oneOf('status', caseStatuses)),
    check('cases_opened_from', oneOf('opened_from', caseOrigins)),
    check('cases_outcome', sql`outcome is null or ${oneOf('outcome', caseOutcomes)}`),
  ],
);

/** Staff who take part in a case; they, and the school's leadership, may see it. */
export const caseParticipants = pgTable(
  'case_participants',
  {
    ownerId: ownerId(),
    caseId: uuid('case_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    /** ansvarlig (owns the case) or deltaker. */
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.caseId, t.staffId] }),
    foreignKey({ columns: [t.ownerId, t.caseId], foreignColumns: [cases.ownerId, cases.id] }),
    foreignKey({ columns: [t.ownerId, t.staffId], foreignColumns: [staff.ownerId, staff.id] }),
    index('case_participants_staff').on(t.ownerId, t.staffId),
    check('case_participants_role', oneOf('role', caseParticipantRoles)),
  ],
);

/** The case's history: steps taken, decisions from meetings, notes. Append-only. */
export const caseEvents = pgTable(
  'case_events',
  {
    ownerId: ownerId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    createdAt: createdAt(),
    actorStaffId: uuid('actor_staff_id'),
    kind: text('kind').notNull(),
    step: text('step'),
    text: text('text'),
    detail: jsonb('detail'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.caseId], foreignColumns: [cases.ownerId, cases.id] }),
    index('case_events_case').on(t.ownerId, t.caseId, t.createdAt),
  ],
);

export const conversations = pgTable(
  'conversations',
  {
    ownerId: ownerId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    guide: text('guide').notNull(),
    /** The case step the conversation belongs to (kartlegging, undersokelse, …). */
    step: text('step').notNull().default(''),
    heldOn: date('held_on').notNull(),
    /** Who took part: [{ name, role }] — staff, the student, guardians, others. */
    participants: jsonb('participants').notNull().default(sql`'[]'::jsonb`),
    answers: jsonb('answers').notNull().default(sql`'{}'::jsonb`),
    summary: text('summary'),
    causeCategories: jsonb('cause_categories').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    maintainingFactors: jsonb('maintaining_factors').notNull().default(sql`'[]'::jsonb`),
    nextSteps: text('next_steps'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.caseId], foreignColumns: [cases.ownerId, cases.id] }),
  ],
);

export const plans = pgTable(
  'plans',
  {
    ownerId: ownerId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.caseId], foreignColumns: [cases.ownerId, cases.id] }),
    check('plans_kind', oneOf('kind', planKinds)),
  ],
);

/** Plans are versioned: a signed version never changes; a change makes a new version. */
export const planVersions = pgTable(
  'plan_versions',
  {
    ownerId: ownerId(),
    planId: uuid('plan_id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signatures: jsonb('signatures').notNull().default(sql`'[]'::jsonb`),
    /**
     * When the school shared this draft with the student and guardians (the home view); a signed
     * version is theirs to read without it. Null: the draft is the school's working copy.
     */
    sharedWithHomeAt: timestamp('shared_with_home_at', { withTimezone: true }),
    sharedWithHomeBy: uuid('shared_with_home_by'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.planId, t.version] }),
    foreignKey({ columns: [t.ownerId, t.planId], foreignColumns: [plans.ownerId, plans.id] }),
  ],
);

/** Evaluation points of a plan: dated, satisfactory effect yes/no, and the adjustment. */
export const planEvaluations = pgTable(
  'plan_evaluations',
  {
    ownerId: ownerId(),
    id: id(),
    planId: uuid('plan_id').notNull(),
    planVersion: integer('plan_version').notNull(),
    caseStep: text('case_step').notNull(),
    evaluatedOn: date('evaluated_on').notNull(),
    satisfactory: boolean('satisfactory').notNull(),
    adjustment: text('adjustment').notNull().default(''),
    /** Notes per row of the plan (index → text): the "Evaluering" column of the tiltaksplan. */
    rowNotes: jsonb('row_notes').notNull().default(sql`'{}'::jsonb`),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({
      columns: [t.ownerId, t.planId, t.planVersion],
      foreignColumns: [planVersions.ownerId, planVersions.planId, planVersions.version],
    }),
  ],
);

/**
 * A school's own measures, beside the bank from the seeds (which lives in code,
 * src/domain/tiltak/measure-bank.ts, in three languages).
 */
export const measures = pgTable(
  'measures',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    category: text('category').notNull(),
    level: text('level').notNull(),
    arena: text('arena').notNull(),
    caseKinds: jsonb('case_kinds').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    uniqueIndex('measures_code').on(t.ownerId, t.schoolId, t.code),
    check('measures_level', oneOf('level', measureLevels)),
  ],
);

export const meetings = pgTable(
  'meetings',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    caseId: uuid('case_id'),
    /** For a klasselærermøte: the class it is about. */
    groupId: uuid('group_id'),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    place: text('place'),
    invited: jsonb('invited').notNull().default(sql`'[]'::jsonb`),
    present: jsonb('present').notNull().default(sql`'[]'::jsonb`),
    agenda: jsonb('agenda').notNull().default(sql`'[]'::jsonb`),
    decisions: jsonb('decisions').notNull().default(sql`'[]'::jsonb`),
    summonsSentOn: date('summons_sent_on'),
    summonsChannel: text('summons_channel'),
    minutes: text('minutes'),
    /** A clarification meeting's outcome: held, the student did not come (src/domain/ot/no-show.ts), or called off before it (to be summoned again). */
    outcome: text('outcome'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.caseId], foreignColumns: [cases.ownerId, cases.id] }),
    index('meetings_school').on(t.ownerId, t.schoolId, t.startsAt),
    check('meetings_kind', oneOf('kind', meetingKinds)),
    check('meetings_outcome', sql`outcome is null or outcome in ('holdt', 'ikkje_mott', 'avlyst')`),
  ],
);

export const homeContacts = pgTable(
  'home_contacts',
  {
    ownerId: ownerId(),
    id: id(),
    studentId: uuid('student_id').notNull(),
    caseId: uuid('case_id'),
    guardianId: uuid('guardian_id'),
    /** Who was contacted when it is not a registered guardian (the student, another carer). */
    contactedName: text('contacted_name'),
    staffId: uuid('staff_id').notNull(),
    contactedAt: timestamp('contacted_at', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(),
    outcome: text('outcome').notNull(),
    note: text('note'),
    /**
     * The task the contact was logged from ("contact home" is done by logging the contact), null
     * for a contact logged in a case. A contact from a task belongs to no case: the student page
     * shows every contact of the student, the case page the ones made while the case was open.
     */
    taskId: uuid('task_id'),
    /** When it was written: the undo window runs from here (contactedAt is when the call was made). */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    index('home_contacts_student').on(t.ownerId, t.studentId),
    index('home_contacts_task').on(t.ownerId, t.taskId),
    check('home_contacts_channel', oneOf('channel', homeContactChannels)),
    check('home_contacts_outcome', oneOf('outcome', homeContactOutcomes)),
  ],
);

/** Referrals to PPT, BUP, the school nurse, and concern reports to barnevern. */
export const referrals = pgTable(
  'referrals',
  {
    ownerId: ownerId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    studentId: uuid('student_id').notNull(),
    kind: text('kind').notNull(),
    referredOn: date('referred_on').notNull(),
    consentGivenBy: text('consent_given_by'),
    consentGivenOn: date('consent_given_on'),
    consentNote: text('consent_note'),
    /** barnevern: the checklist items confirmed and the report's descriptions. */
    checklist: jsonb('checklist').notNull().default(sql`'{}'::jsonb`),
    guardiansInformedOn: date('guardians_informed_on'),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.caseId], foreignColumns: [cases.ownerId, cases.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    check('referrals_kind', oneOf('kind', referralKinds)),
    check('referrals_consent_given_by', sql`consent_given_by is null or ${oneOf('consent_given_by', consentGivers)}`),
  ],
);

/**
 * Closer follow-up (tettere oppfølging, the IKO mark): its own decision, apart from confirming a
 * flag, time-limited by a review date (src/domain/follow-up/closer-follow-up.ts). At most one open
 * mark per student; an ended mark stays as history.
 */
export const closerFollowUps = pgTable(
  'closer_follow_ups',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    studentId: uuid('student_id').notNull(),
    setBy: uuid('set_by').notNull(),
    setAt: createdAt(),
    reason: text('reason').notNull(),
    reviewOn: date('review_on').notNull(),
    /** The review task of the person who set it, due on the review date. */
    reviewTaskId: uuid('review_task_id'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by'),
    endReason: text('end_reason'),
    endNote: text('end_note'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({ columns: [t.ownerId, t.setBy], foreignColumns: [staff.ownerId, staff.id] }),
    uniqueIndex('closer_follow_ups_one_open').on(t.ownerId, t.studentId).where(sql`ended_at is null`),
    check('closer_follow_ups_end_reason', sql`end_reason is null or ${oneOf('end_reason', closerFollowUpEndReasons)}`),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    assigneeStaffId: uuid('assignee_staff_id').notNull(),
    studentId: uuid('student_id'),
    caseId: uuid('case_id'),
    flagId: uuid('flag_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** Why the task was closed without its own action being done (a case took its duty over); null when done. */
    closedReason: text('closed_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    check('tasks_closed_reason', oneOf('closed_reason', taskClosedReasons)),
    foreignKey({
      columns: [t.ownerId, t.assigneeStaffId],
      foreignColumns: [staff.ownerId, staff.id],
    }),
    index('tasks_assignee').on(t.ownerId, t.assigneeStaffId, t.doneAt),
    // At most one open task from flags per student, person and kind: new evidence updates it.
    uniqueIndex('tasks_open_flag_task').on(t.ownerId, t.studentId, t.assigneeStaffId, t.kind).where(sql`done_at is null and flag_id is not null`),
  ],
);

/**
 * The delivery log (issue 15): one row per notice to one person for one reason on one day, which
 * is also what makes sending idempotent — a job that runs again finds its row already sent, and
 * a second cause on the same day finds the row already there (the unique key). The address is
 * kept only masked: the log says where, the sender reads the full address from the person's row
 * when it sends.
 */
export const notices = pgTable(
  'notices',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    studentId: uuid('student_id'),
    caseId: uuid('case_id'),
    kind: text('kind').notNull(),
    /** What caused it, e.g. `meeting:<id>`, `document:<id>`, `absence:<day>`: with the recipient and the day, the unique key. */
    reason: text('reason').notNull(),
    /** The meeting, document or case the notice is about, for the sender to load. */
    subjectId: uuid('subject_id'),
    /** What the words need (src/domain/notices/notice-kinds.ts, NoticeFacts): no names, so a resend writes the same notice. */
    facts: jsonb('facts').notNull(),
    recipientKind: text('recipient_kind').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    recipientName: text('recipient_name').notNull(),
    /** Null while no channel can reach the person (status not_sent). */
    channel: text('channel'),
    /** "o***@example.no", "*** ** 45 67", "digital postkasse": where it went, without the address. */
    addressHint: text('address_hint'),
    language: text('language').notNull(),
    /** The Norwegian day it is for; the unique key holds within it. */
    day: date('day').notNull(),
    status: text('status').notNull(),
    /** Why it failed or was not sent (src/domain/notices/notice-kinds.ts, noticeReasons), said in the reader's language. */
    statusReason: text('status_reason'),
    /** The provider's own words beside the reason (an SMTP answer); no address and no identity number. */
    statusDetail: text('status_detail'),
    /** The provider's own word for the status (SvarUt's LEST), when it has one. */
    providerStatus: text('provider_status'),
    externalId: text('external_id'),
    attempts: smallint('attempts').notNull().default(0),
    /** Who caused it (the person who summoned, or sent the document); null for Varde's own (digest, reminder, same-day). */
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    /** The latest time someone asked for it to be sent again. */
    resentAt: timestamp('resent_at', { withTimezone: true }),
    resentBy: uuid('resent_by'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    uniqueIndex('notices_once_a_day').on(t.ownerId, t.kind, t.reason, t.recipientKind, t.recipientId, t.day),
    index('notices_student').on(t.ownerId, t.studentId, t.createdAt),
    index('notices_case').on(t.ownerId, t.caseId),
    // Across owners on purpose: the sender's status check walks every owner's unsettled notices.
    index('notices_status').on(t.status).where(sql`status in ('queued', 'sent')`),
    check('notices_kind', oneOf('kind', noticeKinds)),
    check('notices_channel', sql`channel is null or ${oneOf('channel', noticeChannels)}`),
    check('notices_status', oneOf('status', noticeStatuses)),
    check('notices_status_reason', sql`status_reason is null or ${oneOf('status_reason', noticeReasons)}`),
    check('notices_recipient_kind', oneOf('recipient_kind', noticeRecipientKinds)),
    check('notices_language', oneOf('language', noticeLanguages)),
  ],
);

export const documents = pgTable(
  'documents',
  {
    ownerId: ownerId(),
    id: id(),
    studentId: uuid('student_id').notNull(),
    caseId: uuid('case_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    language: text('language').notNull(),
    mediaType: text('media_type').notNull().default('application/pdf'),
    content: text('content_base64').notNull(),
    sentTo: jsonb('sent_to').notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
  ],
);

/**
 * An owner's rule profiles, versioned: an edit makes a new version, and every flag records the
 * version it came from. With no row, the built-in profile (version 1) applies.
 */
export const ruleProfiles = pgTable(
  'rule_profiles',
  {
    ownerId: ownerId(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    /** The family of profile (grunnskole or vgs): every school whose kind maps to it (profileKindOf) follows it. */
    schoolKind: text('school_kind').$type<ProfileKind>().notNull(),
    profile: jsonb('profile').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.key, t.version] }),
    foreignKey({ columns: [t.ownerId], foreignColumns: [owners.id] }),
  ],
);

// ---------------------------------------------------------------------------------------------
// Leadership: the annual wheel (årshjul) and responsibility map, records of what only a person can
// say is done, and the calendar feeds (issue 11; src/domain/leadership/).
// ---------------------------------------------------------------------------------------------

/**
 * The school's own wheel and responsibility map for a school year, one row per version
 * (src/domain/leadership/edit-wheel-map.ts): a version never changes, so the history stays
 * readable; the newest is the map in force. No row means the seed's wheel as it is (version 0).
 */
export const wheelMaps = pgTable(
  'wheel_maps',
  {
    ownerId: ownerId(),
    schoolId: uuid('school_id').notNull(),
    schoolYearId: uuid('school_year_id').notNull(),
    version: integer('version').notNull(),
    /** The map without its version: moved, removed, added, people. */
    map: jsonb('map').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.schoolId, t.schoolYearId, t.version] }),
    foreignKey({ columns: [t.ownerId, t.schoolYearId], foreignColumns: [schoolYears.ownerId, schoolYears.id] }),
    foreignKey({ columns: [t.ownerId, t.createdBy], foreignColumns: [staff.ownerId, staff.id] }),
    check('wheel_maps_version', sql`version >= 1`),
  ],
);

/**
 * An activity of the wheel recorded as done by a person — the analysis of the intake, leadership's
 * review of an assessment round with its decisions — for a class or for the school. Only for the
 * activities no other record can tell; append-only.
 */
export const wheelRecords = pgTable(
  'wheel_records',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    schoolYearId: uuid('school_year_id').notNull(),
    activityKey: text('activity_key').notNull(),
    /** The class, for an activity done per class; null for the school's. */
    groupId: uuid('group_id'),
    doneOn: date('done_on').notNull(),
    /** What was found and decided: measures for individuals or groups, competence needs. */
    decisions: text('decisions').notNull().default(''),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolYearId], foreignColumns: [schoolYears.ownerId, schoolYears.id] }),
    foreignKey({ columns: [t.ownerId, t.recordedBy], foreignColumns: [staff.ownerId, staff.id] }),
    index('wheel_records_school').on(t.ownerId, t.schoolId, t.schoolYearId),
  ],
);

/**
 * A person's calendar feed (iCalendar): the address holds a random secret whose SHA-256 is
 * `token_hash`, so the table cannot give the address back. Revoking sets `revoked_at`; a person
 * has at most one feed in force.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    tokenHash: text('token_hash').primaryKey(),
    ownerId: ownerId(),
    staffId: uuid('staff_id').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.ownerId, t.staffId], foreignColumns: [staff.ownerId, staff.id] }),
    uniqueIndex('calendar_feeds_one_in_force').on(t.ownerId, t.staffId).where(sql`revoked_at is null`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Oppfølgingstenesta (issue 12; src/domain/ot/): the clarification meeting's form and agreement,
// and OT's own follow-up of youth who have left school, to the age limit.
// ---------------------------------------------------------------------------------------------

/**
 * The form "Avklaringssamtale og oppfølgingsavtale" of an `ot_avklaring` case: its ground, the part
 * "Opplysingar om eleven" filled in beforehand, what the meeting agreed, and the signatures. Signed,
 * it never changes (a trigger-free rule kept by src/data/ot/; the signed PDF is in `documents`).
 */
export const otAvklaringar = pgTable(
  'ot_avklaringar',
  {
    ownerId: ownerId(),
    caseId: uuid('case_id').notNull(),
    ground: text('ground').notNull(),
    /** "Opplysingar om eleven": prefilled from what Varde knows, edited by the school. */
    opplysingar: jsonb('opplysingar').notNull(),
    /** When the school saved "Opplysingar om eleven" (the preparation's last duty); null while only prefilled. */
    opplysingarSavedAt: timestamp('opplysingar_saved_at', { withTimezone: true }),
    /** What came up, the alternatives, the agreed plan: filled in during the meeting. */
    agreement: jsonb('agreement').notNull().default(sql`'{}'::jsonb`),
    /** The form's language: the owner's målform unless the school chose the other. */
    language: text('language').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signatures: jsonb('signatures').notNull().default(sql`'[]'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.caseId] }),
    foreignKey({ columns: [t.ownerId, t.caseId], foreignColumns: [cases.ownerId, cases.id] }),
    check('ot_avklaringar_ground', oneOf('ground', avklaringGrounds)),
    check('ot_avklaringar_language', sql`language in ('nb', 'nn')`),
  ],
);

/**
 * A youth in OT's list: a student who left school (written out in Varde or by import), with where
 * they came from and why, and the clarification case whose agreement OT follows up, if any. One row
 * per student; the row stays after the age limit (the list leaves it out by itself) as the archive.
 */
export const otYouth = pgTable(
  'ot_youth',
  {
    ownerId: ownerId(),
    id: id(),
    studentId: uuid('student_id').notNull(),
    originSchoolId: uuid('origin_school_id').notNull(),
    leftOn: date('left_on').notNull(),
    leaveReason: text('leave_reason').notNull(),
    caseId: uuid('case_id'),
    /** The OT advisor who follows the youth up; null until OT has given the youth to someone. */
    advisorStaffId: uuid('advisor_staff_id'),
    registeredAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({ columns: [t.ownerId, t.caseId], foreignColumns: [cases.ownerId, cases.id] }),
    foreignKey({ columns: [t.ownerId, t.advisorStaffId], foreignColumns: [staff.ownerId, staff.id] }),
    uniqueIndex('ot_youth_student').on(t.ownerId, t.studentId),
    check('ot_youth_leave_reason', oneOf('leave_reason', leaveReasons)),
  ],
);

/**
 * OT's follow-up of a youth, append-only (src/domain/ot/ot-follow-up.ts): contact attempts, status
 * codes from the directorate's list, activities, the follow-up plan's versions, the written
 * information about the right. The status on a day is the latest status entry on or before it.
 */
export const otFollowUpEntries = pgTable(
  'ot_follow_up_entries',
  {
    ownerId: ownerId(),
    id: id(),
    youthId: uuid('youth_id').notNull(),
    kind: text('kind').notNull(),
    on: date('on').notNull(),
    statusCode: text('status_code'),
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
    staffId: uuid('staff_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.youthId], foreignColumns: [otYouth.ownerId, otYouth.id] }),
    foreignKey({ columns: [t.ownerId, t.staffId], foreignColumns: [staff.ownerId, staff.id] }),
    index('ot_follow_up_entries_youth').on(t.ownerId, t.youthId, t.on),
    check('ot_follow_up_entries_kind', oneOf('kind', otEntryKinds)),
    check('ot_follow_up_entries_status', sql`(kind = 'status') = (status_code is not null) and (status_code is null or ${oneOf('status_code', otStatusCodeList)})`),
  ],
);

// ---------------------------------------------------------------------------------------------
// The audit trail: append-only, one row per read or change of a student's data, per refusal and
// per sign-in. Triggers (migration 0012) refuse UPDATE, DELETE and TRUNCATE and chain each
// owner's rows by hash; src/data/audit/verify-audit-chain.ts checks the chain.
// ---------------------------------------------------------------------------------------------

export const auditLog = pgTable(
  'audit_log',
  {
    ownerId: ownerId(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorStaffId: uuid('actor_staff_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    studentId: uuid('student_id'),
    detail: jsonb('detail'),
    /** The client's address as the server saw it. */
    address: text('address'),
    /** A reference to the session (a hash of its stored hash), never the token itself. */
    sessionRef: text('session_ref'),
    /** Set by the insert trigger: the owner's previous row's hash, and this row's. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    index('audit_log_student').on(t.ownerId, t.studentId, t.at),
    index('audit_log_actor').on(t.ownerId, t.actorStaffId, t.at),
  ],
);

/** The newest row of each owner's audit chain: the lock that orders the chain, and its tail. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  ownerId: uuid('owner_id').primaryKey(),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});

// ---------------------------------------------------------------------------------------------
// Transitions and changes of school (issue 13, parts 5 and 6; docs/decisions/023-overgang-and-skolebytte.md)
// ---------------------------------------------------------------------------------------------

/**
 * A follow-up summary the former school prepared for the student's next school (overgang):
 * causes, measures that helped, the contact person — not the file. It lives with the former
 * school's owner; it moves only while a consent is in force (overgang_consents), and each read by
 * the receiving school is kept (overgang_reads).
 */
export const overganger = pgTable(
  'overganger',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    studentId: uuid('student_id').notNull(),
    summary: jsonb('summary').$type<OvergangSummary>().notNull(),
    preparedBy: uuid('prepared_by').notNull(),
    preparedAt: timestamp('prepared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    foreignKey({ columns: [t.ownerId, t.preparedBy], foreignColumns: [staff.ownerId, staff.id] }),
    uniqueIndex('overganger_student').on(t.ownerId, t.studentId),
  ],
);

/** A consent to move the summary, as given (by the guardians or the student) and recorded by the school; revoked, it stays as history. */
export const overgangConsents = pgTable(
  'overgang_consents',
  {
    ownerId: ownerId(),
    id: id(),
    overgangId: uuid('overgang_id').notNull(),
    givenBy: text('given_by').$type<ConsentGiver>().notNull(),
    /** The guardian who gave it, when the guardians did. */
    guardianId: uuid('guardian_id'),
    givenOn: date('given_on').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    revokedOn: date('revoked_on'),
    revokedBy: text('revoked_by').$type<ConsentGiver>(),
    revokeRecordedBy: uuid('revoke_recorded_by'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.overgangId], foreignColumns: [overganger.ownerId, overganger.id] }),
    foreignKey({ columns: [t.ownerId, t.recordedBy], foreignColumns: [staff.ownerId, staff.id] }),
    index('overgang_consents_overgang').on(t.ownerId, t.overgangId),
    check('overgang_consents_given_by', oneOf('given_by', consentGivers)),
    check('overgang_consents_revoked_by', sql`revoked_by is null or ${oneOf('revoked_by', consentGivers)}`),
    check('overgang_consents_guardian', sql`(given_by = 'foresatte') = (guardian_id is not null)`),
    check('overgang_consents_revoked', sql`(revoked_on is null) = (revoked_by is null)`),
  ],
);

/**
 * A read of a summary by the receiving school, with what it read: kept with the former school's
 * owner, so that the school that wrote it can say who has it. The reader is named by its own
 * owner's ids and a name, since the reader is not the former owner's staff.
 */
export const overgangReads = pgTable(
  'overgang_reads',
  {
    ownerId: ownerId(),
    id: id(),
    overgangId: uuid('overgang_id').notNull(),
    readerOwnerId: uuid('reader_owner_id').notNull(),
    readerSchoolId: uuid('reader_school_id').notNull(),
    readerStaffId: uuid('reader_staff_id').notNull(),
    readerName: text('reader_name').notNull(),
    readerSchoolName: text('reader_school_name').notNull(),
    /** The receiving school's student it was read for. */
    readerStudentId: uuid('reader_student_id').notNull(),
    summary: jsonb('summary').$type<OvergangSummary>().notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.overgangId], foreignColumns: [overganger.ownerId, overganger.id] }),
    index('overgang_reads_overgang').on(t.ownerId, t.overgangId),
  ],
);

/**
 * The receiving school asked the former school for the follow-up (there was no consent yet): the
 * former school gets a task to ask the home. One open request per former student and asking school.
 */
export const overgangRequests = pgTable(
  'overgang_requests',
  {
    ownerId: ownerId(),
    id: id(),
    /** The former school's student. */
    studentId: uuid('student_id').notNull(),
    askerOwnerId: uuid('asker_owner_id').notNull(),
    askerSchoolId: uuid('asker_school_id').notNull(),
    askerSchoolName: text('asker_school_name').notNull(),
    askerStaffId: uuid('asker_staff_id').notNull(),
    askerName: text('asker_name').notNull(),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    /** The former school's task to ask the home for consent. */
    taskId: uuid('task_id'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    uniqueIndex('overgang_requests_once').on(t.ownerId, t.studentId, t.askerOwnerId, t.askerSchoolId),
  ],
);

/**
 * A student changed school within the owner mid-year (skolebytte): from where, to where, when, by
 * whom, and until when the former school may still read what it wrote (the archive rule).
 */
export const schoolMoves = pgTable(
  'school_moves',
  {
    ownerId: ownerId(),
    id: id(),
    studentId: uuid('student_id').notNull(),
    fromSchoolId: uuid('from_school_id').notNull(),
    toSchoolId: uuid('to_school_id').notNull(),
    movedOn: date('moved_on').notNull(),
    movedBy: uuid('moved_by').notNull(),
    note: text('note'),
    /** The last day the former school may read the cases it wrote. */
    formerReadUntil: date('former_read_until').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({ columns: [t.ownerId, t.fromSchoolId], foreignColumns: [schools.ownerId, schools.id] }),
    foreignKey({ columns: [t.ownerId, t.toSchoolId], foreignColumns: [schools.ownerId, schools.id] }),
    foreignKey({ columns: [t.ownerId, t.movedBy], foreignColumns: [staff.ownerId, staff.id] }),
    index('school_moves_student').on(t.ownerId, t.studentId),
    index('school_moves_from').on(t.ownerId, t.fromSchoolId, t.formerReadUntil),
    check('school_moves_two_schools', sql`from_school_id <> to_school_id`),
  ],
);

// ---------------------------------------------------------------------------------------------
// FINT sync (issue 17; docs/imports/fint.md)
// ---------------------------------------------------------------------------------------------

/**
 * Each FINT sync of a school, however started (the web app, the command line, the schedule),
 * with its report as the sync answered it: what changed, FINT's data problems, or FINT's error.
 */
export const fintSyncRuns = pgTable(
  'fint_sync_runs',
  {
    ownerId: ownerId(),
    id: id(),
    schoolId: uuid('school_id').notNull(),
    fintSchool: text('fint_school').notNull(),
    trigger: text('trigger').$type<FintSyncTrigger>().notNull(),
    /** Who started it; null for the schedule. */
    startedBy: uuid('started_by'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
    status: text('status').$type<FintSyncStatus>().notNull(),
    /** The report (src/shared/fint-api.ts `fintSyncReport`, or the failure). */
    report: jsonb('report').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    foreignKey({ columns: [t.ownerId, t.startedBy], foreignColumns: [staff.ownerId, staff.id] }),
    index('fint_sync_runs_school').on(t.ownerId, t.schoolId, t.startedAt),
    check('fint_sync_runs_trigger', sql`${oneOf('trigger', fintSyncTriggers)}`),
    check('fint_sync_runs_status', sql`${oneOf('status', fintSyncStatuses)}`),
  ],
);

/** A school's daily FINT sync: at a time of day in Norway, claimed by one server when due. */
export const fintSyncSchedules = pgTable(
  'fint_sync_schedules',
  {
    ownerId: ownerId(),
    schoolId: uuid('school_id').notNull(),
    fintSchool: text('fint_school').notNull(),
    /** HH:MM, Norwegian time. */
    timeOfDay: text('time_of_day').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.schoolId] }),
    foreignKey({ columns: [t.ownerId, t.schoolId], foreignColumns: [schools.ownerId, schools.id] }),
    foreignKey({ columns: [t.ownerId, t.updatedBy], foreignColumns: [staff.ownerId, staff.id] }),
    index('fint_sync_schedules_due').on(t.nextRunAt),
    check('fint_sync_schedules_time', sql`time_of_day ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Sign-in with Feide and ID-porten, and the home (issue 14; docs/decisions/025)
// ---------------------------------------------------------------------------------------------

/**
 * A sign-in begun at a provider and not yet come back: the state (as a SHA-256), the PKCE
 * verifier and the nonce the answer must carry. Used once; an answer with an unknown or used
 * state is refused. Global: the person is not known until the provider answers.
 */
export const oidcSignIns = pgTable(
  'oidc_sign_ins',
  {
    stateHash: text('state_hash').primaryKey(),
    provider: text('provider').$type<OidcProvider>().notNull(),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    /** A path inside Varde to go to afterwards. */
    returnTo: text('return_to').notNull().default('/'),
    createdAt: createdAt(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('oidc_sign_ins_created').on(t.createdAt), check('oidc_sign_ins_provider', oneOf('provider', oidcProviders))],
);

/**
 * Sessions of the home view: a student or a guardian, signed in with Feide or ID-porten. Not tied
 * to one owner: a guardian may have children at a municipality's school and a county's. Which
 * students the session reaches is decided on every request from `identity_hash`
 * (src/data/home/home-reach.ts), so that a student turning 18 or a revoked consent takes effect at once.
 */
export const homeSessions = pgTable(
  'home_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    personKind: text('person_kind').$type<HomePersonKind>().notNull(),
    method: text('method').$type<SignInMethod>().notNull(),
    /** Feide: the Feide name (a student). ID-porten: the keyed hash of the identity number. */
    identity: text('identity').notNull(),
    displayName: text('display_name').notNull(),
    csrfToken: text('csrf_token').notNull(),
    idToken: text('id_token'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('home_sessions_expires').on(t.expiresAt),
    check('home_sessions_person_kind', oneOf('person_kind', homePersonKinds)),
    check('home_sessions_method', oneOf('method', signInMethods)),
  ],
);

/**
 * A student of 18 or more who lets a guardian go on seeing their plans and documents in the
 * home view. Without one, a guardian's access ends on the student's 18th birthday. Revoking
 * keeps the row (`revoked_at`), so that the history can be read.
 */
export const homeAccessConsents = pgTable(
  'home_access_consents',
  {
    ownerId: ownerId(),
    studentId: uuid('student_id').notNull(),
    guardianId: uuid('guardian_id').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.studentId, t.guardianId] }),
    foreignKey({ columns: [t.ownerId, t.studentId], foreignColumns: [students.ownerId, students.id] }),
    foreignKey({ columns: [t.ownerId, t.guardianId], foreignColumns: [guardians.ownerId, guardians.id] }),
  ],
);

/**
 * A staff member's groups as Feide's groups API gave them at their last sign-in, to compare with
 * Varde's (src/domain/feide/compare-feide-groups.ts). Shown to an administrator; never trusted for access.
 */
export const feideGroupSnapshots = pgTable(
  'feide_group_snapshots',
  {
    ownerId: ownerId(),
    staffId: uuid('staff_id').notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
    /** The teaching groups (go_type u) and classes (go_type b): src/domain/feide/feide-groups.ts `FeideGroup`. */
    groups: jsonb('groups').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.staffId] }),
    foreignKey({ columns: [t.ownerId, t.staffId], foreignColumns: [staff.ownerId, staff.id] }),
  ],
);
