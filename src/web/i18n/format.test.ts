import { describe, expect, it } from 'vitest';
import { formatterFor } from './format';
import { intlLocales } from './languages';

describe('formatterFor', () => {
  it('writes dates the Norwegian way in bokmål and nynorsk, whatever the time zone', () => {
    expect(formatterFor(intlLocales.nb).date('2026-11-23')).toBe('23.11.2026');
    expect(formatterFor(intlLocales.nn).date('2026-01-05')).toBe('05.01.2026');
    expect(formatterFor(intlLocales.en).date('2026-11-23')).toBe('23/11/2026');
  });

  it('writes a moment as the clock showed in Norway', () => {
    expect(formatterFor(intlLocales.nb).dateTime('2026-11-23T13:34:37.106Z')).toBe('23.11.2026, 14:34');
    expect(formatterFor(intlLocales.nb).dateTime('2026-07-01T22:05:00Z')).toBe('02.07.2026, 00:05');
    expect(formatterFor(intlLocales.nb).dateTime('ukjent')).toBe('ukjent');
  });

  it('names the month of a date, whatever the time zone', () => {
    expect(formatterFor(intlLocales.nb).month('2026-11-01')).toBe('november 2026');
    expect(formatterFor(intlLocales.en).month('2026-12-31')).toBe('December 2026');
    expect(formatterFor(intlLocales.nb).month('i morgen')).toBe('i morgen');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatterFor(intlLocales.nb).date('i morgen')).toBe('i morgen');
  });

  it('writes decimals, percent and lists in the language', () => {
    const nb = formatterFor(intlLocales.nb);
    expect(nb.number(1.5)).toBe('1,5');
    expect(nb.percent(10.46).replace(/\s/g, ' ')).toBe('10,5 %');
    expect(nb.list(['Kari', 'Jon'])).toBe('Kari og Jon');
    expect(formatterFor(intlLocales.en).list(['Kari', 'Jon'])).toBe('Kari and Jon');
  });
});
