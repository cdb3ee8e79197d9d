/**
 * Random absence for the property tests of the rules (evaluate-rules.test.ts) and of their
 * explanations in the web app (src/web/components/use-explain-flag.test.ts): records on the
 * school days of the fixtures' term, against the fixtures' timetable.
 */
import fc from 'fast-check';
import { evaluateRules } from './evaluate-rules.js';
import type { AbsenceRecordFact } from './facts.js';
import type { FlagCandidate } from './flag.js';
import { facts, termDays, timetable } from './identification-fixtures.js';
import { ikoVgsProfile } from './rule-profile.js';

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

/**
 * The flags the IKO profile for upper secondary raises on random absence, next to an intake, a grade
 * and a report that raise the other kinds: every flag the explanations must be able to describe.
 */
export const raisedFlags: fc.Arbitrary<FlagCandidate[]> = fc.array(absenceSpec, { maxLength: 120 }).map((specs) =>
  evaluateRules(ikoVgsProfile, facts({
    absence: toRecords(specs),
    intake: { gradeAverage: 2.4, admittedChoice: 1, subjectsWithGrade1OrMissing: ['Matematikk'], specialEducationNotice: true, lowerSecondaryAbsencePercent: 9 },
    grades: [{ id: 'g1', subjectName: 'Norsk', kind: 'midtveis', value: 'IV', givenOn: '2026-11-01' }],
    reports: [{ id: 'm1', kind: 'mistrivsel', createdAt: '2026-10-01' }],
  })),
);

/**
 * The half-year flag for four whole days of illness three school days apart, with the profile's
 * thresholds in it (illness the home has not given notice of: worrying absence).
 */
export function fourSickDaysFlag(): FlagCandidate | undefined {
  const absence = toRecords([0, 3, 6, 9].map((day) => ({ day, whole: true, lessonNumber: 1, type: 'sykdom' as const, notice: false })));
  return evaluateRules(ikoVgsProfile, facts({ absence })).find((f) => f.ruleCode === 'fravaer_halvaar');
}
