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
