/**
 * Factories for plain insert rows, shared by the demo generator and the tests (docs/architecture.md: src/demo).
 * Each takes the keys it cannot invent (owner, school …), a seeded `rng` for everything it can,
 * and any column as an override. An override that is `undefined` keeps the default.
 */
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from '../domain/school-calendar.js';
import { lessonTimes } from './curriculum.js';
import type { InsertRow } from './demo-tables.js';
import { boyNames, emailLocalPart, familyNames, girlNames, menNames, womenNames } from './names.js';
import type { Rng } from './random.js';

type WithId<T> = T & { id: string };

export type OwnerRow = WithId<InsertRow<'owners'>>;
export type SchoolRow = WithId<InsertRow<'schools'>>;
export type SchoolYearRow = WithId<InsertRow<'schoolYears'>>;
export type TermRow = WithId<InsertRow<'terms'>>;
export type CalendarBreakRow = WithId<InsertRow<'calendarBreaks'>>;
export type StudentRow = WithId<InsertRow<'students'>>;
export type GuardianRow = WithId<InsertRow<'guardians'>>;
export type StudentGuardianRow = InsertRow<'studentGuardians'>;
export type StaffRow = WithId<InsertRow<'staff'>>;
export type StaffRoleRow = WithId<InsertRow<'staffRoles'>>;
export type AccountRow = InsertRow<'accounts'>;
export type GroupRow = WithId<InsertRow<'groups'>>;
export type GroupMembershipRow = InsertRow<'groupMemberships'>;
export type GroupTeacherRow = InsertRow<'groupTeachers'>;
export type TimetableSlotRow = WithId<InsertRow<'timetableSlots'>>;
export type AbsenceRecordRow = WithId<InsertRow<'absenceRecords'>>;
export type GradeRow = WithId<InsertRow<'grades'>>;
export type IntakeDataRow = InsertRow<'intakeData'>;
export type TeacherReportRow = WithId<InsertRow<'teacherReports'>>;

export type Sex = 'female' | 'male';

/**
 * Addresses that can never reach a real mailbox: `.example` and example.com/.net/.org are
 * reserved for documentation (RFC 2606), so a demo that sends e-mail sends it nowhere.
 */
export const STAFF_EMAIL_DOMAIN = 'vardefjell.example';
const privateEmailDomains = ['example.com', 'example.net', 'example.org'] as const;

/** Defaults overridden by every override that is not undefined. */
function withOverrides<T extends object>(defaults: T, overrides: Partial<T>): T {
  const row = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (row as Record<string, unknown>)[key] = value;
  }
  return row;
}

/** A Norwegian mobile number: eight digits starting with 4 or 9, written 4xx xx xxx. */
export function norwegianMobile(rng: Rng): string {
  const digits = `${rng.pick(['4', '9'])}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}

/** A unique address for a name: a number is added when the plain one is taken. */
export function uniqueEmail(givenName: string, familyName: string, domain: string, inUse?: Set<string>): string {
  const local = emailLocalPart(givenName, familyName);
  let email = `${local}@${domain}`;
  for (let n = 2; inUse?.has(email); n++) email = `${local}${n}@${domain}`;
  inUse?.add(email);
  return email;
}

export function randomDateInYear(rng: Rng, year: number): IsoDate {
  const first = toDayNumber(`${year}-01-01`);
  const last = toDayNumber(`${year}-12-31`);
  return fromDayNumber(rng.int(first, last));
}

export function buildOwner(options: { rng: Rng } & Partial<OwnerRow>): OwnerRow {
  const { rng, ...overrides } = options;
  return withOverrides<OwnerRow>(
    // A county in the west writes nynorsk: OT's agreement form is then written in nynorsk by default (issue 12).
    { id: rng.uuid(), name: 'Vardefjell fylkeskommune', kind: 'fylkeskommune', orgNumber: `9${rng.int(10_000_000, 99_999_999)}`, maalform: 'nn' },
    overrides,
  );
}

export function buildSchool(options: { rng: Rng; ownerId: string } & Partial<SchoolRow>): SchoolRow {
  const { rng, ...overrides } = options;
  return withOverrides<SchoolRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      name: 'Varde videregående skole',
      kind: 'vgs',
      orgNumber: `9${rng.int(10_000_000, 99_999_999)}`,
      municipality: 'Vardefjell',
    },
    overrides,
  );
}

export function buildStudent(
  options: { rng: Rng; ownerId: string; schoolId: string; sex?: Sex; birthYear?: number } & Partial<StudentRow>,
): StudentRow {
  const { rng, sex = rng.pick(['female', 'male'] as const), birthYear = 2010, ...overrides } = options;
  const first = rng.pick(sex === 'female' ? girlNames : boyNames);
  // About one in ten has a double given name (Emma Sofie, Jakob Andreas).
  const second = rng.chance(0.1) ? rng.pick(sex === 'female' ? girlNames : boyNames) : undefined;
  return withOverrides<StudentRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      schoolId: options.schoolId,
      givenName: second && second !== first ? `${first} ${second}` : first,
      familyName: rng.pick(familyNames),
      birthDate: randomDateInYear(rng, birthYear),
    },
    overrides,
  );
}

export function buildGuardian(
  options: { rng: Rng; ownerId: string; sex?: Sex; emailsInUse?: Set<string> } & Partial<GuardianRow>,
): GuardianRow {
  const { rng, sex = rng.pick(['female', 'male'] as const), emailsInUse, ...overrides } = options;
  const givenName = overrides.givenName ?? rng.pick(sex === 'female' ? womenNames : menNames);
  const familyName = overrides.familyName ?? rng.pick(familyNames);
  return withOverrides<GuardianRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      givenName,
      familyName,
      phone: norwegianMobile(rng),
      email: uniqueEmail(givenName, familyName, rng.pick(privateEmailDomains), emailsInUse),
    },
    overrides,
  );
}

export function buildStudentGuardian(
  options: { ownerId: string; studentId: string; guardianId: string } & Partial<StudentGuardianRow>,
): StudentGuardianRow {
  return withOverrides<StudentGuardianRow>(
    {
      ownerId: options.ownerId,
      studentId: options.studentId,
      guardianId: options.guardianId,
      relation: 'mor',
      parentalResponsibility: true,
      livesWithStudent: true,
    },
    options,
  );
}

export function buildStaff(
  options: { rng: Rng; ownerId: string; sex?: Sex; emailsInUse?: Set<string>; emailDomain?: string } & Partial<StaffRow>,
): StaffRow {
  const { rng, sex = rng.pick(['female', 'male'] as const), emailsInUse, emailDomain = STAFF_EMAIL_DOMAIN, ...overrides } = options;
  const givenName = overrides.givenName ?? rng.pick(sex === 'female' ? womenNames : menNames);
  const familyName = overrides.familyName ?? rng.pick(familyNames);
  return withOverrides<StaffRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      givenName,
      familyName,
      email: uniqueEmail(givenName, familyName, emailDomain, emailsInUse),
    },
    overrides,
  );
}

export function buildStaffRole(
  options: { rng: Rng; ownerId: string; staffId: string; role: StaffRoleRow['role'] } & Partial<StaffRoleRow>,
): StaffRoleRow {
  const { rng, ...overrides } = options;
  return withOverrides<StaffRoleRow>(
    { id: rng.uuid(), ownerId: options.ownerId, staffId: options.staffId, role: options.role, schoolId: null, title: null },
    overrides,
  );
}

export function buildGroup(
  options: { rng: Rng; ownerId: string; schoolId: string; schoolYearId: string; name: string } & Partial<GroupRow>,
): GroupRow {
  const { rng, ...overrides } = options;
  return withOverrides<GroupRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      schoolId: options.schoolId,
      schoolYearId: options.schoolYearId,
      kind: 'basisgruppe',
      name: options.name,
      level: null,
      programme: null,
      subjectCode: null,
      subjectName: null,
    },
    overrides,
  );
}

/** A weekly lesson of a teaching group, with the clock times of that lesson number. */
export function buildTimetableSlot(
  options: { rng: Rng; ownerId: string; groupId: string; weekday: number; lessonNumber: number } & Partial<TimetableSlotRow>,
): TimetableSlotRow {
  const { rng, ...overrides } = options;
  const times = lessonTimes.find((t) => t.lesson === options.lessonNumber);
  if (!times) throw new RangeError(`No lesson number ${options.lessonNumber} in the school day`);
  return withOverrides<TimetableSlotRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      groupId: options.groupId,
      weekday: options.weekday,
      lessonNumber: options.lessonNumber,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
    },
    overrides,
  );
}

/** Defaults to a whole day of illness reported by the home: the most common record there is. */
export function buildAbsenceRecord(
  options: { rng: Rng; ownerId: string; schoolId: string; studentId: string; date: IsoDate } & Partial<AbsenceRecordRow>,
): AbsenceRecordRow {
  const { rng, ...overrides } = options;
  return withOverrides<AbsenceRecordRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      schoolId: options.schoolId,
      studentId: options.studentId,
      date: options.date,
      scope: 'dag',
      lessonNumber: null,
      groupId: null,
      hours: 6,
      minutesLate: null,
      type: 'sykdom',
      cause: 'Syk',
      noticeFromHome: true,
      registeredBy: null,
      registeredAt: osloTime(options.date, '08:15'),
      source: 'demo',
    },
    overrides,
  );
}

export function buildGrade(
  options: { rng: Rng; ownerId: string; studentId: string; subjectCode: string; subjectName: string } & Partial<GradeRow>,
): GradeRow {
  const { rng, ...overrides } = options;
  return withOverrides<GradeRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      studentId: options.studentId,
      groupId: null,
      subjectCode: options.subjectCode,
      subjectName: options.subjectName,
      kind: 'midtveis',
      value: '4',
      givenOn: '2026-11-01',
      registeredBy: null,
    },
    overrides,
  );
}

export function buildIntakeData(
  options: { ownerId: string; studentId: string; schoolYearId: string } & Partial<IntakeDataRow>,
): IntakeDataRow {
  return withOverrides<IntakeDataRow>(
    {
      ownerId: options.ownerId,
      studentId: options.studentId,
      schoolYearId: options.schoolYearId,
      gradeAverage: 4.2,
      admittedChoice: 1,
      subjectsWithGrade1OrMissing: [],
      specialEducationNotice: false,
      lowerSecondaryAbsencePercent: 2.5,
      receivedOn: null,
    },
    options,
  );
}

export function buildTeacherReport(
  options: { rng: Rng; ownerId: string; studentId: string; reportedBy: string; kind: TeacherReportRow['kind']; text: string } & Partial<TeacherReportRow>,
): TeacherReportRow {
  const { rng, ...overrides } = options;
  return withOverrides<TeacherReportRow>(
    {
      id: rng.uuid(),
      ownerId: options.ownerId,
      studentId: options.studentId,
      reportedBy: options.reportedBy,
      kind: options.kind,
      subjectCode: null,
      text: options.text,
    },
    overrides,
  );
}

/**
 * A wall-clock time in Norway on a date, as an instant: CET (UTC+1) in winter, CEST (UTC+2)
 * from the last Sunday of March to the last Sunday of October (switching at 01:00 UTC).
 */
export function osloTime(date: IsoDate, time: string): Date {
  const [start, end] = summerTime(Number(date.slice(0, 4)));
  return new Date(`${date}T${time}:00${date >= start && date < end ? '+02:00' : '+01:00'}`);
}

const summerTimeByYear = new Map<number, [IsoDate, IsoDate]>();

/** The last Sundays of March and October: daytime on the first is summer time, on the second not. */
function summerTime(year: number): [IsoDate, IsoDate] {
  let found = summerTimeByYear.get(year);
  if (!found) {
    const lastSunday = (month: string) => {
      let day = `${year}-${month}-31`;
      while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 0) day = addDays(day, -1);
      return day;
    };
    found = [lastSunday('03'), lastSunday('10')];
    summerTimeByYear.set(year, found);
  }
  return found;
}
