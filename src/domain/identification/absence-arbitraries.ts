/**
 * Random absence for the property tests of the rules (evaluate-rules.test.ts) and of their
 * explanations in the web app (src/web/components/use-explain-flag.test.ts): records on the
 * school days of the fixtures' term, against the fixtures' timetable.
 */
import fc from 'fast-check';
import type { AbsenceRecordFact } from './facts.js';
import { termDays, timetable } from './identification-fixtures.js';

const days = termDays();
const types = ['dokumentert', 'udokumentert', 'sykdom', 'permisjon', 'ikke_mott', 'forsentkomming'] as const;

export interface AbsenceSpec {
  day: number;
  whole: boolean;
  lessonNumber: number;
  type: (typeof types)[number];
  notice: boolean;
}

export const absenceSpec: fc.Arbitrary<AbsenceSpec> = fc.record({
  day: fc.integer({ min: 0, max: days.length - 1 }),
  whole: fc.boolean(),
  lessonNumber: fc.integer({ min: 1, max: 6 }),
  type: fc.constantFrom(...types),
  notice: fc.boolean(),
});

export function toRecords(specs: AbsenceSpec[]): AbsenceRecordFact[] {
  return specs.map((s, i) => {
    const date = days[s.day]!;
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const slot = timetable.find((t) => t.weekday === weekday && t.lessonNumber === s.lessonNumber)!;
    const late = s.type === 'forsentkomming';
    return {
      id: `r${i}`,
      date,
      scope: s.whole && !late ? 'dag' : 'time',
      lessonNumber: s.whole && !late ? null : s.lessonNumber,
      groupId: s.whole && !late ? null : slot.groupId,
      hours: late ? 0 : s.whole ? 6 : 1,
      type: s.type,
      noticeFromHome: s.notice,
    };
  });
}
