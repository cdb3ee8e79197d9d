/**
 * Every flag explains itself through the catalogs, in bokmål, nynorsk and English: every rule and
 * every kind of finding renders with no key missing and nothing left unfilled, in the same words
 * as when the texts lived in the domain (moved from src/domain/identification/evaluate-rules.test.ts).
 */
import fc from 'fast-check';
import i18next, { type TFunction, type TOptions } from 'i18next';
import { describe, expect, it } from 'vitest';
import { fourSickDaysFlag, raisedFlags } from '../../domain/identification/absence-arbitraries';
import type { RuleFacts } from '../../domain/identification/flag';
import { ruleCodes } from '../../shared/api';
import { catalogs, type Catalog } from '../i18n/catalogs';
import { languages, type Language } from '../i18n/languages';
import { explainFlag, type Explanation } from './use-explain-flag';

/** A translator per language on the real catalogs, with no fallback, that notes every key asked for and every key missing. */
function translator(language: Language) {
  const asked = new Set<string>();
  const missing: string[] = [];
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { [language]: { translation: catalogs[language] } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => missing.push(key),
  });
  const fixed = i18n.getFixedT(language);
  const t = ((key: string, options?: TOptions) => {
    asked.add(key);
    return fixed(key, options ?? {});
  }) as TFunction;
  return { t, asked, missing, explain: (flag: RuleFacts): Explanation => explainFlag(t, language, flag) };
}

const translators = Object.fromEntries(languages.map((language) => [language, translator(language)])) as Record<Language, ReturnType<typeof translator>>;

function expectComplete({ rule, finding }: Explanation) {
  expect(rule.length).toBeGreaterThan(5);
  for (const text of [rule, finding]) expect(text).not.toMatch(/undefined|NaN|\[object|\{\{|\}\}|\$t\(|flagExplanation/);
}

/** One flag for every finding (each rule, each variant, each pattern), with its words in nb, nn and en. */
const samples: Array<[RuleFacts, [nb: string, nn: string, en: string]]> = [
  [{ ruleCode: 'inntak_forsteonske', facts: { gradeAverage: 3.14159, maxGradeAverage: 3.5 } }, [
    'Karaktersnittet fra ungdomsskolen er 3,1 (grense 3,5).',
    'Karaktersnittet frå ungdomsskulen er 3,1 (grense 3,5).',
    'Grade average from lower secondary is 3.1 (limit 3.5).',
  ]],
  [{ ruleCode: 'inntak_lavere_onske', facts: { gradeAverage: 3, admittedChoice: 2, maxGradeAverage: 3.5 } }, [
    'Tatt inn på 2. ønske med karaktersnitt 3 (grense 3,5).',
    'Teken inn på 2. ønske med karaktersnitt 3 (grense 3,5).',
    'Admitted on choice 2 with grade average 3 (limit 3.5).',
  ]],
  [{ ruleCode: 'inntak_fravaer', facts: { absencePercent: 7.25, abovePercent: 6 } }, [
    'Fraværet i ungdomsskolen var 7,3 % (grense: over 6 %).',
    'Fråværet i ungdomsskulen var 7,3 % (grense: over 6 %).',
    'Absence in lower secondary was 7.3 % (limit: above 6 %).',
  ]],
  [{ ruleCode: 'inntak_karakter', facts: { subjects: 'Matematikk, Norsk' } }, [
    'Fag med karakter 1 eller uten karakter: Matematikk, Norsk.',
    'Fag med karakter 1 eller utan karakter: Matematikk, Norsk.',
    'Subjects with grade 1 or no grade: Matematikk, Norsk.',
  ]],
  [{ ruleCode: 'inntak_spesialundervisning', facts: {} }, [
    'Søkerdataene har melding om behov for spesialundervisning.',
    'Søkjardataa har melding om behov for spesialundervisning.',
    'The intake data has a notice of a need for special education.',
  ]],
  [{ ruleCode: 'karakter', facts: { subject: 'Norsk', kind: 'midtveis', value: 'IV', givenOn: '2026-11-01' } }, [
    'Norsk: IV ved midtveisvurderingen 01.11.2026.',
    'Norsk: IV ved midtvegsvurderinga 01.11.2026.',
    'Norsk: IV at the midterm evaluation on 01.11.2026.',
  ]],
  [{ ruleCode: 'karakter', facts: { subject: 'Matematikk', kind: 'halvaar', value: '1', givenOn: '2026-12-18' } }, [
    'Matematikk: 1 ved halvårsvurderingen 18.12.2026.',
    'Matematikk: 1 ved halvårsvurderinga 18.12.2026.',
    'Matematikk: 1 at the half-year evaluation on 18.12.2026.',
  ]],
  [{ ruleCode: 'fravaer_halvaar', facts: { days: 1, hours: 1, yellowFromDays: 3, redFromDays: 7, yellowFromHours: 9, redAboveHours: 15, from: '2026-08-17', to: '2026-11-23' } }, [
    '1 dag og 1 enkelttime fra 17.08.2026 til 23.11.2026. Gult fra 3 dager eller 9 timer, rødt fra 7 dager eller over 15 timer.',
    '1 dag og 1 enkelttime frå 17.08.2026 til 23.11.2026. Gult frå 3 dagar eller 9 timar, raudt frå 7 dagar eller over 15 timar.',
    '1 day and 1 single hour from 17.08.2026 to 23.11.2026. Yellow from 3 days or 9 hours, red from 7 days or above 15 hours.',
  ]],
  [{ ruleCode: 'fravaer_halvaar', facts: { days: 4, hours: 1234.56, yellowFromDays: 3, redFromDays: 7, yellowFromHours: 9, redAboveHours: 15, from: '2026-08-17', to: '2026-11-23' } }, [
    '4 dager og 1\u00a0234,6 enkelttimer fra 17.08.2026 til 23.11.2026. Gult fra 3 dager eller 9 timer, rødt fra 7 dager eller over 15 timer.',
    '4 dagar og 1\u00a0234,6 enkelttimar frå 17.08.2026 til 23.11.2026. Gult frå 3 dagar eller 9 timar, raudt frå 7 dagar eller over 15 timar.',
    '4 days and 1,234.6 single hours from 17.08.2026 to 23.11.2026. Yellow from 3 days or 9 hours, red from 7 days or above 15 hours.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'ukedag', category: '1', inCategory: 5, of: 7, expectedPercent: 20.5, pValue: 0.0012 } }, [
    'Fravær samme ukedag (mandag): 5 av 7, der tilfeldig fravær ville gitt om lag 20,5 %.',
    'Fråvær same vekedag (måndag): 5 av 7, der tilfeldig fråvær ville gitt om lag 20,5 %.',
    'Absence on the same weekday (Monday): 5 of 7, where random absence would give about 20.5 %.',
  ]],
  ...(['2', '3', '4', '5'] as const).map((weekday, i): (typeof samples)[number] => [
    { ruleCode: 'fravaersmonster', facts: { pattern: 'ukedag', category: weekday, inCategory: 5, of: 7, expectedPercent: 20.5, pValue: 0.0012 } },
    [
      `Fravær samme ukedag (${['tirsdag', 'onsdag', 'torsdag', 'fredag'][i]}): 5 av 7, der tilfeldig fravær ville gitt om lag 20,5 %.`,
      `Fråvær same vekedag (${['tysdag', 'onsdag', 'torsdag', 'fredag'][i]}): 5 av 7, der tilfeldig fråvær ville gitt om lag 20,5 %.`,
      `Absence on the same weekday (${['Tuesday', 'Wednesday', 'Thursday', 'Friday'][i]}): 5 of 7, where random absence would give about 20.5 %.`,
    ],
  ]),
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'rundt_helg_og_ferie', category: 'inntil', inCategory: 6, of: 8, expectedPercent: 41.2, pValue: 0.01 } }, [
    'Fravær rundt helger og ferier (dagene før og etter helg og ferie): 6 av 8, der tilfeldig fravær ville gitt om lag 41,2 %.',
    'Fråvær rundt helger og feriar (dagane før og etter helg og ferie): 6 av 8, der tilfeldig fråvær ville gitt om lag 41,2 %.',
    'Absence on around weekends and holidays (the days before and after weekends and holidays): 6 of 8, where random absence would give about 41.2 %.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'annenhver_uke', category: 'partall', inCategory: 6, of: 6, expectedPercent: 50, pValue: 0.016 } }, [
    'Fravær annenhver uke (uker med partall): 6 av 6, der tilfeldig fravær ville gitt om lag 50 %.',
    'Fråvær annakvar veke (veker med partal): 6 av 6, der tilfeldig fråvær ville gitt om lag 50 %.',
    'Absence on every other week (even-numbered weeks): 6 of 6, where random absence would give about 50 %.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'annenhver_uke', category: 'oddetall', inCategory: 6, of: 6, expectedPercent: 50, pValue: 0.016 } }, [
    'Fravær annenhver uke (uker med oddetall): 6 av 6, der tilfeldig fravær ville gitt om lag 50 %.',
    'Fråvær annakvar veke (veker med oddetal): 6 av 6, der tilfeldig fråvær ville gitt om lag 50 %.',
    'Absence on every other week (odd-numbered weeks): 6 of 6, where random absence would give about 50 %.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'samme_time', category: '1', inCategory: 5, of: 6, expectedPercent: 16.7, pValue: 0.0006 } }, [
    'Fravær samme time (1. time): 5 av 6, der tilfeldig fravær ville gitt om lag 16,7 %.',
    'Fråvær same time (1. time): 5 av 6, der tilfeldig fråvær ville gitt om lag 16,7 %.',
    'Absence on the same lesson (lesson 1): 5 of 6, where random absence would give about 16.7 %.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'ett_fag', subject: 'Matematikk 1P', inCategory: 5, of: 5, expectedPercent: 20, pValue: 0.0003 } }, [
    'Fravær ett fag (Matematikk 1P): 5 av 5, der tilfeldig fravær ville gitt om lag 20 %.',
    'Fråvær eitt fag (Matematikk 1P): 5 av 5, der tilfeldig fråvær ville gitt om lag 20 %.',
    'Absence on one subject (Matematikk 1P): 5 of 5, where random absence would give about 20 %.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'sosken', inCategory: 4, of: 4, expectedPercent: 5.3, pValue: 0.00001 } }, [
    'Fravær samme dager som søsken (søsken): 4 av 4, der tilfeldig fravær ville gitt om lag 5,3 %.',
    'Fråvær same dagar som sysken (sysken): 4 av 4, der tilfeldig fråvær ville gitt om lag 5,3 %.',
    'Absence on the same days as a sibling (sibling): 4 of 4, where random absence would give about 5.3 %.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'forsentkomming', inCategory: 10, of: 70, expectedPercent: 0 } }, [
    '10 forsentkomminger denne terminen.',
    '10 forseintkomingar denne terminen.',
    '10 late arrivals this term.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'forste_skoledag', inCategory: 1, of: 1, expectedPercent: 0 } }, [
    'Borte hele første skoledag etter sommeren.',
    'Borte heile første skuledag etter sommaren.',
    'Away the whole first school day after the summer.',
  ]],
  // Flags stored before the facts carried codes have only the bokmål label: it is shown as it is.
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'ukedag', label: 'mandag', inCategory: 5, of: 7, expectedPercent: 20.5, pValue: 0.0012 } }, [
    'Fravær samme ukedag (mandag): 5 av 7, der tilfeldig fravær ville gitt om lag 20,5 %.',
    'Fråvær same vekedag (mandag): 5 av 7, der tilfeldig fråvær ville gitt om lag 20,5 %.',
    'Absence on the same weekday (mandag): 5 of 7, where random absence would give about 20.5 %.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'ett_fag', label: 'Matematikk 1P', inCategory: 5, of: 5, expectedPercent: 20, pValue: 0.0003 } }, [
    'Fravær ett fag (Matematikk 1P): 5 av 5, der tilfeldig fravær ville gitt om lag 20 %.',
    'Fråvær eitt fag (Matematikk 1P): 5 av 5, der tilfeldig fråvær ville gitt om lag 20 %.',
    'Absence on one subject (Matematikk 1P): 5 of 5, where random absence would give about 20 %.',
  ]],
  [{ ruleCode: 'fravaersmonster', facts: { pattern: 'sosken', label: 'søsken', inCategory: 4, of: 4, expectedPercent: 5.3, pValue: 0.00001 } }, [
    'Fravær samme dager som søsken (søsken): 4 av 4, der tilfeldig fravær ville gitt om lag 5,3 %.',
    'Fråvær same dagar som sysken (sysken): 4 av 4, der tilfeldig fråvær ville gitt om lag 5,3 %.',
    'Absence on the same days as a sibling (sibling): 4 of 4, where random absence would give about 5.3 %.',
  ]],
  [{ ruleCode: 'melding', facts: { kind: 'grunnleggende_ferdigheter', reportedOn: '2026-10-01' } }, [
    'Melding (grunnleggende ferdigheter) 01.10.2026.',
    'Melding (grunnleggjande ferdigheiter) 01.10.2026.',
    'Report (basic skills) on 01.10.2026.',
  ]],
  [{ ruleCode: 'melding', facts: { kind: 'urealistiske_valg', reportedOn: '2026-10-01' } }, [
    'Melding (urealistiske valg) 01.10.2026.',
    'Melding (urealistiske val) 01.10.2026.',
    'Report (unrealistic choices) on 01.10.2026.',
  ]],
  [{ ruleCode: 'melding', facts: { kind: 'mistrivsel', reportedOn: '2026-10-01' } }, [
    'Melding (mistrivsel) 01.10.2026.',
    'Melding (mistrivnad) 01.10.2026.',
    'Report (not thriving) on 01.10.2026.',
  ]],
  [{ ruleCode: 'melding', facts: { kind: 'fare_for_1_eller_iv', reportedOn: '2026-10-01' } }, [
    'Melding (fare for 1 eller IV) 01.10.2026.',
    'Melding (fare for 1 eller IV) 01.10.2026.',
    'Report (risk of grade 1 or IV) on 01.10.2026.',
  ]],
  [{ ruleCode: 'melding', facts: { kind: 'skolemiljo', reportedOn: '2026-10-01' } }, [
    'Melding (skolemiljø) 01.10.2026.',
    'Melding (skulemiljø) 01.10.2026.',
    'Report (school environment) on 01.10.2026.',
  ]],
  [{ ruleCode: 'forskningsanker', facts: { gradeAverage: 2.5, gradeBasis: 'inntak', maxGradeAverage: 3, absencePercent: 12.3, fromAbsencePercent: 10 } }, [
    'Karaktersnitt 2,5 (fra inntaket; grense 3) og 12,3 % fravær denne terminen (grense 10 %).',
    'Karaktersnitt 2,5 (frå inntaket; grense 3) og 12,3 % fråvær denne terminen (grense 10 %).',
    'Grade average 2.5 (from intake; limit 3) and 12.3 % absence this term (limit 10 %).',
  ]],
  [{ ruleCode: 'forskningsanker', facts: { gradeAverage: 2.8, gradeBasis: 'karakterer', maxGradeAverage: 3, absencePercent: 10, fromAbsencePercent: 10 } }, [
    'Karaktersnitt 2,8 (i år; grense 3) og 10 % fravær denne terminen (grense 10 %).',
    'Karaktersnitt 2,8 (i år; grense 3) og 10 % fråvær denne terminen (grense 10 %).',
    'Grade average 2.8 (this year; limit 3) and 10 % absence this term (limit 10 %).',
  ]],
  [{ ruleCode: 'fravaer_uten_melding', facts: { date: '2026-11-23', lessons: 1 } }, [
    'Fravær 23.11.2026 uten melding (1 time).',
    'Fråvær 23.11.2026 utan melding (1 time).',
    'Absence on 23.11.2026 with no notice (1 lesson).',
  ]],
  [{ ruleCode: 'udokumentert_fravaer', facts: { date: '2026-11-20', lessons: 6 } }, [
    'Udokumentert fravær 20.11.2026 (6 timer).',
    'Udokumentert fråvær 20.11.2026 (6 timar).',
    'Undocumented absence on 20.11.2026 (6 lessons).',
  ]],
  [{ ruleCode: 'sammenhengende_fravaer', facts: { days: 3, fromDays: 3, first: '2026-11-13', last: '2026-11-17', ongoing: false } }, [
    'Borte 3 skoledager på rad, 13.11.2026–17.11.2026.',
    'Borte 3 skuledagar på rad, 13.11.2026–17.11.2026.',
    'Away 3 school days in a row, 13.11.2026–17.11.2026.',
  ]],
  [{ ruleCode: 'sammenhengende_fravaer', facts: { days: 5, fromDays: 3, first: '2026-11-17', last: '2026-11-23', ongoing: true } }, [
    'Borte 5 skoledager på rad, 17.11.2026–23.11.2026, og fortsatt borte.',
    'Borte 5 skuledagar på rad, 17.11.2026–23.11.2026, og framleis borte.',
    'Away 5 school days in a row, 17.11.2026–23.11.2026, and still away.',
  ]],
  [{ ruleCode: 'ukesjekk', facts: { days: 1, fromDays: 1, from: '2026-08-17', to: '2026-11-23' } }, [
    '1 hel dag borte denne terminen (grense 1).',
    '1 heil dag borte denne terminen (grense 1).',
    '1 whole day away this term (limit 1).',
  ]],
  [{ ruleCode: 'ukesjekk', facts: { days: 16, fromDays: 8, from: '2026-08-17', to: '2026-11-23' } }, [
    '16 hele dager borte denne terminen (grense 8).',
    '16 heile dagar borte denne terminen (grense 8).',
    '16 whole days away this term (limit 8).',
  ]],
  [{ ruleCode: 'manedssjekk', facts: { dates: 1, lessons: 1, from: '2026-11-02', to: '2026-11-02' } }, [
    'Udokumentert fravær på 1 dag (1 time), 02.11.2026–02.11.2026.',
    'Udokumentert fråvær på 1 dag (1 time), 02.11.2026–02.11.2026.',
    'Undocumented absence on 1 day (1 lesson), 02.11.2026–02.11.2026.',
  ]],
  [{ ruleCode: 'manedssjekk', facts: { dates: 3, lessons: 14, from: '2026-11-02', to: '2026-11-20' } }, [
    'Udokumentert fravær på 3 dager (14 timer), 02.11.2026–20.11.2026.',
    'Udokumentert fråvær på 3 dagar (14 timar), 02.11.2026–20.11.2026.',
    'Undocumented absence on 3 days (14 lessons), 02.11.2026–20.11.2026.',
  ]],
  [{ ruleCode: 'fravaersgrense', facts: { subject: 'Matematikk 1P', band: 'varsel', percent: 8.3, lessonsMissed: 5, lessonsHeld: 60, warnFromPercent: 7, limitPercent: 10, discretionUpToPercent: 15 } }, [
    'Matematikk 1P: 8,3 % (5 av 60 timer). Eleven skal varsles før grensen på 10 % nås.',
    'Matematikk 1P: 8,3 % (5 av 60 timar). Eleven skal varslast før grensa på 10 % blir nådd.',
    'Matematikk 1P: 8.3 % (5 of 60 lessons). The student must be warned before the 10 % limit is reached.',
  ]],
  [{ ruleCode: 'fravaersgrense', facts: { subject: 'Norsk', band: 'over_grensen', percent: 12.5, lessonsMissed: 10, lessonsHeld: 80, warnFromPercent: 7, limitPercent: 10, discretionUpToPercent: 15 } }, [
    'Norsk: 12,5 % (10 av 80 timer). Over grensen; mellom 10 og 15 % kan rektor likevel gi karakter.',
    'Norsk: 12,5 % (10 av 80 timar). Over grensa; mellom 10 og 15 % kan rektor likevel gi karakter.',
    'Norsk: 12.5 % (10 of 80 lessons). Over the limit; between 10 and 15 % the principal may still allow a grade.',
  ]],
  [{ ruleCode: 'fravaersgrense', facts: { subject: 'Engelsk', band: 'over_skjonn', percent: 16.7, lessonsMissed: 10, lessonsHeld: 60, warnFromPercent: 7, limitPercent: 10, discretionUpToPercent: 15 } }, [
    'Engelsk: 16,7 % (10 av 60 timer). Over 15 %: rektor kan ikke lenger bruke skjønn.',
    'Engelsk: 16,7 % (10 av 60 timar). Over 15 %: rektor kan ikkje lenger bruke skjønn.',
    'Engelsk: 16.7 % (10 of 60 lessons). Above 15 %: the principal can no longer use discretion.',
  ]],
];

describe('the explanation of a flag', () => {
  it.each(samples)('renders %j in the words of each catalog', (flag, expected) => {
    const rendered = languages.map((language) => translators[language].explain(flag));
    for (const explanation of rendered) expectComplete(explanation);
    expect(rendered.map((e) => e.finding)).toEqual([expected[0], expected[1], expected[2]]);
  });

  it('has samples for every rule, and asks for no key that is missing in any language', () => {
    expect(new Set(samples.map(([flag]) => flag.ruleCode))).toEqual(new Set(ruleCodes));
    for (const language of languages) {
      for (const [flag] of samples) translators[language].explain(flag);
      expect({ language, missing: translators[language].missing }).toEqual({ language, missing: [] });
    }
  });

  it('uses every text under flagExplanation in the catalogs (no words left behind)', () => {
    const keys = (catalog: Catalog, prefix: string): string[] =>
      Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
    for (const language of languages) {
      for (const [flag] of samples) translators[language].explain(flag);
      const inCatalog = keys(catalogs[language].flagExplanation as Catalog, 'flagExplanation.').map((k) => k.replace(/_(one|other)$/, ''));
      expect(new Set(inCatalog)).toEqual(translators[language].asked);
    }
  });

  it('explains every flag the rules raise in bokmål, nynorsk and English (property)', () => {
    fc.assert(
      fc.property(raisedFlags, (flags) => {
        expect(flags.length).toBeGreaterThan(0);
        for (const flag of flags) {
          for (const language of languages) expectComplete(translators[language].explain(flag));
        }
      }),
      { numRuns: 30 },
    );
    for (const language of languages) expect({ language, missing: translators[language].missing }).toEqual({ language, missing: [] });
  });

  it('reads the thresholds from the profile into the explanation', () => {
    expect(translators.nb.explain(fourSickDaysFlag()!).finding).toBe(
      '4 dager og 0 enkelttimer fra 17.08.2026 til 23.11.2026. Gult fra 3 dager eller 9 timer, rødt fra 7 dager eller over 15 timer.',
    );
  });
});
