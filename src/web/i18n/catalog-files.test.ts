/**
 * Every catalog folder — the app's (src/web/i18n, and its other-pages) and each feature's (src/web/features/<feature>/i18n)
 * — holds one file per language with exactly the same keys and no empty text, and catalogs.ts
 * merges every one of them: a feature's words cannot lack a language, nor be left out of the app.
 * (catalogs.test.ts checks the merged catalogs against the code and the vocabularies.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs, type Catalog } from './catalogs';
import { languages } from './languages';

const webRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const featuresRoot = path.join(webRoot, 'features');

const folders = [
  path.join(webRoot, 'i18n'),
  path.join(webRoot, 'i18n', 'other-pages'),
  ...fs
    .readdirSync(featuresRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(featuresRoot, entry.name, 'i18n')))
    .map((entry) => path.join(featuresRoot, entry.name, 'i18n')),
].map((folder) => [path.relative(webRoot, folder), folder] as const);

function flatten(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of flatten(value, full)) out.set(k, v);
    else out.set(full, value);
  }
  return out;
}

const read = (folder: string, language: string) => flatten(JSON.parse(fs.readFileSync(path.join(folder, `${language}.json`), 'utf8')) as Catalog);

describe('catalog files', () => {
  it('are found: the app catalog and the features that keep their own', () => {
    expect(folders.map(([name]) => name)).toContain('i18n');
    expect(folders.length).toBeGreaterThan(1);
  });

  it.each(folders)('%s has one JSON file per language and nothing else', (_name, folder) => {
    const files = fs.readdirSync(folder).filter((file) => file.endsWith('.json')).sort();
    expect(files).toEqual(languages.map((language) => `${language}.json`).sort());
  });

  it.each(folders)('%s has every key in all three languages', (_name, folder) => {
    const keys = Object.fromEntries(languages.map((language) => [language, read(folder, language)]));
    const all = new Set(languages.flatMap((language) => [...keys[language]!.keys()]));
    for (const language of languages) {
      const missing = [...all].filter((key) => !keys[language]!.has(key)).sort();
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it.each(folders)('%s has no empty or non-text value', (_name, folder) => {
    for (const language of languages) {
      const empty = [...read(folder, language)].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it.each(folders)('%s is merged into the catalogs the app loads (catalogs.ts)', (_name, folder) => {
    for (const language of languages) {
      const merged = flatten(catalogs[language]);
      const left = [...read(folder, language)].filter(([key, value]) => merged.get(key) !== value).map(([key]) => key);
      expect({ language, left }).toEqual({ language, left: [] });
    }
  });
});
