/**
 * The written summons (innkalling) to a meeting: a letter to the guardians while the student is
 * under 18 (or the birth date is missing), otherwise to the student (docs/domain.md, "Who uses it": elev, foresatte). It says when, where and why,
 * who is invited, asks them to give notice if the time does not suit, and is signed by the sender.
 */
import type { Column, Content } from 'pdfmake/interfaces.js';
import type { CaseKind } from '../domain/vocabulary.js';
import {
  colours,
  commonTexts,
  fields,
  formatDateTime,
  formatLongDate,
  isMinorOn,
  osloDay,
  paragraph,
  renderDocument,
} from './document-layout.js';
import type { SummonsDocumentInput, SummonsMeetingKind } from './document-models.js';
import { roleLabelText } from './role-label-text.js';

const texts = {
  nb: {
    title: {
      kartleggingsmote: 'Innkalling til kartleggingssamtale',
      evalueringsmote: 'Innkalling til evalueringsmøte',
      annet: 'Innkalling til møte',
      avklaringssamtale: 'Innkalling til avklaringssamtale',
    } satisfies Record<SummonsMeetingKind, string>,
    noun: { kartleggingsmote: 'en kartleggingssamtale', evalueringsmote: 'et evalueringsmøte', annet: 'et møte', avklaringssamtale: 'en avklaringssamtale' } satisfies Record<SummonsMeetingKind, string>,
    guardiansOf: (name: string) => `foresatte til ${name}`,
    studentAndGuardians: 'eleven og foresatte',
    concerns: 'Gjelder',
    contact: 'Kontaktperson',
    inviteGuardians: (noun: string, name: string) => `Vi inviterer dere til ${noun} om skolehverdagen til ${name}.`,
    inviteStudent: (noun: string) => `Vi inviterer deg til ${noun} om skolehverdagen din.`,
    studentWelcome: (name: string) => `Vi ønsker at ${name} er med på møtet.`,
    why: {
      kartleggingsmote: {
        fravaer:
          'I samtalen vil vi sammen finne ut hva som gjør det vanskelig å komme på skolen, og hva som kan hjelpe. Tiltakene vi blir enige om, skriver vi ned i en tiltaksplan.',
        iko: 'I samtalen vil vi høre hvordan skolehverdagen oppleves, og sammen finne fram til hva som kan gjøre den bedre. Det vi blir enige om, skriver vi ned i en oppfølgingsplan.',
        skolemiljo:
          'Alle elever har rett til et trygt og godt skolemiljø. I samtalen vil vi høre hvordan skolehverdagen oppleves, og sammen finne ut hva skolen skal gjøre. Tiltakene skrives ned i en aktivitetsplan.',
      },
      evalueringsmote: 'På møtet går vi gjennom tiltakene i planen, vurderer sammen om de har virket, og blir enige om veien videre.',
      avklaringssamtale:
        'Samtalen holdes sammen med Oppfølgingstjenesten (OT). Vi vil høre hvordan du har det på skolen, finne ut hvilke muligheter som finnes for deg, og skrive ned en oppfølgingsavtale som de som er med på møtet, skriver under på. Det er viktig at du kommer.',
    },
    time: 'Tid',
    place: 'Sted',
    purpose: 'Formål',
    invited: 'Innkalt',
    notice: 'Gi beskjed så snart som mulig dersom tidspunktet ikke passer, så finner vi et nytt tidspunkt sammen.',
    contactWays: (name: string, ways: string[]) => `Ta kontakt med ${name}${ways.length ? ` på ${ways.join(' eller ')}` : ''}.`,
    phone: (n: string) => `telefon ${n}`,
    email: (e: string) => `e-post ${e}`,
    welcome: 'Velkommen!',
    closing: 'Med vennlig hilsen',
  },
  nn: {
    title: {
      kartleggingsmote: 'Innkalling til kartleggingssamtale',
      evalueringsmote: 'Innkalling til evalueringsmøte',
      annet: 'Innkalling til møte',
      avklaringssamtale: 'Innkalling til avklaringssamtale',
    } satisfies Record<SummonsMeetingKind, string>,
    noun: { kartleggingsmote: 'ein kartleggingssamtale', evalueringsmote: 'eit evalueringsmøte', annet: 'eit møte', avklaringssamtale: 'ein avklaringssamtale' } satisfies Record<SummonsMeetingKind, string>,
    guardiansOf: (name: string) => `føresette til ${name}`,
    studentAndGuardians: 'eleven og føresette',
    concerns: 'Gjeld',
    contact: 'Kontaktperson',
    inviteGuardians: (noun: string, name: string) => `Vi inviterer dykk til ${noun} om skulekvardagen til ${name}.`,
    inviteStudent: (noun: string) => `Vi inviterer deg til ${noun} om skulekvardagen din.`,
    studentWelcome: (name: string) => `Vi ønskjer at ${name} er med på møtet.`,
    why: {
      kartleggingsmote: {
        fravaer:
          'I samtalen vil vi saman finne ut kva som gjer det vanskeleg å kome på skulen, og kva som kan hjelpe. Tiltaka vi blir samde om, skriv vi ned i ein tiltaksplan.',
        iko: 'I samtalen vil vi høyre korleis skulekvardagen er, og saman finne fram til kva som kan gjere han betre. Det vi blir samde om, skriv vi ned i ein oppfølgingsplan.',
        skolemiljo:
          'Alle elevar har rett til eit trygt og godt skulemiljø. I samtalen vil vi høyre korleis skulekvardagen er, og saman finne ut kva skulen skal gjere. Tiltaka blir skrivne ned i ein aktivitetsplan.',
      },
      evalueringsmote: 'På møtet går vi gjennom tiltaka i planen, vurderer saman om dei har verka, og blir samde om vegen vidare.',
      avklaringssamtale:
        'Samtalen blir halden saman med Oppfølgingstenesta (OT). Vi vil høyre korleis du har det på skulen, finne ut kva for alternativ som finst for deg, og skrive ned ein oppfølgingsavtale som dei som er med på møtet, skriv under på. Det er viktig at du kjem.',
    },
    time: 'Tid',
    place: 'Stad',
    purpose: 'Føremål',
    invited: 'Innkalla',
    notice: 'Gi beskjed så snart som mogleg dersom tidspunktet ikkje passar, så finn vi eit nytt tidspunkt saman.',
    contactWays: (name: string, ways: string[]) => `Ta kontakt med ${name}${ways.length ? ` på ${ways.join(' eller ')}` : ''}.`,
    phone: (n: string) => `telefon ${n}`,
    email: (e: string) => `e-post ${e}`,
    welcome: 'Velkomen!',
    closing: 'Med venleg helsing',
  },
} as const;

function explanation(kind: SummonsMeetingKind, caseKind: CaseKind, t: (typeof texts)['nb' | 'nn']): string | null {
  if (kind === 'kartleggingsmote') return caseKind === 'ot_avklaring' ? null : t.why.kartleggingsmote[caseKind];
  if (kind === 'evalueringsmote') return t.why.evalueringsmote;
  if (kind === 'avklaringssamtale') return t.why.avklaringssamtale;
  return null;
}

export function summonsTitle(input: SummonsDocumentInput): string {
  return texts[input.language].title[input.meeting.kind];
}

/** The letter's body: the addressee, its facts, what it invites to, and the signature (also a copy's, attached to the agreement). */
export function summonsContent(input: SummonsDocumentInput): Content[] {
  const lang = input.language;
  const t = texts[lang];
  const c = commonTexts(lang);
  const { student, meeting, sender } = input;
  const meetingDay = osloDay(meeting.startsAt);
  // Guardians are summoned while the student is under 18 on the day of the meeting, or the birth date is missing.
  const toGuardians = isMinorOn(student.birthDate, meetingDay);
  // The clarification meeting is the student's own: the letter goes to the student, with the guardians beside while under 18.
  const toStudentToo = meeting.kind === 'avklaringssamtale';
  const plural = toGuardians || input.recipients.length > 1;
  const noun = t.noun[meeting.kind];
  const studentInvited = meeting.invited.some((p) => p.name.trim().toLocaleLowerCase('nb') === student.name.trim().toLocaleLowerCase('nb'));
  const title = t.title[meeting.kind];

  const addressee: Column = {
    width: '*',
    stack: [
      ...input.recipients.map((name) => ({ text: name })),
      ...(toGuardians ? [{ text: `(${toStudentToo ? t.studentAndGuardians : t.guardiansOf(student.name)})`, color: colours.muted }] : []),
    ],
  };
  const letterFacts: Column = {
    width: 'auto',
    table: {
      body: [
        [{ text: `${c.date}:`, bold: true }, { text: formatLongDate(input.sentOn, lang) }],
        [{ text: `${t.concerns}:`, bold: true }, { text: `${student.name}${student.groupName ? ` (${student.groupName})` : ''}` }],
        [{ text: `${t.contact}:`, bold: true }, { text: sender.name }],
      ],
    },
    layout: 'noBorders',
    fontSize: 9.5,
  };

  const invite = plural ? t.inviteGuardians(noun, student.name) : t.inviteStudent(noun);
  const why = explanation(meeting.kind, input.caseKind, t);
  const ways = [
    ...(sender.phone?.trim() ? [t.phone(sender.phone.trim())] : []),
    ...(sender.email?.trim() ? [t.email(sender.email.trim())] : []),
  ];

  return [
    { columns: [addressee, letterFacts], columnGap: 20, margin: [0, 0, 0, 28] },
    { text: title, style: 'title', margin: [0, 0, 0, 10] },
    paragraph(`${invite}${toGuardians && studentInvited && !toStudentToo ? ` ${t.studentWelcome(student.name)}` : ''}`),
    ...(why ? [paragraph(why)] : []),
    fields(
      [
        [t.time, formatDateTime(meeting.startsAt, lang)],
        [t.place, meeting.place],
        [t.purpose, meeting.purpose],
        [t.invited, { stack: meeting.invited.map((p) => ({ text: `${p.name}, ${roleLabelText(p.role, lang)}` })) }],
      ],
      [0, 6, 0, 12],
    ),
    paragraph(`${t.notice} ${t.contactWays(sender.name, ways)}`),
    paragraph(t.welcome),
    { text: t.closing, margin: [0, 14, 0, 26] },
    { text: sender.name, bold: true },
    { text: roleLabelText(sender.title, lang) },
    { text: input.letterhead.schoolName },
  ];
}

export async function renderSummonsPdf(input: SummonsDocumentInput): Promise<Buffer> {
  const title = summonsTitle(input);
  const { student } = input;
  return renderDocument({
    language: input.language,
    letterhead: input.letterhead,
    title: `${title} – ${student.name}`,
    footerNote: `${title} – ${student.name}`,
    content: summonsContent(input),
  });
}
