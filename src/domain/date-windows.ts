/**
 * The dates a request may carry, named for what they mean. Every date field of the contract (and
 * of a plan's content) is one of these, so that a date is checked once, in one way, everywhere:
 *
 * - `calendarDate`: a real day in the calendar (no 2026-02-31), in the years Varde can mean;
 * - `dateIn(window)`: that, and within a window around today that fits what the date says — a
 *   grade given or a conversation held is not after today; a review date is ahead, not years
 *   ahead; a notice from home is for a day near today. A grade "given in 2099" is a typing error.
 *
 * The window needs today, which a schema does not know: the server checks it before a route runs,
 * with its clock (`outOfWindow`, walked over the route's body schema in src/server/request-guards.ts).
 */
import { z } from 'zod';
import { addDays } from './school-calendar.js';

const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2099-12-31';

const written = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(value: string): boolean {
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** A real day, YYYY-MM-DD, from 2000 to 2099; one problem at a time (each check assumes the one before). */
export const calendarDate = z
  .string()
  .regex(written, 'must be a date written YYYY-MM-DD')
  .refine((d) => !written.test(d) || isCalendarDay(d), 'is not a day in the calendar')
  .refine((d) => !isCalendarDay(d) || (d >= FIRST_DAY && d <= LAST_DAY), `must be from ${FIRST_DAY} to ${LAST_DAY}`);

/** A moment with its offset (ISO 8601), e.g. 2026-11-23T14:00:00+01:00. */
export const instant = z.string().datetime({ offset: true });

/**
 * How far before and after today (in days) a date of each meaning may lie. `ahead: 0`: not after
 * today. The windows are wide on purpose: they catch the impossible, not the unusual.
 */
export const dateWindows = {
  /** Something that has happened: a grade given, a register taken, a conversation held, a signature, an evaluation, a referral, a contact. */
  happened: { back: 366, ahead: 0 },
  /** A day to look at something again: a flag's or a mark's review. */
  review: { back: 0, ahead: 366 },
  /** The day a notice from home is about: the last school year, or the coming term. */
  notice: { back: 366, ahead: 92 },
  /** A plan's days: its start and end, its tasks' and evaluations' days (a case can run for years). */
  plan: { back: 3 * 366, ahead: 2 * 366 },
  /** A meeting, a checked period's end: within a year either way. */
  near: { back: 366, ahead: 366 },
  /** A student's birth date, completed by the school (issue 17): not after today; the domain's own floor, 1990, is src/domain/student-age.ts's. */
  born: { back: 60 * 366, ahead: 0 },
} as const;
export type DateWindowName = keyof typeof dateWindows;

const windowOf = z.registry<{ window: DateWindowName; kind: 'date' | 'instant' }>();

/** A day within the window of its meaning (checked against today by the server). */
export function dateIn(window: DateWindowName) {
  const schema = calendarDate.describe(describeWindow(window));
  windowOf.add(schema, { window, kind: 'date' });
  return schema;
}

/**
 * A birth date: a real day, YYYY-MM-DD, not after today (checked by the server with its clock).
 * Not `calendarDate`: a birth date may lie before 2000, the years Varde's other dates can mean.
 */
export function birthDateIn() {
  const schema = z
    .string()
    .regex(written, 'must be a date written YYYY-MM-DD')
    .refine((d) => !written.test(d) || isCalendarDay(d), 'is not a day in the calendar')
    .describe(describeWindow('born'));
  windowOf.add(schema, { window: 'born', kind: 'date' });
  return schema;
}

/** A moment within the window of its meaning (checked against now by the server). */
export function instantIn(window: DateWindowName) {
  const schema = instant.describe(describeWindow(window));
  windowOf.add(schema, { window, kind: 'instant' });
  return schema;
}

function describeWindow(window: DateWindowName): string {
  const { back, ahead } = dateWindows[window];
  return `${back ? `at most ${back} days before` : 'not before'} today, ${ahead ? `at most ${ahead} days after it` : 'not after it'}`;
}

export interface DateOutOfWindow {
  path: Array<string | number>;
  problem: 'after_latest' | 'before_earliest';
  earliest: string;
  latest: string;
  /** The window ends today: "not after today" says it best. */
  endsToday: boolean;
}

// A moment "now" on another computer's clock is a little ahead of ours.
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

/**
 * Every date in `value` (a request body, as `schema` parsed it) that lies outside the window its
 * schema names. Walks objects, arrays, records, optional and default values, and unions (the
 * option the value matches).
 */
export function outOfWindow(schema: z.ZodType, value: unknown, today: string, now: Date): DateOutOfWindow[] {
  const found: DateOutOfWindow[] = [];
  const walk = (s: z.ZodType, v: unknown, path: Array<string | number>): void => {
    if (v === undefined || v === null) return;
    const marked = windowOf.get(s);
    if (marked && typeof v === 'string') {
      const problem = checkWindow(marked, v, today, now);
      if (problem) found.push({ path, ...problem });
      return;
    }
    const def = (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
    switch (def.type) {
      case 'object':
        // Stryker disable next-line ConditionalExpression: the body has been parsed by this schema, so the value of an object or a record is an object
        if (typeof v === 'object') for (const [key, inner] of Object.entries(def.shape as Record<string, z.ZodType>)) walk(inner, (v as Record<string, unknown>)[key], [...path, key]);
        return;
      case 'array':
        if (Array.isArray(v)) v.forEach((item, i) => walk(def.element as z.ZodType, item, [...path, i]));
        return;
      case 'record':
        // Stryker disable next-line ConditionalExpression: the body has been parsed by this schema, so the value of an object or a record is an object
        if (typeof v === 'object') for (const [key, inner] of Object.entries(v as Record<string, unknown>)) walk(def.valueType as z.ZodType, inner, [...path, key]);
        return;
      case 'union': {
        const option = (def.options as z.ZodType[]).find((o) => o.safeParse(v).success);
        if (option) walk(option, v, path);
        return;
      }
      case 'intersection':
        walk(def.left as z.ZodType, v, path);
        walk(def.right as z.ZodType, v, path);
        return;
      case 'pipe':
        walk(def.in as z.ZodType, v, path);
        return;
      case 'lazy':
        walk((def.getter as () => z.ZodType)(), v, path);
        return;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        walk(def.innerType as z.ZodType, v, path);
        return;
      default:
        return;
    }
  };
  walk(schema, value, []);
  return found;
}

function checkWindow(marked: { window: DateWindowName; kind: 'date' | 'instant' }, value: string, today: string, now: Date): Omit<DateOutOfWindow, 'path'> | null {
  const { back, ahead } = dateWindows[marked.window];
  const earliest = addDays(today, -back);
  const latest = addDays(today, ahead);
  const bounds = { earliest, latest, endsToday: ahead === 0 };
  if (marked.kind === 'date') {
    if (value > latest) return { problem: 'after_latest', ...bounds };
    if (value < earliest) return { problem: 'before_earliest', ...bounds };
    return null;
  }
  const at = Date.parse(value);
  if (at > now.getTime() + ahead * DAY_MS + CLOCK_SKEW_MS) return { problem: 'after_latest', ...bounds };
  if (at < now.getTime() - back * DAY_MS) return { problem: 'before_earliest', ...bounds };
  return null;
}
