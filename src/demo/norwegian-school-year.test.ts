import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../domain/school-calendar.js';
import { buildMunicipalSchoolYear, buildNorwegianSchoolYear, easterSunday, mondayOfIsoWeek, schoolYearStartFor } from './norwegian-school-year.js';

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

  it('gives the municipality its own start, Christmas and planning days, and the county’s holiday weeks, for many years', () => {
    for (let startYear = 2024; startYear <= 2040; startYear++) {
      const county = buildNorwegianSchoolYear(startYear);
      const own = buildMunicipalSchoolYear(startYear);
      expect(isoWeekday(own.startsOn)).toBe(3);
      expect(own.startsOn > county.startsOn).toBe(true);
      const [autumn, spring] = own.terms;
      expect(autumn!.endsOn >= county.terms[0]!.endsOn && autumn!.endsOn <= `${startYear}-12-23`).toBe(true);
      const christmas = own.breaks.find((b) => b.name === 'Juleferie')!;
      expect([christmas.startsOn > autumn!.endsOn, christmas.endsOn < spring!.startsOn]).toEqual([true, true]);
      const planning = own.breaks.filter((b) => b.kind === 'planleggingsdag').map((b) => b.startsOn);
      expect(planning).toContain(spring!.startsOn);
      expect(planning).toContain(addDays(mondayOfIsoWeek(startYear, 48), 4));
      expect(planning).not.toContain(addDays(mondayOfIsoWeek(startYear, 46), 4));
      for (const name of ['Høstferie', 'Vinterferie', 'Påskeferie']) {
        expect(own.breaks.find((b) => b.name === name)).toEqual(county.breaks.find((b) => b.name === name));
      }
      const sorted = own.breaks.map((b) => [b.startsOn, b.endsOn] as const);
      sorted.forEach(([start, end], i) => {
        expect(start <= end && start >= own.startsOn && end <= own.endsOn).toBe(true);
        if (i > 0) expect(start > sorted[i - 1]![1]).toBe(true);
      });
    }
  });
});
