/**
 * The rule profile form as data: which settings each rule has and the bounds of each threshold
 * (both read from the domain's ruleSettingsSchema and thresholdBounds in
 * src/domain/identification/rule-profile.ts), the form's values as typed, the same checks the
 * server makes — the bounds and the domain's own edge checks — so that a problem is shown at
 * its field before saving, in the reader's language, and the server's validation details
 * placed on the same fields. Plain functions; the page renders them.
 */
import type { RuleCode } from '../../../domain/identification/flag';
import {
  edgeProblems,
  flaggableGrades,
  ruleCodeOfSetting,
  ruleEdges,
  ruleSettingsSchema,
  thresholdBounds,
  withinBounds,
  type Bounds,
  type RuleEdgeCode,
  type RuleKey,
} from '../../../domain/identification/rule-profile';
import { absenceTypes, type AbsenceType } from '../../../domain/vocabulary';

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

const boundsOf: Partial<Record<RuleKey, Readonly<Record<string, Bounds>>>> = thresholdBounds;

function ruleForm(key: RuleKey): RuleForm {
  const settings = Object.entries(ruleSettingsSchema.shape[key].shape);
  const switches = settings.filter(([name, schema]) => name !== 'enabled' && schema.type === 'boolean').map(([name]) => name);
  return {
    key,
    code: ruleCodeOfSetting[key],
    numbers: Object.entries(boundsOf[key] ?? {}).map(([setting, bounds]) => ({ key: setting, bounds })),
    ...(settings.some(([name]) => name === 'counts') ? { counts: true } : {}),
    ...(settings.some(([name]) => name === 'values') ? { grades: true } : {}),
    ...(switches.length > 0 ? { switches } : {}),
  };
}

/** Every rule, in the order of the profile: the intake criteria, then the absence rules. */
export const ruleForms: readonly RuleForm[] = ruleSettingsSchema.keyof().options.map(ruleForm);

/**
 * Thresholds that must fit together (ruleEdges in rule-profile.ts). The server names the field
 * it blames, or the whole rule for the absence limit's three percentages; `fields` are the
 * inputs the problem is shown at: the one blamed, or else every threshold the edge compares.
 */
export const edgeChecks = ruleEdges.map((edge) => ({
  path: edge.path.join('.'),
  code: edge.code,
  fields: edge.path.length > 1 ? [edge.path.join('.')] : edge.compares.map((setting) => setting.join('.')),
}));

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
  | RuleEdgeCode
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
  if (edge) return edge.fields[0] ?? null;
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

/**
 * Rule settings as the form reads and writes them: by name, as the server sent them (a newer
 * server may have settings this form does not know, which are kept as they are).
 */
type Settings = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The profile's rules as form values; numbers written with a decimal comma in Norwegian. */
export function toFormValues(rules: Settings, decimalComma: boolean): FormValues {
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

/** Every problem the server would find, in the order of the form. */
export function validateForm(values: FormValues): FormProblem[] {
  const problems: FormProblem[] = [];
  // The numbers as read, per rule, for the domain's edge checks.
  const numbers: Record<string, Record<string, number | null>> = {};
  for (const form of ruleForms) {
    const rule = values[form.key]!;
    const read: Record<string, number | null> = (numbers[form.key] = {});
    for (const setting of form.numbers) {
      const path = `${form.key}.${setting.key}`;
      const text = rule.numbers[setting.key] ?? '';
      const value = parseNumber(text);
      read[setting.key] = value;
      if (!text.trim()) problems.push({ path, code: 'required', bounds: setting.bounds });
      else if (value === null) problems.push({ path, code: 'notNumber', bounds: setting.bounds });
      else if (!withinBounds(value, setting.bounds)) problems.push({ path, code: 'outOfBounds', bounds: setting.bounds });
    }
    if (form.counts && rule.counts.length === 0) problems.push({ path: `${form.key}.counts`, code: 'noneChosen' });
    if (form.grades && rule.grades.length === 0) problems.push({ path: `${form.key}.values`, code: 'noneChosen' });
  }
  // The edges, where every side is a number (a missing number is already a problem).
  for (const edge of edgeProblems(numbers)) problems.push({ path: edge.path.join('.'), code: edge.code });
  return sortProblems(problems);
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

/**
 * The rules to save: the profile's own, with the form's values over them, so of the profile's
 * type. Only saved once validateForm finds nothing, so every value is one the schema takes.
 */
export function toRules<R extends Settings>(values: FormValues, original: R): R {
  const rules: Record<string, Readonly<Record<string, unknown>>> = { ...original };
  for (const form of ruleForms) {
    const rule = values[form.key]!;
    const next: Record<string, unknown> = { ...original[form.key], enabled: rule.enabled };
    for (const n of form.numbers) next[n.key] = parseNumber(rule.numbers[n.key] ?? '');
    if (form.counts) next.counts = [...rule.counts];
    if (form.grades) next.values = [...rule.grades];
    for (const s of form.switches ?? []) next[s] = rule.switches[s] === true;
    rules[form.key] = next;
  }
  return rules as R;
}
