/**
 * The form "Avklaringssamtale og oppfølgingsavtale" as the school prints and archives it (the seed:
 * "Når elevar står i fare for å avbryte vidaregåande opplæring", Hordaland): the student's
 * information filled in beforehand, who took part and who was present, what came up, the
 * alternatives for the youth, the agreed plan (who does what by when), OT's follow-up, the
 * signatures from the meeting and where the form goes ("Original: eleven; kopi: …; arkiv"). When
 * the student is written out without having attended, a copy of the written summons follows as an
 * appendix ("Vedlegg"). In nynorsk or bokmål, as the school chose for the form.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { groundText, participantKindText } from './avklaring-words.js';
import { colours, commonTexts, fields, formatBirthDate, formatDateTime, formatLongDate, formatShortDate, gridTable, heading, paragraph, renderDocument, subheading } from './document-layout.js';
import type { DocumentLanguage, OtAgreementDocumentInput } from './document-models.js';
import { documentTitles } from './document-titles.js';
import { summonsContent } from './render-summons-pdf.js';

const texts = {
  nb: {
    subtitle: 'Skjema for avklaringssamtale med Oppfølgingstjenesten (OT)',
    signedStatus: (on: string) => `Fylt ut og underskrevet på møtet ${on}`,
    noShowStatus: 'Ikke underskrevet: eleven møtte ikke til avklaringssamtalen',
    draftStatus: 'UTKAST – ikke underskrevet',
    school: 'Skole',
    meetingTime: 'Tidspunkt for samtalen',
    place: 'Sted',
    notSummoned: 'Ikke innkalt ennå',
    ground: 'Grunnlag for samtalen',
    opplysingar: 'Opplysninger om eleven',
    programme: 'Utdanningsprogram',
    className: 'Klasse',
    absence: 'Fravær',
    grades: 'Karakterer',
    earlierMeasures: 'Tidligere tiltak',
    background: 'Skolens bekymring og elevens syn',
    participants: 'Deltakere',
    participantTable: ['Navn', 'Rolle', 'Møtte'],
    yes: 'Ja',
    no: 'Nei',
    whatCameUp: 'Hva kom fram i samtalen',
    alternatives: 'Alternativer for ungdommen',
    decision: 'Avgjørelse',
    decisions: { held_fram: 'Eleven fortsetter på skolen.', sluttar: 'Eleven slutter på skolen.', uavklart: 'Det er ikke avklart om eleven fortsetter eller slutter.' },
    plan: 'Avtalt plan – hvem gjør hva innen når',
    planTable: ['Hva', 'Hvem', 'Innen'],
    noPlan: 'Ingen avtalte punkter.',
    otFollowUp: 'OTs oppfølging',
    signatures: 'Underskrifter',
    signatureTable: ['Navn', 'Dato', 'Underskrift'],
    signedInMeeting: 'Underskrevet på møtet',
    distribution: 'Dokumentflyt',
    original: 'Original',
    copy: 'Kopi',
    archive: 'Arkiv',
    archiveText: 'elevmappen ved skolen',
    theStudent: (name: string) => `eleven (${name})`,
    nobody: 'ingen',
    // Not "Skrevet ut": on this form that reads as the day the student was written out of school.
    printed: (on: string) => `Dokumentet laget ${on}`,
    appendix: 'Vedlegg: kopi av skriftlig innkalling',
    appendixNote: 'Eleven er skrevet ut uten å ha møtt til avklaringssamtale. Kopi av den skriftlige innkallingen til ungdommen/foresatte legges ved avtalen.',
  },
  nn: {
    subtitle: 'Skjema for avklaringssamtale med Oppfølgingstenesta (OT)',
    signedStatus: (on: string) => `Fylt ut og underskrive på møtet ${on}`,
    noShowStatus: 'Ikkje underskrive: eleven møtte ikkje til avklaringssamtalen',
    draftStatus: 'UTKAST – ikkje underskrive',
    school: 'Skule',
    meetingTime: 'Tidspunkt for samtalen',
    place: 'Stad',
    notSummoned: 'Ikkje innkalla enno',
    ground: 'Grunnlag for samtalen',
    opplysingar: 'Opplysingar om eleven',
    programme: 'Utdanningsprogram',
    className: 'Klasse',
    absence: 'Fråvær',
    grades: 'Karakterar',
    earlierMeasures: 'Tidlegare tiltak',
    background: 'Uroa til skulen og synet til eleven',
    participants: 'Deltakarar',
    participantTable: ['Namn', 'Rolle', 'Møtte'],
    yes: 'Ja',
    no: 'Nei',
    whatCameUp: 'Kva kom fram i samtalen',
    alternatives: 'Alternativ for ungdommen',
    decision: 'Avgjerd',
    decisions: { held_fram: 'Eleven held fram på skulen.', sluttar: 'Eleven sluttar på skulen.', uavklart: 'Det er ikkje avklart om eleven held fram eller sluttar.' },
    plan: 'Avtalt plan – kven gjer kva innan når',
    planTable: ['Kva', 'Kven', 'Innan'],
    noPlan: 'Ingen avtalte punkt.',
    otFollowUp: 'OT si oppfølging',
    signatures: 'Underskrifter',
    signatureTable: ['Namn', 'Dato', 'Underskrift'],
    signedInMeeting: 'Underskrive på møtet',
    distribution: 'Dokumentflyt',
    original: 'Original',
    copy: 'Kopi',
    archive: 'Arkiv',
    archiveText: 'elevmappa ved skulen',
    theStudent: (name: string) => `eleven (${name})`,
    nobody: 'ingen',
    printed: (on: string) => `Dokumentet laga ${on}`,
    appendix: 'Vedlegg: kopi av skriftleg innkalling',
    appendixNote: 'Eleven er skriven ut utan å ha møtt til avklaringssamtale. Kopi av den skriftlege innkallinga til ungdommen/føresette blir lagd ved avtalen.',
  },
} as const;

type Texts = (typeof texts)[DocumentLanguage];

export async function renderOtAgreementPdf(input: OtAgreementDocumentInput): Promise<Buffer> {
  const lang = input.language;
  const t = texts[lang];
  const c = commonTexts(lang);
  const title = documentTitles.otAgreement[lang];
  const signed = input.signatures.length > 0;
  const noShow = !signed && input.meeting?.outcome === 'ikkje_mott';
  const firstSignedOn = [...input.signatures.map((s) => s.signedOn)].sort()[0];
  const status: Content = signed
    ? { text: t.signedStatus(formatLongDate(firstSignedOn!, lang)), style: 'status' }
    : { text: noShow ? t.noShowStatus : t.draftStatus, style: noShow ? 'status' : 'draftStatus' };
  const { agreement, opplysingar: o } = input;

  const content: Content[] = [
    { text: title, style: 'title' },
    { text: t.subtitle, style: 'subtitle' },
    status,
    fields([
      [c.student, input.student.name],
      [c.birthDate, formatBirthDate(input.student.birthDate, lang)],
      [c.group, input.student.groupName ?? '–'],
      [t.school, input.letterhead.schoolName],
      [t.meetingTime, input.meeting ? formatDateTime(input.meeting.startsAt, lang) : t.notSummoned],
      ...(input.meeting?.place ? [[t.place, input.meeting.place] as const] : []),
      [t.ground, groundText[lang][input.ground]],
    ]),
    heading(t.opplysingar),
    fields([
      [t.programme, o.programme.trim() || '–'],
      [t.className, o.className.trim() || '–'],
    ]),
    subheading(t.absence),
    paragraph(o.absence),
    subheading(t.grades),
    paragraph(o.grades),
    subheading(t.earlierMeasures),
    paragraph(o.earlierMeasures),
    subheading(t.background),
    paragraph(o.background),
    heading(t.participants),
    gridTable(t.participantTable, participantRows(input, t), ['45%', '40%', '15%']),
    heading(t.whatCameUp),
    paragraph(agreement.whatCameUp),
    heading(t.alternatives),
    paragraph(agreement.alternatives),
    heading(t.decision),
    paragraph(t.decisions[agreement.decision]),
    heading(t.plan),
    agreement.plan.length > 0
      ? gridTable(t.planTable, agreement.plan.map((p) => [{ text: p.what }, { text: p.who }, { text: p.by ? formatShortDate(p.by) : '–' }]), ['58%', '27%', '15%'])
      : { text: t.noPlan, style: 'body', italics: true, color: colours.muted },
    heading(t.otFollowUp),
    paragraph(agreement.otFollowUp),
    heading(t.signatures),
    gridTable(t.signatureTable, signatureRows(input, t), ['45%', '20%', '35%']),
    heading(t.distribution),
    ...distributionLines(input, t),
    ...appendix(input, t),
  ];

  return renderDocument({
    language: lang,
    letterhead: input.letterhead,
    title: `${title} – ${input.student.name}`,
    footerNote: `${title} – ${input.student.name} · ${t.printed(formatShortDate(input.generatedOn))}`,
    draft: !signed && !noShow,
    content,
  });
}

function participantRows(input: OtAgreementDocumentInput, t: Texts): TableCell[][] {
  const kinds = participantKindText[input.language];
  return input.participants.map((p) => [{ text: p.name }, { text: kinds[p.kind] }, { text: p.present === null ? '–' : p.present ? t.yes : t.no }]);
}

/** A line per signature; before signing, an empty line per person present (or invited) to sign on paper. */
function signatureRows(input: OtAgreementDocumentInput, t: Texts): TableCell[][] {
  if (input.signatures.length > 0) {
    return input.signatures.map((s) => [{ text: s.name }, { text: formatShortDate(s.signedOn) }, { text: t.signedInMeeting }]);
  }
  const signers = input.participants.filter((p) => p.present !== false);
  return (signers.length > 0 ? signers : [{ name: input.student.name }]).map((p) => [{ text: p.name }, { text: '' }, { text: ' ' }]);
}

/** "Original: eleven (…); Kopi: …; Arkiv: elevmappa ved skulen", the seed's document flow. */
function distributionLines(input: OtAgreementDocumentInput, t: Texts): Content[] {
  const kinds = participantKindText[input.language];
  const original = input.distribution.filter((d) => d.copy === 'original').map((d) => (d.kind === 'elev' ? t.theStudent(d.name) : d.name));
  const copies = input.distribution.filter((d) => d.copy === 'kopi').map((d) => (d.kind === 'arkiv' ? d.name : `${d.name} (${kinds[d.kind]})`));
  return [
    fields([
      [t.original, original.join(', ') || t.theStudent(input.student.name)],
      [t.copy, copies.join(', ') || t.nobody],
      [t.archive, t.archiveText],
    ]),
  ];
}

function appendix(input: OtAgreementDocumentInput, t: Texts): Content[] {
  if (!input.attachedSummons) return [];
  return [
    { text: t.appendix, style: 'title', pageBreak: 'before', margin: [0, 0, 0, 4] },
    { text: t.appendixNote, style: 'small', margin: [0, 0, 0, 16] },
    ...summonsContent(input.attachedSummons),
  ];
}
