/**
 * Norwegian organisation numbers (organisasjonsnummer, Enhetsregisteret): nine digits, the last a
 * modulus-11 check digit over the first eight with the weights 3 2 7 6 5 4 3 2. A number whose
 * check digit would be 10 is never issued. People write them with spaces (974 760 673), and
 * sometimes with the «MVA» suffix of the VAT register; both are read past.
 */

const weights = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The nine digits of a written organisation number, or undefined when it is not nine digits. */
export function orgNumberDigits(text: string): string | undefined {
  const digits = text.replace(/\s+/g, '').replace(/mva$/i, '');
  return /^\d{9}$/.test(digits) ? digits : undefined;
}

/** Whether nine digits end with the check digit Enhetsregisteret gives them. */
export function hasValidCheckDigit(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[8]);
}

/** The organisation number as Varde stores it (nine digits), or undefined when it is not a valid one. */
export function parseOrgNumber(text: string): string | undefined {
  const digits = orgNumberDigits(text);
  return digits !== undefined && hasValidCheckDigit(digits) ? digits : undefined;
}
