import { describe, expect, it } from 'vitest';
import { monthsToChoose } from './months-to-choose';

describe('monthsToChoose', () => {
  it('offers this month and the eleven before it, newest first, across the turn of the year', () => {
    const months = monthsToChoose('2026-11-23', '2026-11');
    expect(months).toHaveLength(12);
    expect(months.slice(0, 3)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(months.slice(9)).toEqual(['2026-02', '2026-01', '2025-12']);
  });

  it('keeps an older month being shown among the choices', () => {
    expect(monthsToChoose('2026-02-01', '2024-06', 2)).toEqual(['2026-02', '2026-01', '2024-06']);
    expect(monthsToChoose('2026-02-01', '2026-01', 2)).toEqual(['2026-02', '2026-01']);
  });
});
