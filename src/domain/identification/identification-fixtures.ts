/**
 * Facts for the rule tests: a student in an autumn term with a plain timetable of six lessons a
 * day, each lesson in one of five subjects (six lessons a week per subject).
 */
import { schoolDaysBetween, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import type { AbsenceRecordFact, IdentificationFacts, LessonSlot } from './facts.js';

export const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-21', endsOn: '2027-01-01' },
  ],
};

export const subjects = ['NOR', 'MAT', 'ENG', 'NAT', 'SAM'] as const;

export const timetable: LessonSlot[] = [1, 2, 3, 4, 5].flatMap((weekday) =>
  [1, 2, 3, 4, 5, 6].map((lessonNumber) => {
    const subject = subjects[(weekday + lessonNumber) % 5]!;
    return { groupId: `g-${subject}`, subjectName: subject, weekday, lessonNumber };
  }),
);

export function facts(overrides: Partial<IdentificationFacts> = {}): IdentificationFacts {
  return {
    asOf: '2026-11-23',
    calendar,
    term: { startsOn: '2026-08-17', endsOn: '2026-12-18' },
    student: { id: 's1', schoolKind: 'vgs' },
    intake: null,
    grades: [],
    absence: [],
    timetable,
    reports: [],
    siblings: [],
    ...overrides,
  };
}

let counter = 0;
export function wholeDay(date: IsoDate, type: AbsenceRecordFact['type'] = 'sykdom', noticeFromHome = true): AbsenceRecordFact {
  return { id: `a${++counter}`, date, scope: 'dag', lessonNumber: null, groupId: null, hours: 6, type, noticeFromHome };
}

export function lesson(date: IsoDate, lessonNumber: number, type: AbsenceRecordFact['type'] = 'sykdom', noticeFromHome = true): AbsenceRecordFact {
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const slot = timetable.find((s) => s.weekday === weekday && s.lessonNumber === lessonNumber)!;
  return { id: `a${++counter}`, date, scope: 'time', lessonNumber, groupId: slot.groupId, hours: 1, type, noticeFromHome };
}

/** The school days of the fixture term up to asOf. */
export function termDays(to: IsoDate = '2026-11-23'): IsoDate[] {
  return schoolDaysBetween(calendar, '2026-08-17', to);
}
