import { describe, expect, it } from 'vitest';
import { formatNoticeDateTime, formatNoticeDay, formatNoticePhone } from './notice-dates.js';

describe('dates and phone numbers in notices', () => {
  it('writes a day with its weekday in bokmål and nynorsk', () => {
    expect(formatNoticeDay('2026-12-08', 'nb')).toBe('tirsdag 8. desember');
    expect(formatNoticeDay('2026-12-08', 'nn')).toBe('tysdag 8. desember');
    expect(formatNoticeDay('2027-05-01', 'nn')).toBe('laurdag 1. mai');
    expect(formatNoticeDay('2027-05-02', 'nb')).toBe('søndag 2. mai');
    expect(() => formatNoticeDay('8.12.2026', 'nb')).toThrow(RangeError);
  });

  it('writes the time in Norway, winter and summer, across midnight', () => {
    expect(formatNoticeDateTime('2026-12-08T13:00:00Z', 'nb')).toBe('tirsdag 8. desember kl. 14.00');
    expect(formatNoticeDateTime('2026-06-15T12:30:00Z', 'nn')).toBe('måndag 15. juni kl. 14.30');
    expect(formatNoticeDateTime('2026-12-07T23:05:00Z', 'nb')).toBe('tirsdag 8. desember kl. 00.05');
    expect(() => formatNoticeDateTime('soon', 'nb')).toThrow(RangeError);
  });

  it('groups a Norwegian phone number in pairs and leaves others as given', () => {
    expect(formatNoticePhone('12345678')).toBe('12 34 56 78');
    expect(formatNoticePhone('+47 123 45 678')).toBe('+47 12 34 56 78');
    expect(formatNoticePhone('0047-12345678')).toBe('+47 12 34 56 78');
    expect(formatNoticePhone(' +46 8 123 456 ')).toBe('+46 8 123 456');
  });
});
