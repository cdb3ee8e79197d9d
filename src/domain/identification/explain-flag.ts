/**
 * Every flag explains itself in plain language: which rule, the threshold, and what was found.
 * The domain says which finding it is and with which figures; the words, in bokmål, nynorsk and
 * English, are in the web app's catalogs (flagExplanation.* in src/web/i18n/*.json), rendered by
 * src/web/components/use-explain-flag.ts. The words follow docs/domain.md ("Words").
 */
import type { IsoDate } from '../school-calendar.js';
import type { FlagFactsByRule, LimitBand, PatternKind, RuleCode, RuleFacts } from './flag.js';

/** The nouns counted in a finding, each with a singular and a plural: "1 dag", "2 dager". */
export type CountNoun = 'day' | 'wholeDay' | 'singleHour' | 'lesson';

/** Values whose words are in the catalogs, by group: flagExplanation.<group>.<code>. */
export type TermGroup = 'pattern' | 'patternCategory' | 'reportKind' | 'gradeBasis';

/**
 * One figure of a finding, tagged with how it is shown: a number in the reader's language (at
 * most one decimal), a date (dd.mm.yyyy), text as written (a subject, or the bokmål label an
 * older flag stored), a count with its noun, or a word from the catalogs with values of its own.
 */
export type FindingParam =
  | { number: number }
  | { date: IsoDate }
  | { text: string }
  | { count: number; noun: CountNoun }
  | { term: TermGroup; code: string; values?: Record<string, string> };

/** Which sentence the finding is: the rule's own, or one of its variants. */
export type FindingCode =
  | Exclude<RuleCode, 'karakter' | 'fravaersmonster' | 'sammenhengende_fravaer' | 'fravaersgrense'>
  | 'karakter.midtveis'
  | 'karakter.halvaar'
  | 'fravaersmonster.category'
  | 'fravaersmonster.lateArrivals'
  | 'fravaersmonster.firstSchoolDay'
  | 'sammenhengende_fravaer.ended'
  | 'sammenhengende_fravaer.ongoing'
  | `fravaersgrense.${LimitBand}`;

export interface FlagDescription {
  /** The rule, named by its code: flagExplanation.rule.<code>. */
  rule: RuleCode;
  /** What was found: flagExplanation.finding.<code>, with its figures. */
  finding: { code: FindingCode; params: Record<string, FindingParam> };
}

type Params = Record<string, FindingParam>;
type Finding = FlagDescription['finding'];

const number = (value: number): FindingParam => ({ number: value });
const date = (value: IsoDate): FindingParam => ({ date: value });
const count = (value: number, noun: CountNoun): FindingParam => ({ count: value, noun });
const numbers = (values: Record<string, number>): Params => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, number(v)]));

const findings: { [R in RuleCode]: (f: FlagFactsByRule[R]) => Finding } = {
  inntak_forsteonske: (f) => ({ code: 'inntak_forsteonske', params: numbers({ gradeAverage: f.gradeAverage, maxGradeAverage: f.maxGradeAverage }) }),
  inntak_lavere_onske: (f) => ({
    code: 'inntak_lavere_onske',
    params: numbers({ admittedChoice: f.admittedChoice, gradeAverage: f.gradeAverage, maxGradeAverage: f.maxGradeAverage }),
  }),
  inntak_fravaer: (f) => ({ code: 'inntak_fravaer', params: numbers({ absencePercent: f.absencePercent, abovePercent: f.abovePercent }) }),
  inntak_karakter: (f) => ({ code: 'inntak_karakter', params: { subjects: { text: f.subjects } } }),
  inntak_spesialundervisning: () => ({ code: 'inntak_spesialundervisning', params: {} }),
  karakter: (f) => ({
    code: f.kind === 'midtveis' ? 'karakter.midtveis' : 'karakter.halvaar',
    params: { subject: { text: f.subject }, value: { text: f.value }, givenOn: date(f.givenOn) },
  }),
  fravaer_halvaar: (f) => ({
    code: 'fravaer_halvaar',
    params: {
      days: count(f.days, 'day'),
      hours: count(f.hours, 'singleHour'),
      from: date(f.from),
      to: date(f.to),
      ...numbers({ yellowFromDays: f.yellowFromDays, yellowFromHours: f.yellowFromHours, redFromDays: f.redFromDays, redAboveHours: f.redAboveHours }),
    },
  }),
  fravaersmonster: (f): Finding =>
    f.pattern === 'forsentkomming'
      ? { code: 'fravaersmonster.lateArrivals', params: { inCategory: number(f.inCategory) } }
      : f.pattern === 'forste_skoledag'
        ? { code: 'fravaersmonster.firstSchoolDay', params: {} }
        : {
            code: 'fravaersmonster.category',
            params: {
              pattern: { term: 'pattern', code: f.pattern satisfies PatternKind },
              label: patternCategory(f),
              ...numbers({ inCategory: f.inCategory, of: f.of, expectedPercent: f.expectedPercent }),
            },
          },
  melding: (f) => ({ code: 'melding', params: { kind: { term: 'reportKind', code: f.kind }, reportedOn: date(f.reportedOn) } }),
  forskningsanker: (f) => ({
    code: 'forskningsanker',
    params: {
      gradeBasis: { term: 'gradeBasis', code: f.gradeBasis },
      ...numbers({ gradeAverage: f.gradeAverage, maxGradeAverage: f.maxGradeAverage, absencePercent: f.absencePercent, fromAbsencePercent: f.fromAbsencePercent }),
    },
  }),
  fravaer_uten_melding: (f) => ({ code: 'fravaer_uten_melding', params: { date: date(f.date), lessons: count(f.lessons, 'lesson') } }),
  udokumentert_fravaer: (f) => ({ code: 'udokumentert_fravaer', params: { date: date(f.date), lessons: count(f.lessons, 'lesson') } }),
  sammenhengende_fravaer: (f) => ({
    code: f.ongoing ? 'sammenhengende_fravaer.ongoing' : 'sammenhengende_fravaer.ended',
    params: { days: number(f.days), first: date(f.first), last: date(f.last) },
  }),
  ukesjekk: (f) => ({ code: 'ukesjekk', params: { days: count(f.days, 'wholeDay'), fromDays: number(f.fromDays) } }),
  manedssjekk: (f) => ({
    code: 'manedssjekk',
    params: { dates: count(f.dates, 'day'), lessons: count(f.lessons, 'lesson'), from: date(f.from), to: date(f.to) },
  }),
  fravaersgrense: (f) => ({
    code: f.band === 'varsel' ? 'fravaersgrense.varsel' : f.band === 'over_grensen' ? 'fravaersgrense.over_grensen' : 'fravaersgrense.over_skjonn',
    params: {
      subject: { text: f.subject },
      ...numbers({ percent: f.percent, lessonsMissed: f.lessonsMissed, lessonsHeld: f.lessonsHeld, limitPercent: f.limitPercent, discretionUpToPercent: f.discretionUpToPercent }),
    },
  }),
};

/**
 * The category of a pattern in the catalogs' words (flagExplanation.patternCategory), the
 * subject's name as written, or, for a flag stored before the facts carried codes, its bokmål label.
 */
function patternCategory(f: FlagFactsByRule['fravaersmonster']): FindingParam {
  if (f.subject !== undefined) return { text: f.subject };
  if (f.pattern === 'sosken') return { term: 'patternCategory', code: 'sosken' };
  if (f.category !== undefined) {
    return f.pattern === 'samme_time'
      ? { term: 'patternCategory', code: 'samme_time', values: { lesson: f.category } }
      : { term: 'patternCategory', code: `${f.pattern}.${f.category}` };
  }
  return { text: f.label ?? '' };
}

function findingOf<R extends RuleCode>(ruleCode: R, facts: FlagFactsByRule[R]): Finding {
  return findings[ruleCode](facts);
}

export function describeFlag(flag: RuleFacts): FlagDescription {
  return { rule: flag.ruleCode, finding: findingOf(flag.ruleCode, flag.facts) };
}
