import { describe, expect, it } from 'vitest';
import { exampleSummonsInput } from './document-examples.js';
import { pdfPages, pdfText } from './pdf-text.js';
import { renderSummonsPdf } from './render-summons-pdf.js';

describe('the summons (innkalling)', () => {
  it('is a one-page letter to the guardians of a student under 18', async () => {
    const pages = await pdfPages(await renderSummonsPdf(exampleSummonsInput()));
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain('Varde videregående skole Vardefjell fylkeskommune Skolevegen 12, 2890 Varde');
    expect(text).toContain('Unntatt offentlighet, jf. offl. § 13 og fvl. § 13');
    expect(text).toContain('Hanne Nordby Per Øverland (foresatte til Stine Øverland Nordby)');
    expect(text).toContain('Dato: 18. november 2026');
    expect(text).toContain('Gjelder: Stine Øverland Nordby (1STA)');
    expect(text).toContain('Innkalling til kartleggingssamtale');
    expect(text).toContain('Vi inviterer dere til en kartleggingssamtale om skolehverdagen til Stine Øverland Nordby.');
    expect(text).toContain('Vi ønsker at Stine Øverland Nordby er med på møtet.');
    expect(text).toContain('hva som gjør det vanskelig å komme på skolen');
    expect(text).toContain('Tid: onsdag 25. november 2026 kl. 14.00');
    expect(text).toContain('Sted: Møterom 2, administrasjonen (inngang ved kantina)');
    expect(text).toContain('Formål: Skolen er bekymret for fraværet de siste ukene.');
    expect(text).toContain('Innkalt: Hanne Nordby, foresatt Per Øverland, foresatt Stine Øverland Nordby, elev Kari Lunde, kontaktlærer Ingrid Bakke, helsesykepleier');
    expect(text).toContain('Gi beskjed så snart som mulig dersom tidspunktet ikke passer');
    expect(text).toContain('Ta kontakt med Kari Lunde på telefon 612 34 567 eller e-post kari.lunde@vardefjell.no.');
    expect(text).toContain('Med vennlig hilsen Kari Lunde kontaktlærer Varde videregående skole');
    expect(text).toContain('Side 1 av 1');
  });

  it('is addressed to the student once she is 18', async () => {
    const text = await pdfText(await renderSummonsPdf(exampleSummonsInput({ adult: true })));
    expect(text).toContain('Åse Kristiansen');
    expect(text).toContain('Vi inviterer deg til en kartleggingssamtale om skolehverdagen din.');
    expect(text).not.toContain('foresatte til');
    expect(text).not.toMatch(/\bdere\b/);
  });

  it('explains a mapping conversation by the kind of case', async () => {
    const input = exampleSummonsInput();
    const iko = await pdfText(await renderSummonsPdf({ ...input, caseKind: 'iko' }));
    expect(iko).toContain('skriver vi ned i en oppfølgingsplan');
    const skolemiljo = await pdfText(await renderSummonsPdf({ ...input, caseKind: 'skolemiljo' }));
    expect(skolemiljo).toContain('Alle elever har rett til et trygt og godt skolemiljø.');
    expect(skolemiljo).toContain('aktivitetsplan');
  });

  it('summons to an evaluation meeting in nynorsk', async () => {
    const text = await pdfText(await renderSummonsPdf(exampleSummonsInput({ language: 'nn', kind: 'evalueringsmote' })));
    expect(text).toContain('Unnateke frå offentlegheit');
    expect(text).toContain('(føresette til Stine Øverland Nordby)');
    expect(text).toContain('Innkalling til evalueringsmøte');
    expect(text).toContain('Vi inviterer dykk til eit evalueringsmøte om skulekvardagen til Stine Øverland Nordby.');
    expect(text).toContain('Vi ønskjer at Stine Øverland Nordby er med på møtet.');
    expect(text).toContain('På møtet går vi gjennom tiltaka i planen');
    expect(text).toContain('Stad: Møterom 2');
    expect(text).toContain('Føremål: Skulen er uroa over fråværet');
    expect(text).toContain('Innkalla: Hanne Nordby, føresett');
    expect(text).toContain('Gi beskjed så snart som mogleg dersom tidspunktet ikkje passar');
    expect(text).toContain('Med venleg helsing Kari Lunde kontaktlærar');
    expect(text).not.toMatch(/Sted:|Formål:|vennlig|ikke/);
  });

  it('gives the time in Norwegian time whatever offset it was stored with', async () => {
    const input = exampleSummonsInput();
    input.meeting.startsAt = '2027-06-09T06:30:00Z';
    const text = await pdfText(await renderSummonsPdf(input));
    expect(text).toContain('Tid: onsdag 9. juni 2027 kl. 08.30');
  });
});

describe('the summons for a student without a birth date', () => {
  it('goes to the guardians, as for a minor', async () => {
    const input = exampleSummonsInput();
    const text = await pdfText(await renderSummonsPdf({ ...input, student: { ...input.student, birthDate: null } }));
    expect(text).toContain('Hanne Nordby Per Øverland (foresatte til Stine Øverland Nordby)');
  });
});
