import { describe, expect, it } from 'vitest';
import {
  categoryByKey,
  foldForSearch,
  measureArenaLabels,
  measureArenas,
  measureBank,
  measureByCode,
  measureCategories,
  measureLevelLabels,
  measureLevels,
  searchMeasures,
} from './measure-bank.js';
import { searchWords } from './search-text.js';

/*
 * Counted by hand against the seeds (docs/domain.md, "Sources"), then kept here so a lost or
 * doubled measure fails. Line numbers are of the plain-text copies the count was made from:
 * - Tiltaksbank ved skolevegring, part A: every line starting with "·" (lines 1–93), in the four
 *   blocks that each begin with a line " ·" indented by one space (lines 1, 30, 47, 76);
 *   lines 33–36 are the sub-bullets of line 32.
 * - part B: every non-empty line under each heading, a line wrapped onto the next (128–129,
 *   404–405) counted once, the "•" sub-bullets (105–107 under 104, 122–126 under 121) counted
 *   as measures; line 399 (" Koble eleven til en medelev", indented) opens the block without a
 *   heading that runs to line 410.
 * - Tiltak i skolemiljøsaker (Udir): one measure each for "Tett oppfølging over tid", the
 *   general sentence of "Trygge gjennom tett voksenkontakt", "Opprette egne elevgrupper" and
 *   "Gjøre aktiviteter sammen"; the five bullets under each of "Ved starten på skoledagen",
 *   "I læringsøkter" and "I friminutt"; følgegrupper, trafikkvakter and tilsyn on the way to
 *   school; the three prescriptive sentences of "Trygge gjennom organisering".
 */
const expectedPerCategory: Record<string, number> = {
  'skolevegring-pa-skolen': 15,
  'skolevegring-i-klassen': 11,
  'skolevegring-i-hjemmet': 15,
  'skolevegring-samarbeid-skole-hjem': 12,
  'skolevegring-samtaler-og-veiledning': 8,
  'skolevegring-trygghet-tilbakeforing': 9,
  'skolevegring-forsterkning': 4,
  'skolevegring-plan-for-naervaer': 22,
  'skolevegring-struktur-og-forutsigbarhet': 15,
  'skolevegring-tilpasning-av-krav': 19,
  'skolevegring-sosial-deltagelse': 9,
  'skolevegring-voksenrelasjoner': 9,
  'skolevegring-overganger': 8,
  'skolevegring-medelever': 11,
  'skolevegring-klassemiljo-og-kultur': 13,
  'skolemiljo-trygghet-og-tillit': 1,
  'skolemiljo-tett-voksenkontakt': 1,
  'skolemiljo-skoledagens-start': 5,
  'skolemiljo-laeringsokter': 5,
  'skolemiljo-friminutt': 5,
  'skolemiljo-skoleveien': 3,
  'skolemiljo-organisering': 3,
  'skolemiljo-bedre-relasjoner': 2,
};

describe('the measure bank', () => {
  it('holds every measure of both seeds', () => {
    const bySource = (s: string) => measureBank.filter((m) => m.source === s).length;
    expect(bySource('tiltaksbank-skolevegring')).toBe(180);
    expect(bySource('tiltak-skolemiljosaker-udir')).toBe(25);
    expect(measureBank).toHaveLength(205);
  });

  it('has the hand-counted number of measures in each category, and no empty category', () => {
    const counts: Record<string, number> = {};
    for (const m of measureBank) counts[m.category] = (counts[m.category] ?? 0) + 1;
    expect(counts).toEqual(expectedPerCategory);
    expect(measureCategories.map((c) => c.key).sort()).toEqual(Object.keys(expectedPerCategory).sort());
  });

  it('numbers codes per source in seed order, each once', () => {
    const codes = measureBank.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const source of ['skolevegring', 'skolemiljo']) {
      const numbers = codes.filter((c) => c.startsWith(`${source}-`)).map((c) => Number(c.slice(source.length + 1)));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    expect(codes.every((c) => /^(skolevegring|skolemiljo)-\d{3}$/.test(c))).toBe(true);
  });

  it('keeps categories unique, of the right source, and nested only under categories that exist', () => {
    const keys = measureCategories.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of measureBank) expect(categoryByKey(m.category)?.source).toBe(m.source);
    for (const c of measureCategories) if (c.parent) expect(categoryByKey(c.parent)?.source).toBe(c.source);
    expect(measureCategories.filter((c) => !c.headingInSeed).map((c) => c.key)).toEqual([
      'skolevegring-pa-skolen',
      'skolevegring-i-klassen',
      'skolevegring-i-hjemmet',
      'skolevegring-samarbeid-skole-hjem',
      'skolevegring-medelever',
    ]);
  });

  it('points every sub-bullet at a parent in the same category', () => {
    const parts = measureBank.filter((m) => m.partOf);
    expect(parts.map((m) => m.code)).toEqual([
      'skolevegring-018',
      'skolevegring-019',
      'skolevegring-020',
      'skolevegring-021',
      'skolevegring-057',
      'skolevegring-058',
      'skolevegring-059',
      'skolevegring-063',
      'skolevegring-064',
      'skolevegring-065',
      'skolevegring-066',
      'skolevegring-067',
    ]);
    for (const m of parts) expect(measureByCode(m.partOf!)?.category).toBe(m.category);
  });

  it('gives every measure a known level, arena and at least one case kind', () => {
    for (const m of measureBank) {
      expect(measureLevels).toContain(m.level);
      expect(measureArenas).toContain(m.arena);
      expect(m.caseKinds.length).toBeGreaterThan(0);
    }
    expect(Object.keys(measureLevelLabels).sort()).toEqual([...measureLevels].sort());
    expect(Object.keys(measureArenaLabels).sort()).toEqual([...measureArenas].sort());
    // Every arena and level is used by some measure, or it should not be offered.
    expect(new Set(measureBank.map((m) => m.arena))).toEqual(new Set(measureArenas));
    expect(new Set(measureBank.map((m) => m.level))).toEqual(new Set(measureLevels));
  });

  it('keeps the Udir measures to school-environment cases', () => {
    const udir = measureBank.filter((m) => m.source === 'tiltak-skolemiljosaker-udir');
    expect(udir.every((m) => m.caseKinds.join() === 'skolemiljo')).toBe(true);
    expect(measureBank.filter((m) => m.source === 'tiltaksbank-skolevegring').every((m) => m.caseKinds.includes('fravaer'))).toBe(true);
  });

  it('has the seed titles word for word', () => {
    const nb = (code: string) => measureByCode(code)?.title.nb;
    expect(nb('skolevegring-001')).toBe('Kartlegg elevens sosiale og faglige situasjon.');
    expect(nb('skolevegring-041')).toBe('Ikke la skolevegringen eller fraværet være det eneste temaet i familien.');
    expect(nb('skolevegring-118')).toBe('«Åpen- bok-prøve» eller forenklet prøve');
    expect(nb('skolevegring-157')).toBe('Koble eleven til en medelev');
    expect(nb('skolevegring-180')).toBe('Oppfordre foreldrekontakt og foresatte til å organisere sosiale aktiviteter utenom skolen.');
    expect(nb('skolemiljo-004')).toBe('Møte elever som føler seg utrygge hvis eleven ønsker det.');
    expect(nb('skolemiljo-017')).toBe('Ha tilrettelagte aktiviteter inne i en periode hvis en elev opplever utrygghet ute.');
    expect(measureByCode('skolevegring-069')?.title.nb).toBe(
      'Om mulig - gradvis eksponering for situasjoner eleven opplever som ubehagelige, for eksempel prøvesituasjoner, situasjoner der man må snakke høyt i klassen, kroppsøving osv.',
    );
    expect(measureByCode('skolevegring-015')?.description?.nb).toBe(
      'Utvid gjerne midt i uken og ikke rett etter ferier eller helg. Et tips kan være å starte tilbakeføringen i siste time, slik at eleven avslutter sammen med klassen, og så utvide skoledagen derfra.',
    );
  });

  it('names the consent the Udir student support group needs', () => {
    const group = measureByCode('skolemiljo-024');
    expect(group?.title.nb).toBe('Opprette egne elevgrupper');
    expect(group?.guidance?.some((g) => g.nb.includes('både eleven selv og foreldrene må samtykke'))).toBe(true);
    expect(group?.guidance?.some((g) => g.nb.includes('Elevenes foreldre må samtykke.'))).toBe(true);
  });
});

describe('searching the measure bank', () => {
  it('returns the whole bank, in order, for an empty query', () => {
    expect(searchMeasures({ language: 'nb' })).toEqual([...measureBank]);
    expect(searchMeasures({ text: '   ', language: 'en' })).toHaveLength(measureBank.length);
  });

  it('finds by text in bokmål, ignoring case', () => {
    const codes = searchMeasures({ text: 'FADDERORDNING', language: 'nb' }).map((m) => m.code);
    expect(codes).toEqual(['skolevegring-154', 'skolevegring-178']);
  });

  it('finds by text in English, and by the bokmål wording when reading English', () => {
    expect(searchMeasures({ text: 'buddy scheme', language: 'en' }).map((m) => m.code)).toEqual(['skolevegring-154', 'skolevegring-178']);
    expect(searchMeasures({ text: 'fadderordning', language: 'en' }).map((m) => m.code)).toEqual(['skolevegring-154', 'skolevegring-178']);
    expect(searchMeasures({ text: 'buddy scheme', language: 'nb' })).toEqual([]);
  });

  it('searches descriptions too, and needs every word', () => {
    const codes = searchMeasures({ text: 'sovestasjon', language: 'nb' }).map((m) => m.code);
    expect(codes).toEqual(['skolevegring-083']);
    expect(searchMeasures({ text: 'midt i uken', language: 'nb' }).map((m) => m.code)).toEqual(['skolevegring-015']);
    expect(searchMeasures({ text: 'følgegrupper trafikkvakter', language: 'nb' }).map((m) => m.code)).toEqual([
      'skolemiljo-018',
      'skolemiljo-019',
      'skolemiljo-020',
    ]);
  });

  it('tolerates æ, ø and å written without them', () => {
    const withLetters = searchMeasures({ text: 'fravær', language: 'nb' }).map((m) => m.code);
    expect(withLetters.length).toBeGreaterThan(5);
    expect(searchMeasures({ text: 'fravaer', language: 'nb' }).map((m) => m.code)).toEqual(withLetters);
    expect(searchMeasures({ text: 'fravar', language: 'nb' }).map((m) => m.code)).toEqual(withLetters);
    expect(searchMeasures({ text: 'skolegarden', language: 'nb' }).map((m) => m.code)).toEqual(
      searchMeasures({ text: 'skolegården', language: 'nb' }).map((m) => m.code),
    );
    expect(searchMeasures({ text: 'BOEKER', language: 'nb' }).map((m) => m.code)).toContain('skolevegring-111');
    expect(foldForSearch('Øke Trygghet')).toBe(foldForSearch('oke trygghet'));
  });

  it('filters by category, level, arena and case kind, together with text', () => {
    const breaks = searchMeasures({ arena: 'friminutt', language: 'nb' });
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.every((m) => m.arena === 'friminutt')).toBe(true);

    const udirBreaks = searchMeasures({ category: 'skolemiljo-friminutt', language: 'nn' });
    expect(udirBreaks.map((m) => m.code)).toEqual(['skolemiljo-013', 'skolemiljo-014', 'skolemiljo-015', 'skolemiljo-016', 'skolemiljo-017']);

    const schoolLevel = searchMeasures({ level: 'skole', caseKind: 'skolemiljo', language: 'nb' });
    expect(schoolLevel.every((m) => m.level === 'skole' && m.caseKinds.includes('skolemiljo'))).toBe(true);
    expect(schoolLevel.map((m) => m.code)).toContain('skolemiljo-014');

    expect(searchMeasures({ caseKind: 'iko', language: 'nb' }).some((m) => m.source === 'tiltak-skolemiljosaker-udir')).toBe(false);
    expect(searchMeasures({ text: 'tilsynsplan', arena: 'friminutt', language: 'nb' }).map((m) => m.code)).toEqual([
      'skolemiljo-014',
      'skolemiljo-015',
    ]);
    expect(searchMeasures({ text: 'tilsynsplan', arena: 'hjem', language: 'nb' })).toEqual([]);
  });

  it('searches nynorsk in nynorsk', () => {
    expect(searchMeasures({ text: 'skulevegen', language: 'nn' }).map((m) => m.code)).toContain('skolevegring-052');
  });
});

describe('searching the measure bank, the texts searched', () => {
  it('finds a measure by the words of its description in the language read', () => {
    const described = measureBank.find((m) => m.description && m.description.en !== m.description.nb && !m.title.en.includes(' '))!;
    const englishOnly = searchWords(described.description!.en).find((w) => w.length > 5 && !foldForSearch([described.title.en, described.title.nb, described.description!.nb].join(' ')).includes(w))!;
    expect(englishOnly).toBeDefined();
    expect(searchMeasures({ text: englishOnly, language: 'en' }).map((m) => m.code)).toContain(described.code);
  });

  it('does not find a word made of the end of one text and the start of the next', () => {
    // Reading bokmål, a measure's texts are searched as its title and description, then the same again:
    // the last word of the description (or of the title) is followed by the first word of the title.
    let checked = 0;
    for (const m of measureBank) {
      const across = `${foldForSearch(m.description?.nb ?? m.title.nb).split(' ').at(-1)}${foldForSearch(m.title.nb).split(' ')[0]}`;
      if (measureBank.some((other) => foldForSearch(`${other.title.nb} ${other.description?.nb ?? ''}`).includes(across))) continue;
      expect(searchMeasures({ text: across, language: 'nb' }).map((x) => x.code)).not.toContain(m.code);
      if (++checked === 20) break;
    }
    expect(checked).toBe(20);
  });
});

describe('folding text for search', () => {
  it('folds aa to a, as in names written before å', () => {
    expect(foldForSearch('Haakon')).toBe('hakon');
    expect(foldForSearch('Håkon')).toBe('hakon');
  });

  it('makes any run of spaces one space, and gives the words of a query without empty ones', () => {
    expect(foldForSearch('midt \t i  uken')).toBe('midt i uken');
    expect(searchWords('  Nærvær   i skolen ')).toEqual(['narvar', 'i', 'skolen']);
    expect(searchWords('   ')).toEqual([]);
  });
});
