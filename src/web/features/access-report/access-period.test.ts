import { describe, expect, it } from 'vitest';
import { checkPeriod, lastDays } from './access-period';

describe('the period of an access report', () => {
  const today = '2026-11-23';
  it('defaults to the last days, today included', () => {
    expect(lastDays(today, 365)).toEqual({ from: '2025-11-24', to: today });
    expect(lastDays(today, 30)).toEqual({ from: '2026-10-25', to: today });
  });
  it('names the field at fault', () => {
    expect(checkPeriod({ from: '', to: today }, today)).toEqual([{ field: 'from', problem: 'missing' }]);
    expect(checkPeriod({ from: '2026-11-10', to: '2026-11-01' }, today)).toEqual([{ field: 'from', problem: 'afterTo' }]);
    expect(checkPeriod({ from: '2026-11-10', to: '2026-12-01' }, today)).toEqual([{ field: 'to', problem: 'afterToday' }]);
    expect(checkPeriod({ from: '2025-11-22', to: today }, today)).toEqual([{ field: 'from', problem: 'tooLong' }]);
    expect(checkPeriod({ from: '2025-11-23', to: today }, today)).toEqual([]);
  });
});
