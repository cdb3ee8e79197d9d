/**
 * A text for people in the three languages of Varde: bokmål (the default), nynorsk and English.
 * Domain content from the seeds (conversation guides, the measure bank, checklists) carries all
 * three, so a document can be written in the language chosen for it.
 */
export interface Localised {
  nb: string;
  nn: string;
  en: string;
}

export type LocalisedLanguage = keyof Localised;

export const localisedLanguages: readonly LocalisedLanguage[] = ['nb', 'nn', 'en'];
