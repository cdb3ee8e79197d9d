/**
 * What a teacher's register and a notice from home become in the absence records.
 *
 * A lesson: everyone present by default. Absent is a lesson of absence — of the type a notice from
 * home already gave the lesson, else `ikke_mott`; late is `forsentkomming`, no lesson missed, with
 * the minutes. A notice already given for the lesson stays with it (its cause, and that the home
 * gave notice). A student already away the whole day (a notice for the day) gets nothing for the
 * lesson: the day covers it.
 *
 * A notice from home: documented absence is `dokumentert`; the rest stays `udokumentert`, now with
 * a notice, so the home is not called again about it. Late arrivals keep their type: the notice
 * explains them, but they are not absence. A whole day counts the day's lessons, at least one.
 */
import { absenceTypes, type AbsenceType, type AttendanceStatus } from '../vocabulary.js';

export interface AttendanceMark {
  studentId: string;
  status: AttendanceStatus;
  minutesLate?: number | null;
}

/** What is already recorded for a student on the lesson's day. */
export interface RecordedThatDay {
  awayAllDay: boolean;
  /** A notice from home already given for this lesson. */
  notice: { type: AbsenceType; cause: string | null } | null;
}

export interface LessonAbsence {
  studentId: string;
  /** Lessons missed: 1, or 0 for a late arrival. */
  hours: 0 | 1;
  minutesLate: number | null;
  type: AbsenceType;
  cause: string | null;
  noticeFromHome: boolean;
}

const nothingRecorded: RecordedThatDay = { awayAllDay: false, notice: null };

/** The lesson's absence records, from the register and what the day already has. */
export function lessonAbsences(marks: readonly AttendanceMark[], recorded: ReadonlyMap<string, RecordedThatDay>): LessonAbsence[] {
  const out: LessonAbsence[] = [];
  for (const mark of marks) {
    const { awayAllDay, notice } = recorded.get(mark.studentId) ?? nothingRecorded;
    if (mark.status === 'tilstede' || awayAllDay) continue;
    const late = mark.status === 'forsent';
    out.push({
      studentId: mark.studentId,
      hours: late ? 0 : 1,
      minutesLate: late ? (mark.minutesLate ?? null) : null,
      type: late ? 'forsentkomming' : (notice?.type ?? 'ikke_mott'),
      cause: notice?.cause ?? null,
      noticeFromHome: notice !== null,
    });
  }
  return out;
}

/**
 * The other way, for the register sheet: what a lesson's records say of a student. Away the whole
 * day is absent; no record for the lesson is present; a late arrival is late; any other is absent.
 */
export function registerStatus(wholeDay: boolean, lessonRecord: { type: AbsenceType } | undefined): AttendanceStatus {
  if (wholeDay) return 'fravaer';
  if (!lessonRecord) return 'tilstede';
  return lessonRecord.type === 'forsentkomming' ? 'forsent' : 'fravaer';
}

/** The type a notice from home gives the absence it explains. */
export function noticeAbsenceType(documented: boolean): AbsenceType {
  return documented ? 'dokumentert' : 'udokumentert';
}

/** The types of lesson records a notice from home changes: all but late arrivals. */
export const typesANoticeCovers: readonly AbsenceType[] = absenceTypes.filter((t) => t !== 'forsentkomming');

/** The lessons a whole-day notice counts: the day's lessons in the timetable, at least one. */
export function wholeDayLessons(lessonsInTimetable: number): number {
  return Math.max(1, lessonsInTimetable);
}
