import { describe, expect, it } from 'vitest';
import {
  causeCategories,
  causeCategoryDescriptions,
  causeCategoryLabels,
  conversationGuides,
  guideByKey,
  kartleggingssamtaleAgenda,
  maintainingFactorSuggestions,
  type GuideKey,
} from './conversation-guides.js';

const allText = (key: GuideKey) => guideByKey(key).sections.flatMap((s) => s.questions.map((q) => q.text.nb));

describe('the conversation guides', () => {
  it('finds each guide by its key', () => {
    const keys: GuideKey[] = ['iko-elevsamtale', 'fravaer-kartlegging-elev', 'fravaer-kartlegging-foresatte'];
    for (const key of keys) expect(guideByKey(key).key).toBe(key);
    expect(conversationGuides.map((g) => g.key)).toEqual(keys);
    expect(guideByKey('fravaer-kartlegging-foresatte').audience).toBe('foresatte');
    expect(() => guideByKey('nope' as GuideKey)).toThrow();
  });

  /*
   * Counted by hand: the IKO seed's "Mal for elevsamtalen" has five headings with 5, 3, 3, 5 and
   * 3 bullets; the absence seed has 8 lines under "Forslag til spørsmål til eleven" and 9 under
   * "Forslag til spørsmål til foresatte".
   */
  it('has every question of the seeds, grouped under the seed headings', () => {
    const shape = (key: GuideKey) => guideByKey(key).sections.map((s) => [s.title.nb, s.questions.length]);
    expect(shape('iko-elevsamtale')).toEqual([
      ['Ønsker og mål for utdanning og yrke', 5],
      ['Tidligere skoleerfaringer', 3],
      ['Behov for tilrettelegging', 3],
      ['Trivsel på ny skole', 5],
      ['Fritidsaktiviteter og venner', 3],
    ]);
    expect(shape('fravaer-kartlegging-elev')).toEqual([['Forslag til spørsmål til eleven', 8]]);
    expect(shape('fravaer-kartlegging-foresatte')).toEqual([['Forslag til spørsmål til foresatte', 9]]);
  });

  it('has the questions word for word, in the seed order', () => {
    const iko = allText('iko-elevsamtale');
    expect(iko[0]).toBe('Hva har du lyst til å utdanne deg til?');
    expect(iko).toContain('Er det noe du ønsker at skolen skal ta spesielt hensyn til? (muntlig, skriftlig, fysisk, allergi, tid)');
    expect(iko[18]).toBe('Vet du om flere her på skolen som driver med det samme som deg på fritiden?');

    const elev = allText('fravaer-kartlegging-elev');
    expect(elev[0]).toBe('Trives du på skolen og på fritiden?');
    expect(elev[4]).toBe('Blir du plaget eller mobbet på skolen, i friminuttene, på skoleveien eller i fritiden?');
    expect(elev[7]).toBe('Er det noe jeg kan gjøre annerledes for at du skal ha det bra på skolen?');

    const foresatte = allText('fravaer-kartlegging-foresatte');
    expect(foresatte[0]).toBe('Hvordan opplever du/dere at barnet trives på skolen/fritiden?');
    expect(foresatte[6]).toBe('Hvordan er elevens morgenrutiner? Kveldsrutiner? Søvn? Skjermtid? Mobilbruk?');
    expect(foresatte[8]).toBe('Hva tenker du/dere at skolen kan gjøre for at barnet skal komme på skolen?');
  });

  it('gives ids that are kebab-case and unique within each guide', () => {
    for (const guide of conversationGuides) {
      const sectionIds = guide.sections.map((s) => s.id);
      const questionIds = guide.sections.flatMap((s) => s.questions.map((q) => q.id));
      expect(new Set(sectionIds).size).toBe(sectionIds.length);
      expect(new Set(questionIds).size).toBe(questionIds.length);
      for (const id of [...sectionIds, ...questionIds]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(guide.source).toMatch(/\) — «/);
    }
  });

  it('names the source document of each guide', () => {
    expect(guideByKey('iko-elevsamtale').source).toContain('IKO-modellen');
    expect(guideByKey('fravaer-kartlegging-elev').source).toContain('Søndre Land kommune');
  });

  it('keeps the frame of the mapping meeting, with the question about maintaining factors', () => {
    expect(kartleggingssamtaleAgenda.map((s) => s.title.nb)).toEqual([
      'Rammer for en god samtale',
      'Samtalens start',
      'Samtalens avslutning',
      'Etter samtalen',
    ]);
    expect(kartleggingssamtaleAgenda.map((s) => s.steps.length)).toEqual([5, 5, 5, 3]);
    const steps = kartleggingssamtaleAgenda.flatMap((s) => s.steps);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(steps.map((s) => s.text.nb)).toContain('Hva tenker vi er mulige utløsende og opprettholdende faktorer for fraværet?');
    expect(steps.map((s) => s.text.nb)).toContain('Skriv et kort referat og send kopi til alle deltakere.');
  });
});

describe('the cause categories', () => {
  it('are the four of the IKO seed, each with a label and a description', () => {
    expect(causeCategories).toEqual(['faglige_utfordringer', 'motivasjon_og_feilvalg', 'motet_med_skolen', 'livet_utenfor']);
    expect(Object.keys(causeCategoryLabels)).toEqual([...causeCategories]);
    expect(Object.keys(causeCategoryDescriptions)).toEqual([...causeCategories]);
    expect(causeCategoryLabels.motet_med_skolen.nb).toBe('Møte med skolen');
    expect(causeCategoryDescriptions.motivasjon_og_feilvalg.nb).toBe(
      'Forskningen viser at frafall ofte også skyldes motivasjonsproblemer hvor feilvalg kan være en av årsakene. Jo mindre motivert en elev er for skolearbeid, jo større er sannsynligheten for frafall.',
    );
  });
});

describe('the maintaining-factor suggestions', () => {
  it('come from the absence seed, each id once', () => {
    const ids = maintainingFactorSuggestions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(maintainingFactorSuggestions.filter((s) => s.origin === 'eksempel-tiltaksplan').map((s) => s.text.nb)).toEqual([
      'Mor drar på jobb før skolebussen går om morgenen',
      'Opplever lite faglig mestring etter mye fravær, spesielt i matematikk.',
      'Det er vanskelig å gå ut i storefri fordi hun ikke vet hvem hun skal være sammen med og hva hun skal gjøre',
    ]);
    expect(maintainingFactorSuggestions).toHaveLength(15);
  });
});

describe('guideByKey', () => {
  it('names the key it has no guide for', () => {
    expect(() => guideByKey('ot-samtale' as GuideKey)).toThrow('No conversation guide with key ot-samtale');
  });
});
