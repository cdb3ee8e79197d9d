import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../domain/school-calendar.js';
import { buildNorwegianSchoolYear, easterSunday, mondayOfIsoWeek, schoolYearStartFor } from './norwegian-school-year.js';

describe('the Norwegian school year', () => {
  it('finds Easter Sunday', () => {
    expect(['2024', '2025', '2026', '2027', '2028', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2038-04-25',
    ]);
  });

  it('finds the Monday of an ISO week, also when week 1 starts in December', () => {
    expect(mondayOfIsoWeek(2026, 1)).toBe('2025-12-29');
    expect(mondayOfIsoWeek(2026, 34)).toBe('2026-08-17');
    expect(mondayOfIsoWeek(2027, 8)).toBe('2027-02-22');
  });

  it('belongs July and the start of August to the year about to begin', () => {
    expect(schoolYearStartFor('2026-11-23')).toBe(2026);
    expect(schoolYearStartFor('2027-06-30')).toBe(2026);
    expect(schoolYearStartFor('2027-07-01')).toBe(2027);
    expect(schoolYearStartFor('2027-08-02')).toBe(2027);
  });

  it('has terms and breaks that fit together for many years', () => {
    for (let startYear = 2024; startYear <= 2040; startYear++) {
      const year = buildNorwegianSchoolYear(startYear);
      expect(isoWeekday(year.startsOn)).toBe(1);
      expect(year.startsOn >= `${startYear}-08-15` && year.startsOn <= `${startYear}-08-21`).toBe(true);
      expect(isoWeekday(year.endsOn)).toBeLessThanOrEqual(5);
      const [autumn, spring] = year.terms;
      expect(isoWeekday(autumn!.endsOn)).toBe(5);
      expect(autumn!.endsOn < `${startYear}-12-24`).toBe(true);
      const christmas = year.breaks.find((b) => b.name === 'Juleferie')!;
      expect(christmas.startsOn > autumn!.endsOn && christmas.endsOn < spring!.startsOn).toBe(true);
      for (const pause of year.breaks) {
        expect(pause.startsOn >= year.startsOn && pause.endsOn <= year.endsOn, `${startYear} ${pause.name}`).toBe(true);
      }
      const easter = year.breaks.find((b) => b.name === 'Påskeferie')!;
      expect(isoWeekday(easter.startsOn)).toBe(1);
      expect(isoWeekday(easter.endsOn)).toBe(1);
    }
  });
});
