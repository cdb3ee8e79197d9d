import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarDate, dateIn, instantIn, outOfWindow } from './date-windows.js';

const today = '2026-11-23';
const now = new Date('2026-11-23T10:00:00+01:00');

describe('a date in a request', () => {
  it('is a real day from 2000 to 2099', () => {
    expect(calendarDate.safeParse('2026-11-23').success).toBe(true);
    expect(calendarDate.safeParse('2028-02-29').success).toBe(true);
    for (const bad of ['2026-02-31', '2027-02-29', '2026-13-01', '1999-12-31', '2100-01-01', '23.11.2026', '2026-11-23T00:00']) {
      expect(calendarDate.safeParse(bad).success, bad).toBe(false);
    }
    expect(calendarDate.safeParse('23.11.2026').error?.issues.map((i) => i.message)).toEqual(['must be a date written YYYY-MM-DD']);
  });

  it('lies within the window of what it means, wherever it is in the body', () => {
    const body = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a'), givenOn: dateIn('happened'), rows: z.array(z.object({ reviewOn: dateIn('review').nullable().default(null) })) }),
      z.object({ kind: z.literal('b'), notes: z.record(z.string(), dateIn('notice')), at: instantIn('happened').optional() }),
    ]);
    const problems = (value: unknown) => outOfWindow(body, body.parse(value), today, now).map((p) => [p.path.join('.'), p.problem]);

    expect(problems({ kind: 'a', givenOn: today, rows: [{ reviewOn: '2027-11-23' }, {}] })).toEqual([]);
    expect(problems({ kind: 'a', givenOn: '2099-05-05', rows: [{ reviewOn: '2026-11-22' }, { reviewOn: '2027-11-25' }] })).toEqual([
      ['givenOn', 'after_latest'],
      ['rows.0.reviewOn', 'before_earliest'],
      ['rows.1.reviewOn', 'after_latest'],
    ]);
    expect(problems({ kind: 'a', givenOn: '2025-11-21', rows: [] })).toEqual([['givenOn', 'before_earliest']]);
    expect(problems({ kind: 'b', notes: { x: '2026-12-01', y: '2099-01-01' } })).toEqual([['notes.y', 'after_latest']]);
    // A moment a few minutes ahead is another clock; an hour ahead has not happened.
    expect(problems({ kind: 'b', notes: {}, at: '2026-11-23T10:03:00+01:00' })).toEqual([]);
    expect(problems({ kind: 'b', notes: {}, at: '2026-11-23T11:00:00+01:00' })).toEqual([['at', 'after_latest']]);
  });

  it('says when a window ends today', () => {
    const [late] = outOfWindow(z.object({ on: dateIn('happened') }), { on: '2026-11-24' }, today, now);
    expect(late).toMatchObject({ endsToday: true, latest: today, earliest: '2025-11-22' });
    const [far] = outOfWindow(z.object({ on: dateIn('notice') }), { on: '2099-01-01' }, today, now);
    expect(far).toMatchObject({ endsToday: false, latest: '2027-02-23' });
  });
});

describe('the edges of a date in a request', () => {
  it('takes the first and the last day Varde can mean, and says which check a bad date fails', () => {
    expect(calendarDate.safeParse('2000-01-01').success).toBe(true);
    expect(calendarDate.safeParse('2099-12-31').success).toBe(true);
    const messages = (value: string) => calendarDate.safeParse(value).error?.issues.map((i) => i.message);
    expect(messages('2026-02-31')).toEqual(['is not a day in the calendar']);
    expect(messages('1999-12-31')).toEqual(['must be from 2000-01-01 to 2099-12-31']);
    expect(messages('x2026-11-23')).toEqual(['must be a date written YYYY-MM-DD']);
    expect(messages('2026-11-23x')).toEqual(['must be a date written YYYY-MM-DD']);
  });

  it('describes each window in the API document as it is', () => {
    expect(dateIn('happened').description).toBe('at most 366 days before today, not after it');
    expect(dateIn('review').description).toBe('not before today, at most 366 days after it');
  });

  it('takes a day on the first and the last day of its window', () => {
    const schema = z.object({ given: dateIn('happened'), notice: dateIn('notice') });
    expect(outOfWindow(schema, { given: '2025-11-22', notice: '2027-02-23' }, today, now)).toEqual([]);
    expect(outOfWindow(schema, { given: today, notice: '2025-11-22' }, today, now)).toEqual([]);
  });

  it('finds dates inside every kind of wrapper, and passes over what is absent', () => {
    const happened = dateIn('happened');
    const schema = z.object({
      absent: z.object({ on: happened }).nullable(),
      missing: z.record(z.string(), happened).optional(),
      both: z.intersection(z.object({ on: happened }), z.object({ off: happened })),
      piped: happened.transform((d) => d),
      lazy: z.lazy(() => happened),
      prefault: happened.prefault('2026-01-01'),
      nonoptional: happened.optional().nonoptional(),
      readonly: z.array(happened).readonly(),
      caught: happened.catch('2026-01-01'),
    });
    const late = '2026-12-24';
    const value = { absent: null, both: { on: late, off: late }, piped: late, lazy: late, prefault: late, nonoptional: late, readonly: [late], caught: late };
    expect(outOfWindow(schema, value, today, now).map((p) => p.path.join('.'))).toEqual([
      'both.on',
      'both.off',
      'piped',
      'lazy',
      'prefault',
      'nonoptional',
      'readonly.0',
      'caught',
    ]);
  });
});
