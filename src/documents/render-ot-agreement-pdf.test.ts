import { describe, expect, it } from 'vitest';
import type { StoredMeeting } from '../domain/ot/avklaring-meeting-view.js';
import { avklaringSummonsDocument } from './summons-document.js';
import type { DocumentLanguage } from './document-models.js';
import { otAgreementDocument } from './ot-agreement-document.js';
import { pdfPages, pdfText } from './pdf-text.js';
import { renderOtAgreementPdf } from './render-ot-agreement-pdf.js';
import { renderSummonsPdf } from './render-summons-pdf.js';

const letterhead = { schoolName: 'Varde vidaregåande skule', ownerName: 'Vardefjell fylkeskommune', address: 'Skulevegen 12, 2890 Varde' };
/** 17 on the meeting day (Monday 23 November 2026): the guardians are summoned and get a copy. */
const minor = { name: 'Stine Øverland Nordby', birthDate: '2008-11-24', groupName: '2STB' };
const adult = { name: 'Åse Kristiansen', birthDate: '2008-11-23', groupName: '3STA' };
const guardians = [
  { name: 'Hanne Nordby', parentalResponsibility: true },
  { name: 'Per Øverland', parentalResponsibility: true },
];
const invited: StoredMeeting['invited'] = [
  { kind: 'leiing', name: 'Rune Rektor' },
  { kind: 'kontaktlaerar', name: 'Kari Lunde' },
  { kind: 'elev', name: minor.name },
  { kind: 'ot', name: 'Olav Tjeneste' },
  { kind: 'foresett', name: 'Hanne Nordby' },
  { kind: 'foresett', name: 'Per Øverland' },
];
const opplysingar = {
  programme: 'Studiespesialisering, Vg2',
  className: '2STB',
  absence: 'Dette skuleåret (17.08.2026–23.11.2026): 12 heile dagar.',
  grades: 'Karakteren 1 eller IV i: Matematikk 2P (IV).',
  earlierMeasures: 'Tiltaksplan (fråvær, 12.10.2026): Fast vaksen om morgonen',
  background: 'Stine seier ho ikkje finn seg til rette på programmet.',
};
const agreement = {
  whatCameUp: 'Stine vil heller gå yrkesfag, helst bygg.',
  alternatives: 'Byte til Vg1 bygg- og anleggsteknikk frå januar; OT sitt tilbod om praksisplass.',
  decision: 'sluttar' as const,
  plan: [
    { what: 'Søkje om plass på Vg1 BA', who: 'Stine og rådgjevar', by: '2026-12-01' },
    { what: 'Ringje Stine om praksisplass', who: 'OT', by: null },
  ],
  otFollowUp: 'OT tek kontakt innan to veker.',
};

function document(options: { language: DocumentLanguage; held: boolean; writtenOut?: boolean; student?: typeof minor }) {
  const student = options.student ?? minor;
  const stored: StoredMeeting = {
    id: 'm1',
    on: '2026-11-23',
    outcome: options.held ? 'holdt' : 'ikkje_mott',
    invited: invited.map((p) => (p.kind === 'elev' ? { ...p, name: student.name } : p)),
    // Per Øverland did not come.
    present: options.held ? [0, 1, 2, 3, 4].map((i) => ({ ...invited[i]!, ...(i === 2 ? { name: student.name } : {}), invitedIndex: i })) : [],
  };
  const startsAt = new Date('2026-11-23T08:30:00+01:00');
  const summons = avklaringSummonsDocument({
    student,
    guardians,
    ground: 'fare_for_avbrot',
    meeting: { startsAt, place: 'Møterom 1', invited: stored.invited, summonsSentOn: '2026-11-16' },
    sender: { name: 'Kari Lunde', title: 'kontaktlærar', email: 'kari.lunde@vardefjell.no' },
    letterhead,
    language: options.language,
    today: '2026-11-16',
  });
  return otAgreementDocument({
    letterhead,
    language: options.language,
    today: '2026-11-23',
    student,
    guardians,
    ground: 'fare_for_avbrot',
    opplysingar,
    agreement: options.held ? agreement : { whatCameUp: '', alternatives: '', decision: 'uavklart', plan: [], otFollowUp: '' },
    signatures: options.held ? ['Rune Rektor', 'Kari Lunde', student.name, 'Olav Tjeneste', 'Hanne Nordby'].map((name) => ({ name, signedOn: '2026-11-23' })) : [],
    meeting: { startsAt, place: 'Møterom 1', stored },
    writtenOut: options.writtenOut ?? false,
    summons: summons.input,
  });
}

describe('the form "Avklaringssamtale og oppfølgingsavtale"', () => {
  it('in nynorsk: the student, the form’s parts, who was present, the plan, the signatures and where it goes', async () => {
    const made = document({ language: 'nn', held: true });
    const text = await pdfText(await renderOtAgreementPdf(made.input));
    expect(text).toContain('Varde vidaregåande skule');
    expect(text).toContain('Unnateke frå offentlegheit');
    expect(text).toContain('Avklaringssamtale og oppfølgingsavtale');
    expect(text).toContain('Skjema for avklaringssamtale med Oppfølgingstenesta (OT)');
    expect(text).toContain('Fylt ut og underskrive på møtet 23. november 2026');
    expect(text).toContain('Namn på eleven: Stine Øverland Nordby');
    expect(text).toContain('Tidspunkt for samtalen: måndag 23. november 2026 kl. 08.30');
    expect(text).toContain('Opplysingar om eleven Utdanningsprogram: Studiespesialisering, Vg2');
    expect(text).toContain('Fråvær Dette skuleåret (17.08.2026–23.11.2026): 12 heile dagar.');
    expect(text).toContain('Karakterar Karakteren 1 eller IV i: Matematikk 2P (IV).');
    expect(text).toContain('Deltakarar Namn Rolle Møtte Rune Rektor Leiinga ved skulen Ja Kari Lunde Kontaktlærar Ja');
    expect(text).toContain('Olav Tjeneste Oppfølgingstenesta (OT) Ja Hanne Nordby Føresett Ja Per Øverland Føresett Nei');
    expect(text).toContain('Kva kom fram i samtalen Stine vil heller gå yrkesfag, helst bygg.');
    expect(text).toContain('Alternativ for ungdommen Byte til Vg1 bygg- og anleggsteknikk');
    expect(text).toContain('Avgjerd Eleven sluttar på skulen.');
    expect(text).toContain('Avtalt plan – kven gjer kva innan når Kva Kven Innan Søkje om plass på Vg1 BA Stine og rådgjevar 01.12.2026 Ringje Stine om praksisplass OT –');
    expect(text).toContain('OT si oppfølging OT tek kontakt innan to veker.');
    expect(text).toContain('Underskrifter Namn Dato Underskrift Rune Rektor 23.11.2026 Underskrive på møtet');
    // The seed's document flow: the original to the student, copies to those present and to the guardian who did not come (under 18), the archive.
    expect(text).toContain('Original: eleven (Stine Øverland Nordby) Kopi: Rune Rektor (Leiinga ved skulen), Kari Lunde (Kontaktlærar), Olav Tjeneste (Oppfølgingstenesta (OT)), Hanne Nordby (Føresett), Per Øverland (Føresett) Arkiv: elevmappa ved skulen');
    expect(text).not.toContain('UTKAST');
    expect(text).not.toContain('Vedlegg');
    // The footer dates the document, in words that cannot be read as the student being written out.
    expect(text).toMatch(/Avklaringssamtale og oppfølgingsavtale – Stine Øverland Nordby · Dokumentet laga \d\d\.\d\d\.\d{4}/);
    expect(text).not.toContain('Skriven ut');
    expect(made.recipients).toEqual(['Stine Øverland Nordby (original)', 'Rune Rektor (kopi)', 'Kari Lunde (kopi)', 'Olav Tjeneste (kopi)', 'Hanne Nordby (kopi)', 'Per Øverland (kopi)', 'arkiv']);
  });

  it('in bokmål, the same form in the school’s other language', async () => {
    const text = await pdfText(await renderOtAgreementPdf(document({ language: 'nb', held: true }).input));
    expect(text).toContain('Unntatt offentlighet');
    expect(text).toContain('Skjema for avklaringssamtale med Oppfølgingstjenesten (OT)');
    expect(text).toContain('Fylt ut og underskrevet på møtet 23. november 2026');
    expect(text).toContain('Elevens navn: Stine Øverland Nordby');
    expect(text).toContain('Opplysninger om eleven');
    expect(text).toContain('Deltakere Navn Rolle Møtte Rune Rektor Skolens ledelse Ja');
    expect(text).toContain('Hva kom fram i samtalen');
    expect(text).toContain('Alternativer for ungdommen');
    expect(text).toContain('Avgjørelse Eleven slutter på skolen.');
    expect(text).toContain('Avtalt plan – hvem gjør hva innen når Hva Hvem Innen');
    expect(text).toContain('OTs oppfølging');
    expect(text).toContain('Arkiv: elevmappen ved skolen');
  });

  it('of a student of 18 goes to the guardians no more', () => {
    const made = document({ language: 'nn', held: true, student: adult });
    expect(made.input.distribution.map((d) => d.name)).not.toContain('Per Øverland');
  });

  it('attaches the written summons when the student is written out without having attended', async () => {
    const made = document({ language: 'nn', held: false, writtenOut: true });
    expect(made.input.attachedSummons).not.toBeNull();
    const pages = await pdfPages(await renderOtAgreementPdf(made.input));
    const text = pages.join(' ');
    expect(text).toContain('Ikkje underskrive: eleven møtte ikkje til avklaringssamtalen');
    expect(text).not.toContain('UTKAST');
    const appendix = pages.findIndex((p) => p.includes('Vedlegg: kopi av skriftleg innkalling'));
    expect(appendix).toBeGreaterThan(0);
    const rest = pages.slice(appendix).join(' ');
    expect(rest).toContain('Innkalling til avklaringssamtale');
    expect(rest).toContain('Stine Øverland Nordby Hanne Nordby Per Øverland (eleven og føresette)');
    expect(rest).toContain('Vi inviterer dykk til ein avklaringssamtale om skulekvardagen til Stine Øverland Nordby.');
    expect(rest).toContain('Samtalen blir halden saman med Oppfølgingstenesta (OT).');
    // Not written out, or written out after attending: no appendix.
    expect(document({ language: 'nn', held: false }).input.attachedSummons).toBeNull();
    expect(document({ language: 'nn', held: true, writtenOut: true }).input.attachedSummons).toBeNull();
  });

  it('is a draft until it is signed', async () => {
    const made = document({ language: 'nb', held: true });
    const text = await pdfText(await renderOtAgreementPdf({ ...made.input, signatures: [], meeting: { ...made.input.meeting!, outcome: null } }));
    expect(text).toContain('UTKAST – ikke underskrevet');
  });
});

describe('the written summons to the clarification meeting', () => {
  it('goes to the student alone from 18, in bokmål', async () => {
    const summons = avklaringSummonsDocument({
      student: adult,
      guardians,
      ground: 'sikker_slutt',
      meeting: { startsAt: new Date('2026-11-23T08:30:00+01:00'), place: 'Møterom 1', invited: [{ kind: 'elev', name: adult.name }, { kind: 'ot', name: 'Olav Tjeneste' }], summonsSentOn: '2026-11-16' },
      sender: { name: 'Kari Lunde', title: 'kontaktlærer', email: null },
      letterhead,
      language: 'nb',
      today: '2026-11-16',
    });
    expect(summons.recipients).toEqual([adult.name]);
    const text = await pdfText(await renderSummonsPdf(summons.input));
    expect(text).toContain('Innkalling til avklaringssamtale');
    expect(text).toContain('Vi inviterer deg til en avklaringssamtale om skolehverdagen din.');
    expect(text).toContain('Formål: Det er sikkert at eleven slutter på skolen.');
    expect(text).toContain('Innkalt: Åse Kristiansen, Elev Olav Tjeneste, Oppfølgingstjenesten (OT)');
    expect(text).not.toContain('foresatte');
  });
});
