/**
 * A class's report after an assessment round as a document — the printable PDF and the
 * spreadsheet (XLSX) share it: the report in the contract's shape (src/shared/report-api.ts), the
 * school, the language, and the words both use in bokmål and nynorsk.
 */
import type { AssessmentRound } from '../domain/leadership/choose-report-round.js';
import type { LimitBand } from '../domain/identification/flag.js';
import type { ClassReport } from '../shared/report-api.js';
import type { DocumentLanguage, Letterhead } from './document-models.js';

export interface ClassReportDocumentInput {
  letterhead: Letterhead;
  language: DocumentLanguage;
  report: ClassReport;
  /** The day the report is printed (YYYY-MM-DD). */
  generatedOn: string;
}

export const classReportTexts = {
  nb: {
    title: 'Rapport: karakterer og fravær',
    rounds: { midtveis_host: 'Midtveisvurdering høst', halvaar: 'Halvårsvurdering', midtveis_var: 'Midtveisvurdering vår' } satisfies Record<AssessmentRound, string>,
    noRound: 'Ingen vurderingsrunde har begynt ennå dette skoleåret.',
    school: 'Skole',
    className: 'Klasse',
    contactTeachers: 'Kontaktlærer',
    round: 'Vurdering',
    gradesGiven: 'Karakterer gitt',
    absencePeriod: 'Fravær i perioden',
    students: 'Elever',
    limit: (warn: string, limit: string, discretion: string) =>
      `Fraværsgrensen: udokumentert fravær over ${limit} av timene i et fag gir som hovedregel ikke halvårs- eller standpunktkarakter; opp til ${discretion} kan rektor likevel gi karakter. Eleven varsles fra ${warn}.`,
    noLimit: 'Fraværsgrensen gjelder bare i videregående skole; fraværet vises uten grense.',
    printed: 'Utskrevet',
    summary: 'Oppsummering',
    totals: {
      graded: 'Karakterer gitt i runden',
      grade1: 'Karakteren 1',
      iv: 'IV (ikke vurderingsgrunnlag)',
      studentsWithLowGrade: 'Elever med 1 eller IV i minst ett fag',
      studentsAtRisk: (n: number) => `Elever i fare for 1 eller IV i ${n} fag eller flere`,
      overLimit: 'Fag der en elev er over fraværsgrensen',
      studentsOverLimit: 'Elever over fraværsgrensen i minst ett fag',
    },
    perSubject: 'Karakterer og fravær per fag',
    subject: 'Fag',
    graded: 'Karakterer',
    lowGradeStudents: 'Elever med 1 eller IV',
    absencePercent: 'Fravær',
    warning: 'Varsel',
    overLimit: 'Over grensen',
    atRisk: (n: number) => `Elever i fare for 1 eller IV i ${n} fag eller flere`,
    atRiskNote: 'Et fag teller når karakteren i runden er 1 eller IV, eller når fraværet i faget er over grensen.',
    student: 'Elev',
    subjects: 'Fag i fare',
    absence: 'Fravær per fag mot grensen',
    lessons: 'Timer borte av holdt',
    share: 'Andel',
    status: 'Status',
    bands: { varsel: 'Varsel', over_grensen: 'Over grensen', over_skjonn: 'Over skjønnsgrensen' } satisfies Record<LimitBand, string>,
    gradeAbsence: (grade: string | null, absence: string | null, band: string | null) =>
      [grade ? `karakter ${grade}` : null, band ? `${band.toLowerCase()} (${absence})` : absence ? `fravær ${absence}` : null].filter(Boolean).join(', '),
    none: 'Ingen',
    sheets: { about: 'Om rapporten', subjects: 'Fag', atRisk: 'Elever i fare', absence: 'Fravær' },
    lessonsHeld: 'Timer holdt',
    lessonsMissed: 'Timer borte',
    studentsWithShare: 'Elever med andel',
    overDiscretion: 'Over skjønnsgrensen',
    grade: 'Karakter',
  },
  nn: {
    title: 'Rapport: karakterar og fråvær',
    rounds: { midtveis_host: 'Midtvegsvurdering haust', halvaar: 'Halvårsvurdering', midtveis_var: 'Midtvegsvurdering vår' } satisfies Record<AssessmentRound, string>,
    noRound: 'Ingen vurderingsrunde har byrja enno dette skuleåret.',
    school: 'Skule',
    className: 'Klasse',
    contactTeachers: 'Kontaktlærar',
    round: 'Vurdering',
    gradesGiven: 'Karakterar gitt',
    absencePeriod: 'Fråvær i perioden',
    students: 'Elevar',
    limit: (warn: string, limit: string, discretion: string) =>
      `Fråværsgrensa: udokumentert fråvær over ${limit} av timane i eit fag gir som hovudregel ikkje halvårs- eller standpunktkarakter; opp til ${discretion} kan rektor likevel gi karakter. Eleven får varsel frå ${warn}.`,
    noLimit: 'Fråværsgrensa gjeld berre i vidaregåande skule; fråværet blir vist utan grense.',
    printed: 'Skrive ut',
    summary: 'Oppsummering',
    totals: {
      graded: 'Karakterar gitt i runden',
      grade1: 'Karakteren 1',
      iv: 'IV (ikkje vurderingsgrunnlag)',
      studentsWithLowGrade: 'Elevar med 1 eller IV i minst eitt fag',
      studentsAtRisk: (n: number) => `Elevar i fare for 1 eller IV i ${n} fag eller fleire`,
      overLimit: 'Fag der ein elev er over fråværsgrensa',
      studentsOverLimit: 'Elevar over fråværsgrensa i minst eitt fag',
    },
    perSubject: 'Karakterar og fråvær per fag',
    subject: 'Fag',
    graded: 'Karakterar',
    lowGradeStudents: 'Elevar med 1 eller IV',
    absencePercent: 'Fråvær',
    warning: 'Varsel',
    overLimit: 'Over grensa',
    atRisk: (n: number) => `Elevar i fare for 1 eller IV i ${n} fag eller fleire`,
    atRiskNote: 'Eit fag tel når karakteren i runden er 1 eller IV, eller når fråværet i faget er over grensa.',
    student: 'Elev',
    subjects: 'Fag i fare',
    absence: 'Fråvær per fag mot grensa',
    lessons: 'Timar borte av haldne',
    share: 'Del',
    status: 'Status',
    bands: { varsel: 'Varsel', over_grensen: 'Over grensa', over_skjonn: 'Over skjønnsgrensa' } satisfies Record<LimitBand, string>,
    gradeAbsence: (grade: string | null, absence: string | null, band: string | null) =>
      [grade ? `karakter ${grade}` : null, band ? `${band.toLowerCase()} (${absence})` : absence ? `fråvær ${absence}` : null].filter(Boolean).join(', '),
    none: 'Ingen',
    sheets: { about: 'Om rapporten', subjects: 'Fag', atRisk: 'Elevar i fare', absence: 'Fråvær' },
    lessonsHeld: 'Timar haldne',
    lessonsMissed: 'Timar borte',
    studentsWithShare: 'Elevar med del',
    overDiscretion: 'Over skjønnsgrensa',
    grade: 'Karakter',
  },
} as const;

/** "10,5 %": a share as Norwegians write it. */
export function formatPercent(value: number): string {
  return `${String(value).replace('.', ',')} %`;
}

/** "1STA-midtveis_host": a file name of letters, digits and dashes only, so that no header needs encoding. */
export function classReportFilename(report: ClassReport, extension: 'pdf' | 'xlsx'): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[æÆ]/g, 'ae')
      .replace(/[øØ]/g, 'o')
      .replace(/[åÅ]/g, 'a')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `rapport-${ascii(report.class.name) || 'klasse'}-${report.round?.round ?? 'ingen-runde'}.${extension}`;
}
