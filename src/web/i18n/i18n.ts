/**
 * i18next with the three catalogs. The chosen language is remembered in localStorage and
 * written to <html lang>, so that screen readers pronounce the text in the right language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language } from './languages';
import { catalogs } from './catalogs';

const storageKey = 'varde.language';

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked; the default language is then used.
  }
  return defaultLanguage;
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: catalogs.nb }, nn: { translation: catalogs.nn }, en: { translation: catalogs.en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: ['nb', 'nn', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  react: { useSuspense: false },
});

/** Switches the language and remembers the choice on this device. */
export function chooseLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered; the choice still holds until the page is reloaded.
  }
  void i18n.changeLanguage(language);
}

export default i18n;
