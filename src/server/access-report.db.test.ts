/**
 * Innsyn i logg (issue 14, part 5): the skoleleder sees who read a student's data — grouped, with
 * the person's role and school — as JSON and as a PDF, and everything one teacher read (misuse
 * control); teachers and the rådgiver do not, and the period is checked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../documents/pdf-text.js';
import type { ApiError, MyStudents } from '../shared/api.js';
import type { AccessControlStaff, AccessReportView, StaffAccessLog } from '../shared/audit-api.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();
type SignedIn = Awaited<ReturnType<typeof api.signIn>>;
let rektor: SignedIn;
let kontaktlaerer: SignedIn;
let faglaerer: SignedIn;
let radgiver: SignedIn;
let schoolId: string;
let teacherName: string;
/** A student of the contact teacher's class whom the faglærer does not teach. */
let student: { id: string; name: string };

async function fetchPdf(who: SignedIn, url: string) {
  const response = await api.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  return { status: response.statusCode, headers: response.headers, body: response.rawPayload };
}

beforeAll(async () => {
  rektor = await api.signIn('rektor');
  kontaktlaerer = await api.signIn('kontaktlaerer');
  faglaerer = await api.signIn('faglaerer');
  radgiver = await api.signIn('radgiver');
  schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  const taught = new Set((await faglaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.flatMap((g) => g.students.map((s) => s.id)));
  const own = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!.students;
  const chosen = own.find((s) => !taught.has(s.id))!;
  student = { id: chosen.id, name: `${chosen.givenName} ${chosen.familyName}` };
  teacherName = (await rektor.call<AccessControlStaff>('GET', `/api/schools/${schoolId}/access-control/staff`)).body.staff.find((s) => s.staffId === kontaktlaerer.session.staffId)!.name;
  // The contact teacher opens the student's page three times; the faglærer tries once and is answered as if the student were missing.
  for (let i = 0; i < 3; i++) expect((await kontaktlaerer.call('GET', `/api/students/${student.id}`)).status).toBe(200);
  expect((await faglaerer.call('GET', `/api/students/${student.id}`)).status).toBe(404);
});

describe("a student's access report", () => {
  it("lists the teacher's reads as one line with the count, the teacher's role and school, and the refusal apart", async () => {
    const answer = await rektor.call<AccessReportView>('GET', `/api/students/${student.id}/access-report`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const report = answer.body;
    expect(report.student).toMatchObject({ id: student.id, name: student.name, school: { id: schoolId } });
    expect(report.period.to).toBe(TEST_TODAY);
    const page = report.lines.filter((l) => l.subject === 'student_page' && l.actor?.staffId === kontaktlaerer.session.staffId);
    expect(page).toHaveLength(1);
    expect(page[0]).toMatchObject({ action: 'read', count: 3, addresses: ['127.0.0.1'] });
    expect(page[0]!.actor!.roles).toContainEqual({ role: 'kontaktlaerer', schoolName: report.student.school.name });
    // "Mine elever" is a list the student is in.
    expect(report.lines.some((l) => l.subject === 'student_list' && l.actor?.staffId === kontaktlaerer.session.staffId)).toBe(true);
    expect(report.refusals).toEqual([expect.objectContaining({ status: 404, count: 1, actor: expect.objectContaining({ staffId: faglaerer.session.staffId }) })]);
  });

  it('prints it as a PDF with the student, the period and "Utskrift på forespørsel", in the owner’s målform or the language asked', async () => {
    const file = await fetchPdf(rektor, `/api/students/${student.id}/access-report.pdf`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The demo owner writes nynorsk.
    const text = await pdfText(file.body);
    expect(text).toContain(student.name);
    expect(text).toContain('Utskrift på førespurnad');
    expect(text).toContain('Kven har sett opplysningane');
    expect(text).toContain(teacherName);
    expect(text).toContain('Las elevsida');
    const bokmaal = await pdfText((await fetchPdf(rektor, `/api/students/${student.id}/access-report.pdf?language=nb`)).body);
    expect(bokmaal).toContain('Utskrift på forespørsel');
    expect(bokmaal).toContain('kontaktlærer ved');
  });

  it('is refused to teachers and the rådgiver: 403 to one who sees the student, 404 to one who does not', async () => {
    expect((await kontaktlaerer.call('GET', `/api/students/${student.id}/access-report`)).status).toBe(403);
    expect((await radgiver.call('GET', `/api/students/${student.id}/access-report`)).status).toBe(403);
    expect((await faglaerer.call('GET', `/api/students/${student.id}/access-report`)).status).toBe(404);
    expect((await fetchPdf(kontaktlaerer, `/api/students/${student.id}/access-report.pdf`)).status).toBe(403);
  });

  it('checks the period: from after to, longer than 366 days, after today', async () => {
    const ask = (query: string) => rektor.call<ApiError>('GET', `/api/students/${student.id}/access-report?${query}`);
    expect((await ask('from=2026-11-10&to=2026-11-01')).body.error.details).toEqual([{ path: 'querystring.from', message: 'must not be after to' }]);
    expect((await ask(`from=2025-01-01&to=${TEST_TODAY}`)).body.error.details).toEqual([{ path: 'querystring.from', message: 'the period must be at most 366 days' }]);
    expect((await ask('to=2026-12-31')).body.error.details).toEqual([{ path: 'querystring.to', message: 'must not be after today' }]);
    expect((await ask('from=2026-02-31')).status).toBe(400);
    // A period before the reads: nothing from the contact teacher.
    const before = await rektor.call<AccessReportView>('GET', `/api/students/${student.id}/access-report?from=2026-01-01&to=2026-01-31`);
    expect(before.status).toBe(200);
    expect(before.body.lines).toEqual([]);
  });
});

describe('misuse control: what one member of staff read', () => {
  it('lists what the teacher read, naming the student, for the skoleleder and for the teacher themself', async () => {
    const url = `/api/staff/${kontaktlaerer.session.staffId}/access-log`;
    for (const reader of [rektor, kontaktlaerer]) {
      const log = await reader.call<StaffAccessLog>('GET', url);
      expect(log.status, JSON.stringify(log.body)).toBe(200);
      expect(log.body.staff.staffId).toBe(kontaktlaerer.session.staffId);
      expect(log.body.lines).toContainEqual(expect.objectContaining({ subject: 'student_page', count: 3, student: { id: student.id, name: student.name } }));
    }
  });

  it('is refused to a colleague who is not leadership, and answers an unknown person as missing', async () => {
    expect((await faglaerer.call('GET', `/api/staff/${kontaktlaerer.session.staffId}/access-log`)).status).toBe(403);
    expect((await radgiver.call('GET', `/api/staff/${kontaktlaerer.session.staffId}/access-log`)).status).toBe(403);
    expect((await rektor.call('GET', '/api/staff/00000000-0000-4000-8000-000000000000/access-log')).status).toBe(404);
    expect((await rektor.call<ApiError>('GET', `/api/staff/${kontaktlaerer.session.staffId}/access-log?from=2026-11-20&to=2026-11-10`)).body.error.details?.[0]?.path).toBe('querystring.from');
  });

  it("lists the school's staff to pick from, for its skoleleder only", async () => {
    const list = await rektor.call<AccessControlStaff>('GET', `/api/schools/${schoolId}/access-control/staff`);
    expect(list.status).toBe(200);
    expect(list.body.staff.map((s) => s.staffId)).toContain(kontaktlaerer.session.staffId);
    expect((await kontaktlaerer.call('GET', `/api/schools/${schoolId}/access-control/staff`)).status).toBe(403);
  });
});
