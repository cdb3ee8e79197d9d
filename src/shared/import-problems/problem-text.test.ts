import { describe, expect, it } from 'vitest';
import en from './en.json';
import nb from './nb.json';
import nn from './nn.json';
import { schoolKinds } from '../../domain/vocabulary.js';
import { problemText, translateFrom } from './problem-text.js';

const nbT = translateFrom(nb);
const nnT = translateFrom(nn);
const enT = translateFrom(en);

describe('the words of an import problem', () => {
  it('shows each kind of parameter the way of the language', () => {
    const choice = { text: 'invalidChoice', params: { value: 'uke', choices: { oneOf: ['dag', 'time', 'halv'] } } };
    expect(problemText(choice, nbT)).toBe('«uke» er ikke en gyldig verdi. Bruk «dag», «time» eller «halv».');
    expect(problemText(choice, nnT)).toBe('«uke» er ikkje ein gyldig verdi. Bruk «dag», «time» eller «halv».');
    expect(problemText(choice, enT)).toBe('“uke” is not a valid value. Use “dag”, “time” or “halv”.');

    const range = { text: 'outOfRange', params: { value: '7,5', min: 0.5, max: 6 } };
    expect(problemText(range, nbT)).toBe('«7,5» er utenfor det tillatte området, 0,5–6.');
    expect(problemText(range, enT)).toBe('“7,5” is outside the allowed range, 0.5–6.');

    const aliases = { text: 'missingColumnOrAlias', params: { column: 'elevnummer', aliases: ['elevnr', 'student number'] } };
    expect(problemText(aliases, nbT)).toBe('Overskriften mangler kolonnen «elevnummer» (eller «elevnr», «student number»).');

    const kinds = { text: 'kindInSetDiffers', params: { school: 'Haugen skole', kind: { word: 'kombinert' }, current: { word: 'barneskole' } } };
    expect(problemText(kinds, nbT)).toContain('sier at Haugen skole er en kombinert skole (1.–10. trinn), men i Varde er den en barneskole.');
    expect(problemText(kinds, nnT)).toContain('seier at Haugen skole er ein kombinert skule (1.–10. trinn), men i Varde er han ein barneskule.');
    expect(problemText(kinds, enT)).toContain('says that Haugen skole is a combined school for years 1–10 (kombinert), but in Varde it is a primary school (barneskole).');

    const version = { text: 'unsupportedVersion', params: { version: null } };
    expect(problemText(version, nbT)).toBe('Varde leser OneRoster 1.2 (og 1.1), men manifest.csv oppgir oneroster.version «(tomt)».');
    expect(problemText(version, enT)).toContain('“(empty)”');
  });

  it('refuses a wording that is missing, or a parameter the wording needs', () => {
    expect(() => problemText({ text: 'noSuchWording' }, nbT)).toThrow('No text for importProblem.text.noSuchWording');
    expect(() => problemText({ text: 'emptyFile' }, nbT)).toThrow('needs {{file}}');
  });

  it('has a word for every kind of school, in the three languages', () => {
    for (const catalog of [nb, nn, en]) expect(Object.keys(catalog.importProblem.word).sort()).toEqual([...schoolKinds].sort());
  });

  it('has the same wordings, with the same parameters, in the three languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const other of [nn, en]) {
      expect(Object.keys(other.importProblem.text).sort()).toEqual(Object.keys(nb.importProblem.text).sort());
      for (const [key, text] of Object.entries(nb.importProblem.text)) {
        expect({ key, params: placeholders((other.importProblem.text as Record<string, string>)[key]!) }).toEqual({ key, params: placeholders(text) });
      }
    }
  });
});
