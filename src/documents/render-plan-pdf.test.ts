import { describe, expect, it } from 'vitest';
import { planKinds } from '../domain/plans/plan-content.js';
import type { Signature } from '../domain/plans/plan-versions.js';
import { examplePlanInput, longPlanInput, nynorskPlanInput } from './document-examples.js';
import { pdfPages, pdfText } from './pdf-text.js';
import { renderPlanPdf, signatureLines } from './render-plan-pdf.js';

const marking = 'Unntatt offentlighet, jf. offl. § 13 og fvl. § 13';

describe('a signature made in the home view', () => {
  it('says it was signed electronically, with which provider, the day and the minute (Norwegian time)', async () => {
    const input = examplePlanInput('tiltaksplan');
    const byPer: Signature = {
      name: 'Per Øverland',
      role: 'foresatt',
      method: 'id_porten',
      signedOn: '2026-11-25',
      recordedBy: 'Per Øverland',
      recordedAt: '2026-11-25T17:03:00Z',
      signer: { kind: 'foresatt', personId: '00000000-0000-4000-8000-000000000001', identity: 'id-porten:abc' },
    };
    const text = await pdfText(await renderPlanPdf({ ...input, signatures: [...input.signatures, byPer] }));
    expect(text).toContain('Per Øverland Foresatt 25.11.2026 Signert elektronisk med ID-porten 25.11.2026 kl. 18.03');
    expect(text).not.toContain('id-porten:abc');
  });
});

describe('every kind of plan', () => {
  it.each(planKinds)('%s: carries the school, the student, the marking and a signed status', async (kind) => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput(kind)));
    expect(text).toContain('Varde videregående skole');
    expect(text).toContain('Vardefjell fylkeskommune');
    expect(text).toContain(`for Stine Øverland Nordby`);
    expect(text).toContain('Elevens navn: Stine Øverland Nordby');
    expect(text).toContain('Fødselsdato: 14.03.2010');
    expect(text).toContain('Klasse/gruppe: 1STA');
    expect(text).toContain(marking);
    expect(text).toContain('Versjon 1, signert 23. november 2026');
    expect(text).not.toContain('UTKAST');
  });

  it.each(planKinds)('%s: a signature line per expected signatory, with how each signature was recorded', async (kind) => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput(kind)));
    expect(text).toContain('Stine Øverland Nordby Elev 23.11.2026 Signert i Varde 23.11.2026, registrert av Kari Lunde');
    expect(text).toContain('Hanne Nordby Foresatt 24.11.2026 Signert på papir 24.11.2026, registrert av Kari Lunde');
    expect(text).toContain('Kari Lunde Skolen 23.11.2026 Signert i Varde 23.11.2026');
    // Not signed yet: the line is there, empty, to be signed on paper.
    expect(text).toMatch(/Per Øverland Foresatt (?!\d)/);
  });

  it.each(planKinds)('%s: a draft says UTKAST and has no signatures', async (kind) => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput(kind, { signed: false })));
    expect(text).toContain('UTKAST – versjon 2, ikke signert');
    expect(text).toContain('(UTKAST)');
    expect(text).toContain('Erstatter versjon 1.');
    expect(text).not.toContain('Signert');
    expect(text).toContain('Stine Øverland Nordby Elev');
  });
});

describe('tiltaksplan', () => {
  it("mirrors the staircase seed's template: goals, the measure table, the evaluation meeting and the period", async () => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput('tiltaksplan')));
    expect(text).toContain('TILTAKSPLAN for Stine Øverland Nordby');
    expect(text).toContain('MÅL Langsiktige: Komme tilbake til skolen og være i klassen. Oppleve mestring faglig og sosialt på skolen. Kortsiktige:');
    expect(text).toContain('Opprettholdende faktor Tiltak Ansvar Eventuelt plan B Evaluering');
    expect(text).toContain(
      'Mor drar på jobb før skolebussen går om morgenen. Mor har avtale med jobben om å være hjemme til bussen har gått de neste to ukene – følger på buss. Mor (Hanne Nordby)',
    );
    expect(text).toContain('I matematikk kartlegger vi «huller»');
    expect(text).toContain('Tidspunkt for evaluering: onsdag 9. desember 2026 kl. 14.00, Møterom 2, administrasjonen');
    expect(text).toContain('Avtalen gjelder for perioden: 23. november 2026 – 11. desember 2026');
    expect(text).toContain('Signatur på avtalen');
  });

  it("puts each evaluation's note on a measure in the row's Evaluering column, and the verdict in the evaluation table", async () => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput('tiltaksplan')));
    expect(text).toContain('Fungerte det å følge på bussen? 09.12.2026: Fungerte godt; trengs ikke lenger etter nyttår.');
    expect(text).toMatch(/Evalueringspunkter Dato Tilfredsstillende effekt\/ ?progresjon Justering av innhold og\/eller organisering Ja Nei 09\.12\.2026 X Stine har vært på skolen/);
  });

  it('has no evaluation table before anything is evaluated', async () => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput('tiltaksplan', { withEvaluations: false })));
    expect(text).not.toContain('Evalueringspunkter');
  });

  it('runs over pages with "Side x av y" on each and the table header repeated', async () => {
    const input = longPlanInput();
    const pages = await pdfPages(await renderPlanPdf(input));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Side ${i + 1} av ${pages.length}`);
      expect(page).toContain(marking);
      expect(page).toContain('TILTAKSPLAN for Stine Øverland Nordby, versjon 1');
    });
    expect(pages[1]).toContain('Opprettholdende faktor Tiltak Ansvar Eventuelt plan B Evaluering');
    const text = pages.join(' ');
    for (let n = 1; n <= 14; n++) expect(text).toContain(`Hindring ${n}:`);
    expect(pages.at(-1)).toContain('Signatur på avtalen');
  });

  it('never loses the signature block, wherever the page breaks fall', async () => {
    const long = longPlanInput();
    if (long.plan.kind !== 'tiltaksplan') throw new Error('expected a tiltaksplan');
    const content = long.plan.content;
    for (let rows = 1; rows <= content.rows.length; rows++) {
      const input = { ...long, plan: { kind: 'tiltaksplan' as const, content: { ...content, rows: content.rows.slice(0, rows) } } };
      const text = await pdfText(await renderPlanPdf(input));
      expect(text, `${rows} rows`).toContain('Signatur på avtalen Navn og rolle Dato Signatur');
      expect(text, `${rows} rows`).toContain('Kari Lunde Skolen 23.11.2026 Signert i Varde 23.11.2026');
      expect(text, `${rows} rows`).toContain(`Hindring ${rows}:`);
    }
  }, 30_000);

  it('is written in nynorsk when the language is nn', async () => {
    const text = await pdfText(await renderPlanPdf(nynorskPlanInput()));
    expect(text).toContain('Fjordvik vidaregåande skule');
    expect(text).toContain('Unnateke frå offentlegheit, jf. offl. § 13 og fvl. § 13');
    expect(text).toContain('Namn på eleven: Stine Øverland Nordby');
    expect(text).toContain('Ansvarleg for planen');
    expect(text).toContain('Oppretthaldande faktor Tiltak Ansvar Eventuelt plan B Evaluering');
    expect(text).toContain('Avtalen gjeld for perioden');
    expect(text).toContain('Tilfredsstillande effekt');
    expect(text).toContain('Per Øverland Føresett');
    expect(text).toContain('Skulen');
    expect(text).toContain('Skriven ut 10.12.2026');
    expect(text).toContain('Søv dårleg og blir liggjande om morgonen.');
    expect(text).not.toMatch(/Opprettholdende|Ansvarlig|gjelder|Foresatt|Skrevet/);
  });
});

describe('oppfølgingsplan', () => {
  it("follows the IKO template, with the planned evaluation points as rows to fill in", async () => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput('oppfolgingsplan')));
    expect(text).toContain('OPPFØLGINGSPLAN for Stine Øverland Nordby');
    expect(text).toContain('Hva er elevens hovedutfordringer? Stine har strøket på midtveisvurderingen');
    expect(text).toContain('Kort beskrivelse av tiltak og mål Ukentlig samtale med kontaktlærer');
    expect(text).toContain('Start: 16. november 2026 Slutt: 22. januar 2027 Antatt varighet: Ti uker, fram til halvårsvurderingen');
    expect(text).toContain('Gjennomføring og ansvar Navn på involvert(e) Oppgaver og ev. frister');
    expect(text).toContain('Jonas Berg, faglærer matematikk Leksehjelp tirsdag og torsdag etter skoletid. Lager en oversikt over hva som mangler. Frist: 27.11.2026');
    expect(text).toContain('Hvordan og hvor ofte effekten evalueres');
    expect(text).toContain('07.12.2026 X Innleveringene er levert, men fortsatt fravær på prøvedager.');
    expect(text).toContain('18.01.2027 (planlagt)');
    expect(text).toContain('Underskrifter');
  });

  it('shows the evaluation table with the planned points even on a draft', async () => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput('oppfolgingsplan', { signed: false })));
    expect(text).toContain('07.12.2026 (planlagt)');
    expect(text).toContain('18.01.2027 (planlagt)');
  });
});

describe('aktivitetsplan', () => {
  it('states what § 12-4 requires: the problem, the measures, when, who, and when they are evaluated', async () => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput('aktivitetsplan')));
    expect(text).toContain('AKTIVITETSPLAN for Stine Øverland Nordby');
    expect(text).toContain('jf. opplæringslova § 12-4');
    expect(text).toContain('Planen gjelder fra: 23. november 2026');
    expect(text).toContain('Kontaktperson for eleven: Siv Hagen, miljøterapeut');
    expect(text).toContain('Problemet Stine har fortalt at hun over tid har blitt holdt utenfor');
    expect(text).toContain('Tiltak Nivå Når Ansvarlig Evalueres');
    expect(text).toContain('Samtaler med elevene som er med i gruppechatten, og kontakt med foresatte til disse. Gruppe Innen 27. november Tor Åsheim, avdelingsleder 07.12.2026');
    expect(text).toContain('Voksne er ute i friminuttene ved kantina og i vestibylen. Skole Fra 23. november Rektor 14.12.2026');
  });
});

describe('ukeplan', () => {
  it('lists the days in order with time, what, where and with whom', async () => {
    const text = await pdfText(await renderPlanPdf(examplePlanInput('ukeplan')));
    expect(text).toContain('UKEPLAN for Stine Øverland Nordby');
    expect(text).toContain('Planen starter: onsdag 25. november 2026 (Uke 48)');
    expect(text).toContain('Dag/dato Klokka Hva Hvor Sammen med hvem');
    expect(text).toContain('Onsdag 25.11.2026 08.45–08.55 Sitter i 10 min. på benken utenfor skolen.');
    expect(text).toContain('Tirsdag 01.12.2026 08.50–10.00 Norsktime med klassen');
    expect(text.indexOf('Onsdag 25.11.2026')).toBeLessThan(text.indexOf('Onsdag 02.12.2026'));
    expect(text).toContain('Merknad Planen går fra onsdag til onsdag.');
  });

  it('shows notes on single entries with the evaluation', async () => {
    const input = examplePlanInput('ukeplan');
    input.evaluations = [{ evaluatedOn: '2026-12-02', satisfactory: true, adjustment: 'Fortsetter med lengre dager.', rowNotes: { '1': 'Gikk fint.' } }];
    const text = await pdfText(await renderPlanPdf(input));
    // The measure is named by its number and its first words.
    expect(text).toContain('02.12.2026 X Fortsetter med lengre dager. Tiltak 2 («Være på skolen i 20 min. sammen med lærer. Kartlegge mest…»): Gikk fint.');
  });
});

describe('signatureLines', () => {
  const signed = (name: string, role: Signature['role']): Signature => ({
    name,
    role,
    method: 'papir',
    signedOn: '2026-11-23',
    recordedBy: 'Kari Lunde',
    recordedAt: '2026-11-23T12:00:00Z',
  });

  it('matches signatures to the expected lines by role and name, whatever the case', () => {
    const lines = signatureLines(
      [
        { role: 'foresatt', name: 'Hanne Nordby' },
        { role: 'elev', name: 'Stine Nordby' },
      ],
      [signed('hanne nordby', 'foresatt'), signed('Ola Helse', 'annen')],
    );
    expect(lines.map((l) => [l.name, l.role, l.signature?.name ?? null])).toEqual([
      ['Hanne Nordby', 'foresatt', 'hanne nordby'],
      ['Stine Nordby', 'elev', null],
      ['Ola Helse', 'annen', 'Ola Helse'],
    ]);
  });

  it('does not take a signature given in another role', () => {
    const lines = signatureLines([{ role: 'foresatt', name: 'Hanne Nordby' }], [signed('Hanne Nordby', 'annen')]);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.signature).toBeUndefined();
  });
});

describe('a plan for a student without a birth date', () => {
  it('says the birth date is missing where it would stand, in the document’s language', async () => {
    const nb = examplePlanInput('tiltaksplan');
    expect(await pdfText(await renderPlanPdf({ ...nb, student: { ...nb.student, birthDate: null } }))).toContain('Fødselsdato: Fødselsdato mangler');
    const nn = examplePlanInput('tiltaksplan', { language: 'nn' });
    expect(await pdfText(await renderPlanPdf({ ...nn, student: { ...nn.student, birthDate: null } }))).toContain('Fødselsdato: Fødselsdato manglar');
  });
});
