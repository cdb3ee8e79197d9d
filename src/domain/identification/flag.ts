/**
 * What a rule finds: a flag candidate that explains itself (rule, thresholds, evidence) and the
 * tasks it calls for. The engine only proposes; a person confirms or dismisses (docs/domain.md,
 * "Anti-stigma and care").
 */
import type { IsoDate } from '../school-calendar.js';
import type { GradeKind, GradeValue, RoleCode, TeacherReportKind } from '../vocabulary.js';

export const ruleCodes = [
  'inntak_forsteonske',
  'inntak_lavere_onske',
  'inntak_fravaer',
  'inntak_karakter',
  'inntak_spesialundervisning',
  'karakter',
  'fravaer_halvaar',
  'fravaersmonster',
  'melding',
  'forskningsanker',
  'fravaer_uten_melding',
  'udokumentert_fravaer',
  'sammenhengende_fravaer',
  'ukesjekk',
  'manedssjekk',
  'fravaersgrense',
] as const;
export type RuleCode = (typeof ruleCodes)[number];

/**
 * What each rule weighs. A flag from an absence rule calls for the absence staircase, one from
 * anything else for closer follow-up; a record, so that a new rule cannot be left out.
 */
export const ruleTopics: Record<RuleCode, 'inntak' | 'karakter' | 'fravaer' | 'melding' | 'forskningsanker'> = {
  inntak_forsteonske: 'inntak',
  inntak_lavere_onske: 'inntak',
  inntak_fravaer: 'inntak',
  inntak_karakter: 'inntak',
  inntak_spesialundervisning: 'inntak',
  karakter: 'karakter',
  fravaer_halvaar: 'fravaer',
  fravaersmonster: 'fravaer',
  melding: 'melding',
  forskningsanker: 'forskningsanker',
  fravaer_uten_melding: 'fravaer',
  udokumentert_fravaer: 'fravaer',
  sammenhengende_fravaer: 'fravaer',
  ukesjekk: 'fravaer',
  manedssjekk: 'fravaer',
  fravaersgrense: 'fravaer',
};

/** Traffic light: gul = borderline, keep an eye; rod = act. Always shown with a word, never colour alone. */
export const flagLevels = ['gul', 'rod'] as const;
export type FlagLevel = (typeof flagLevels)[number];

/** The tasks a flag calls for (the case workflow adds its own: caseTaskKinds). */
export const flagTaskKinds = [
  'kontakt_hjem',
  'informer_rektor',
  'innkall_foresatte',
  'varsle_elev',
  'vurder_tiltak',
  'kartleggingssamtale',
  'meld_monster',
] as const;
export type TaskKind = (typeof flagTaskKinds)[number];

export interface TaskProposal {
  kind: TaskKind;
  assignee: RoleCode;
  dueOn: IsoDate;
}

/** The kinds of absence pattern (rules/pattern-rules.ts). */
export type PatternKind = 'ukedag' | 'rundt_helg_og_ferie' | 'annenhver_uke' | 'samme_time' | 'ett_fag' | 'sosken' | 'forsentkomming' | 'forste_skoledag';

/** Where a subject's undocumented absence stands against the absence limit (rules/absence-limit-rule.ts). */
export const limitBands = ['varsel', 'over_grensen', 'over_skjonn'] as const;
export type LimitBand = (typeof limitBands)[number];

/**
 * The figures each rule found and the thresholds it held them against, by rule. They are stored
 * as they are (flag.evidence.facts, jsonb) and sent to the web app, which renders them with
 * explain-flag.ts and the catalogs: a field renamed here is a field missing in flags already
 * stored, so fields are added, never renamed. Type aliases, not interfaces, so that each shape
 * also fits the loose record the wire and the database carry.
 */
export type FlagFactsByRule = {
  inntak_forsteonske: { gradeAverage: number; maxGradeAverage: number };
  inntak_lavere_onske: { gradeAverage: number; admittedChoice: number; maxGradeAverage: number };
  inntak_fravaer: { absencePercent: number; abovePercent: number };
  /** The subjects, sorted and joined with ", ". */
  inntak_karakter: { subjects: string };
  inntak_spesialundervisning: Record<string, never>;
  karakter: { subject: string; kind: GradeKind; value: GradeValue; givenOn: IsoDate };
  fravaer_halvaar: {
    days: number;
    hours: number;
    yellowFromDays: number;
    redFromDays: number;
    yellowFromHours: number;
    redAboveHours: number;
    from: IsoDate;
    to: IsoDate;
  };
  fravaersmonster: {
    pattern: PatternKind;
    /**
     * Which of the pattern's categories, as a code the catalogs name: the ISO weekday '1'–'5'
     * (ukedag), 'inntil' (rundt_helg_og_ferie), 'partall' or 'oddetall' (annenhver_uke), the
     * lesson number (samme_time). Absent for the other patterns.
     */
    category?: string;
    /** The subject's name, as the timetable has it (ett_fag). */
    subject?: string;
    /**
     * The category in bokmål ("mandag", "3. time", a subject), as flags raised before `category`
     * and `subject` stored it: read only for such a flag.
     */
    label?: string;
    inCategory: number;
    of: number;
    expectedPercent: number;
    /** Absent for counted patterns (late arrivals, the first school day). */
    pValue?: number;
  };
  melding: { kind: TeacherReportKind; reportedOn: IsoDate };
  forskningsanker: {
    gradeAverage: number;
    gradeBasis: 'karakterer' | 'inntak';
    maxGradeAverage: number;
    absencePercent: number;
    fromAbsencePercent: number;
  };
  fravaer_uten_melding: { date: IsoDate; lessons: number };
  udokumentert_fravaer: { date: IsoDate; lessons: number };
  sammenhengende_fravaer: { days: number; fromDays: number; first: IsoDate; last: IsoDate; ongoing: boolean };
  ukesjekk: { days: number; fromDays: number; from: IsoDate; to: IsoDate };
  manedssjekk: { dates: number; lessons: number; from: IsoDate; to: IsoDate };
  fravaersgrense: {
    subject: string;
    band: LimitBand;
    percent: number;
    lessonsMissed: number;
    lessonsHeld: number;
    warnFromPercent: number;
    limitPercent: number;
    discretionUpToPercent: number;
  };
};

/** A rule code with the facts of that rule: `facts` is typed once `ruleCode` is known. */
export type RuleFacts<R extends RuleCode = RuleCode> = { [K in R]: { ruleCode: K; facts: FlagFactsByRule[K] } }[R];

export type FlagCandidate = RuleFacts & {
  level: FlagLevel;
  /**
   * Names the evidence: the same evidence gives the same key, so that a dismissed flag does not
   * come back for it, while new evidence (another key) may raise it again.
   */
  evidenceKey: string;
  /**
   * Keys of the same evidence judged more severely (the absence limit's higher bands of the
   * subject): a dismissed or resolved flag that rested on one of them settles this finding too,
   * so that a share falling back with no new absence does not raise what a person has decided on.
   */
  settledBy?: readonly string[];
  /** The records the flag rests on (absence, grades, reports). */
  evidenceIds: string[];
  tasks: TaskProposal[];
};
