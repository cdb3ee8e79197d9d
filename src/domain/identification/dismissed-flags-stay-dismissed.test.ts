/**
 * Flags keep their word (issue 10, part 9): evidence a person has dismissed never raises a flag
 * again, whatever day the rules run on. The engine is driven as the app drives it — evaluateRules
 * for the facts of the day, reconcileFlags against the flags stored so far — for random absence,
 * with every rule on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../school-calendar.js';
import { absenceSpec, toRecords } from './absence-arbitraries.js';
import { evaluateRules } from './evaluate-rules.js';
import type { IdentificationFacts } from './facts.js';
import type { FlagCandidate } from './flag.js';
import { calendar, facts, lesson, termDays } from './identification-fixtures.js';
import { reconcileFlags, type FlagEvidence, type StoredFlag } from './reconcile-flags.js';
import { fravaersrutineGrunnskoleProfile, ikoVgsProfile, type RuleProfile } from './rule-profile.js';

/** Every rule of both built-in profiles on, for upper secondary (the absence limit is vgs only). */
const everyRule: RuleProfile = {
  ...ikoVgsProfile,
  rules: {
    ...ikoVgsProfile.rules,
    fravaerUtenMelding: { enabled: true },
    udokumentertFravaer: { ...fravaersrutineGrunnskoleProfile.rules.udokumentertFravaer, enabled: true },
    ukesjekk: { ...fravaersrutineGrunnskoleProfile.rules.ukesjekk, enabled: true },
    manedssjekk: { ...fravaersrutineGrunnskoleProfile.rules.manedssjekk, enabled: true },
  },
};

const terms = [
  { startsOn: '2026-08-17', endsOn: '2026-12-18' },
  { startsOn: '2027-01-04', endsOn: '2027-06-18' },
];
/** The term the data layer gives the rules on a day: the started term not yet over, else the last started one. */
const termOn = (day: IsoDate) => {
  const started = terms.filter((t) => t.startsOn <= day);
  return started.find((t) => day <= t.endsOn) ?? started.at(-1)!;
};

const days = termDays();
const lastDay = calendar.endsOn;

type Stored = StoredFlag & { evidence: FlagEvidence };
const sameEvidence = (flag: Stored, evidence: FlagEvidence) => JSON.stringify(flag.evidence) === JSON.stringify(evidence);

/** The rules on one day, reconciled with the stored flags: what that day's evaluation raises. */
function evaluateOn(day: IsoDate, base: IdentificationFacts, stored: Stored[]) {
  const found = evaluateRules(everyRule, { ...base, asOf: day, term: termOn(day) });
  return reconcileFlags(new Map([[base.student.id, found]]), stored, sameEvidence);
}

/**
 * What a pattern is, from its figures (not its key): rule 8 tests absence against chance over the
 * school days so far, so a pattern may first be told from chance on a later day with no new
 * absence (two siblings away together in September are less likely chance by November). That is a
 * first judgement, not a return: what the property allows, and only for a pattern not found before.
 */
const patternOf = (f: FlagCandidate) => (f.ruleCode === 'fravaersmonster' ? `${f.facts.pattern}:${f.facts.category ?? f.facts.subject ?? ''}` : null);

const dismissAll = (raised: ReturnType<typeof evaluateOn>['raised']): Stored[] =>
  raised.map((r, i) => ({ id: `f${i}`, studentId: r.studentId, concern: r.concern, evidenceKeys: r.evidenceKeys, state: 'avvist', level: r.level, evidence: r.evidence }));

describe('a dismissed flag stays dismissed', () => {
  it('dismissing every flag and evaluating on any later day with no new absence raises nothing new (property)', () => {
    fc.assert(
      fc.property(
        fc.array(absenceSpec, { maxLength: 80 }),
        // The first evaluation from the fourth week: before that no subject has held the lessons
        // the absence limit needs for a share, and its first share is a first judgement, not a return.
        fc.integer({ min: 15, max: days.length - 1 }),
        // Later days: the next days and weeks (the windows of the daily routines), into the next term.
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        // A sibling at the school, with the days they were away.
        fc.uniqueArray(fc.integer({ min: 0, max: days.length - 1 }), { maxLength: 30 }),
        (specs, firstIndex, laterSteps, siblingDays) => {
          const first = days[firstIndex]!;
          const base = facts({
            absence: toRecords(specs).filter((r) => r.date <= first),
            intake: { gradeAverage: 2.4, admittedChoice: 1, subjectsWithGrade1OrMissing: ['MAT'], specialEducationNotice: true, lowerSecondaryAbsencePercent: 9 },
            grades: [{ id: 'g1', subjectName: 'MAT', kind: 'midtveis', value: '2', givenOn: '2026-08-17' }],
            reports: [{ id: 'm1', kind: 'mistrivsel', createdAt: '2026-08-20' }],
            siblings: [{ studentId: 's2', absenceDates: siblingDays.map((i) => days[i]!).filter((d) => d <= first) }],
          });
          const firstDay = evaluateOn(first, base, []);
          const patternsBefore = new Set(firstDay.raised.flatMap((r) => r.newFindings.map(patternOf)));
          // A person dismisses every flag the first evaluation raised.
          const stored = dismissAll(firstDay.raised);
          let day = first;
          for (const step of laterSteps) {
            day = addDays(day, step);
            if (day > lastDay) break;
            const returned = evaluateOn(day, base, stored)
              .raised.flatMap((r) => r.newFindings)
              .filter((f) => patternOf(f) === null || patternsBefore.has(patternOf(f)));
            expect({ day, returned: returned.map((f) => f.evidenceKey) }).toEqual({ day, returned: [] });
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('a dismissed monthly check does not come back next month for the same absence, and new absence raises it again', () => {
    const monthly = { ...everyRule, rules: { ...everyRule.rules, fravaersgrense: { ...everyRule.rules.fravaersgrense, enabled: false } } };
    const absence = [lesson('2026-11-20', 2, 'udokumentert', false)];
    const on = (day: IsoDate, stored: Stored[], records = absence) =>
      reconcileFlags(new Map([['s1', evaluateRules(monthly, facts({ asOf: day, absence: records }))]]), stored, sameEvidence).raised;
    const november = on('2026-11-23', []);
    expect(november.map((r) => r.evidenceKeys)).toEqual([['manedssjekk:2026-11-20', 'udokumentert_fravaer:2026-11-20']]);
    const dismissed = dismissAll(november);
    // 2026-12-20 is the last day whose 31 days reach back to 2026-11-20.
    for (const day of ['2026-11-24', '2026-12-01', '2026-12-07', '2026-12-20']) expect(on(day, dismissed)).toEqual([]);
    const again = on('2026-12-02', dismissed, [...absence, lesson('2026-12-02', 3, 'ikke_mott', false)]);
    expect(again.flatMap((r) => r.newFindings.map((f) => f.evidenceKey))).toEqual(['fravaer_uten_melding:2026-12-02', 'manedssjekk:2026-12-02', 'udokumentert_fravaer:2026-12-02']);
    expect(again.flatMap((r) => r.newFindings.flatMap((f) => f.tasks.map((t) => t.kind)))).toContain('innkall_foresatte');
  });

  it('a subject whose share falls back from over the limit to the warning with no new absence is not raised again', () => {
    // The first eight MAT lessons of the term missed: far over 10 % of the lessons held by mid-September, 8 % of those held by the term's end.
    const mat = termDays('2026-09-04')
      .flatMap((d) => [1, 2, 3, 4, 5, 6].map((n) => lesson(d, n, 'udokumentert', false)))
      .filter((r) => r.groupId === 'g-MAT')
      .slice(0, 8);
    const limitOnly = { ...ikoVgsProfile, rules: { ...ikoVgsProfile.rules, fravaersmonster: { ...ikoVgsProfile.rules.fravaersmonster, enabled: false } } };
    const limitFindings = (day: IsoDate) => evaluateRules(limitOnly, facts({ asOf: day, absence: mat })).filter((f) => f.ruleCode === 'fravaersgrense');
    const early = limitFindings('2026-09-14');
    const late = limitFindings('2026-12-18');
    expect(early.map((f) => [f.facts.subject, f.level])).toEqual([['MAT', 'rod']]);
    expect(late.map((f) => [f.facts.subject, f.level])).toEqual([['MAT', 'gul']]);
    const dismissed = dismissAll(reconcileFlags(new Map([['s1', early]]), [], sameEvidence).raised);
    expect(reconcileFlags(new Map([['s1', late]]), dismissed, sameEvidence).raised).toEqual([]);
    // A warning dismissed does not hide going over the limit.
    const warned = dismissAll(reconcileFlags(new Map([['s1', late]]), [], sameEvidence).raised);
    expect(reconcileFlags(new Map([['s1', early]]), warned, sameEvidence).raised.map((r) => r.level)).toEqual(['rod']);
  });
});
