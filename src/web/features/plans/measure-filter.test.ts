import { describe, expect, it } from 'vitest';
import type { Measure } from './api/plan-client';
import { foldForSearch as fold } from '../../../domain/tiltak/search-text';
import { filterChoices, filterMeasures, noFilter } from './measure-filter';

const measure = (over: Partial<Measure>): Measure => ({
  code: 'tiltaksbank-skolevegring-001',
  title: 'Hente eleven hjemme',
  description: null,
  category: 'skolevegring-pa-skolen',
  categoryLabel: 'Tiltak på skolen',
  level: 'individ',
  arena: 'skoleveg',
  arenaLabel: 'Skoleveien',
  caseKinds: ['fravaer', 'iko'],
  source: 'tiltaksbank-skolevegring',
  ...over,
});

const bank = [
  measure({}),
  measure({ code: 'tiltaksbank-skolevegring-002', title: 'Tilpasset timeplan', description: 'Redusert skoledag i en periode.', arena: 'undervisning', arenaLabel: 'Undervisning' }),
  measure({
    code: 'tiltak-skolemiljosaker-udir-001',
    title: 'Tett voksenkontakt i friminuttene',
    category: 'skolemiljo-voksenkontakt',
    categoryLabel: 'Trygge gjennom tett voksenkontakt',
    level: 'skole',
    arena: 'friminutt',
    arenaLabel: 'Friminutt',
    caseKinds: ['skolemiljo'],
    source: 'tiltak-skolemiljosaker-udir',
  }),
  measure({ code: 'skolens-egne-1', title: 'Nærværsteam', source: 'skolens-egne', category: 'skolevegring-pa-skolen', caseKinds: ['fravaer'] }),
];

describe('the measure picker', () => {
  it('folds Norwegian letters and accents so that a search without them finds the word', () => {
    expect(fold('Nærvær')).toBe(fold('naervaer'));
    expect(fold('Skolemiljø')).toBe('skolemiljo');
  });

  it('finds measures by every word, in the title or description', () => {
    expect(filterMeasures(bank, { ...noFilter, text: 'skoledag redusert' }).map((m) => m.code)).toEqual(['tiltaksbank-skolevegring-002']);
    expect(filterMeasures(bank, { ...noFilter, text: 'naervaer' }).map((m) => m.code)).toEqual(['skolens-egne-1']);
  });

  it('filters by category, level, arena and the kind of case', () => {
    expect(filterMeasures(bank, { ...noFilter, level: 'skole' })).toHaveLength(1);
    expect(filterMeasures(bank, { ...noFilter, arena: 'undervisning' }).map((m) => m.title)).toEqual(['Tilpasset timeplan']);
    expect(filterMeasures(bank, { ...noFilter, category: 'skolevegring-pa-skolen' })).toHaveLength(3);
    expect(filterMeasures(bank, { ...noFilter, caseKind: 'skolemiljo' }).map((m) => m.code)).toEqual(['tiltak-skolemiljosaker-udir-001']);
    expect(filterMeasures(bank, noFilter)).toHaveLength(4);
  });

  it('offers the categories by source and the arenas there are', () => {
    const choices = filterChoices(bank);
    expect(choices.categories.map((c) => c.source)).toEqual(['tiltaksbank-skolevegring', 'tiltak-skolemiljosaker-udir', 'skolens-egne']);
    expect(choices.categories[0]!.choices).toEqual([{ value: 'skolevegring-pa-skolen', label: 'Tiltak på skolen' }]);
    expect(choices.arenas.map((a) => a.value)).toEqual(['friminutt', 'skoleveg', 'undervisning']);
  });
});
