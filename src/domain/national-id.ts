/**
 * Norwegian national identity numbers (fødselsnummer and D-nummer): eleven digits whose last two
 * are check digits (modulus 11). Checked when an import brings one, before it is hashed
 * (src/lib/server-keys.ts) and forgotten: Varde never stores the number itself.
 */
const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  return rest === 10 ? undefined : rest;
}

/** True when the text is eleven digits with correct check digits. Synthetic test numbers (month + 80, Skatteetaten's Tenor) pass too. */
export function isNationalId(text: string): boolean {
  if (!/^\d{11}$/.test(text)) return false;
  const digits = [...text].map(Number);
  const k1 = checkDigit(digits, weights1);
  if (k1 === undefined || k1 !== digits[9]) return false;
  const k2 = checkDigit(digits, weights2);
  return k2 !== undefined && k2 === digits[10];
}
