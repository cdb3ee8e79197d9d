/**
 * Folds text for matching: case, diacritics and the Norwegian letters, so that "naervaer",
 * "narvar" and "nærvær" find each other, and "skolemiljo" finds "skolemiljø".
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a')
    .replace(/\s+/g, ' ');
}

/** The folded words of a query; a text matches when its folded form holds every one. */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((w) => w.length > 0);
}

export function matchesWords(words: readonly string[], foldedText: string): boolean {
  return words.every((w) => foldedText.includes(w));
}
