import { describe, expect, it } from 'vitest';
import { defaultOtAgeLimit, seedOtAgeLimit } from './ot-age-limit.js';
import type { OtStatusCode } from './ot-codes.js';
import { otSnapshot, shownCounts, type StatisticsYouth } from './ot-statistics.js';

const june = '2026-06-30';
const status = (on: string, statusCode: OtStatusCode) => ({ on, statusCode, createdAt: `${on}T10:00:00Z` });
const youth = (over: Partial<StatisticsYouth> = {}): StatisticsYouth => ({
  birthDate: '2008-03-01',
  leftOn: '2026-01-15',
  leaveReason: 'SL',
  originSchoolId: 'A',
  statuses: [],
  ...over,
});

describe("OT's snapshot on a day", () => {
  it('counts the youth in the list by their status on the day, by group, school and reason', () => {
    const snapshot = otSnapshot(
      [
        ...Array.from({ length: 6 }, () => youth({ statuses: [status('2026-02-01', 'OTOV')] })),
        ...Array.from({ length: 5 }, () => youth({ originSchoolId: 'B', leaveReason: 'FR', statuses: [status('2026-03-01', 'OTOV'), status('2026-05-01', 'OTAR')] })),
        youth({ originSchoolId: 'B', leaveReason: 'PS' }),
      ],
      defaultOtAgeLimit,
      june,
    );
    expect(snapshot.all.total).toBe(12);
    expect(snapshot.all.byStatus).toMatchObject({ OTUK: 1, OTOV: 6, OTAR: 5, OTNO: 0 });
    expect(snapshot.all.byGroup).toEqual({ ukjent: 1, oppfolging: 6, aktivitet: 5, avklart: 0 });
    expect([...snapshot.bySchool.keys()]).toEqual(['A', 'B']);
    expect(snapshot.bySchool.get('B')!.byGroup).toEqual({ ukjent: 1, oppfolging: 0, aktivitet: 5, avklart: 0 });
    // Every reason is there, in the code list's order, also those nobody left for.
    expect([...snapshot.byReason].map(([reason, c]) => [reason, c.total])).toEqual([
      ['FR', 5],
      ['SL', 6],
      ['PS', 1],
      ['IM', 0],
      ['AF', 0],
    ]);
  });

  it('does not count a status recorded after the day, nor a youth who left after it', () => {
    const snapshot = otSnapshot(
      [youth({ statuses: [status('2026-06-30', 'OTOV'), status('2026-07-01', 'OTNO')] }), youth({ leftOn: '2026-07-01' })],
      defaultOtAgeLimit,
      june,
    );
    expect(snapshot.all.total).toBe(1);
    expect(snapshot.all.byStatus.OTOV).toBe(1);
    expect(snapshot.all.byStatus.OTNO).toBe(0);
  });

  it('leaves out the youth past the age limit on the day, under the setting in force', () => {
    const born2002 = youth({ birthDate: '2002-05-01', leftOn: '2020-06-01' });
    expect(otSnapshot([born2002], defaultOtAgeLimit, '2026-12-31').all.total).toBe(1);
    expect(otSnapshot([born2002], defaultOtAgeLimit, '2027-01-01').all.total).toBe(0);
    expect(otSnapshot([born2002], seedOtAgeLimit, '2023-07-31').all.total).toBe(1);
    expect(otSnapshot([born2002], seedOtAgeLimit, '2023-08-01').all.total).toBe(0);
    expect(otSnapshot([born2002], seedOtAgeLimit, '2023-08-01').bySchool.size).toBe(0);
  });
});

describe('the counts as the county sees them', () => {
  it('shows none as 0, one to four as fewer than five (null), and five or more as they are', () => {
    const snapshot = otSnapshot(
      [...Array.from({ length: 4 }, () => youth({ statuses: [status('2026-02-01', 'OTOV')] })), ...Array.from({ length: 5 }, () => youth({ statuses: [status('2026-02-01', 'OTLL')] }))],
      defaultOtAgeLimit,
      june,
    );
    const shown = shownCounts(snapshot.all);
    expect(shown.total).toBe(9);
    expect(shown.byStatus.find((s) => s.code === 'OTOV')).toEqual({ code: 'OTOV', group: 'oppfolging', count: null });
    expect(shown.byStatus.find((s) => s.code === 'OTLL')).toEqual({ code: 'OTLL', group: 'aktivitet', count: 5 });
    expect(shown.byStatus.find((s) => s.code === 'OTUK')!.count).toBe(0);
    expect(shown.byStatus.map((s) => s.code)[0]).toBe('OTUK');
    expect(shown.byGroup).toEqual([
      { group: 'ukjent', count: 0 },
      { group: 'oppfolging', count: null },
      { group: 'aktivitet', count: 5 },
      { group: 'avklart', count: 0 },
    ]);
    expect(shownCounts(otSnapshot([youth()], defaultOtAgeLimit, june).all).total).toBeNull();
  });
});
