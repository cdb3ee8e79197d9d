/**
 * What a teacher's register and a notice from home become in the absence records.
 *
 * A lesson: everyone present by default. Absent is a lesson of absence — of the type a notice from
 * home already gave the lesson, else `ikke_mott`; late is `forsentkomming`, no lesson missed, with
 * the minutes. A notice already given for the lesson stays with it (its cause, and that the home
 * gave notice). A student already away the whole day (a notice for the day) gets nothing for the
 * lesson: the day covers it.
 *
 * Where the teacher knows it, the register carries the type and cause of an absence
 * (`dokumentert`, `sykdom`, …); without them it is today's `ikke_mott`, or a notice's type.
 *
 * A notice from home: documented absence is `dokumentert`; the rest stays `udokumentert`, now with
 * a notice, so the home is not called again about it. Late arrivals keep their type: the notice
 * explains them, but they are not absence. A notice covers the lessons it names; naming none, the
 * lessons whose absence is already registered that day, or, with none registered yet (a guardian
 * calling in the morning), the whole day. It is kept (`home_notices`): absence already registered
 * for those lessons takes its type and cause at once, and a lesson registered absent later that
 * day takes them then. It never adds absence: a student with a notice who turns up is present.
 *
 * The whole day's register of a class: a student absent all day is one whole-day record counting
 * the student's lessons that day (at least one), which replaces the day's single lessons.
 */
import { absenceTypes, type AbsenceType, type AttendanceStatus } from '../vocabulary.js';

export interface AttendanceMark {
  studentId: string;
  status: AttendanceStatus;
  minutesLate?: number | null;
  /** The absence's type, where the teacher knows it (not for late arrivals). */
  type?: AbsenceType | null;
  cause?: string | null;
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
      type: late ? 'forsentkomming' : (knownType(mark) ?? notice?.type ?? 'ikke_mott'),
      cause: late ? (notice?.cause ?? null) : (knownCause(mark) ?? notice?.cause ?? null),
      noticeFromHome: notice !== null,
    });
  }
  return out;
}

/** The type the teacher gave at registration, if any and if it is absence. */
function knownType(mark: { type?: AbsenceType | null }): AbsenceType | null {
  return mark.type && mark.type !== 'forsentkomming' ? mark.type : null;
}

function knownCause(mark: { cause?: string | null }): string | null {
  const cause = mark.cause?.trim();
  return cause ? cause : null;
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

/** The types a notice from home gives the absence it explains. */
export const noticeTypes = ['dokumentert', 'udokumentert'] as const satisfies readonly AbsenceType[];
export type NoticeType = (typeof noticeTypes)[number];

/** The type a notice from home gives the absence it explains. */
export function noticeAbsenceType(documented: boolean): NoticeType {
  return documented ? 'dokumentert' : 'udokumentert';
}

/** A notice from home as kept: the lessons it covers (null: the whole day), its type and cause. */
export interface HomeNotice {
  lessons: readonly number[] | null;
  type: AbsenceType;
  cause: string | null;
}

/**
 * The lessons a notice from home covers, as kept: those it names; naming none, the lessons whose
 * absence is already registered that day (`covered`, from recordsANoticeCovers), or the whole day
 * (null) when a whole day is among them or nothing is registered yet.
 */
export function lessonsANoticeCovers(records: readonly RecordOfDay[], covered: readonly string[], namedLessons: readonly number[] | undefined): number[] | null {
  if (namedLessons && namedLessons.length > 0) return [...new Set(namedLessons)].sort((a, b) => a - b);
  const ofNotice = records.filter((r) => covered.includes(r.id));
  if (ofNotice.length === 0 || ofNotice.some((r) => r.scope === 'dag' || r.lessonNumber === null)) return null;
  return [...new Set(ofNotice.map((r) => r.lessonNumber!))].sort((a, b) => a - b);
}

/**
 * The notice from home for a lesson, from the day's notices, the newest first: the newest that
 * names the lesson, else the newest for the whole day; null when none covers it.
 */
export function noticeForLesson(notices: readonly HomeNotice[], lessonNumber: number): { type: AbsenceType; cause: string | null } | null {
  const found = notices.find((n) => n.lessons !== null && n.lessons.includes(lessonNumber)) ?? notices.find((n) => n.lessons === null);
  return found ? { type: found.type, cause: found.cause } : null;
}

/** The notice from home for a whole day away, from the day's notices, the newest first: the newest for the whole day. */
export function noticeForDay(notices: readonly HomeNotice[]): { type: AbsenceType; cause: string | null } | null {
  const found = notices.find((n) => n.lessons === null);
  return found ? { type: found.type, cause: found.cause } : null;
}

/** The types of lesson records a notice from home changes: all but late arrivals. */
export const typesANoticeCovers: readonly AbsenceType[] = absenceTypes.filter((t) => t !== 'forsentkomming');

/** The lessons a whole-day notice counts: the day's lessons in the timetable, at least one. */
export function wholeDayLessons(lessonsInTimetable: number): number {
  return Math.max(1, lessonsInTimetable);
}

/** An absence record of the day, as a notice from home finds it. */
export interface RecordOfDay {
  id: string;
  scope: 'time' | 'dag';
  lessonNumber: number | null;
  type: AbsenceType;
}

/**
 * The records a notice from home explains: the absence registered that day for the lessons it
 * names, or, naming none, all of the day's absence (a whole day included). Late arrivals stay
 * as they are. A notice only changes records, so it never adds absence.
 */
export function recordsANoticeCovers(records: readonly RecordOfDay[], namedLessons: readonly number[] | undefined): string[] {
  const named = namedLessons && namedLessons.length > 0 ? new Set(namedLessons) : null;
  return records
    .filter((r) => typesANoticeCovers.includes(r.type))
    .filter((r) => (named === null ? true : r.scope === 'time' && r.lessonNumber !== null && named.has(r.lessonNumber)))
    .map((r) => r.id);
}

/** A student in the whole day's register of a class: present, or away the whole day. */
export interface DayMark {
  studentId: string;
  status: 'tilstede' | 'fravaer';
  type?: AbsenceType | null;
  cause?: string | null;
}

export interface DayAbsence {
  studentId: string;
  hours: number;
  type: AbsenceType;
  cause: string | null;
  noticeFromHome: boolean;
}

/**
 * The whole-day records of a class's day register: one per student away, counting the student's
 * lessons that day; a notice from home already given that day keeps its type and cause unless the
 * teacher gives others.
 */
export function dayAbsences(
  marks: readonly DayMark[],
  lessonsThatDay: ReadonlyMap<string, number>,
  notices: ReadonlyMap<string, { type: AbsenceType; cause: string | null }>,
): DayAbsence[] {
  return marks
    .filter((m) => m.status === 'fravaer')
    .map((m) => {
      const notice = notices.get(m.studentId) ?? null;
      return {
        studentId: m.studentId,
        hours: wholeDayLessons(lessonsThatDay.get(m.studentId) ?? 0),
        type: knownType(m) ?? notice?.type ?? 'ikke_mott',
        cause: knownCause(m) ?? notice?.cause ?? null,
        noticeFromHome: notice !== null,
      };
    });
}
