/**
 * The three catalogs (bokmål, nynorsk, English) hold exactly the same keys, no empty text, the
 * same {{placeholders}}, every key the code asks for with t('…'), and a text for every error code
 * and every value of the domain's vocabularies that the pages translate.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attendanceStatus, errorCodes, ruleCodes, signalLevels, subjectAbsenceRow, taskKinds } from '../../shared/api';
import { absenceScopes, absenceTypes, flagStates, gradeKinds, groupKinds, groupTeacherRoles, importKinds, profileKinds, roleCodes, ownerImportKinds, schoolKinds } from '../../domain/vocabulary';
import { languages } from './languages';
import { catalogs as merged } from './catalogs';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, full)) out.set(k, v);
    } else {
      out.set(full, value);
    }
  }
  return out;
}

const catalogs = { nb: flatten(merged.nb), nn: flatten(merged.nn), en: flatten(merged.en) } as const;
const names = Object.keys(catalogs) as Array<keyof typeof catalogs>;
const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** A key the code uses is there as written, or as its plural forms (t('x', { count })). */
function hasKey(keys: Map<string, unknown>, key: string): boolean {
  return keys.has(key) || pluralSuffixes.some((suffix) => keys.has(`${key}${suffix}`));
}

const webRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
  }
  return files;
}

/** t('key'), t("key"), t(`key`) without ${}: static keys. t(`prefix.${x}`): a dynamic key under prefix. */
const staticKey = /\bt\(\s*(['"`])([^'"`$]+?)\1/g;
const dynamicKey = /\bt\(\s*`([^`$]*)\$\{/g;

function keysUsedInCode() {
  const used = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(webRoot)) {
    const text = fs.readFileSync(file, 'utf8');
    const where = path.relative(webRoot, file);
    for (const match of text.matchAll(staticKey)) used.set(match[2]!, where);
    for (const match of text.matchAll(dynamicKey)) prefixes.set(match[1]!, where);
  }
  return { used, prefixes };
}

describe('translation catalogs', () => {
  it('cover the three languages of the app', () => {
    expect([...names].sort()).toEqual([...languages].sort());
  });

  it.each(names)('%s has exactly the keys of every other catalog', (name) => {
    const keys = [...catalogs[name].keys()].sort();
    for (const other of names) {
      const otherKeys = [...catalogs[other].keys()].sort();
      expect({ missingIn: other, keys: keys.filter((k) => !catalogs[other].has(k)) }).toEqual({ missingIn: other, keys: [] });
      expect({ missingIn: name, keys: otherKeys.filter((k) => !catalogs[name].has(k)) }).toEqual({ missingIn: name, keys: [] });
    }
  });

  it.each(names)('%s has no empty or non-text values', (name) => {
    const bad = [...catalogs[name]].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it.each(names)('%s uses the same {{placeholders}} as bokmål', (name) => {
    const placeholders = (value: unknown) => [...String(value).matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();
    const differ = [...catalogs.nb]
      .filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(catalogs[name].get(key))))
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('contain every key used with t() in src/web', () => {
    const { used } = keysUsedInCode();
    // The scan itself must work: the app has well over a hundred texts.
    expect(used.size).toBeGreaterThan(100);
    for (const name of names) {
      const missing = [...used].filter(([key]) => !hasKey(catalogs[name], key)).map(([key, file]) => `${key} (${file})`);
      expect({ catalog: name, missing }).toEqual({ catalog: name, missing: [] });
    }
  });

  it('contain something under every prefix of a dynamic key t(`prefix.${…}`)', () => {
    const { prefixes } = keysUsedInCode();
    expect(prefixes.size).toBeGreaterThan(0);
    for (const name of names) {
      const keys = [...catalogs[name].keys()];
      const missing = [...prefixes].filter(([prefix]) => !keys.some((k) => k.startsWith(prefix))).map(([p, file]) => `${p} (${file})`);
      expect({ catalog: name, missing }).toEqual({ catalog: name, missing: [] });
    }
  });

  const vocabularies: Array<[string, readonly string[]]> = [
    ['errors', [...errorCodes, 'network']],
    ['absenceType', absenceTypes],
    ['absenceScope', absenceScopes],
    ['gradeKind', gradeKinds],
    ['groupKind', groupKinds],
    ['role', [...roleCodes, ...groupTeacherRoles]],
    ['start.roleHelp', roleCodes],
    ['language.name', languages],
    ['signal', signalLevels],
    ['flagState', flagStates],
    ['ruleCode', ruleCodes],
    ['taskKind', taskKinds],
    ['attendance', attendanceStatus.options],
    ['registration.count', attendanceStatus.options],
    ['subjectAbsence.band', subjectAbsenceRow.shape.band.unwrap().options],
    ['imports.kindName', importKinds],
    ['imports.kindHelp', importKinds],
    ['imports.kindName', ownerImportKinds],
    ['imports.ownerKindHelp', ownerImportKinds],
    ['imports.schoolKind', schoolKinds],
    // The rule profiles are per family of profile (grunnskole, vgs), not per kind of school.
    ['ruleProfiles.schoolKind', profileKinds],
  ];

  it.each(vocabularies)('translate every value of %s', (prefix, values) => {
    for (const name of names) {
      const missing = values.filter((value) => !catalogs[name].has(`${prefix}.${value}`));
      expect({ catalog: name, missing }).toEqual({ catalog: name, missing: [] });
    }
  });
});
