/**
 * A class's report after an assessment round, to print for leadership's review and the
 * klasselærermøte: the round and the period, the sums, each subject's grades and absence, the
 * students at risk of 1 or IV in several subjects, and each student's absence near or over the
 * limit per subject. In the shared frame (school, confidentiality marking, "Side x av y").
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { classReportTexts, formatPercent, type ClassReportDocumentInput } from './class-report-document.js';
import { colours, fields, formatLongDate, formatShortDate, gridTable, heading, paragraph } from './document-layout.js';
import { renderDocument } from './document-layout.js';

export async function renderClassReportPdf(input: ClassReportDocumentInput): Promise<Buffer> {
  const { report, language } = input;
  const t = classReportTexts[language];
  const percent = (value: number | null) => (value === null ? '–' : formatPercent(value));
  const roundName = report.round ? t.rounds[report.round.round] : t.noRound;
  const none = (columns: number): TableCell[][] => [[{ text: t.none, italics: true, color: colours.muted, colSpan: columns }, ...Array.from({ length: columns - 1 }, () => ({ text: '' }))]];

  const head: Content[] = [
    { text: t.title, style: 'title' },
    { text: `${report.class.name} – ${roundName}`, style: 'subtitle' },
    fields([
      [t.className, report.class.name],
      [t.contactTeachers, report.class.contactTeachers.join(', ') || '–'],
      [t.students, String(report.class.studentCount)],
      [t.round, report.round ? `${roundName}, ${formatLongDate(report.round.assessmentOn, language)}` : roundName],
      ...(report.round ? ([[t.gradesGiven, `${formatShortDate(report.round.from)}–${formatShortDate(report.round.to)}`]] as const) : []),
      ...(report.period ? ([[t.absencePeriod, `${report.period.termName}, ${formatShortDate(report.period.from)}–${formatShortDate(report.period.to)}`]] as const) : []),
      [t.printed, formatLongDate(input.generatedOn, language)],
    ]),
    paragraph(report.limit ? t.limit(formatPercent(report.limit.warnFromPercent), formatPercent(report.limit.limitPercent), formatPercent(report.limit.discretionUpToPercent)) : t.noLimit, 'small'),
  ];
  if (!report.round) {
    return renderDocument({ language, letterhead: input.letterhead, title: `${t.title} – ${report.class.name}`, footerNote: `${t.title} – ${report.class.name}`, content: head });
  }

  const totals = report.totals;
  const summary: Content[] = [
    heading(t.summary),
    fields([
      [t.totals.graded, String(totals.graded)],
      [t.totals.grade1, String(totals.grade1)],
      [t.totals.iv, String(totals.iv)],
      [t.totals.studentsWithLowGrade, String(totals.studentsWithLowGrade)],
      [t.totals.studentsAtRisk(report.severalSubjects), String(totals.studentsAtRisk)],
      ...(report.limit
        ? ([
            [t.totals.overLimit, String(totals.overLimit)],
            [t.totals.studentsOverLimit, String(totals.studentsOverLimit)],
          ] as const)
        : []),
    ]),
  ];

  const subjectRows: TableCell[][] = report.subjects.map((s) => [
    s.subjectName,
    String(s.graded),
    String(s.counts['1']),
    String(s.counts.IV),
    s.lowGradeStudents.map((st) => st.name).join(', ') || '–',
    percent(s.absence.percent),
    ...(report.limit ? [String(s.absence.warning), String(s.absence.overLimit)] : []),
  ]);
  const subjectHeaders = [t.subject, t.graded, '1', 'IV', t.lowGradeStudents, t.absencePercent, ...(report.limit ? [t.warning, t.overLimit] : [])];
  const subjectWidths = report.limit ? ['*', 'auto', 'auto', 'auto', '*', 'auto', 'auto', 'auto'] : ['*', 'auto', 'auto', 'auto', '*', 'auto'];

  const riskRows: TableCell[][] = report.studentsAtRisk.map((s) => [
    s.student.name,
    { stack: s.subjects.map((subject) => ({ text: `${subject.subjectName}: ${t.gradeAbsence(subject.grade, subject.absencePercent === null ? null : formatPercent(subject.absencePercent), subject.band ? t.bands[subject.band] : null)}` })) },
  ]);

  const absenceRows: TableCell[][] = report.absenceConcerns.map((c) => [c.student.name, c.subjectName, `${c.lessonsMissed} / ${c.lessonsHeld}`, formatPercent(c.percent), t.bands[c.band]]);

  const content: Content[] = [
    ...head,
    ...summary,
    heading(t.perSubject),
    gridTable(subjectHeaders, subjectRows.length ? subjectRows : none(subjectHeaders.length), subjectWidths),
    heading(t.atRisk(report.severalSubjects)),
    paragraph(t.atRiskNote, 'small'),
    gridTable([t.student, t.subjects], riskRows.length ? riskRows : none(2), ['auto', '*']),
    ...(report.limit ? [heading(t.absence), gridTable([t.student, t.subject, t.lessons, t.share, t.status], absenceRows.length ? absenceRows : none(5), ['*', '*', 'auto', 'auto', 'auto'])] : []),
  ];

  return renderDocument({
    language,
    letterhead: input.letterhead,
    title: `${t.title} – ${report.class.name}`,
    footerNote: `${t.title} – ${report.class.name}, ${roundName}`,
    content,
  });
}
