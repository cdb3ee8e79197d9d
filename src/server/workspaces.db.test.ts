/**
 * The role workspaces through the API: a subject teacher's concern report reaches the IKO
 * coordinator at once, the intake priority list, checks recorded as done with their history, the
 * subject teacher's share against the absence limit, and the owner's figures without names.
 */
import { describe, expect, it } from 'vitest';
import type { Flag, MyStudents } from '../shared/api.js';
import type { CheckHistory, CheckRecord, IkoWorkspace, MonthlyCheckView, OwnerFigures, SemesterCheck, TeacherReportReceipt, WeeklyCheckView } from '../shared/workspace-api.js';
import { useTestApp } from '../test/api-test-app.js';


const api = useTestApp();

const signIn = api.signIn;

describe('the role workspaces', () => {
  it('takes a subject teacher’s concern report to the coordinator’s workspace at once, with its flag', async () => {
    const teacher = await signIn('faglaerer');
    const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    const group = mine.groups.find((g) => g.relation === 'faglaerer')!;
    const student = group.students[0]!;
    const filed = await teacher.call<TeacherReportReceipt>('POST', `/api/students/${student.id}/teacher-reports`, {
      kind: 'mistrivsel',
      subject: group.subjectName ?? undefined,
      text: 'Sitter alene i timene og har sluttet å levere.',
    });
    expect(filed.status).toBe(201);
    expect(filed.body.coordinators.length).toBeGreaterThan(0);

    const radgiver = await signIn('radgiver');
    const schoolId = radgiver.session.roles.find((r) => r.role === 'radgiver')!.schoolId!;
    const workspace = await radgiver.call<IkoWorkspace>('GET', `/api/schools/${schoolId}/iko-workspace`);
    expect(workspace.status).toBe(200);
    expect(workspace.body.reports[0]).toMatchObject({ id: filed.body.report.id, kind: 'mistrivsel', student: { id: student.id } });
    const flags = (await radgiver.call<{ flags: Flag[] }>('GET', `/api/students/${student.id}/flags`)).body.flags;
    expect(flags.some((f) => f.ruleCode === 'melding' && (f.state === 'ny' || f.state === 'bekreftet'))).toBe(true);
  });

  it('refuses a report from someone who does not teach the student, and an empty one', async () => {
    const teacher = await signIn('faglaerer');
    const kontakt = await signIn('kontaktlaerer');
    const own = (await kontakt.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const taught = new Set((await teacher.call<MyStudents>('GET', '/api/me/students')).body.groups.flatMap((g) => g.students.map((s) => s.id)));
    const stranger = own.students.find((s) => !taught.has(s.id))!;
    // A student the teacher cannot see at all answers as an unknown one.
    expect((await teacher.call('POST', `/api/students/${stranger.id}/teacher-reports`, { kind: 'mistrivsel', text: 'x' })).status).toBe(404);
    expect((await kontakt.call('POST', `/api/students/${stranger.id}/teacher-reports`, { kind: 'mistrivsel', text: ' ' })).status).toBe(400);
    expect((await kontakt.call('POST', `/api/students/${stranger.id}/teacher-reports`, { kind: 'noe_annet', text: 'x' })).status).toBe(400);
  });

  it('gives the rådgiver the intake priority list, most criteria first, and nobody else', async () => {
    const radgiver = await signIn('radgiver');
    const schoolId = radgiver.session.roles.find((r) => r.role === 'radgiver')!.schoolId!;
    const { body } = await radgiver.call<IkoWorkspace>('GET', `/api/schools/${schoolId}/iko-workspace`);
    expect(body.intake.length).toBeGreaterThan(0);
    expect(body.intake.map((i) => i.rank)).toEqual(body.intake.map((_, index) => index + 1));
    for (let i = 1; i < body.intake.length; i++) expect(body.intake[i - 1]!.criteria.length).toBeGreaterThanOrEqual(body.intake[i]!.criteria.length);
    expect(body.classes.length).toBeGreaterThan(0);
    expect(body.identified.length).toBeGreaterThan(0);
    const teacher = await signIn('kontaktlaerer');
    expect((await teacher.call('GET', `/api/schools/${schoolId}/iko-workspace`)).status).toBe(403);
  });

  it('records a check as done and shows it in the history, for the chosen period', async () => {
    const rektor = await signIn('rektor');
    const schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
    const october = await rektor.call<MonthlyCheckView>('GET', `/api/schools/${schoolId}/monthly-check?on=2026-10-10`);
    expect(october.status).toBe(200);
    expect(october.body.period).toMatchObject({ from: '2026-10-01', to: '2026-10-31', next: '2026-11-01' });
    const recorded = await rektor.call<CheckRecord>('POST', `/api/schools/${schoolId}/checks`, { kind: 'manedssjekk', periodFrom: '2026-10-01', periodTo: '2026-10-31', meetingOn: '2026-11-03', note: 'Gått gjennom med skolemiljøteamet.' });
    expect(recorded.status).toBe(201);
    const history = await rektor.call<CheckHistory>('GET', `/api/schools/${schoolId}/checks?kind=manedssjekk`);
    expect(history.body.records[0]).toMatchObject({ id: recorded.body.id, note: 'Gått gjennom med skolemiljøteamet.', periodFrom: '2026-10-01' });

    const semester = await rektor.call<SemesterCheck>('GET', `/api/schools/${schoolId}/semester-check`);
    expect(semester.status).toBe(200);
    expect(semester.body.causes.length).toBeGreaterThan(0);
    const withItem = await rektor.call<CheckRecord>('POST', `/api/schools/${schoolId}/checks`, {
      kind: 'semestersjekk',
      periodFrom: semester.body.period.from,
      periodTo: semester.body.period.to,
      systemMeetingItem: 'Fravær rundt helger i Vg1.',
      meetingOn: semester.body.period.to,
    });
    expect(withItem.body.systemMeetingItem).toBe('Fravær rundt helger i Vg1.');

    const kontakt = await signIn('kontaktlaerer');
    const own = (await kontakt.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const weekly = await kontakt.call<WeeklyCheckView>('GET', `/api/classes/${own.id}/weekly-check`);
    expect(weekly.body.period.previous).not.toBeNull();
    const done = await kontakt.call<CheckRecord>('POST', `/api/schools/${weekly.body.schoolId}/checks`, { kind: 'ukesjekk', groupId: own.id, periodFrom: weekly.body.period.from, periodTo: weekly.body.period.to });
    expect(done.status).toBe(201);
    expect((await kontakt.call<CheckHistory>('GET', `/api/schools/${schoolId}/checks?kind=ukesjekk&groupId=${own.id}`)).body.records).toHaveLength(1);
    // Nobody records another's check.
    expect((await kontakt.call('POST', `/api/schools/${schoolId}/checks`, { kind: 'manedssjekk', periodFrom: '2026-10-01', periodTo: '2026-10-31' })).status).toBe(403);
    const faglaerer = await signIn('faglaerer');
    expect((await faglaerer.call('GET', `/api/schools/${schoolId}/checks?kind=ukesjekk&groupId=${own.id}`)).status).toBe(403);
  });

  it('shows a subject teacher each student’s share against the absence limit in the teaching groups', async () => {
    const teacher = await signIn('faglaerer');
    const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    const group = mine.groups.find((g) => g.relation === 'faglaerer')!;
    expect(group.absenceLimitPercent).toBe(10);
    expect(group.students.every((s) => s.subjectLimit !== undefined && s.subjectLimit !== null)).toBe(true);
  });

  it('gives the owner figures without names, and nobody else', async () => {
    const owner = await signIn('skoleeier');
    const figures = await owner.call<OwnerFigures>('GET', '/api/owner/figures');
    expect(figures.status).toBe(200);
    expect(figures.body.schools[0]!.students).toBeGreaterThan(0);
    expect(JSON.stringify(figures.body)).not.toMatch(/givenName|familyName/);
    expect((await (await signIn('rektor')).call('GET', '/api/owner/figures')).status).toBe(403);
  });
});
