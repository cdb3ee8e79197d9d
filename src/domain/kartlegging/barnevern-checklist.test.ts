import { describe, expect, it } from 'vitest';
import { barnevernChecklist, barnevernSource } from './barnevern-checklist.js';

const item = (id: string) => barnevernChecklist.find((i) => i.id === id);

describe('the checklist for a concern report to child welfare', () => {
  it('never sends on absence alone, and needs a reason to believe in serious neglect', () => {
    expect(item('ikke-fravaer-alene')).toMatchObject({
      required: true,
      text: { nb: 'En melding til barnevernet skal ikke sendes kun med bakgrunn i skolefraværet alene.' },
    });
    expect(item('elevens-totale-situasjon')?.required).toBe(true);
    expect(item('alvorlig-omsorgssvikt')?.required).toBe(true);
    expect(item('alvorlig-omsorgssvikt')?.text.nb).toContain('alvorlig omsorgssvikt, har plikt til å melde fra til barneverntjenesten');
    expect(item('ikke-rutinemessig')?.required).toBe(true);
  });

  it('tells the guardians and is never anonymous', () => {
    expect(item('underrett-foresatte')).toMatchObject({ required: true, group: 'framgangsmate' });
    expect(item('underrett-foresatte')?.text.nb).toBe('Skolen skal underrette foresatte om melding til barnevernet');
    expect(item('ikke-anonym')).toMatchObject({ required: true, text: { nb: 'Meldingen kan ikke sendes anonymt.' } });
    expect(item('naermeste-leder')?.text.nb).toContain('leder kan ikke stoppe bekymringsmeldingen');
  });

  it('lists the six points the seed says the report should cover, in its order', () => {
    // The seed's list under "I meldingen bør disse punktene dekkes:", counted by hand.
    const content = barnevernChecklist.filter((i) => i.group === 'innhold');
    expect(content.map((i) => i.text.nb)).toEqual([
      'Beskrivelse av fraværsmønster',
      'Barnets sosiale fungering',
      'Det man vet om barnets psykiske helse',
      'Tiltak prøvd, og med hvilken effekt',
      'I hvilken grad foreldre samarbeider om skolegang og følger opp tiltak (NOU 2012:5)',
      'Andre kjente risikofaktorer',
    ]);
    // "bør": recommended, not a gate.
    expect(content.every((i) => !i.required)).toBe(true);
  });

  it('has unique ids and names its source', () => {
    const ids = barnevernChecklist.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(barnevernChecklist).toHaveLength(16);
    expect(barnevernSource).toContain('Søndre Land kommune');
  });
});

describe('the checklist’s points, as stored with a concern report', () => {
  it('keeps its ids, groups and what is required, in the seed’s order', () => {
    // The ids are stored with each report's confirmed points, so they never change.
    expect(barnevernChecklist.map((i) => [i.id, i.group, i.required])).toEqual([
      ['vurder-etter-tiltak', 'vilkar', false],
      ['ikke-rutinemessig', 'vilkar', true],
      ['ikke-fravaer-alene', 'vilkar', true],
      ['elevens-totale-situasjon', 'vilkar', true],
      ['udir-rundskriv-2012', 'vilkar', false],
      ['alvorlig-omsorgssvikt', 'vilkar', true],
      ['underrett-foresatte', 'framgangsmate', true],
      ['ikke-anonym', 'framgangsmate', true],
      ['naermeste-leder', 'framgangsmate', true],
      ['fravaersmonster', 'innhold', false],
      ['sosial-fungering', 'innhold', false],
      ['psykisk-helse', 'innhold', false],
      ['tiltak-og-effekt', 'innhold', false],
      ['foreldresamarbeid', 'innhold', false],
      ['andre-risikofaktorer', 'innhold', false],
      ['samarbeid-etterpa', 'etterpa', false],
    ]);
  });
});

