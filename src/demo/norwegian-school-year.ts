/**
 * The school year of a Norwegian upper secondary school, as a county would publish it: start on
 * the third Monday of August (15–21 August: week 34 in most years), høstferie in week 40, juleferie from the Friday before Christmas,
 * vinterferie in week 8 (as in the eastern counties), påskeferie from the Monday of Holy Week to
 * Easter Monday, the public holidays of May, two planning days, and the end around 20 June.
 */
import { addDays, isoWeekday, type IsoDate } from '../domain/school-calendar.js';
import type { CalendarBreakKind } from '../domain/vocabulary.js';

export interface DemoCalendarBreak {
  name: string;
  kind: CalendarBreakKind;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export interface DemoSchoolYear {
  /** The calendar year the school year starts in. */
  startYear: number;
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  terms: Array<{ name: string; startsOn: IsoDate; endsOn: IsoDate }>;
  breaks: DemoCalendarBreak[];
}

/**
 * The school year a date belongs to: August–June is one year. July (and the days of August before
 * the start) belong to the year about to start, which is what a school prepares for then.
 */
export function schoolYearStartFor(today: IsoDate): number {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month >= 7 ? year : year - 1;
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday). */
export function mondayOfIsoWeek(year: number, week: number): IsoDate {
  const jan4 = isoDate(year, 1, 4);
  const mondayOfWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

export function buildNorwegianSchoolYear(startYear: number): DemoSchoolYear {
  const next = startYear + 1;
  let startsOn = isoDate(startYear, 8, 15);
  while (isoWeekday(startsOn) !== 1) startsOn = addDays(startsOn, 1);
  const endsOn = lastWeekdayOnOrBefore(isoDate(next, 6, 20));

  // The autumn term ends on the last Friday before Christmas Eve; spring starts on the first
  // weekday after New Year's Day.
  let autumnEnd = isoDate(startYear, 12, 23);
  while (isoWeekday(autumnEnd) !== 5) autumnEnd = addDays(autumnEnd, -1);
  let springStart = isoDate(next, 1, 2);
  while (isoWeekday(springStart) > 5) springStart = addDays(springStart, 1);

  const easter = easterSunday(next);
  const weekOf = (year: number, week: number) => {
    const monday = mondayOfIsoWeek(year, week);
    return { startsOn: monday, endsOn: addDays(monday, 4) };
  };

  const breaks: DemoCalendarBreak[] = [
    { name: 'Høstferie', kind: 'ferie', ...weekOf(startYear, 40) },
    { name: 'Planleggingsdag', kind: 'planleggingsdag', ...oneDay(addDays(mondayOfIsoWeek(startYear, 46), 4)) },
    { name: 'Juleferie', kind: 'ferie', startsOn: addDays(autumnEnd, 1), endsOn: addDays(springStart, -1) },
    { name: 'Vinterferie', kind: 'ferie', ...weekOf(next, 8) },
    { name: 'Påskeferie', kind: 'ferie', startsOn: addDays(easter, -6), endsOn: addDays(easter, 1) },
  ];

  // Public holidays that fall on a weekday are days off; on a weekend they change nothing for the
  // school. When two fall on the same date (17 May and Whit Monday in 2027), they share one break.
  const holidays = new Map<IsoDate, string[]>();
  const addHoliday = (date: IsoDate, name: string) => {
    if (isoWeekday(date) > 5) return;
    holidays.set(date, [...(holidays.get(date) ?? []), name]);
  };
  addHoliday(isoDate(next, 5, 1), '1. mai');
  addHoliday(addDays(easter, 39), 'Kristi himmelfartsdag');
  addHoliday(isoDate(next, 5, 17), '17. mai');
  addHoliday(addDays(easter, 50), '2. pinsedag');
  for (const [date, names] of [...holidays].sort(([a], [b]) => a.localeCompare(b))) {
    breaks.push({ name: names.join(' og '), kind: 'fridag', ...oneDay(date) });
  }
  // The Friday after Ascension Day is a planning day in most counties, so no one is squeezed in.
  breaks.push({ name: 'Planleggingsdag', kind: 'planleggingsdag', ...oneDay(addDays(easter, 40)) });
  breaks.sort((a, b) => a.startsOn.localeCompare(b.startsOn));

  return {
    startYear,
    name: `${startYear}–${next}`,
    startsOn,
    endsOn,
    terms: [
      { name: `Høsten ${startYear}`, startsOn, endsOn: autumnEnd },
      { name: `Våren ${next}`, startsOn: springStart, endsOn },
    ],
    breaks,
  };
}

/**
 * The school year of a municipality's grunnskoler (the demo's Varde kommune). Its holiday weeks
 * are the county's — neighbours agree on those, for families with children at both — but the
 * rest is its own: the start on the Wednesday of the county's first week, the autumn term to the
 * last weekday up to 22 December (or the county's last day, when that is later), a planning day on the first weekday of January and one on
 * the Friday of week 48 (none in week 46), and the end on the last weekday up to 22 June.
 */
export function buildMunicipalSchoolYear(startYear: number): DemoSchoolYear {
  const county = buildNorwegianSchoolYear(startYear);
  const next = startYear + 1;
  const startsOn = addDays(county.startsOn, 2);
  const endsOn = lastWeekdayOnOrBefore(isoDate(next, 6, 22));
  const lastBeforeChristmas = lastWeekdayOnOrBefore(isoDate(startYear, 12, 22));
  const autumnEnd = lastBeforeChristmas > county.terms[0]!.endsOn ? lastBeforeChristmas : county.terms[0]!.endsOn;
  const springStart = county.terms[1]!.startsOn;
  const countyNovemberPlanningDay = addDays(mondayOfIsoWeek(startYear, 46), 4);

  const breaks: DemoCalendarBreak[] = county.breaks
    .filter((b) => b.name !== 'Juleferie' && b.startsOn !== countyNovemberPlanningDay)
    .concat([
      { name: 'Planleggingsdag', kind: 'planleggingsdag', ...oneDay(addDays(mondayOfIsoWeek(startYear, 48), 4)) },
      { name: 'Juleferie', kind: 'ferie', startsOn: addDays(autumnEnd, 1), endsOn: addDays(springStart, -1) },
      { name: 'Planleggingsdag', kind: 'planleggingsdag', ...oneDay(springStart) },
    ])
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));

  return {
    startYear,
    name: county.name,
    startsOn,
    endsOn,
    terms: [
      { name: `Høsten ${startYear}`, startsOn, endsOn: autumnEnd },
      { name: `Våren ${next}`, startsOn: springStart, endsOn },
    ],
    breaks,
  };
}

function lastWeekdayOnOrBefore(date: IsoDate): IsoDate {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, -1);
  return d;
}

function oneDay(date: IsoDate) {
  return { startsOn: date, endsOn: date };
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
