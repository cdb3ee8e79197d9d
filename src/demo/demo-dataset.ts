/**
 * The shape of a generated demo dataset: plain insert rows per table, in an order the loader can
 * insert them in, plus what the generator knows that the database does not (each student's
 * absence profile), which tests and rule evaluations can use as ground truth.
 */
import type { RoleCode } from '../domain/vocabulary.js';
import type {
  AbsenceRecordRow,
  CalendarBreakRow,
  GradeRow,
  GroupMembershipRow,
  GroupRow,
  GroupTeacherRow,
  GuardianRow,
  IntakeDataRow,
  OwnerRow,
  SchoolRow,
  SchoolYearRow,
  StaffRoleRow,
  StaffRow,
  StudentGuardianRow,
  StudentRow,
  TeacherReportRow,
  TermRow,
  TimetableSlotRow,
} from './factories.js';

/** A sign-in account of the demo, before its password is hashed. */
export interface DemoAccount {
  ownerId: string;
  staffId: string;
  username: string;
  /** The role the account is there to demonstrate. */
  role: RoleCode;
}

/**
 * How a student's absence is generated. `ordinary` is most students: a little illness and the
 * odd appointment. The others are the patterns of rule 8 (docs/domain.md), and school refusal (rule 10's
 * "absence ≥ 10 %").
 */
export type AbsencePattern =
  | 'ordinary'
  | 'mondays'
  | 'around_breaks'
  | 'every_other_week'
  | 'avoids_subject'
  | 'siblings'
  | 'late_arrivals'
  | 'school_refusal';

export type AbsenceStage = 'vgs' | 'barneskole' | 'ungdomsskole';

export interface DemoAbsenceProfile {
  studentId: string;
  schoolId: string;
  pattern: AbsencePattern;
  /** The expected share of lessons missed through ordinary illness and appointments. */
  baseShare: number;
  /** The chance of arriving late on a given day. */
  lateRate: number;
  /**
   * Whose absence it is like (generate-absence.ts, `stageShapes`): upper secondary's when not
   * given; a barneskole's younger children (whole days, with the winter's illnesses) or an
   * ungdomsskole's (more single lessons).
   */
  stage?: AbsenceStage;
  /** school_refusal: the share of school days with absence, most of them late in the term. */
  refusalShare?: number;
  /** avoids_subject: the teaching group whose lessons the student skips. */
  avoidedGroupId?: string;
  /** siblings: shared by the siblings, who are then absent on the same days. */
  siblingKey?: string;
  /** every_other_week: the weekday missed, in the weeks whose ISO week number has this parity. */
  weekday?: number;
  weekParity?: number;
}

export interface DemoDataset {
  seed: number;
  /** The date the data is generated for: absence runs up to the day before. */
  today: string;
  /** The county's id (Vardefjell fylkeskommune), the owner of the demo school. */
  ownerId: string;
  /** The school of the county's demo accounts ("Varde videregående skole"). */
  demoSchoolId: string;
  /** The demo municipality beside the county (generate-demo-municipality.ts), unless left out. */
  municipality: DemoMunicipality | null;
  owners: OwnerRow[];
  schools: SchoolRow[];
  schoolYears: SchoolYearRow[];
  terms: TermRow[];
  calendarBreaks: CalendarBreakRow[];
  students: StudentRow[];
  guardians: GuardianRow[];
  studentGuardians: StudentGuardianRow[];
  staff: StaffRow[];
  staffRoles: StaffRoleRow[];
  accounts: DemoAccount[];
  groups: GroupRow[];
  groupMemberships: GroupMembershipRow[];
  groupTeachers: GroupTeacherRow[];
  timetableSlots: TimetableSlotRow[];
  /**
   * Generated on each iteration, the same every time: at county scale the records run into the
   * hundreds of thousands, and the loader streams them in batches rather than holding them all.
   */
  absenceRecords: Iterable<AbsenceRecordRow>;
  grades: GradeRow[];
  intakeData: IntakeDataRow[];
  teacherReports: TeacherReportRow[];
  absenceProfiles: DemoAbsenceProfile[];
}

/** The demo municipality: its owner, and the schools of its demo accounts. */
export interface DemoMunicipality {
  ownerId: string;
  /** "Varde barneskule" (trinn 1–7). */
  barneskoleId: string;
  /** "Varde ungdomsskule" (trinn 8–10), the school of gs-kontaktlaerer and gs-rektor. */
  ungdomsskoleId: string;
}
