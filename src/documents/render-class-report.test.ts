import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ClassReport } from '../shared/report-api.js';
import { classReportFilename, type ClassReportDocumentInput } from './class-report-document.js';
import { exampleLetterhead } from './document-examples.js';
import { pdfPages, pdfText } from './pdf-text.js';
import { renderClassReportPdf } from './render-class-report-pdf.js';
import { renderClassReportXlsx } from './render-class-report-xlsx.js';

const counts = (over: Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | 'IV', number>>) => ({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, IV: 0, ...over });
const ada = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ada Øverland' };

function exampleReport(over: Partial<ClassReport> = {}): ClassReport {
  return {
    school: { id: '00000000-0000-4000-8000-000000000001', name: 'Varde videregående skole', kind: 'vgs' },
    rounds: [],
    round: { round: 'midtveis_host', gradeKind: 'midtveis', assessmentOn: '2026-11-02', from: '2026-10-19', to: '2026-12-31', begun: true },
    period: { termName: 'Høsten 2026', from: '2026-08-17', to: '2026-11-23' },
    limit: { warnFromPercent: 7, limitPercent: 10, discretionUpToPercent: 15 },
    severalSubjects: 2,
    class: { id: '00000000-0000-4000-8000-000000000002', name: '1STÅ', level: 'Vg1', programme: 'ST', contactTeachers: ['Kari Lunde'], studentCount: 28 },
    totals: { graded: 3, grade1: 1, iv: 1, studentsWithLowGrade: 1, studentsAtRisk: 1, overLimit: 1, studentsOverLimit: 1 },
    subjects: [
      { subjectCode: 'MAT', subjectName: 'Matematikk 1T', graded: 2, counts: counts({ '1': 1, '4': 1 }), absence: { students: 2, lessonsHeld: 100, lessonsMissed: 8, percent: 8, warning: 0, overLimit: 1, overDiscretion: 0 }, lowGradeStudents: [ada] },
      { subjectCode: 'NOR', subjectName: 'Norsk', graded: 1, counts: counts({ IV: 1 }), absence: { students: 2, lessonsHeld: 80, lessonsMissed: 1, percent: 1.3, warning: 0, overLimit: 0, overDiscretion: 0 }, lowGradeStudents: [ada] },
    ],
    studentsAtRisk: [
      {
        student: ada,
        subjects: [
          { subjectCode: 'MAT', subjectName: 'Matematikk 1T', grade: '1', absencePercent: 12.5, band: 'over_grensen' },
          { subjectCode: 'NOR', subjectName: 'Norsk', grade: 'IV', absencePercent: null, band: null },
        ],
      },
    ],
    absenceConcerns: [{ student: ada, subjectCode: 'MAT', subjectName: 'Matematikk 1T', lessonsHeld: 56, lessonsMissed: 7, percent: 12.5, band: 'over_grensen' }],
    ...over,
  };
}
const input = (report: ClassReport, language: 'nb' | 'nn' = 'nb'): ClassReportDocumentInput => ({ letterhead: exampleLetterhead, language, report, generatedOn: '2026-11-23' });

describe('the class report as PDF', () => {
  it('reads as the report: the round, the sums, the subjects, the students at risk and the absence over the limit', async () => {
    const pages = await pdfPages(await renderClassReportPdf(input(exampleReport())));
    const text = pages.join(' ');
    expect(text).toContain('Rapport: karakterer og fravær 1STÅ – Midtveisvurdering høst');
    expect(text).toContain('Vurdering: Midtveisvurdering høst, 2. november 2026');
    expect(text).toContain('Fravær i perioden: Høsten 2026, 17.08.2026–23.11.2026');
    expect(text).toContain('Elever i fare for 1 eller IV i 2 fag eller flere: 1');
    expect(text).toContain('Matematikk 1T 2 1 0 Ada Øverland 8 %');
    expect(text).toContain('Matematikk 1T: karakter 1, over grensen (12,5 %) Norsk: karakter IV');
    expect(text).toContain('Ada Øverland Matematikk 1T 7 / 56 12,5 % Over grensen');
    pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${pages.length}`));
  });

  it('says when no round has begun, and prints nothing more', async () => {
    const text = await pdfText(await renderClassReportPdf(input(exampleReport({ round: null, period: null }), 'nn')));
    expect(text).toContain('Ingen vurderingsrunde har byrja enno dette skuleåret.');
    expect(text).not.toContain('Oppsummering');
  });

  it('shows no limit where it does not hold (grunnskole)', async () => {
    const text = await pdfText(await renderClassReportPdf(input(exampleReport({ limit: null, absenceConcerns: [] }))));
    expect(text).toContain('Fraværsgrensen gjelder bare i videregående skole');
    expect(text).not.toContain('Fravær per fag mot grensen');
    expect(text).not.toContain('Over grensen');
  });
});

describe('the class report as a spreadsheet', () => {
  it('keeps the figures as numbers and leaves out the absence sheet where no limit holds', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderClassReportXlsx(input(exampleReport({ limit: null }), 'nn'))) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Om rapporten', 'Fag', 'Elevar i fare']);
    const row = workbook.getWorksheet('Fag')!.getRow(2).values as unknown[];
    expect(row.slice(1, 10)).toEqual(['Matematikk 1T', 2, 1, 0, 0, 1, 0, 0, 0]);
    expect(row[14]).toBe(8);
  });

  it('is named by class and round in letters a header can carry', () => {
    expect(classReportFilename(exampleReport(), 'xlsx')).toBe('rapport-1STA-midtveis_host.xlsx');
    expect(classReportFilename(exampleReport({ round: null }), 'pdf')).toBe('rapport-1STA-ingen-runde.pdf');
  });
});
