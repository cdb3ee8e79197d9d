/**
 * What the rules look at for one student, as plain data. The data layer gathers it; the rules
 * never ask for more.
 */
import type { SchoolCalendar, IsoDate } from '../school-calendar.js';
import type { AbsenceScope, AbsenceType, GradeKind, GradeValue, TeacherReportKind } from '../vocabulary.js';
import type { ProfileKind } from '../vocabulary.js';

export interface AbsenceRecordFact {
  id: string;
  date: IsoDate;
  scope: AbsenceScope;
  lessonNumber: number | null;
  groupId: string | null;
  hours: number;
  type: AbsenceType;
  noticeFromHome: boolean;
}

/** One weekly lesson of the student's timetable. */
export interface LessonSlot {
  groupId: string;
  subjectName: string;
  weekday: number;
  lessonNumber: number;
}

export interface IdentificationFacts {
  /** The day the rules are evaluated for ("today"). */
  asOf: IsoDate;
  calendar: SchoolCalendar;
  /** The current half-year (term): rule 7 and the absence limit count inside it. */
  term: { startsOn: IsoDate; endsOn: IsoDate };
  student: { id: string; schoolKind: ProfileKind };
  intake: {
    gradeAverage: number | null;
    admittedChoice: number | null;
    subjectsWithGrade1OrMissing: string[];
    specialEducationNotice: boolean;
    lowerSecondaryAbsencePercent: number | null;
  } | null;
  grades: Array<{ id: string; subjectName: string; kind: GradeKind; value: GradeValue; givenOn: IsoDate }>;
  /** The student's absence in the school year up to asOf. */
  absence: AbsenceRecordFact[];
  timetable: LessonSlot[];
  reports: Array<{ id: string; kind: TeacherReportKind; createdAt: IsoDate }>;
  /** Siblings (a guardian in common) at any of the owner's schools, with the dates they had whole-day absence. */
  siblings: Array<{ studentId: string; absenceDates: IsoDate[] }>;
}
