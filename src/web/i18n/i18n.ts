/**
 * i18next with the three catalogs, loaded as they are needed: only the chosen language, and of
 * it first the words of the first page (the frame, sign-in, Mine elever), the rest with the first
 * other page opened (router.tsx). Switching language loads the same parts of the new language
 * before the switch, so that no text is ever shown as its key. The chosen language is remembered
 * in localStorage and written to <html lang>, so that screen readers pronounce the text in the
 * right language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeCatalogs, type Catalog } from './catalog';
import { defaultLanguage, isLanguage, languages, type Language } from './languages';

const storageKey = 'varde.language';

export type CatalogPart = 'firstPage' | 'rest';

type Files = Promise<{ default: Catalog[] }>;
const loaders: Record<Language, Record<CatalogPart, () => Files>> = {
  nb: { firstPage: () => import('./parts/nb-first-page'), rest: () => import('./parts/nb-rest') },
  nn: { firstPage: () => import('./parts/nn-first-page'), rest: () => import('./parts/nn-rest') },
  en: { firstPage: () => import('./parts/en-first-page'), rest: () => import('./parts/en-rest') },
};

/** The language chosen last; while its words load, the one before is still shown. */
let chosen: Language = defaultLanguage;
/** The parts the app has asked for so far; a language switched to gets the same. */
const wanted = new Set<CatalogPart>(['firstPage']);
const loading = new Map<string, Promise<void>>();

function loadPart(language: Language, part: CatalogPart): Promise<void> {
  const key = `${language}:${part}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = loaders[language][part]().then(({ default: files }) => {
      i18n.addResourceBundle(language, 'translation', mergeCatalogs(files), true, true);
    });
    // A part that failed to load (the network) is tried again the next time it is asked for.
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

async function loadWanted(language: Language): Promise<void> {
  await Promise.all([...wanted].map((part) => loadPart(language, part)));
}

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

/** Starts i18next in the remembered language, with the first page's words; the app renders after. */
export async function startI18n(): Promise<void> {
  const language = storedLanguage();
  chosen = language;
  await i18n.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
    // A text shown as its key is a part not loaded where it is needed (or a key missing): say so.
    saveMissing: true,
    missingKeyHandler: (inLanguages, _namespace, key, _fallback, _update, options: { defaultValue?: unknown } | undefined) => {
      if (options?.defaultValue === undefined) console.warn(`Varde: no text for "${key}" (${inLanguages.join(', ')})`);
    },
    initAsync: false,
    react: { useSuspense: false },
  });
  await loadWanted(language);
}

/** Loads a part of the catalog in the language shown and the one chosen (and, from now on, in any language switched to). */
export async function loadCatalogPart(part: CatalogPart): Promise<void> {
  wanted.add(part);
  const shown = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  await Promise.all([...new Set([shown, chosen])].map((language) => loadPart(language, part)));
}

/** Switches the language, once its words are loaded, and remembers the choice on this device. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered; the choice still holds until the page is reloaded.
  }
  chosen = language;
  await loadWanted(language);
  // Chosen again meanwhile: the later choice wins.
  if (chosen === language) await i18n.changeLanguage(language);
}

export default i18n;
