/**
 * Who has seen the student's data (innsyn i logg, issue 14 part 5) as a document the school's
 * leadership prints or sends when someone asks in writing: the report in the contract's shape
 * (src/shared/audit-api.ts), the school, the language, and its words in bokmål and nynorsk.
 */
import type { AccessAction, AccessSubject } from '../domain/audit/build-access-report.js';
import type { RoleCode } from '../domain/vocabulary.js';
import type { AccessReportView } from '../shared/audit-api.js';
import type { DocumentLanguage, Letterhead } from './document-models.js';

export interface AccessReportDocumentInput {
  letterhead: Letterhead;
  language: DocumentLanguage;
  report: AccessReportView;
  /** The day the report is printed (YYYY-MM-DD). */
  generatedOn: string;
}

export const accessReportTexts = {
  nb: {
    title: 'Hvem har sett opplysningene',
    onRequest: 'Utskrift på forespørsel',
    student: 'Elev',
    school: 'Skole',
    period: 'Periode',
    printed: 'Utskrevet',
    intro:
      'Oversikten viser hvem som har lest eller endret opplysninger om eleven i Varde i perioden, etter skolens logg. Gjentatte oppslag av det samme, av samme person samme dag, står på én linje med antall.',
    accesses: 'Oppslag og endringer',
    refusals: 'Avviste forsøk',
    refusalsNote: 'Forsøk på å se opplysninger personen ikke hadde tilgang til. Ingen opplysninger ble vist.',
    day: 'Dato',
    who: 'Hvem',
    what: 'Hva',
    times: 'Antall',
    none: 'Ingen i perioden.',
    noActor: 'Systemet (import, automatisk kontroll) eller en person som ikke lenger er registrert',
    actions: { read: 'Leste', create: 'Registrerte', update: 'Endret', delete: 'Slettet' } satisfies Record<AccessAction, string>,
    subjects: {
      student_page: 'elevsiden',
      student_list: 'en liste eller oversikt der eleven er med',
      absence: 'fravær',
      grades: 'karakterer',
      flags: 'varsler om fravær eller karakterer',
      follow_up: 'oppfølging (kontakt med hjemmet, tettere oppfølging, bekymring)',
      case: 'en sak',
      plan: 'en plan',
      meeting: 'et møte',
      document: 'et dokument',
      class_report: 'klassens rapport',
      school_move: 'skolebytte eller overgang',
      ot: 'oppfølgingstjenesten',
      access_report: 'denne oversikten',
      other: 'andre opplysninger',
    } satisfies Record<AccessSubject, string>,
    roles: {
      kontaktlaerer: 'kontaktlærer',
      faglaerer: 'faglærer',
      radgiver: 'rådgiver',
      skoleleder: 'skoleleder',
      helsesykepleier: 'helsesykepleier',
      sosiallaerer: 'sosiallærer',
      miljoterapeut: 'miljøterapeut',
      ot_radgiver: 'OT-rådgiver',
      skoleeier: 'skoleeier',
      administrator: 'systemansvarlig',
    } satisfies Record<RoleCode, string>,
    at: 'ved',
    status: (status: number | null) => (status === 403 ? 'avvist' : 'svart som ukjent'),
  },
  nn: {
    title: 'Kven har sett opplysningane',
    onRequest: 'Utskrift på førespurnad',
    student: 'Elev',
    school: 'Skule',
    period: 'Periode',
    printed: 'Skriven ut',
    intro:
      'Oversikta viser kven som har lese eller endra opplysningar om eleven i Varde i perioden, etter loggen til skulen. Gjentekne oppslag av det same, av same person same dag, står på éi linje med tal.',
    accesses: 'Oppslag og endringar',
    refusals: 'Avviste forsøk',
    refusalsNote: 'Forsøk på å sjå opplysningar personen ikkje hadde tilgang til. Ingen opplysningar vart viste.',
    day: 'Dato',
    who: 'Kven',
    what: 'Kva',
    times: 'Tal',
    none: 'Ingen i perioden.',
    noActor: 'Systemet (import, automatisk kontroll) eller ein person som ikkje lenger er registrert',
    actions: { read: 'Las', create: 'Registrerte', update: 'Endra', delete: 'Sletta' } satisfies Record<AccessAction, string>,
    subjects: {
      student_page: 'elevsida',
      student_list: 'ei liste eller oversikt der eleven er med',
      absence: 'fråvær',
      grades: 'karakterar',
      flags: 'varsel om fråvær eller karakterar',
      follow_up: 'oppfølging (kontakt med heimen, tettare oppfølging, uro)',
      case: 'ei sak',
      plan: 'ein plan',
      meeting: 'eit møte',
      document: 'eit dokument',
      class_report: 'rapporten til klassen',
      school_move: 'skulebyte eller overgang',
      ot: 'oppfølgingstenesta',
      access_report: 'denne oversikta',
      other: 'andre opplysningar',
    } satisfies Record<AccessSubject, string>,
    roles: {
      kontaktlaerer: 'kontaktlærar',
      faglaerer: 'faglærar',
      radgiver: 'rådgjevar',
      skoleleder: 'skuleleiar',
      helsesykepleier: 'helsesjukepleiar',
      sosiallaerer: 'sosiallærar',
      miljoterapeut: 'miljøterapeut',
      ot_radgiver: 'OT-rådgjevar',
      skoleeier: 'skuleeigar',
      administrator: 'systemansvarleg',
    } satisfies Record<RoleCode, string>,
    at: 'ved',
    status: (status: number | null) => (status === 403 ? 'avvist' : 'svart som ukjend'),
  },
} as const;

/** "hvem-har-sett-ada-overland-2025-11-24-2026-11-23.pdf": the student and the period, in plain letters. */
export function accessReportFilename(report: AccessReportView): string {
  const slug = report.student.name
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `innsyn-${slug}-${report.period.from}-${report.period.to}.pdf`;
}
