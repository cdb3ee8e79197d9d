/**
 * What every document Varde prints shares: the school's letterhead, the confidentiality marking
 * that schools put on documents about a pupil, the footer with "Side x av y", Norwegian dates, the
 * table style, and the one call into pdfmake (docs/decisions/010-pdf-documents.md).
 *
 * Fonts are Roboto from the pdfmake package itself (covers æøå, «», –, §); nothing is fetched
 * from the network, and pdfmake may read no file but those fonts.
 */
import { createRequire } from 'node:module';
import type * as PdfMake from 'pdfmake';
import type { Content, ContentTable, CustomTableLayout, Margins, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import type { DocumentLanguage, Letterhead } from './document-models.js';

const require = createRequire(import.meta.url);
// pdfmake is CommonJS exporting one instance; ESM's named-export detection cannot see its methods.
// Required at the first document, not at start: it takes a third of a second to load, and most
// starts of Varde make no PDF before the first person asks for one (npm run bench:start).
let pdfmakeInstance: typeof PdfMake | undefined;
const loadPdfmake = () => (pdfmakeInstance ??= require('pdfmake') as typeof PdfMake);

const fontFile = (file: string) => require.resolve(`pdfmake/fonts/Roboto/${file}`);
const fonts = {
  Roboto: {
    normal: fontFile('Roboto-Regular.ttf'),
    bold: fontFile('Roboto-Medium.ttf'),
    italics: fontFile('Roboto-Italic.ttf'),
    bolditalics: fontFile('Roboto-MediumItalic.ttf'),
  },
};
const fontPaths = new Set(Object.values(fonts.Roboto));

/** The words every document shares. */
const common = {
  nb: {
    confidential: 'Unntatt offentlighet, jf. offl. § 13 og fvl. § 13',
    pageOf: (page: number, pages: number) => `Side ${page} av ${pages}`,
    student: 'Elevens navn',
    birthDate: 'Fødselsdato',
    birthDateMissing: 'Fødselsdato mangler',
    group: 'Klasse/gruppe',
    date: 'Dato',
    none: 'Ingen',
    notAnswered: 'Ikke besvart',
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    weekdays: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    clock: 'kl.',
  },
  nn: {
    confidential: 'Unnateke frå offentlegheit, jf. offl. § 13 og fvl. § 13',
    pageOf: (page: number, pages: number) => `Side ${page} av ${pages}`,
    student: 'Namn på eleven',
    birthDate: 'Fødselsdato',
    birthDateMissing: 'Fødselsdato manglar',
    group: 'Klasse/gruppe',
    date: 'Dato',
    none: 'Ingen',
    notAnswered: 'Ikkje svart',
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    weekdays: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
    clock: 'kl.',
  },
} as const;

export function commonTexts(language: DocumentLanguage) {
  return common[language];
}

// ---------------------------------------------------------------------------------------------
// Dates

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DayParts {
  year: number;
  month: number;
  day: number;
}

function dayParts(date: string): DayParts | null {
  const day = isoDay.exec(date.length > 10 ? osloDay(date) : date);
  if (!day) return null;
  return { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
}

const osloFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function osloParts(dateTime: string): { day: string; time: string } | null {
  const at = new Date(dateTime);
  if (Number.isNaN(at.getTime())) return null;
  const parts = Object.fromEntries(osloFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}.${parts.minute}` };
}

/** "18.03": the time of day a point in time falls on in Norway. */
export function osloTime(dateTime: string): string {
  return osloParts(dateTime)?.time ?? '';
}

/** The day (YYYY-MM-DD) a point in time falls on in Norway; a plain day is returned as it is. */
export function osloDay(dateOrDateTime: string): string {
  if (isoDay.test(dateOrDateTime)) return dateOrDateTime;
  return osloParts(dateOrDateTime)?.day ?? dateOrDateTime;
}

/** "23. november 2026". */
export function formatLongDate(date: string, language: DocumentLanguage): string {
  const p = dayParts(date);
  if (!p) return date;
  return `${p.day}. ${common[language].months[p.month - 1]} ${p.year}`;
}

/** "23.11.2026". */
export function formatShortDate(date: string): string {
  const p = dayParts(date);
  if (!p) return date;
  return `${String(p.day).padStart(2, '0')}.${String(p.month).padStart(2, '0')}.${p.year}`;
}

/** A student's birth date as "23.11.2010", or "Fødselsdato mangler" when the school has not completed it. */
export function formatBirthDate(date: string | null, language: DocumentLanguage): string {
  return date === null ? common[language].birthDateMissing : formatShortDate(date);
}

export function weekdayOf(date: string, language: DocumentLanguage): string {
  const p = dayParts(date);
  if (!p) return '';
  return common[language].weekdays[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()]!;
}

/** "onsdag 25. november 2026". */
export function formatWeekdayDate(date: string, language: DocumentLanguage): string {
  const weekday = weekdayOf(date, language);
  return weekday ? `${weekday} ${formatLongDate(date, language)}` : date;
}

/** "onsdag 25. november 2026 kl. 14.00", in Norwegian time. */
export function formatDateTime(dateTime: string, language: DocumentLanguage): string {
  const parts = osloParts(dateTime);
  if (!parts) return dateTime;
  return `${formatWeekdayDate(parts.day, language)} ${common[language].clock} ${parts.time}`;
}

/** ISO week number, for "Uke 48". */
export function isoWeek(date: string): number | null {
  const p = dayParts(date);
  if (!p) return null;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** Whole years of age on a day (the domain's rule; re-exported for the renderers). */
export { ageOn } from '../domain/school-calendar.js';
/** Under 18 on a day, or the birth date missing (the domain's rule; re-exported for the renderers). */
export { isMinorOn } from '../domain/student-age.js';

// ---------------------------------------------------------------------------------------------
// Look

export const colours = {
  text: '#1b1b1b',
  muted: '#5a6470',
  accent: '#1f3a5f',
  rule: '#8d99a6',
  headerFill: '#e7ecf1',
  draft: '#b3261e',
} as const;

const pageSide = 56;
const contentWidth = 595.28 - 2 * pageSide;

/** Thin grey lines around every cell, a little air inside. */
export const gridLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => colours.rule,
  vLineColor: () => colours.rule,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
  fillColor: (rowIndex, node) => (rowIndex < (node.table.headerRows ?? 0) ? colours.headerFill : null),
};

/** Label and value pairs without lines: the head of a form ("Elevens navn: …"). */
export const fieldLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/**
 * A section heading, kept off the foot of a page (see pageBreakBefore below). Inside a block that
 * is unbreakable already, pass `keepWithNext: false`: pdfmake loses an unbreakable block that has
 * a page break forced inside it.
 */
export function heading(text: string, keepWithNext = true): Content {
  return keepWithNext ? { text, style: 'heading', headlineLevel: 1 } : { text, style: 'heading' };
}

export function subheading(text: string): Content {
  return { text, style: 'subheading', headlineLevel: 2 };
}

/** Free text a person wrote; an empty one shows as a dash rather than as nothing. */
export function paragraph(text: string, style?: string): Content {
  const trimmed = text.trim();
  return { text: trimmed === '' ? '–' : trimmed, style: style ?? 'body' };
}

export function bulletList(items: readonly string[], language: DocumentLanguage): Content {
  const filled = items.map((i) => i.trim()).filter((i) => i !== '');
  if (filled.length === 0) return { text: common[language].none, style: 'body', italics: true, color: colours.muted };
  return { ul: filled, style: 'body', margin: [0, 0, 0, 6] };
}

/** Label: value lines with the labels in one column. */
export function fields(rows: ReadonlyArray<readonly [string, string | Content]>, margin: Margins = [0, 0, 0, 10]): Content {
  return {
    table: {
      widths: ['auto', '*'],
      body: rows.map(([label, value]) => [
        { text: `${label}:`, bold: true },
        typeof value === 'string' ? { text: value } : value,
      ]),
    },
    layout: fieldLayout,
    margin,
  };
}

/** A table with a shaded header row that repeats on every page it runs over. */
export function gridTable(headers: readonly string[], rows: TableCell[][], widths: Array<number | string>): ContentTable {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'tableHeader' })), ...rows],
    },
    layout: gridLayout,
    style: 'table',
    margin: [0, 2, 0, 12],
  };
}

/** The school's name and owner at the top of the first page, with a rule under it. */
export function letterheadBlock(letterhead: Letterhead): Content {
  const address = letterhead.address?.trim();
  return {
    stack: [
      { text: letterhead.schoolName, style: 'schoolName' },
      { text: letterhead.ownerName, style: 'ownerName' },
      ...(address ? [{ text: address, style: 'address' }] : []),
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: 1.2, lineColor: colours.accent }],
        margin: [0, 6, 0, 0],
      },
    ],
    margin: [0, 0, 0, 18],
  };
}

export interface DocumentFrame {
  language: DocumentLanguage;
  letterhead: Letterhead;
  /** The document's title, for the PDF's metadata. */
  title: string;
  /** Shown small at the foot of every page, so a loose page still says what it belongs to. */
  footerNote: string;
  /** A draft carries "UTKAST" across every page. */
  draft?: boolean;
  content: Content[];
}

/** Puts a document in the shared frame and renders it to PDF bytes. */
export async function renderDocument(frame: DocumentFrame): Promise<Buffer> {
  const t = common[frame.language];
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [pageSide, 54, pageSide, 54],
    language: frame.language === 'nn' ? 'nn-NO' : 'nb-NO',
    info: { title: frame.title, author: frame.letterhead.schoolName, creator: 'Varde', producer: 'Varde' },
    header: (currentPage) => ({
      columns: [
        currentPage > 1 ? { text: frame.letterhead.schoolName, style: 'running' } : { text: '' },
        { text: t.confidential, style: 'marking', alignment: 'right' },
      ],
      margin: [pageSide, 24, pageSide, 0],
    }),
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: frame.footerNote, style: 'running', width: '*' },
        { text: t.pageOf(currentPage, pageCount), style: 'running', alignment: 'right', width: 'auto' },
      ],
      margin: [pageSide, 20, pageSide, 0],
    }),
    ...(frame.draft ? { watermark: { text: 'UTKAST', color: colours.draft, opacity: 0.12, bold: true } } : {}),
    content: [letterheadBlock(frame.letterhead), ...frame.content],
    // A heading never stands alone at the foot of a page: one that starts in the last few lines
    // moves to the next. (The positions of a table's rows are not reliable here: a table that
    // moves whole to the next page still reports its header on this one.)
    pageBreakBefore: (node, queries) => {
      if (node.headlineLevel === undefined) return false;
      const lowest = node.headlineLevel === 1 ? 0.86 : 0.9;
      if (node.startPosition.verticalRatio > lowest) return true;
      return queries.getFollowingNodesOnPage().length === 0;
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2, color: colours.text },
    styles: {
      schoolName: { fontSize: 16, bold: true, color: colours.accent },
      ownerName: { fontSize: 10, color: colours.muted, margin: [0, 1, 0, 0] },
      address: { fontSize: 9, color: colours.muted },
      marking: { fontSize: 8, bold: true, color: colours.muted },
      running: { fontSize: 8, color: colours.muted },
      title: { fontSize: 17, bold: true, color: colours.accent, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 10.5, color: colours.muted, margin: [0, 0, 0, 10] },
      heading: { fontSize: 12.5, bold: true, color: colours.accent, margin: [0, 10, 0, 4] },
      subheading: { fontSize: 10.5, bold: true, margin: [0, 4, 0, 2] },
      body: { margin: [0, 0, 0, 6] },
      table: { fontSize: 9 },
      tableHeader: { bold: true, fontSize: 9 },
      status: { fontSize: 10, bold: true, margin: [0, 0, 0, 10] },
      draftStatus: { fontSize: 10, bold: true, color: colours.draft, margin: [0, 0, 0, 10] },
      small: { fontSize: 8.5, color: colours.muted },
    },
  };
  const pdfmake = loadPdfmake();
  pdfmake.setFonts(fonts);
  // Nothing from the network, and no file but the fonts: the content is people's text.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontPaths.has(path));
  return pdfmake.createPdf(definition).getBuffer();
}
