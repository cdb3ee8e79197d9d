/** A class's level in the words of its school, in bokmål, nynorsk and English, on the real catalogs. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../i18n/catalogs';
import { languages, type Language } from '../i18n/languages';
import { levelLabel } from './use-level-label';

function translator(language: Language) {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { [language]: { translation: catalogs[language] } }, lng: language, fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });
  return i18n.getFixedT(language);
}

const t = Object.fromEntries(languages.map((language) => [language, translator(language)])) as Record<Language, ReturnType<typeof translator>>;

describe('levelLabel', () => {
  it('says trinn in a grunnskole and Vg in videregående', () => {
    expect(levelLabel(t.nb, 'ungdomsskole', '8')).toBe('8. trinn');
    expect(levelLabel(t.nn, 'kombinert', '10. trinn')).toBe('10. trinn');
    expect(levelLabel(t.en, 'barneskole', '3')).toBe('Year 3');
    for (const language of languages) {
      expect(levelLabel(t[language], 'vgs', 'Vg2')).toBe('Vg2');
      expect(levelLabel(t[language], 'vgs', '1')).toBe('Vg1');
    }
  });

  it('shows a level it cannot read as it was written', () => {
    expect(levelLabel(t.nb, 'ungdomsskole', 'Vg1')).toBe('Vg1');
    expect(levelLabel(t.nb, 'vgs', 'Påbygg')).toBe('Påbygg');
  });
});
