/** First letter in upper case, in the current locale's way: for texts that start a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
