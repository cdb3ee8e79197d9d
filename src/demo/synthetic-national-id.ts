/**
 * Synthetic national identity numbers for the demo's people, in the form Skatteetaten uses for
 * test data (Tenor): a real birth date with 80 added to the month, so that the number can never
 * be a living person's, and correct modulus-11 check digits, so that Varde's check
 * (src/domain/national-id.ts) and the fake ID-porten take it as they would a real one.
 */
import { addDays, type IsoDate } from '../domain/school-calendar.js';
import { createRng } from './random.js';

const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const rest = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11);
  if (rest === 11) return 0;
  return rest === 10 ? undefined : rest;
}

/**
 * The synthetic number of a person born on `birthDate` (1900–1999: individual numbers 000–499)
 * with this individual number; undefined when no check digit fits (about one in six), and the
 * caller takes the next individual number.
 */
export function syntheticNationalId(birthDate: IsoDate, individual: number): string | undefined {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  if (!year.startsWith('19') || !Number.isInteger(individual) || individual < 0 || individual > 499) {
    throw new RangeError(`a synthetic number here is for 1900–1999 and individual numbers 000–499, not ${birthDate} and ${individual}`);
  }
  const nine = `${day}${Number(month) + 80}${year.slice(2)}${String(individual).padStart(3, '0')}`;
  const digits = [...nine].map(Number);
  const k1 = checkDigit(digits, weights1);
  if (k1 === undefined) return undefined;
  const k2 = checkDigit([...digits, k1], weights2);
  return k2 === undefined ? undefined : `${nine}${k1}${k2}`;
}

const FIRST_BIRTH_DATE = '1960-01-01';
const BIRTH_DATE_SPAN_DAYS = 365 * 30;

/**
 * The synthetic number of a demo guardian, a function of the guardian's id alone: the database
 * keeps only its hash, so the demo's tests and the e2e tests compute the number again from the
 * id to sign in as the guardian. The generator makes sure no two guardians draw the same one
 * (assign-demo-identities.ts). Born 1960–1989, as parents of today's pupils are.
 */
export function demoGuardianNationalId(guardianId: string): string {
  const rng = createRng(`national-id:${guardianId}`);
  const birthDate = addDays(FIRST_BIRTH_DATE, rng.int(0, BIRTH_DATE_SPAN_DAYS - 1));
  for (let individual = rng.int(0, 499); ; individual = (individual + 1) % 500) {
    const number = syntheticNationalId(birthDate, individual);
    if (number) return number;
  }
}
