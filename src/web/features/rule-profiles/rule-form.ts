/**
 * The rule profile form as data: which settings each rule has (the shape of ruleSettingsSchema
 * in src/domain/identification/rule-profile.ts, checked against it in rule-form.test.ts), the
 * form's values as typed, the same checks the server makes — so that a problem is shown at its
 * field before saving, in the reader's language — and the server's validation details placed
 * on the same fields. Plain functions; the page renders them.
 */
import type { RuleProfileView } from '../../../shared/api';
import type { RuleCode } from '../../../domain/identification/flag';
import type { RuleSettings } from '../../../domain/identification/rule-profile';
import { absenceTypes, type AbsenceType } from '../../../domain/vocabulary';

export type RuleKey = keyof RuleSettings;

/** The allowed values of a threshold, in the words the page uses for hints and problems. */
export type Bounds =
  | { kind: 'between'; min: number; max: number }
  | { kind: 'atLeast'; min: number }
  | { kind: 'above'; above: number }
  | { kind: 'aboveBelow'; above: number; below: number }
  | { kind: 'wholeAtLeast'; min: number };

export type NumberSetting = { key: string; bounds: Bounds };

export type RuleForm = {
  key: RuleKey;
  /** The flag's rule code, whose name the catalogs have (ruleCode.*), for the legend. */
  code: RuleCode;
  numbers: NumberSetting[];
  /** The absence types the rule counts (`counts`). */
  counts?: true;
  /** The grades that raise the flag (`values`), for the grade rule. */
  grades?: true;
  /** Settings that are on or off besides `enabled`. */
  switches?: string[];
};

/** The grades the grade rule may flag (ruleSettingsSchema: karakter.values). */
export const flaggableGrades = ['1', '2', 'IV'] as const;

const gradeAverage: Bounds = { kind: 'between', min: 1, max: 6 };
const percent: Bounds = { kind: 'between', min: 0, max: 100 };
const positive: Bounds = { kind: 'above', above: 0 };
const wholeDays: Bounds = { kind: 'wholeAtLeast', min: 1 };

/** Every rule, in the order of the profile: the intake criteria, then the absence rules. */
export const ruleForms: readonly RuleForm[] = [
  { key: 'inntakForsteonske', code: 'inntak_forsteonske', numbers: [{ key: 'maxGradeAverage', bounds: gradeAverage }] },
  { key: 'inntakLavereOnske', code: 'inntak_lavere_onske', numbers: [{ key: 'maxGradeAverage', bounds: gradeAverage }] },
  { key: 'inntakFravaer', code: 'inntak_fravaer', numbers: [{ key: 'abovePercent', bounds: percent }] },
  { key: 'inntakKarakter', code: 'inntak_karakter', numbers: [] },
  { key: 'inntakSpesialundervisning', code: 'inntak_spesialundervisning', numbers: [] },
  { key: 'karakter', code: 'karakter', numbers: [], grades: true },
  {
    key: 'fravaerHalvaar',
    code: 'fravaer_halvaar',
    counts: true,
    numbers: [
      { key: 'yellowFromDays', bounds: positive },
      { key: 'redFromDays', bounds: positive },
      { key: 'yellowFromHours', bounds: positive },
      { key: 'redAboveHours', bounds: positive },
    ],
  },
  {
    key: 'fravaersmonster',
    code: 'fravaersmonster',
    counts: true,
    numbers: [
      { key: 'alpha', bounds: { kind: 'aboveBelow', above: 0, below: 0.5 } },
      { key: 'minEvents', bounds: { kind: 'wholeAtLeast', min: 2 } },
      { key: 'minRatio', bounds: { kind: 'atLeast', min: 1 } },
      { key: 'lateArrivalsFrom', bounds: { kind: 'wholeAtLeast', min: 1 } },
    ],
    switches: ['firstSchoolDay'],
  },
  { key: 'melding', code: 'melding', numbers: [] },
  {
    key: 'forskningsanker',
    code: 'forskningsanker',
    counts: true,
    numbers: [
      { key: 'maxGradeAverage', bounds: gradeAverage },
      { key: 'fromAbsencePercent', bounds: percent },
    ],
  },
  { key: 'fravaerUtenMelding', code: 'fravaer_uten_melding', numbers: [] },
  { key: 'udokumentertFravaer', code: 'udokumentert_fravaer', numbers: [{ key: 'withinDays', bounds: wholeDays }] },
  { key: 'sammenhengendeFravaer', code: 'sammenhengende_fravaer', counts: true, numbers: [{ key: 'fromDays', bounds: { kind: 'wholeAtLeast', min: 2 } }] },
  { key: 'ukesjekk', code: 'ukesjekk', counts: true, numbers: [{ key: 'fromDays', bounds: positive }] },
  { key: 'manedssjekk', code: 'manedssjekk', numbers: [{ key: 'withinDays', bounds: wholeDays }] },
  {
    key: 'fravaersgrense',
    code: 'fravaersgrense',
    counts: true,
    numbers: [
      { key: 'warnFromPercent', bounds: percent },
      { key: 'limitPercent', bounds: percent },
      { key: 'discretionUpToPercent', bounds: percent },
      { key: 'minLessonsHeld', bounds: { kind: 'wholeAtLeast', min: 1 } },
    ],
  },
];

/**
 * Thresholds that must fit together (edgeProblems in rule-profile.ts). The server names the
 * field it blames, or the whole rule for the absence limit's three percentages; `fields` are
 * the inputs the problem is shown at.
 */
export const edgeChecks = [
  { path: 'fravaerHalvaar.redFromDays', code: 'redDaysAfterYellow', fields: ['fravaerHalvaar.redFromDays'] },
  { path: 'fravaerHalvaar.redAboveHours', code: 'redHoursFromYellow', fields: ['fravaerHalvaar.redAboveHours'] },
  {
    path: 'fravaersgrense',
    code: 'limitOrder',
    fields: ['fravaersgrense.warnFromPercent', 'fravaersgrense.limitPercent', 'fravaersgrense.discretionUpToPercent'],
  },
] as const;

export type EdgeCode = (typeof edgeChecks)[number]['code'];

export type RuleValues = {
  enabled: boolean;
  /** As typed: a comma or a point for decimals. */
  numbers: Record<string, string>;
  counts: AbsenceType[];
  grades: string[];
  switches: Record<string, boolean>;
};
export type FormValues = Record<string, RuleValues>;

/** What is wrong, kept as a code (not as text) so that the text follows a change of language. */
export type ProblemCode =
  | 'required'
  | 'notNumber'
  | 'outOfBounds'
  | 'noneChosen'
  | EdgeCode
  /** The server refused a value for a reason the form does not know. */
  | 'refused';

export type FormProblem = {
  /** `rule.setting`, the rule alone (`fravaersgrense`), or null for the form as a whole. */
  path: string | null;
  code: ProblemCode;
  /** The rule's bounds for `outOfBounds`. */
  bounds?: Bounds;
};

/** The id-friendly key of the input a problem is shown at (first one for a rule-wide problem). */
export function fieldOfProblem(problem: FormProblem): string | null {
  const edge = edgeChecks.find((e) => e.path === problem.path);
  if (edge) return edge.fields[0];
  if (!problem.path) return null;
  const [rule, setting] = problem.path.split('.');
  const form = ruleForms.find((r) => r.key === rule);
  if (!form) return null;
  if (!setting) return `${rule}.enabled`;
  if (setting === 'counts') return `${rule}.counts.${absenceTypes[0]}`;
  if (setting === 'values') return `${rule}.grades.${flaggableGrades[0]}`;
  return `${rule}.${setting}`;
}

function numberText(value: unknown, decimalComma: boolean): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  // Never in exponent notation (1e-7), which nobody types.
  const text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return decimalComma ? text.replace('.', ',') : text;
}

/** The profile's rules as form values; numbers written with a decimal comma in Norwegian. */
export function toFormValues(rules: RuleProfileView['rules'], decimalComma: boolean): FormValues {
  const values: FormValues = {};
  for (const form of ruleForms) {
    const rule = rules[form.key] ?? {};
    values[form.key] = {
      enabled: rule.enabled === true,
      numbers: Object.fromEntries(form.numbers.map((n) => [n.key, numberText(rule[n.key], decimalComma)])),
      counts: Array.isArray(rule.counts) ? absenceTypes.filter((t) => (rule.counts as unknown[]).includes(t)) : [],
      grades: Array.isArray(rule.values) ? flaggableGrades.filter((g) => (rule.values as unknown[]).includes(g)) : [],
      switches: Object.fromEntries((form.switches ?? []).map((s) => [s, rule[s] === true])),
    };
  }
  return values;
}

/** A typed number: digits with one comma or point, optionally negative; null if it is not one. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function withinBounds(value: number, bounds: Bounds): boolean {
  switch (bounds.kind) {
    case 'between':
      return value >= bounds.min && value <= bounds.max;
    case 'atLeast':
      return value >= bounds.min;
    case 'above':
      return value > bounds.above;
    case 'aboveBelow':
      return value > bounds.above && value < bounds.below;
    case 'wholeAtLeast':
      return Number.isInteger(value) && value >= bounds.min;
  }
}

/** Every problem the server would find, in the order of the form. */
export function validateForm(values: FormValues): FormProblem[] {
  const problems: FormProblem[] = [];
  const numbers: Record<string, number | null> = {};
  for (const form of ruleForms) {
    const rule = values[form.key]!;
    for (const setting of form.numbers) {
      const path = `${form.key}.${setting.key}`;
      const text = rule.numbers[setting.key] ?? '';
      const value = parseNumber(text);
      numbers[path] = value;
      if (!text.trim()) problems.push({ path, code: 'required', bounds: setting.bounds });
      else if (value === null) problems.push({ path, code: 'notNumber', bounds: setting.bounds });
      else if (!withinBounds(value, setting.bounds)) problems.push({ path, code: 'outOfBounds', bounds: setting.bounds });
    }
    if (form.counts && rule.counts.length === 0) problems.push({ path: `${form.key}.counts`, code: 'noneChosen' });
    if (form.grades && rule.grades.length === 0) problems.push({ path: `${form.key}.values`, code: 'noneChosen' });
  }
  // The edges, where both sides are numbers (a missing number is already a problem).
  const n = (path: string) => numbers[path] ?? null;
  const pairs: Array<[EdgeCode, boolean | null]> = [
    ['redDaysAfterYellow', both(n('fravaerHalvaar.yellowFromDays'), n('fravaerHalvaar.redFromDays'), (y, r) => y < r)],
    ['redHoursFromYellow', both(n('fravaerHalvaar.yellowFromHours'), n('fravaerHalvaar.redAboveHours'), (y, r) => y <= r)],
  ];
  const warn = n('fravaersgrense.warnFromPercent');
  const limit = n('fravaersgrense.limitPercent');
  const discretion = n('fravaersgrense.discretionUpToPercent');
  pairs.push(['limitOrder', warn === null || limit === null || discretion === null ? null : warn < limit && limit <= discretion]);
  for (const [code, fits] of pairs) {
    if (fits === false) problems.push({ path: edgeChecks.find((e) => e.code === code)!.path, code });
  }
  return sortProblems(problems);
}

function both(a: number | null, b: number | null, fits: (a: number, b: number) => boolean): boolean | null {
  return a === null || b === null ? null : fits(a, b);
}

/** In the order the fields come in the form, so that the summary reads as the page does. */
function sortProblems(problems: FormProblem[]): FormProblem[] {
  const position = (p: FormProblem): [number, number] => {
    const [ruleKey, setting] = (p.path ?? '').split('.');
    const rule = ruleForms.findIndex((r) => r.key === ruleKey);
    if (rule < 0) return [-1, 0];
    const form = ruleForms[rule]!;
    const settings = ['enabled', ...form.numbers.map((n) => n.key), ...(form.switches ?? []), 'counts', 'values'];
    return [rule, setting === undefined ? settings.length : settings.indexOf(setting)];
  };
  return problems
    .map((p, i) => ({ p, i, at: position(p) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i)
    .map(({ p }) => p);
}

/** The paths a problem can be placed at: a rule, and each of its settings. */
function knownPaths(): Set<string> {
  const paths = new Set<string>();
  for (const form of ruleForms) {
    paths.add(form.key);
    paths.add(`${form.key}.enabled`);
    for (const n of form.numbers) paths.add(`${form.key}.${n.key}`);
    if (form.counts) paths.add(`${form.key}.counts`);
    if (form.grades) paths.add(`${form.key}.values`);
    for (const s of form.switches ?? []) paths.add(`${form.key}.${s}`);
  }
  return paths;
}

/**
 * The server's validation details (`body.rules.fravaerHalvaar.redFromDays`) as problems at the
 * form's fields. The form's own check says what is wrong where it sees the same problem; an edge
 * gets its own words; anything else is "refused". A path the form does not have (a setting of a
 * newer server) is a problem of the form as a whole.
 */
export function problemsFromDetails(details: ReadonlyArray<{ path: string; message: string }>, values: FormValues): FormProblem[] {
  const known = knownPaths();
  const own = validateForm(values);
  const used = new Set<FormProblem>();
  const problems: FormProblem[] = [];
  for (const detail of details) {
    const parts = detail.path.replace(/^body\.rules\.?/, '').split('.').filter(Boolean);
    let path: string | null = null;
    // The longest part of the path the form knows: `fravaersmonster.counts.0` → `fravaersmonster.counts`.
    for (let length = Math.min(parts.length, 2); length > 0 && !path; length--) {
      const candidate = parts.slice(0, length).join('.');
      if (detail.path.startsWith('body.rules') && known.has(candidate)) path = candidate;
    }
    // One field may have two problems (out of bounds, and crossing another threshold): each
    // detail takes the next of the form's own problems at its path.
    const mine = own.find((p) => p.path === path && !used.has(p));
    if (mine) used.add(mine);
    const edge = edgeChecks.find((e) => e.path === path);
    const setting = ruleForms.flatMap((r) => r.numbers.map((n) => ({ path: `${r.key}.${n.key}`, bounds: n.bounds }))).find((s) => s.path === path);
    const problem: FormProblem = mine ?? (edge ? { path, code: edge.code } : { path, code: setting ? 'outOfBounds' : 'refused', bounds: setting?.bounds });
    if (!problems.some((p) => p.path === problem.path && p.code === problem.code)) problems.push(problem);
  }
  return sortProblems(problems);
}

/** The rules to save: the profile's own, with the form's values over them. */
export function toRules(values: FormValues, original: RuleProfileView['rules']): RuleProfileView['rules'] {
  const rules: RuleProfileView['rules'] = { ...original };
  for (const form of ruleForms) {
    const rule = values[form.key]!;
    const next: Record<string, unknown> = { ...original[form.key], enabled: rule.enabled };
    for (const n of form.numbers) next[n.key] = parseNumber(rule.numbers[n.key] ?? '');
    if (form.counts) next.counts = [...rule.counts];
    if (form.grades) next.values = [...rule.grades];
    for (const s of form.switches ?? []) next[s] = rule.switches[s] === true;
    rules[form.key] = next;
  }
  return rules;
}
