/**
 * Whether two written names are the same person's: summons, distribution lists and signatures
 * name people by the name typed or imported, so the home view, the notices and the minutes all
 * match them the same way — ignoring case and surrounding spaces.
 */
export function samePersonName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
}
