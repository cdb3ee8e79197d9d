import { describe, expect, it } from 'vitest';
import * as barnevern from './kartlegging/barnevern-checklist.js';
import * as guides from './kartlegging/conversation-guides.js';
import { localisedLanguages, type Localised } from './localised.js';
import * as weekPlan from './plans/week-plan-advice.js';
import * as bank from './tiltak/measure-bank.js';

const isLocalised = (v: unknown): v is Localised =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && ['nb', 'nn', 'en'].every((k) => k in v);

/** Every Localised reachable from the exported content, with the path it was found at. */
function collect(value: unknown, path: string, out: [string, Localised][]) {
  if (isLocalised(value)) {
    out.push([path, value]);
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) collect(v, `${path}.${k}`, out);
}

const all: [string, Localised][] = [];
for (const [name, mod] of Object.entries({ bank, guides, barnevern, weekPlan })) {
  for (const [key, value] of Object.entries(mod)) if (typeof value !== 'function') collect(value, `${name}.${key}`, all);
}

describe('the localised domain content', () => {
  it('is found at all', () => {
    expect(localisedLanguages).toEqual(['nb', 'nn', 'en']);
    expect(all.length).toBeGreaterThan(400);
  });

  it('has three non-empty, trimmed strings everywhere', () => {
    const bad = all.filter(([, l]) =>
      localisedLanguages.some((lang) => typeof l[lang] !== 'string' || l[lang].trim() === '' || l[lang] !== l[lang].trim() || /\s{2}/.test(l[lang])),
    );
    expect(bad.map(([path]) => path)).toEqual([]);
  });

  it('is translated into English, not copied from bokmål', () => {
    const untranslated = all.filter(([, l]) => l.en === l.nb && !/^https?:/.test(l.nb));
    expect(untranslated.map(([path, l]) => `${path}: ${l.nb}`)).toEqual([]);
  });
});
