/**
 * A student's age when the birth date may be missing (issue 17; migration 0022 made
 * `students.birth_date` nullable). A student without a birth date is imported and listed for the
 * school to complete; until then every guardian rule treats the student as a minor: the guardians
 * are summoned, sign, get copies and consent. Wrongly treating a minor as an adult would shut the
 * guardians out of what the law gives them; the opposite errs on the side of informing too many.
 * So: an age that is unknown is null, "is a minor" is true, and "has turned N" is false.
 *
 * `ageOn` (school-calendar.ts) stays strict: it is only ever called with a known date.
 */
import { ageOn, type IsoDate } from './school-calendar.js';

/** The age of majority: from it, the student decides alone and the guardians are no longer summoned. */
export const adultAge = 18;

/** The earliest birth date the school may record for a student: older dates are typing errors. */
export const earliestBirthDate: IsoDate = '1990-01-01';

/** Whole years on a day, or null when the birth date is missing. */
export function ageOrNullOn(birthDate: IsoDate | null, on: IsoDate): number | null {
  return birthDate === null ? null : ageOn(birthDate, on);
}

/** Has the student turned `age` by the day? False when the birth date is missing. */
export function hasTurned(birthDate: IsoDate | null, age: number, on: IsoDate): boolean {
  return birthDate !== null && ageOn(birthDate, on) >= age;
}

/** Is the student under 18 on the day? True when the birth date is missing: every guardian rule then applies. */
export function isMinorOn(birthDate: IsoDate | null, on: IsoDate): boolean {
  return !hasTurned(birthDate, adultAge, on);
}

export type BirthDateRefusal = 'birth_date_in_future' | 'birth_date_too_early';

/** Why a birth date the school completes cannot be right, or null when it may be. */
export function refuseBirthDate(birthDate: IsoDate, today: IsoDate): BirthDateRefusal | null {
  if (birthDate > today) return 'birth_date_in_future';
  if (birthDate < earliestBirthDate) return 'birth_date_too_early';
  return null;
}
