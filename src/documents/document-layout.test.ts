import { describe, expect, it } from 'vitest';
import { ageOn, formatDateTime, formatLongDate, formatShortDate, formatWeekdayDate, isoWeek, osloDay } from './document-layout.js';

describe('Norwegian dates', () => {
  it('writes a day the way a letter does', () => {
    expect(formatLongDate('2026-11-23', 'nb')).toBe('23. november 2026');
    expect(formatLongDate('2027-05-01', 'nn')).toBe('1. mai 2027');
    expect(formatShortDate('2026-11-03')).toBe('03.11.2026');
  });

  it('names the weekday in bokmål and nynorsk', () => {
    expect(formatWeekdayDate('2026-11-23', 'nb')).toBe('mandag 23. november 2026');
    expect(formatWeekdayDate('2026-11-23', 'nn')).toBe('måndag 23. november 2026');
    expect(formatWeekdayDate('2026-11-24', 'nn')).toBe('tysdag 24. november 2026');
    expect(formatWeekdayDate('2026-11-28', 'nb')).toBe('lørdag 28. november 2026');
  });

  it('shows a point in time in Norwegian time, winter and summer', () => {
    expect(formatDateTime('2026-11-25T13:00:00Z', 'nb')).toBe('onsdag 25. november 2026 kl. 14.00');
    expect(formatDateTime('2027-06-09T06:30:00Z', 'nb')).toBe('onsdag 9. juni 2027 kl. 08.30');
    expect(formatDateTime('2026-11-25T14:00:00+01:00', 'nn')).toBe('onsdag 25. november 2026 kl. 14.00');
  });

  it('takes the Norwegian day of a time stamp, not the UTC one', () => {
    expect(osloDay('2026-11-22T23:30:00Z')).toBe('2026-11-23');
    expect(osloDay('2026-11-22')).toBe('2026-11-22');
    expect(formatLongDate('2026-11-22T23:30:00Z', 'nb')).toBe('23. november 2026');
  });

  it('leaves a value it cannot read as it is', () => {
    expect(formatLongDate('snart', 'nb')).toBe('snart');
    expect(formatDateTime('ikke en tid', 'nb')).toBe('ikke en tid');
  });

  it('counts age in whole years up to the birthday', () => {
    expect(ageOn('2008-11-25', '2026-11-24')).toBe(17);
    expect(ageOn('2008-11-25', '2026-11-25')).toBe(18);
    expect(ageOn('2010-03-14', '2026-11-25')).toBe(16);
  });

  it('gives the ISO week for "Uke 48"', () => {
    expect(isoWeek('2026-11-25')).toBe(48);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
  });
});
