/**
 * Who has seen the student's data, to print when someone asks in writing (issue 14, part 5): the
 * student, the school, the period and "Utskrift på forespørsel" at the top, then a table of the
 * reads and changes (date, who with role and school, what, how many times) and the refused
 * attempts apart. In the shared frame (school, confidentiality marking, "Side x av y"). The
 * addresses are not printed: the document may go to the student or the home.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AccessLine } from '../shared/audit-api.js';
import { accessReportTexts, type AccessReportDocumentInput } from './access-report-document.js';
import { colours, fields, formatLongDate, formatShortDate, gridTable, heading, paragraph, renderDocument } from './document-layout.js';

export async function renderAccessReportPdf(input: AccessReportDocumentInput): Promise<Buffer> {
  const { report, language } = input;
  const t = accessReportTexts[language];
  const who = (line: AccessLine): TableCell => {
    if (!line.actor) return { text: t.noActor, italics: true };
    const roles = line.actor.roles.map((r) => (r.schoolName ? `${t.roles[r.role]} ${t.at} ${r.schoolName}` : t.roles[r.role]));
    return { stack: [{ text: line.actor.name }, ...(roles.length ? [{ text: roles.join(', '), style: 'small' }] : [])] };
  };
  const rows = (lines: readonly AccessLine[], withStatus: boolean): TableCell[][] =>
    lines.length
      ? lines.map((line) => [
          formatShortDate(line.day),
          who(line),
          `${t.actions[line.action]} ${t.subjects[line.subject]}${withStatus ? ` (${t.status(line.status)})` : ''}`,
          { text: String(line.count), alignment: 'right' },
        ])
      : [[{ text: t.none, italics: true, color: colours.muted, colSpan: 4 }, { text: '' }, { text: '' }, { text: '' }]];
  const headers = [t.day, t.who, t.what, t.times];
  const widths = ['auto', '*', '*', 'auto'];
  const content: Content[] = [
    { text: t.title, style: 'title' },
    { text: t.onRequest, style: 'subtitle' },
    fields([
      [t.student, report.student.name],
      [t.school, report.student.school.name],
      [t.period, `${formatShortDate(report.period.from)}–${formatShortDate(report.period.to)}`],
      [t.printed, formatLongDate(input.generatedOn, language)],
    ]),
    paragraph(t.intro, 'small'),
    heading(t.accesses),
    gridTable(headers, rows(report.lines, false), widths),
    heading(t.refusals),
    paragraph(t.refusalsNote, 'small'),
    gridTable(headers, rows(report.refusals, true), widths),
  ];
  return renderDocument({
    language,
    letterhead: input.letterhead,
    title: `${t.title} – ${report.student.name}`,
    footerNote: `${t.title} – ${report.student.name}, ${formatShortDate(report.period.from)}–${formatShortDate(report.period.to)}`,
    content,
  });
}
