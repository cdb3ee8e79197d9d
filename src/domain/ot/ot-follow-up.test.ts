import { describe, expect, it } from 'vitest';
import { defaultOtAgeLimit, seedOtAgeLimit } from './ot-age-limit.js';
import { inOtList, statusGroupOn, statusOn } from './ot-follow-up.js';

describe("a youth's OT status on a day", () => {
  const entries = [
    { on: '2026-09-01', statusCode: 'OTOV' as const, createdAt: '2026-09-01T10:00:00Z' },
    { on: '2026-10-15', statusCode: 'OTAR' as const, createdAt: '2026-10-15T09:00:00Z' },
    { on: '2026-10-15', statusCode: 'OTLL' as const, createdAt: '2026-10-15T11:00:00Z' },
  ];

  it('is unknown (OTUK) until a status is recorded', () => {
    expect(statusOn(entries, '2026-08-31')).toBe('OTUK');
    expect(statusOn([], '2026-12-01')).toBe('OTUK');
  });

  it('is the latest status on or before the day, the later recorded of one day', () => {
    expect(statusOn(entries, '2026-09-01')).toBe('OTOV');
    expect(statusOn(entries, '2026-10-14')).toBe('OTOV');
    expect(statusOn(entries, '2026-10-15')).toBe('OTLL');
    expect(statusGroupOn(entries, '2026-12-01')).toBe('aktivitet');
  });

  it('does not depend on the order the entries come in', () => {
    const reversed = [...entries].reverse();
    expect(statusOn(reversed, '2026-09-01')).toBe('OTOV');
    expect(statusOn(reversed, '2026-10-14')).toBe('OTOV');
    expect(statusOn(reversed, '2026-10-15')).toBe('OTLL');
  });

  it('goes by the day a status holds from, not by when it was recorded: a status entered afterwards for an earlier day does not replace a later one', () => {
    const backdated = [
      { on: '2026-10-15', statusCode: 'OTAR' as const, createdAt: '2026-10-15T09:00:00Z' },
      { on: '2026-10-01', statusCode: 'OTOV' as const, createdAt: '2026-10-20T09:00:00Z' },
    ];
    expect(statusOn(backdated, '2026-10-20')).toBe('OTAR');
    expect(statusOn([...backdated].reverse(), '2026-10-20')).toBe('OTAR');
    expect(statusOn(backdated, '2026-10-14')).toBe('OTOV');
  });
});

describe("who is in OT's list", () => {
  const youth = { birthDate: '2002-05-01', leftOn: '2025-06-01' };
  it('from the day the youth left, to the age limit', () => {
    expect(inOtList(youth, defaultOtAgeLimit, '2025-05-31')).toBe(false);
    expect(inOtList(youth, defaultOtAgeLimit, '2025-06-01')).toBe(true);
    expect(inOtList(youth, defaultOtAgeLimit, '2026-12-31')).toBe(true);
    expect(inOtList(youth, defaultOtAgeLimit, '2027-01-01')).toBe(false);
    expect(inOtList(youth, seedOtAgeLimit, '2025-06-01')).toBe(false);
  });
});
