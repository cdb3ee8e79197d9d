import { describe, expect, it } from 'vitest';
import { exampleMinutesInput } from './document-examples.js';
import { pdfPages, pdfText } from './pdf-text.js';
import { renderMinutesPdf } from './render-minutes-pdf.js';

describe('the minutes (referat)', () => {
  it('records the date, who took part, the questions and answers, and what was agreed', async () => {
    const pages = await pdfPages(await renderMinutesPdf(exampleMinutesInput()));
    const text = pages.join(' ');
    expect(text).toContain('Varde videregående skole');
    expect(text).toContain('Unntatt offentlighet, jf. offl. § 13 og fvl. § 13');
    expect(text).toContain('Referat fra kartleggingssamtale');
    expect(text).toContain('Elevens navn: Stine Øverland Nordby');
    expect(text).toContain('Dato for møtet: 25. november 2026');
    expect(text).toContain(
      'Til stede: Hanne Nordby, foresatt Per Øverland, foresatt Stine Øverland Nordby, elev Kari Lunde, kontaktlærer Ingrid Bakke, helsesykepleier',
    );
    expect(text).toContain('Spørsmål til eleven Trives du på skolen og på fritiden? Trives med fotballaget, men ikke på skolen for tiden.');
    expect(text).toContain('Blir du plaget eller mobbet på skolen, i friminuttene, på skoleveien eller i fritiden? Nei.');
    expect(text).toContain('Er det noe jeg kan gjøre annerledes for at du skal ha det bra på skolen? Ikke besvart');
    expect(text).toContain('Spørsmål til foresatte Opplever du/dere at det er spesielle årsaker');
    expect(text).toContain('Oppsummering Stine har hatt 14 dager fravær siden høstferien.');
    expect(text).toContain('Mulige årsaker Faglige utfordringer Livet utenfor');
    expect(text).toContain('Opprettholdende faktorer Mor drar på jobb før skolebussen går om morgenen.');
    expect(text).toContain('Dette ble avtalt Kontaktlærer lager utkast til tiltaksplan innen fredag 27. november.');
    expect(text).toContain('Referent: Kari Lunde, kontaktlærer');
    expect(text).toContain('Dato for referatet: 26. november 2026');
    expect(text).toContain('Kopi til: Hanne Nordby, Per Øverland, Stine Øverland Nordby, Ingrid Bakke');
    pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${pages.length}`));
  });

  it('says so when nothing was found', async () => {
    const text = await pdfText(await renderMinutesPdf({ ...exampleMinutesInput(), causeCategories: [], maintainingFactors: [], distribution: [] }));
    expect(text).toContain('Mulige årsaker Ingen Opprettholdende faktorer Ingen');
    expect(text).toContain('Kopi til: Ingen');
  });

  it('is written in nynorsk when the language is nn', async () => {
    const text = await pdfText(await renderMinutesPdf(exampleMinutesInput({ language: 'nn' })));
    expect(text).toContain('Fjordvik vidaregåande skule');
    expect(text).toContain('Referat frå kartleggingssamtale');
    expect(text).toContain('Namn på eleven: Stine Øverland Nordby');
    expect(text).toContain('Til stades: Hanne Nordby, føresett');
    expect(text).toContain('Trivst du på skulen og på fritida?');
    expect(text).toContain('Moglege årsaker Faglege utfordringar Livet utanfor');
    expect(text).toContain('Oppretthaldande faktorar');
    expect(text).toContain('Dette vart avtalt');
    expect(text).toContain('Referent: Kari Lunde, kontaktlærar');
    expect(text).not.toMatch(/Til stede:|Mulige|Opprettholdende|ble avtalt/);
  });

  it('writes the stored role labels in nynorsk, whatever language they were stored in', async () => {
    const stored = [
      { name: 'Hanne Nordby', role: 'Foresatt' },
      { name: 'Stine Øverland Nordby', role: 'Student' },
      { name: 'Kari Lunde', role: 'Kontaktlærer 1STA' },
      { name: 'Per Øverland', role: 'morfar' },
    ];
    const text = await pdfText(await renderMinutesPdf({ ...exampleMinutesInput({ language: 'nn' }), participants: stored, writtenBy: { name: 'Kari Lunde', title: 'Kontaktlærer 1STA' } }));
    expect(text).toContain('Til stades: Hanne Nordby, Føresett Stine Øverland Nordby, Elev Kari Lunde, Kontaktlærar 1STA Per Øverland, morfar');
    expect(text).toContain('Referent: Kari Lunde, Kontaktlærar 1STA');
  });
});
