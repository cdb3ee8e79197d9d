/**
 * zod schemas for the cells of an imported row. Every cell arrives as trimmed text ('' when
 * empty), from CSV and Excel alike, and each schema turns it into a value or reports what is
 * wrong: a problem code and wording (import-problems.ts) in the issue's params (issueProblem).
 *
 * Norwegian exports write dates as 17.08.2026 as often as 2026-08-17, and decimals with a comma
 * (3,45): both are accepted everywhere.
 */
import { z } from 'zod';
import { isNationalId } from '../domain/national-id.js';
import type { IsoDate } from '../domain/school-calendar.js';
import type { ProblemParams } from '../shared/import-problems/problem-text.js';
import { shown, type ImportProblem, type ProblemCode, type ProblemText } from './import-problems.js';

type Ctx = z.core.$RefinementCtx<string>;

/** What an issue of these schemas reports; the issue's message is the wording's key, for zod's own output. */
export type IssueProblem = Pick<ImportProblem, 'code' | 'text' | 'params'>;

export function fail(ctx: Ctx, code: ProblemCode, text: ProblemText, params?: ProblemParams): never {
  const problem: IssueProblem = params ? { code, text, params } : { code, text };
  ctx.addIssue({ code: 'custom', message: text, params: { problem } });
  return z.NEVER;
}

/** The problem an issue reports; an issue these schemas did not raise is an invalid cell. */
export function issueProblem(issue: z.core.$ZodIssue): IssueProblem {
  return (issue as { params?: { problem?: IssueProblem } }).params?.problem ?? { code: 'invalid_choice', text: 'invalidCell' };
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

export function text(options: { max?: number } = {}) {
  const max = options.max ?? 200;
  return z.string().transform((v, ctx) => {
    if (v === '') return fail(ctx, 'required', 'required');
    if (v.length > max) return fail(ctx, 'too_long', 'tooLong', { length: v.length, max });
    return v;
  });
}

export function optionalText(options: { max?: number } = {}) {
  const max = options.max ?? 200;
  return z.string().transform((v, ctx): string | null => {
    if (v === '') return null;
    if (v.length > max) return fail(ctx, 'too_long', 'tooLong', { length: v.length, max });
    return v;
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function optionalEmail() {
  return z.string().transform((v, ctx): string | null => {
    if (v === '') return null;
    if (!EMAIL.test(v) || v.length > 254) return fail(ctx, 'invalid_email', 'invalidEmail', { value: shown(v) });
    return v;
  });
}

/**
 * A fødselsnummer or D-nummer, spaces allowed (010170 12345); null when empty. A wrong one is
 * refused showing only its first six digits, the birth date: the whole number is never echoed
 * (src/domain/national-id.ts). The plan hashes it and forgets it.
 */
export function optionalNationalId() {
  return z.string().transform((v, ctx): string | null => {
    if (v === '') return null;
    const digits = v.replace(/\s+/g, '');
    if (!isNationalId(digits)) return fail(ctx, 'invalid_national_id', 'invalidNationalId', { value: nationalIdShown(digits) });
    return digits;
  });
}

/** What a problem may show of a national identity number: the first six characters. */
export function nationalIdShown(value: string): string {
  return value.length > 6 ? `${value.slice(0, 6)}…` : value;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2})?$/;
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The date in YYYY-MM-DD or DD.MM.YYYY, as YYYY-MM-DD; undefined when it is not a real date. */
export function parseDate(v: string): IsoDate | undefined {
  // The common case, a plain ISO date, is checked without taking it apart into a new string.
  if (v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45) {
    const y = Number(v.slice(0, 4));
    const m = Number(v.slice(5, 7));
    const d = Number(v.slice(8, 10));
    if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? v : undefined;
    }
  }
  let year: number, month: number, day: number;
  const iso = ISO_DATE.exec(v);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    const nb = NORWEGIAN_DATE.exec(v);
    if (!nb) return undefined;
    day = Number(nb[1]);
    month = Number(nb[2]);
    year = Number(nb[3]);
  }
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function date() {
  return z.string().transform((v, ctx): IsoDate => {
    if (v === '') return fail(ctx, 'required', 'required');
    return parseDate(v) ?? fail(ctx, 'invalid_date', 'invalidDate', { value: shown(v) });
  });
}

export function optionalDate() {
  return z.string().transform((v, ctx): IsoDate | null => {
    if (v === '') return null;
    return parseDate(v) ?? fail(ctx, 'invalid_date', 'invalidDate', { value: shown(v) });
  });
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

function checkRange(ctx: Ctx, n: number, v: string, min: number, max: number): number {
  if (n < min || n > max) return fail(ctx, 'out_of_range', 'outOfRange', { value: shown(v), min, max });
  return n;
}

function integerOf(ctx: Ctx, v: string, min: number, max: number): number {
  if (!INTEGER.test(v)) return fail(ctx, 'invalid_integer', 'invalidInteger', { value: shown(v) });
  return checkRange(ctx, Number(v), v, min, max);
}

function decimalOf(ctx: Ctx, v: string, min: number, max: number): number {
  // A percent sign is what a person writes after an absence percentage; it changes nothing.
  const plain = v.endsWith('%') ? v.slice(0, -1).trimEnd() : v;
  if (!DECIMAL.test(plain)) return fail(ctx, 'invalid_number', 'invalidNumber', { value: shown(v) });
  return checkRange(ctx, Number(plain.replace(',', '.')), v, min, max);
}

export function integer(range: { min: number; max: number }) {
  return z.string().transform((v, ctx): number => (v === '' ? fail(ctx, 'required', 'required') : integerOf(ctx, v, range.min, range.max)));
}

export function optionalInteger(range: { min: number; max: number }) {
  return z.string().transform((v, ctx): number | null => (v === '' ? null : integerOf(ctx, v, range.min, range.max)));
}

export function optionalDecimal(range: { min: number; max: number }) {
  return z.string().transform((v, ctx): number | null => (v === '' ? null : decimalOf(ctx, v, range.min, range.max)));
}

// ---------------------------------------------------------------------------------------------
// Yes/no and closed lists
// ---------------------------------------------------------------------------------------------

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', 'sann', '1', 'x']);
const no = new Set(['nei', 'n', 'no', 'false', 'usann', '0']);

/** Ja (true) or nei (false) in one of the usual spellings; undefined for anything else. */
export function yesNoValue(v: string): boolean | undefined {
  const key = v.toLowerCase();
  if (yes.has(key)) return true;
  if (no.has(key)) return false;
  return undefined;
}

/** Ja or nei (and the usual spellings of them); an empty cell is `empty`. */
export function yesNo(empty: boolean) {
  return z.string().transform((v, ctx): boolean => {
    if (v === '') return empty;
    return yesNoValue(v) ?? fail(ctx, 'invalid_boolean', 'invalidYesNo', { value: shown(v) });
  });
}

/** Ja or nei, which the row must give. */
export function requiredYesNo() {
  return z.string().transform((v, ctx): boolean => {
    if (v === '') return fail(ctx, 'required', 'requiredYesNo');
    const key = v.toLowerCase();
    if (yes.has(key)) return true;
    if (no.has(key)) return false;
    return fail(ctx, 'invalid_boolean', 'invalidYesNo', { value: shown(v) });
  });
}

/**
 * One value of a closed list. `values` maps every accepted spelling (lower case) to the value;
 * `offered` is what the wording offers the user.
 */
export function choice<T>(values: ReadonlyMap<string, T>, offered: readonly string[]) {
  return z.string().transform((v, ctx): T => {
    if (v === '') return fail(ctx, 'required', 'required');
    const found = values.get(v.toLowerCase());
    if (found === undefined) return fail(ctx, 'invalid_choice', 'invalidChoice', { value: shown(v), choices: { oneOf: [...offered] } });
    return found;
  });
}

export function optionalChoice<T>(values: ReadonlyMap<string, T>, offered: readonly string[]) {
  return z.string().transform((v, ctx): T | null => {
    if (v === '') return null;
    const found = values.get(v.toLowerCase());
    if (found === undefined) return fail(ctx, 'invalid_choice', 'invalidChoice', { value: shown(v), choices: { oneOf: [...offered] } });
    return found;
  });
}

/** A map for `choice` from [value, ...spellings] entries. */
export function spellings<T>(entries: ReadonlyArray<readonly [T, ...string[]]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, ...names] of entries) for (const name of names) map.set(name.toLowerCase(), value);
  return map;
}
