/** The languages of the user interface: bokmål (default), nynorsk and English. */
export const languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nb';

/**
 * The locales Intl formats with, best first: Norwegian dates (23.11.2026) in nb and nn, British
 * day-month order in English. Some browsers lack nynorsk data; they fall back on bokmål's format.
 */
export const intlLocales: Record<Language, string[]> = { nb: ['nb-NO', 'no'], nn: ['nn-NO', 'nb-NO', 'no'], en: ['en-GB'] };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function toLanguage(value: string | undefined): Language {
  return isLanguage(value) ? value : defaultLanguage;
}
