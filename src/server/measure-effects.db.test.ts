/**
 * The effect of measures through the API (issue 11, part 6; docs/decisions/017-effect-of-measures.md):
 * a plan shows the student's attendance before and after it was signed, in windows of the same
 * number of school days on the demo school's calendar (høstferie and the planning day skipped);
 * the school's measure list counts, per measure, how often it was followed by improvement, says
 * "too few" under five plans, names no student, and is for leadership and the rådgiver only.
 */
import { and, between, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { absenceRecords, students } from '../db/schema.js';
import type { MyStudents } from '../shared/api.js';
import type { CaseDetail } from '../shared/case-api.js';
import type { MeasureEffectsView } from '../shared/measure-effect-api.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();
const measureCode = 'skolevegring-001';

const tiltaksplan = (startsOn: string) => ({
  kind: 'tiltaksplan',
  content: {
    longTermGoals: ['Komme tilbake til skolen og være i klassen.'],
    shortTermGoals: ['Møte til første time alle dager i uke 1.'],
    rows: [{ maintainingFactor: 'Gruer seg til matematikk', measure: 'Kartlegg elevens sosiale og faglige situasjon.', measureCode, responsible: 'Kontaktlærer', planB: '', evaluation: '' }],
    startsOn,
    endsOn: '2026-12-11',
    evaluationMeeting: { on: '2026-12-01', time: '14:00', place: 'Møterom 2' },
  },
});

describe('the effect of measures', () => {
  let teacher: Awaited<ReturnType<typeof api.signIn>>;
  let schoolId: string;
  const studentIds: string[] = [];
  const names: string[] = [];

  /** Opens a fravær case for the student with a tiltaksplan naming the measure, signed on the day given. */
  async function signedPlan(studentId: string, signedOn: string): Promise<{ before: CaseDetail; after: CaseDetail }> {
    const opened = await teacher.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { kind: 'fravaer', openedFrom: 'manuelt', reason: 'Mye fravær de siste ukene.' });
    expect(opened.status).toBe(201);
    const created = await teacher.call<CaseDetail>('POST', `/api/cases/${opened.body.id}/plans`, tiltaksplan(signedOn));
    expect(created.status).toBe(200);
    const planId = created.body.plans[0]!.id;
    const signed = await teacher.call<CaseDetail>('POST', `/api/plans/${planId}/versions/1/signatures`, {
      signatures: [{ name: 'Kari Kontakt', role: 'skole', method: 'papir', signedOn }],
    });
    expect(signed.status).toBe(200);
    return { before: created.body, after: signed.body };
  }

  beforeAll(async () => {
    teacher = await api.signIn('kontaktlaerer');
    schoolId = teacher.session.roles[0]!.schoolId!;
    const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
    for (const s of own.students.slice(0, 2)) {
      studentIds.push(s.id);
      names.push(s.familyName, s.givenName);
    }
    // The first student's absence this autumn, as the test says: three whole days in the weeks
    // before the plan, a lesson on the signing day, a day recorded on the planning day, and one
    // lesson after.
    const { db } = api.database;
    const [student] = await db.select({ ownerId: students.ownerId }).from(students).where(eq(students.id, studentIds[0]!));
    await db.delete(absenceRecords).where(and(eq(absenceRecords.studentId, studentIds[0]!), between(absenceRecords.date, '2026-08-01', '2026-12-31')));
    const record = (date: string, scope: 'dag' | 'time', hours: number) => ({ ownerId: student!.ownerId, schoolId, studentId: studentIds[0]!, date, scope, lessonNumber: scope === 'time' ? 2 : null, hours, type: 'ikke_mott' as const, noticeFromHome: false });
    await db.insert(absenceRecords).values([
      record('2026-10-19', 'dag', 6),
      record('2026-10-20', 'dag', 6),
      record('2026-10-21', 'dag', 6),
      record('2026-10-26', 'time', 1),
      record('2026-11-13', 'dag', 6),
      record('2026-11-02', 'time', 1),
    ]);
  });

  it('shows a plan’s attendance before and after its signing, over equal numbers of school days', async () => {
    const { before, after } = await signedPlan(studentIds[0]!, '2026-10-26');
    expect(before.plans[0]!.attendance).toMatchObject({ status: 'not_signed', signedOn: null, before: null, after: null });

    const attendance = after.plans[0]!.attendance;
    // Tuesday 27 October to today, Monday 23 November: 19 school days (Friday 13 November is a
    // planning day). The 19 school days before the signing reach back over høstferie (week 40).
    expect(attendance).toMatchObject({
      status: 'figure',
      signedOn: '2026-10-26',
      endsOn: '2026-11-23',
      endsBy: 'i_dag',
      windowSchoolDays: 19,
      before: { from: '2026-09-22', to: '2026-10-23', lessonsMissed: 18 },
      after: { from: '2026-10-27', to: '2026-11-23', lessonsMissed: 1 },
      outcome: 'improved',
    });
    const { before: b, after: a } = attendance;
    expect(b!.lessonsHeld).toBeGreaterThan(19 * 4);
    expect(b!.attendancePercent).toBe(Math.round(1000 * (1 - 18 / b!.lessonsHeld)) / 10);
    expect(a!.attendancePercent).toBe(Math.round(1000 * (1 - 1 / a!.lessonsHeld)) / 10);
    expect(attendance.changePoints).toBe(Math.round(10 * (a!.attendancePercent - b!.attendancePercent)) / 10);

    // The case page reads the same.
    const read = await teacher.call<CaseDetail>('GET', `/api/cases/${after.id}`);
    expect(read.body.plans[0]!.attendance).toEqual(attendance);
  });

  it('gives a plan signed last week no figure yet', async () => {
    const { after } = await signedPlan(studentIds[1]!, '2026-11-19');
    expect(after.plans[0]!.attendance).toMatchObject({ status: 'too_short', signedOn: '2026-11-19', windowSchoolDays: 2, before: null, after: null, outcome: null });
  });

  it('counts per measure for leadership and the rådgiver, says too few under five plans, and names no student', async () => {
    const rektor = await api.signIn('rektor');
    const effects = await rektor.call<MeasureEffectsView>('GET', `/api/schools/${schoolId}/measure-effects?language=nn`);
    expect(effects.status).toBe(200);
    expect(effects.body.all).toEqual({ plans: 2, improved: 1, unchanged: 0, worse: 0, noRoom: 0, noFigure: 1, comparable: 1 });
    expect(effects.body.measures).toEqual([
      {
        code: measureCode,
        title: 'Kartlegg den sosiale og faglege situasjonen til eleven.',
        source: 'tiltaksbank-skolevegring',
        plans: 2,
        improved: 1,
        unchanged: 0,
        worse: 0,
        noRoom: 0,
        noFigure: 1,
        comparable: 1,
        verdict: 'too_few',
        pValue: null,
      },
    ]);
    const text = JSON.stringify(effects.body);
    for (const name of names) expect(text).not.toContain(name);
    for (const id of studentIds) expect(text).not.toContain(id);

    const radgiver = await api.signIn('radgiver');
    expect((await radgiver.call('GET', `/api/schools/${schoolId}/measure-effects`)).status).toBe(200);
    expect((await teacher.call('GET', `/api/schools/${schoolId}/measure-effects`)).status).toBe(403);
  });
});
