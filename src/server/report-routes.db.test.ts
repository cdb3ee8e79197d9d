/**
 * The reports after an assessment round (issue 11, part 5) through the in-process app on the demo
 * school, on 23 November 2026 — after the autumn midterm assessment: leadership sees every class
 * in figures and each class by name, the contact teacher own class only; the figures agree with
 * the grades as stored; the PDF reads back as text and the spreadsheet with ExcelJS.
 */
import ExcelJS from 'exceljs';
import { and, between, eq, gt, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, grades, groupMemberships, students } from '../db/schema.js';
import { pdfText } from '../documents/pdf-text.js';
import type { ApiError, MyStudents } from '../shared/api.js';
import type { ClassReport, SchoolReports } from '../shared/report-api.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();
type SignedIn = Awaited<ReturnType<typeof api.signIn>>;
let rektor: SignedIn;
let radgiver: SignedIn;
let kontaktlaerer: SignedIn;
let faglaerer: SignedIn;
let schoolId: string;
let ownClass: string;
let otherClass: string;
let teachingGroup: string;

beforeAll(async () => {
  rektor = await api.signIn('rektor');
  radgiver = await api.signIn('radgiver');
  kontaktlaerer = await api.signIn('kontaktlaerer');
  faglaerer = await api.signIn('faglaerer');
  schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  const mine = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body;
  ownClass = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.id;
  const taught = (await faglaerer.call<MyStudents>('GET', '/api/me/students')).body;
  teachingGroup = taught.groups.find((g) => g.kind === 'undervisningsgruppe')!.id;
  const school = (await rektor.call<SchoolReports>('GET', `/api/schools/${schoolId}/reports`)).body;
  otherClass = school.classes.find((c) => c.id !== ownClass)!.id;
});

/** The class's midterm grades of 1 and IV given in the round's window, as stored, counted apart from the report. */
async function storedLowGrades(classId: string, from: string, to: string) {
  const low = await api.database.db
    .select({ studentId: grades.studentId, value: grades.value })
    .from(grades)
    .innerJoin(groupMemberships, and(eq(groupMemberships.ownerId, grades.ownerId), eq(groupMemberships.studentId, grades.studentId), eq(groupMemberships.groupId, classId)))
    .where(and(eq(grades.kind, 'midtveis'), inArray(grades.value, ['1', 'IV']), between(grades.givenOn, from, to)));
  return { grade1: low.filter((g) => g.value === '1').length, iv: low.filter((g) => g.value === 'IV').length, students: new Set(low.map((g) => g.studentId)).size };
}

describe('the school’s reports, for leadership', () => {
  it('shows every class in figures after the autumn midterm, naming no student', async () => {
    const answer = await rektor.call<SchoolReports>('GET', `/api/schools/${schoolId}/reports`);
    expect(answer.status).toBe(200);
    const report = answer.body;
    expect(report.round).toMatchObject({ round: 'midtveis_host', gradeKind: 'midtveis', begun: true });
    expect(report.rounds.map((r) => [r.round, r.begun])).toEqual([
      ['midtveis_host', true],
      ['halvaar', false],
      ['midtveis_var', false],
    ]);
    expect(report.period).toMatchObject({ to: '2026-11-23' });
    expect(report.limit).toMatchObject({ limitPercent: 10 });
    expect(report.classes.length).toBeGreaterThan(1);
    expect(report.totals.graded).toBeGreaterThan(0);
    expect(report.totals.grade1 + report.totals.iv).toBe(report.classes.reduce((sum, c) => sum + c.totals.grade1 + c.totals.iv, 0));
    // Not one student's id or name.
    const ids = new Set((await api.database.db.select({ id: students.id }).from(students)).map((s) => s.id));
    const text = JSON.stringify(report);
    expect([...text.matchAll(/[0-9a-f-]{36}/g)].map((m) => m[0]).filter((id) => ids.has(id))).toEqual([]);
  });

  it('is for the rådgiver too, and for nobody else', async () => {
    expect((await radgiver.call('GET', `/api/schools/${schoolId}/reports`)).status).toBe(200);
    expect((await kontaktlaerer.call<ApiError>('GET', `/api/schools/${schoolId}/reports`)).status).toBe(403);
    expect((await faglaerer.call<ApiError>('GET', `/api/schools/${schoolId}/reports`)).status).toBe(403);
  });

  it('refuses a round that has not begun', async () => {
    const answer = await rektor.call<ApiError>('GET', `/api/schools/${schoolId}/reports?round=halvaar`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual([{ path: 'querystring.round', message: 'has not begun yet this school year' }]);
    expect((await rektor.call('GET', `/api/schools/${schoolId}/reports?round=vaar`)).status).toBe(400);
  });
});

describe('a class’s report', () => {
  it('counts the 1s and IVs of the round as stored, per subject, and names those students', async () => {
    const answer = await kontaktlaerer.call<ClassReport>('GET', `/api/classes/${ownClass}/report?round=midtveis_host`);
    expect(answer.status).toBe(200);
    const report = answer.body;
    expect(report.class.id).toBe(ownClass);
    expect(report.class.studentCount).toBeGreaterThan(0);
    const stored = await storedLowGrades(ownClass, report.round!.from, '2026-11-23');
    expect({ grade1: report.totals.grade1, iv: report.totals.iv, students: report.totals.studentsWithLowGrade }).toEqual(stored);
    expect(report.subjects.reduce((sum, s) => sum + s.counts['1'] + s.counts.IV, 0)).toBe(stored.grade1 + stored.iv);
    expect(report.subjects.reduce((sum, s) => sum + s.lowGradeStudents.length, 0)).toBe(stored.grade1 + stored.iv);
    for (const s of report.subjects) expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(s.graded);
    // Every student at risk has several subjects at risk.
    for (const s of report.studentsAtRisk) expect(s.subjects.length).toBeGreaterThanOrEqual(report.severalSubjects);
    // Absence per subject against the limit: each listed share from the warning up, the highest first.
    const shares = report.absenceConcerns.map((c) => c.percent);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    for (const c of report.absenceConcerns) expect(c.percent).toBeGreaterThanOrEqual(report.limit!.warnFromPercent);
    // The school's figures for the class are the class report's.
    const school = (await rektor.call<SchoolReports>('GET', `/api/schools/${schoolId}/reports`)).body;
    expect(school.classes.find((c) => c.id === ownClass)!.totals).toEqual(report.totals);
  });

  it('writes a read entry for each student it names', async () => {
    const before = (await api.database.db.select({ id: auditLog.id }).from(auditLog)).reduce((max, r) => Math.max(max, r.id), 0);
    const report = (await rektor.call<ClassReport>('GET', `/api/classes/${ownClass}/report`)).body;
    const named = new Set([...report.subjects.flatMap((s) => s.lowGradeStudents), ...report.studentsAtRisk.map((s) => s.student), ...report.absenceConcerns.map((c) => c.student)].map((s) => s.id));
    const entries = await api.database.db.select().from(auditLog).where(and(gt(auditLog.id, before), eq(auditLog.entity, 'class_report')));
    expect(new Set(entries.map((e) => e.studentId))).toEqual(named);
    expect(entries).toHaveLength(named.size);
  });

  it('is for the class’s contact teacher, the rådgiver and leadership; not another class’s contact teacher, nor a subject teacher', async () => {
    expect((await rektor.call('GET', `/api/classes/${otherClass}/report`)).status).toBe(200);
    expect((await radgiver.call('GET', `/api/classes/${otherClass}/report`)).status).toBe(200);
    expect((await kontaktlaerer.call('GET', `/api/classes/${otherClass}/report`)).status).toBe(403);
    expect((await faglaerer.call('GET', `/api/classes/${ownClass}/report`)).status).toBe(403);
    expect((await faglaerer.call('GET', `/api/classes/${ownClass}/report.pdf`)).status).toBe(403);
    expect((await kontaktlaerer.call('GET', `/api/classes/${otherClass}/report.xlsx`)).status).toBe(403);
  });

  it('is of a class only: a teaching group, or an id that names nothing, is not found', async () => {
    expect((await rektor.call('GET', `/api/classes/${teachingGroup}/report`)).status).toBe(404);
    expect((await rektor.call('GET', '/api/classes/00000000-0000-4000-8000-000000000000/report')).status).toBe(404);
  });
});

describe('the report to print and to export', () => {
  const fetchFile = async (who: SignedIn, url: string) => {
    const response = await api.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
    return { status: response.statusCode, headers: response.headers, body: response.rawPayload };
  };

  it('prints as a PDF in bokmål with the round, the subjects and the students at risk', async () => {
    const report = (await kontaktlaerer.call<ClassReport>('GET', `/api/classes/${ownClass}/report`)).body;
    const file = await fetchFile(kontaktlaerer, `/api/classes/${ownClass}/report.pdf`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^inline; filename="rapport-[A-Za-z0-9-]+-midtveis_host\.pdf"$/);
    const text = await pdfText(file.body);
    expect(text).toContain('Unntatt offentlighet');
    expect(text).toContain('Rapport: karakterer og fravær');
    expect(text).toContain(`${report.class.name} – Midtveisvurdering høst`);
    expect(text).toContain(`Karakteren 1: ${report.totals.grade1}`);
    expect(text).toContain(`IV (ikke vurderingsgrunnlag): ${report.totals.iv}`);
    for (const s of report.subjects) expect(text).toContain(s.subjectName);
    for (const s of report.studentsAtRisk) expect(text).toContain(s.student.name);
    expect(text).toMatch(/Fraværsgrensen: udokumentert fravær over 10 %/);
  });

  it('prints in nynorsk when asked', async () => {
    const file = await fetchFile(rektor, `/api/classes/${ownClass}/report.pdf?language=nn`);
    expect(file.status).toBe(200);
    const text = await pdfText(file.body);
    expect(text).toContain('Rapport: karakterar og fråvær');
    expect(text).toContain('Midtvegsvurdering haust');
    expect(text).not.toContain('Rapport: karakterer og fravær');
  });

  it('exports a spreadsheet that reads back with the report’s figures', async () => {
    const report = (await rektor.call<ClassReport>('GET', `/api/classes/${ownClass}/report`)).body;
    const file = await fetchFile(rektor, `/api/classes/${ownClass}/report.xlsx`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="rapport-.+\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Om rapporten', 'Fag', 'Elever i fare', 'Fravær']);

    const subjects = workbook.getWorksheet('Fag')!;
    const header = (subjects.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual(['Fag', 'Karakterer', '1', '2', '3', '4', '5', '6', 'IV']);
    const rows = subjects.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[1])).toEqual(report.subjects.map((s) => s.subjectName));
    // Numbers, not text: the 1s and IVs sum to the report's.
    expect(rows.reduce((sum, r) => sum + (r[3] as number), 0)).toBe(report.totals.grade1);
    expect(rows.reduce((sum, r) => sum + (r[9] as number), 0)).toBe(report.totals.iv);

    const atRisk = workbook.getWorksheet('Elever i fare')!;
    expect(atRisk.rowCount - 1).toBe(report.studentsAtRisk.reduce((sum, s) => sum + s.subjects.length, 0));
    const absence = workbook.getWorksheet('Fravær')!;
    expect((absence.getSheetValues().slice(2) as unknown[][]).map((r) => r[5])).toEqual(report.absenceConcerns.map((c) => c.percent));
  });
});
