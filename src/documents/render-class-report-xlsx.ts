/**
 * A class's report after an assessment round as a spreadsheet (XLSX, written with ExcelJS), for
 * leadership who sort, filter and sum further: one sheet about the report, one row per subject
 * with every grade's count and the absence, the students at risk one row per subject, and each
 * student's absence near or over the limit. Figures are numbers, not text, so they can be summed.
 */
import type ExcelJS from 'exceljs';
import { classReportTexts, formatPercent, type ClassReportDocumentInput } from './class-report-document.js';
import { formatLongDate, formatShortDate } from './document-layout.js';

const percentFormat = '0.0" %"';

function headerRow(sheet: ExcelJS.Worksheet) {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF1' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function renderClassReportXlsx(input: ClassReportDocumentInput): Promise<Buffer> {
  const { report, language } = input;
  const t = classReportTexts[language];
  // Loaded at the first spreadsheet, not at start (npm run bench:start).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = input.letterhead.schoolName;
  workbook.title = `${t.title} – ${report.class.name}`;
  // A fixed time, so that the same report gives the same file.
  workbook.created = new Date(`${input.generatedOn}T00:00:00Z`);
  workbook.modified = workbook.created;

  const about = workbook.addWorksheet(t.sheets.about);
  about.columns = [{ width: 34 }, { width: 70 }];
  const roundName = report.round ? t.rounds[report.round.round] : t.noRound;
  about.addRows([
    [t.title],
    [t.school, input.letterhead.schoolName],
    [t.className, report.class.name],
    [t.contactTeachers, report.class.contactTeachers.join(', ')],
    [t.students, report.class.studentCount],
    [t.round, report.round ? `${roundName}, ${formatLongDate(report.round.assessmentOn, language)}` : roundName],
    ...(report.round ? [[t.gradesGiven, `${formatShortDate(report.round.from)}–${formatShortDate(report.round.to)}`]] : []),
    ...(report.period ? [[t.absencePeriod, `${report.period.termName}, ${formatShortDate(report.period.from)}–${formatShortDate(report.period.to)}`]] : []),
    [t.printed, formatLongDate(input.generatedOn, language)],
    [],
    [t.totals.graded, report.totals.graded],
    [t.totals.grade1, report.totals.grade1],
    [t.totals.iv, report.totals.iv],
    [t.totals.studentsWithLowGrade, report.totals.studentsWithLowGrade],
    [t.totals.studentsAtRisk(report.severalSubjects), report.totals.studentsAtRisk],
    ...(report.limit
      ? [
          [t.totals.overLimit, report.totals.overLimit],
          [t.totals.studentsOverLimit, report.totals.studentsOverLimit],
        ]
      : []),
    [],
    [report.limit ? t.limit(formatPercent(report.limit.warnFromPercent), formatPercent(report.limit.limitPercent), formatPercent(report.limit.discretionUpToPercent)) : t.noLimit],
  ]);
  about.getRow(1).font = { bold: true, size: 14 };
  about.getColumn(1).font = { bold: true };

  const subjects = workbook.addWorksheet(t.sheets.subjects);
  subjects.columns = [
    { header: t.subject, width: 30 },
    { header: t.graded, width: 12 },
    { header: '1', width: 6 },
    { header: '2', width: 6 },
    { header: '3', width: 6 },
    { header: '4', width: 6 },
    { header: '5', width: 6 },
    { header: '6', width: 6 },
    { header: 'IV', width: 6 },
    { header: t.lowGradeStudents, width: 40 },
    { header: t.studentsWithShare, width: 14 },
    { header: t.lessonsHeld, width: 12 },
    { header: t.lessonsMissed, width: 12 },
    { header: t.absencePercent, width: 10, style: { numFmt: percentFormat } },
    ...(report.limit ? [{ header: t.warning, width: 10 }, { header: t.overLimit, width: 12 }, { header: t.overDiscretion, width: 18 }] : []),
  ];
  for (const s of report.subjects) {
    subjects.addRow([
      s.subjectName,
      s.graded,
      s.counts['1'],
      s.counts['2'],
      s.counts['3'],
      s.counts['4'],
      s.counts['5'],
      s.counts['6'],
      s.counts.IV,
      s.lowGradeStudents.map((st) => st.name).join(', '),
      s.absence.students,
      s.absence.lessonsHeld,
      s.absence.lessonsMissed,
      s.absence.percent,
      ...(report.limit ? [s.absence.warning, s.absence.overLimit, s.absence.overDiscretion] : []),
    ]);
  }
  headerRow(subjects);

  const atRisk = workbook.addWorksheet(t.sheets.atRisk);
  atRisk.columns = [
    { header: t.student, width: 30 },
    { header: t.subject, width: 30 },
    { header: t.grade, width: 10 },
    { header: t.absencePercent, width: 10, style: { numFmt: percentFormat } },
    { header: t.status, width: 20 },
  ];
  for (const s of report.studentsAtRisk) {
    for (const subject of s.subjects) atRisk.addRow([s.student.name, subject.subjectName, subject.grade ?? '', subject.absencePercent, subject.band ? t.bands[subject.band] : '']);
  }
  headerRow(atRisk);

  if (report.limit) {
    const absence = workbook.addWorksheet(t.sheets.absence);
    absence.columns = [
      { header: t.student, width: 30 },
      { header: t.subject, width: 30 },
      { header: t.lessonsMissed, width: 12 },
      { header: t.lessonsHeld, width: 12 },
      { header: t.share, width: 10, style: { numFmt: percentFormat } },
      { header: t.status, width: 20 },
    ];
    for (const c of report.absenceConcerns) absence.addRow([c.student.name, c.subjectName, c.lessonsMissed, c.lessonsHeld, c.percent, t.bands[c.band]]);
    headerRow(absence);
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
