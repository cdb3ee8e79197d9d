/**
 * Oppfølgingstenesta's side through the API on the demo school (issue 12, parts 5–7): the school
 * writes a student out and the youth enters OT's list with the clarification meeting's agreement;
 * who may write out; OT sees the youth but not the student's page; OT's follow-up; the age limit
 * at its edge under both settings; the county's figures with small counts hidden; every read of a
 * youth audited. The test's "today" is moved by hand (the session's clock is not).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseEvents, caseParticipants, cases, flags, otAvklaringar, otYouth, students, tasks } from '../db/schema.js';
import { reevaluateStudents } from '../data/reevaluate-students.js';
import type { MyStudents } from '../shared/api.js';
import type { OtSettings, OtStatistics, YouthDetail, otAvklaringList, youthList } from '../shared/ot-api.js';
import type { z } from 'zod';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY, testClock } from '../test/test-clock.js';

let today = TEST_TODAY;
const api = useTestApp({ now: () => testClock.now(), today: () => today });

type YouthList = z.infer<typeof youthList>;
type AvklaringList = z.infer<typeof otAvklaringList>;
type SignedIn = Awaited<ReturnType<typeof api.signIn>>;

let rektor: SignedIn;
let ot: SignedIn;
let ownerId: string;
let schoolId: string;
/** Students of the demo school that no other test here touches, handed out one at a time. */
let spare: string[];
const nextStudent = () => spare.shift()!;

async function writeOut(studentId: string, leftOn = '2026-11-20', reason = 'SL', note = '') {
  const answer = await rektor.call<{ otYouthId: string; closedCaseId: string | null }>('POST', `/api/students/${studentId}/departure`, { leftOn, reason, note });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

async function list(who: SignedIn, query = '') {
  const answer = await who.call<YouthList>('GET', `/api/ot/youth${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.youth;
}

beforeAll(async () => {
  rektor = await api.signIn('rektor');
  ot = await api.signIn('ot');
  schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  const rows = await api.database.db.select({ id: students.id, ownerId: students.ownerId }).from(students).where(eq(students.schoolId, schoolId)).orderBy(students.id);
  ownerId = rows[0]!.ownerId;
  // Not the kontaktlærer's class or the faglærer's groups, which the access tests below use.
  const kontaktlaerer = await api.signIn('kontaktlaerer');
  const mine = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body;
  const taught = new Set(mine.groups.flatMap((g) => g.students.map((s) => s.id)));
  const faglaerer = (await (await api.signIn('faglaerer')).call<MyStudents>('GET', '/api/me/students')).body;
  for (const g of faglaerer.groups) for (const s of g.students) taught.add(s.id);
  spare = rows.map((r) => r.id).filter((id) => !taught.has(id));
});

describe('writing a student out', () => {
  it("puts the youth in OT's list with the clarification meeting's agreement, and closes the open case as handed to OT", async () => {
    const { db } = api.database;
    const studentId = nextStudent();
    const otStaff = ot.session.staffId;
    const [kase] = await db
      .insert(cases)
      .values({ ownerId, schoolId, studentId, kind: 'ot_avklaring', step: 'avtale', openedFrom: 'manuelt', responsibleStaffId: rektor.session.staffId, reason: 'Vil slutte', stepStartedOn: '2026-11-16', stepDueOn: '2026-11-30' })
      .returning({ id: cases.id });
    const caseId = kase!.id;
    await db.insert(caseParticipants).values([
      { ownerId, caseId, staffId: rektor.session.staffId, role: 'ansvarlig' },
      { ownerId, caseId, staffId: otStaff, role: 'deltaker' },
    ]);
    const agreement = { whatCameUp: 'Eleven er lei av skulen.', alternatives: 'Lærlingplass.', decision: 'sluttar', plan: [{ what: 'Søkje læreplass', who: 'Eleven og OT', by: null }], otFollowUp: 'OT ringjer kvar veke.' };
    await db.insert(otAvklaringar).values({
      ownerId,
      caseId,
      ground: 'sikker_slutt',
      opplysingar: { programme: 'Studiespesialisering', className: '1STB', absence: '', grades: '', earlierMeasures: '', background: '' },
      agreement,
      language: 'nn',
      signedAt: new Date('2026-11-20T12:00:00+01:00'),
      signatures: [
        { name: 'Eleven', signedOn: '2026-11-20' },
        { name: 'OT-rådgjevar', signedOn: '2026-11-20' },
      ],
    });
    await db.insert(tasks).values({ ownerId, schoolId, assigneeStaffId: rektor.session.staffId, studentId, caseId, kind: 'avslutt_avklaring', title: 'avslutt_avklaring', dueOn: '2026-11-30' });

    const written = await writeOut(studentId, '2026-11-20', 'SL');
    expect(written.closedCaseId).toBe(caseId);

    const [closed] = await db.select().from(cases).where(eq(cases.id, caseId));
    expect(closed).toMatchObject({ status: 'avsluttet', outcome: 'overfort_ot', closedBy: rektor.session.staffId });
    expect((await db.select().from(tasks).where(eq(tasks.caseId, caseId))).every((t) => t.doneAt !== null)).toBe(true);
    expect((await db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId))).map((e) => e.kind)).toContain('closed');
    const [student] = await db.select().from(students).where(eq(students.id, studentId));
    expect(student).toMatchObject({ leftOn: '2026-11-20', leaveReason: 'SL' });

    const youth = (await list(ot)).find((y) => y.id === written.otYouthId)!;
    expect(youth).toMatchObject({ student: { id: studentId }, originSchool: { id: schoolId }, leftOn: '2026-11-20', leaveReason: 'SL', status: 'OTUK', statusGroup: 'ukjent', statusSince: '2026-11-20', caseId, hasSignedAgreement: true, rightEndsOn: expect.stringMatching(/-12-31$/) });
    const detail = await ot.call<YouthDetail>('GET', `/api/ot/youth/${written.otYouthId}`);
    expect(detail.status).toBe(200);
    // The agreement as signed, and its PDF archived again now that the student is written out.
    expect(detail.body.agreement).toMatchObject({ content: agreement, signedAt: '2026-11-20T11:00:00.000Z', documentId: expect.any(String) });
    expect(detail.body.mayWrite).toBe(true);

    // OT took part in the clarification case: it is among OT's meetings, as held.
    const meetings = await ot.call<AvklaringList>('GET', '/api/ot/avklaringar');
    expect(meetings.status).toBe(200);
    expect(meetings.body.avklaringar.find((a) => a.caseId === caseId)).toMatchObject({ school: { id: schoolId }, student: { id: studentId }, ground: 'sikker_slutt', status: 'avsluttet', signedAt: '2026-11-20T11:00:00.000Z' });

    // Once: a second writing-out is refused.
    const again = await rektor.call('POST', `/api/students/${studentId}/departure`, { leftOn: '2026-11-21', reason: 'PS', note: '' });
    expect(again.status).toBe(409);
  });

  it('is for leadership and the rådgiver: a faglærer and a kontaktlærer may not, and a student they cannot see is not there', async () => {
    const kontaktlaerer = await api.signIn('kontaktlaerer');
    const faglaerer = await api.signIn('faglaerer');
    const ownClass = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const ownGroup = (await faglaerer.call<MyStudents>('GET', '/api/me/students')).body.groups[0]!;
    const body = { leftOn: '2026-11-20', reason: 'FR', note: '' };
    expect((await kontaktlaerer.call('POST', `/api/students/${ownClass.students[0]!.id}/departure`, body)).status).toBe(403);
    expect((await faglaerer.call('POST', `/api/students/${ownGroup.students[0]!.id}/departure`, body)).status).toBe(403);
    expect((await faglaerer.call('POST', `/api/students/${spare[0]}/departure`, body)).status).toBe(404);
    expect((await ot.call('POST', `/api/students/${spare[0]}/departure`, body)).status).toBe(404);
    const [untouched] = await api.database.db.select({ leftOn: students.leftOn }).from(students).where(eq(students.id, ownClass.students[0]!.id));
    expect(untouched!.leftOn).toBeNull();
  });

  it('takes the student out of "Mine elever", the class register and the identification rules, and ends the school\'s follow-up', async () => {
    const kontaktlaerer = await api.signIn('kontaktlaerer');
    const classOf = async () => (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const { db } = api.database;
    const before = await classOf();
    const withFlag = (await db.select({ studentId: flags.studentId, id: flags.id, state: flags.state }).from(flags).where(inArray(flags.studentId, before.students.map((s) => s.id)))).find(
      (f) => f.state === 'ny',
    );
    const leaving = withFlag?.studentId ?? before.students[0]!.id;
    // The school's own follow-up of the student: an open case with its task, and a task from a flag.
    const [ikoCase] = await db
      .insert(cases)
      .values({ ownerId, schoolId, studentId: leaving, kind: 'iko', step: 'kartlegging', openedFrom: 'manuelt', responsibleStaffId: kontaktlaerer.session.staffId, reason: 'Uro', stepStartedOn: '2026-11-16', stepDueOn: '2026-11-23' })
      .returning({ id: cases.id });
    await db.insert(tasks).values([
      { ownerId, schoolId, assigneeStaffId: kontaktlaerer.session.staffId, studentId: leaving, caseId: ikoCase!.id, kind: 'hold_kartleggingssamtale', title: 'hold_kartleggingssamtale', dueOn: '2026-11-23' },
      { ownerId, schoolId, assigneeStaffId: kontaktlaerer.session.staffId, studentId: leaving, kind: 'kontakt_hjem', title: 'kontakt_hjem', dueOn: TEST_TODAY },
    ]);
    const registerBefore = await kontaktlaerer.call<{ students: Array<{ id: string }> }>('GET', `/api/groups/${before.id}/day-register?date=${TEST_TODAY}`);
    expect(registerBefore.body.students.map((s) => s.id)).toContain(leaving);

    await writeOut(leaving, TEST_TODAY, 'FR');
    expect((await classOf()).students.map((s) => s.id)).not.toContain(leaving);
    expect((await classOf()).students).toHaveLength(before.students.length - 1);
    // From the day the student left, the class's register leaves the student out.
    const registerAfter = await kontaktlaerer.call<{ students: Array<{ id: string }> }>('GET', `/api/groups/${before.id}/day-register?date=${TEST_TODAY}`);
    expect(registerAfter.status).toBe(200);
    expect(registerAfter.body.students.map((s) => s.id)).not.toContain(leaving);
    // The school's follow-up ends with the student: the case closes as stopped, and nobody keeps a task about the student.
    expect((await db.select().from(cases).where(eq(cases.id, ikoCase!.id)))[0]).toMatchObject({ status: 'avsluttet', outcome: 'avbrutt' });
    const left = await db.select({ doneAt: tasks.doneAt, closedReason: tasks.closedReason }).from(tasks).where(eq(tasks.studentId, leaving));
    expect(left.length).toBeGreaterThanOrEqual(2);
    expect(left.every((t) => t.doneAt !== null)).toBe(true);
    expect(left.filter((t) => t.closedReason === 'eleven_slutta').length).toBeGreaterThanOrEqual(2);

    const evaluated = await reevaluateStudents(db, { ownerId, schoolId, today: TEST_TODAY, studentIds: [leaving] });
    expect(evaluated).toMatchObject({ students: 0, newFlags: [], resolved: 0 });
    // Flags from before stay as they were: OT takes over, and nobody is told the evidence is gone.
    if (withFlag) expect((await db.select({ state: flags.state }).from(flags).where(eq(flags.id, withFlag.id)))[0]!.state).toBe('ny');
    const school = await reevaluateStudents(db, { ownerId, schoolId, today: TEST_TODAY });
    expect(school.newFlags.filter((f) => f.studentId === leaving)).toEqual([]);
  });
});

describe("OT's list and follow-up", () => {
  it("shows OT the youth, never the student's page, and audits every youth shown", async () => {
    const studentId = nextStudent();
    const { otYouthId } = await writeOut(studentId);
    const page = await ot.call('GET', `/api/students/${studentId}`);
    expect([403, 404]).toContain(page.status);
    for (const who of ['rektor', 'kontaktlaerer', 'skoleeier'] as const) {
      const other = await api.signIn(who);
      expect((await other.call('GET', '/api/ot/youth')).status, who).toBe(403);
      expect((await other.call('GET', `/api/ot/youth/${otYouthId}`)).status, who).toBe(403);
    }

    const { db } = api.database;
    const readsSince = async (since: number, entity: string) =>
      db.select().from(auditLog).where(and(sql`${auditLog.id} > ${since}`, eq(auditLog.entity, entity), eq(auditLog.action, 'read'), eq(auditLog.actorStaffId, ot.session.staffId)));
    const lastId = async () => (await db.select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)::int` }).from(auditLog))[0]!.id;

    let since = await lastId();
    const shown = await list(ot);
    const listed = await readsSince(since, 'ot_youth_list');
    expect(listed.map((e) => e.studentId).sort()).toEqual(shown.map((y) => y.student.id).sort());
    expect(new Set(listed.map((e) => e.studentId)).size).toBe(listed.length);

    since = await lastId();
    expect((await ot.call('GET', `/api/ot/youth/${otYouthId}`)).status).toBe(200);
    expect((await readsSince(since, 'ot_youth')).map((e) => [e.studentId, e.entityId])).toEqual([[studentId, otYouthId]]);

    expect((await ot.call('GET', '/api/ot/youth/00000000-0000-4000-8000-00000000dead')).status).toBe(404);
  });

  it('records contact attempts, statuses, the plan and the information to guardians, and gives the youth to an advisor', async () => {
    const studentId = nextStudent();
    const { otYouthId } = await writeOut(studentId, '2026-11-02', 'IM', 'Har ikkje møtt sidan oktober.');
    const [student] = await api.database.db.select({ birthDate: students.birthDate }).from(students).where(eq(students.id, studentId));
    const minor = Number(TEST_TODAY.slice(0, 4)) - Number(student!.birthDate!.slice(0, 4)) < 18;
    const before = await ot.call<YouthDetail>('GET', `/api/ot/youth/${otYouthId}`);
    expect(before.body.guardiansToInform).toBe(minor);
    if (minor) expect(before.body.guardians.length).toBeGreaterThan(0);
    // The school's note when writing the student out is the first entry OT reads.
    expect(before.body.entries).toEqual([expect.objectContaining({ kind: 'notat', on: TEST_TODAY, detail: { text: 'Har ikkje møtt sidan oktober.', fromSchool: true }, staffName: expect.any(String) })]);

    const post = (body: unknown) => ot.call<YouthDetail>('POST', `/api/ot/youth/${otYouthId}/entries`, body);
    expect((await post({ kind: 'kontaktforsok', on: '2026-11-10', channel: 'telefon', reached: false })).status).toBe(201);
    expect((await post({ kind: 'kontaktforsok', on: '2026-11-12', channel: 'sms', reached: true, note: 'Svarte på SMS' })).status).toBe(201);
    expect((await post({ kind: 'status', on: '2026-11-12', statusCode: 'OTOV' })).status).toBe(201);
    expect((await post({ kind: 'plan', on: '2026-11-13', goal: 'Læreplass til hausten', steps: [{ what: 'Søkje læreplass', who: 'Ungdommen', by: '2027-03-01' }] })).status).toBe(201);
    const informed = await post({ kind: 'informasjon', on: '2026-11-13', to: ['ungdom', 'foresette'], channel: 'brev' });
    expect(informed.status).toBe(201);
    expect(informed.body).toMatchObject({
      status: 'OTOV',
      statusGroup: 'oppfolging',
      statusSince: '2026-11-12',
      lastContactOn: '2026-11-12',
      guardiansToInform: false,
      plan: { goal: 'Læreplass til hausten', steps: [{ what: 'Søkje læreplass', who: 'Ungdommen', by: '2027-03-01' }] },
    });
    const status = informed.body.entries.find((e) => e.kind === 'status')!;
    expect(status).toMatchObject({ statusCode: 'OTOV', detail: { note: '' } });
    // Newest first: by day, then as recorded.
    expect(informed.body.entries.map((e) => e.kind)).toEqual(['notat', 'informasjon', 'plan', 'status', 'kontaktforsok', 'kontaktforsok']);

    // Someone else's write is refused; a status outside the code list is not a status.
    expect((await rektor.call('POST', `/api/ot/youth/${otYouthId}/entries`, { kind: 'notat', on: TEST_TODAY, text: 'Hei' })).status).toBe(403);
    expect((await post({ kind: 'status', on: TEST_TODAY, statusCode: 'OTXX' })).status).toBe(400);

    // The youth is given to an OT advisor, and then is in that advisor's own list; a person who is not OT cannot be.
    expect((await ot.call('PUT', `/api/ot/youth/${otYouthId}/advisor`, { staffId: rektor.session.staffId })).status).toBe(400);
    const given = await ot.call<YouthDetail>('PUT', `/api/ot/youth/${otYouthId}/advisor`, { staffId: ot.session.staffId });
    expect(given.status).toBe(200);
    expect(given.body.advisor).toEqual({ staffId: ot.session.staffId, name: expect.any(String) });
    expect((await list(ot, '?mine=true')).map((y) => y.id)).toContain(otYouthId);
  });
});

describe('the age limit at its edge, through the API', () => {
  let born2002: string;

  beforeAll(async () => {
    born2002 = nextStudent();
    await api.database.db.update(students).set({ birthDate: '2002-05-01' }).where(eq(students.id, born2002));
  });

  it('keeps a youth born 1 May 2002 in the list to 31 December 2026 by default, and archives the youth on 1 January 2027', async () => {
    const { otYouthId } = await writeOut(born2002, '2026-11-20', 'PS');
    try {
      today = '2026-12-31';
      const inside = (await list(ot)).find((y) => y.id === otYouthId);
      expect(inside).toMatchObject({ rightEndsOn: '2026-12-31' });
      expect((await ot.call<YouthDetail>('GET', `/api/ot/youth/${otYouthId}`)).body.guardians).toEqual([]);
      today = '2027-01-01';
      expect((await list(ot)).map((y) => y.id)).not.toContain(otYouthId);
      expect((await list(ot, '?scope=arkiv')).map((y) => y.id)).toContain(otYouthId);
      const archived = await ot.call<YouthDetail>('GET', `/api/ot/youth/${otYouthId}`);
      expect(archived.status).toBe(200);
      expect(archived.body.mayWrite).toBe(false);
      expect((await ot.call('POST', `/api/ot/youth/${otYouthId}/entries`, { kind: 'notat', on: '2026-12-31', text: 'For seint' })).status).toBe(409);
      expect((await ot.call('PUT', `/api/ot/youth/${otYouthId}/advisor`, { staffId: ot.session.staffId })).status).toBe(409);
    } finally {
      today = TEST_TODAY;
    }
  });

  it("under the seed's setting (21, to the end of the school year) keeps the youth to 31 July 2023 and not a day longer", async () => {
    const admin = await api.signIn('admin');
    const seedSetting: OtSettings = { ageLimit: 21, runsTo: 'skolear', maalform: 'nn' };
    expect((await ot.call('PUT', '/api/owner/ot-settings', seedSetting)).status).toBe(403);
    expect((await admin.call('PUT', '/api/owner/ot-settings', { ...seedSetting, ageLimit: 30 })).status).toBe(400);
    const set = await admin.call<OtSettings>('PUT', '/api/owner/ot-settings', seedSetting);
    expect(set.status).toBe(200);
    try {
      for (const who of [ot, admin, await api.signIn('skoleeier')]) expect((await who.call<OtSettings>('GET', '/api/owner/ot-settings')).body).toEqual(seedSetting);
      expect((await rektor.call('GET', '/api/owner/ot-settings')).status).toBe(403);

      // The youth written out in November 2026 is long past this limit.
      const archive = await list(ot, '?scope=arkiv');
      expect(archive.find((y) => y.student.id === born2002)).toMatchObject({ rightEndsOn: '2023-07-31' });

      // A second youth born the same day, written out in June 2023.
      const other = nextStudent();
      await api.database.db.update(students).set({ birthDate: '2002-05-01' }).where(eq(students.id, other));
      today = '2023-06-15';
      const { otYouthId } = await writeOut(other, '2023-06-01', 'SL');
      today = '2023-07-31';
      expect((await list(ot)).map((y) => y.id)).toContain(otYouthId);
      today = '2023-08-01';
      expect((await list(ot)).map((y) => y.id)).not.toContain(otYouthId);
      expect((await list(ot, '?scope=arkiv')).map((y) => y.id)).toContain(otYouthId);
    } finally {
      today = TEST_TODAY;
      expect((await admin.call('PUT', '/api/owner/ot-settings', { ageLimit: 24, runsTo: 'kalenderaar', maalform: 'nb' })).status).toBe(200);
    }
  });
});

describe("OT's figures for the county", () => {
  it('counts the youth in the list on the day by status, group, school and reason, hiding counts under 5, and exports them with the codes', async () => {
    const skoleeier = await api.signIn('skoleeier');
    const { db } = api.database;
    // Start from an empty register, then add four youth: fewer than five everywhere.
    await db.execute(sql`delete from ot_follow_up_entries`);
    await db.delete(otYouth);
    const youthIds: string[] = [];
    for (let i = 0; i < 4; i++) youthIds.push((await writeOut(nextStudent(), '2026-11-02', 'SL')).otYouthId);
    const figures = async (on = '') => {
      const answer = await skoleeier.call<OtStatistics>('GET', `/api/ot/statistics${on}`);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return answer.body;
    };
    let shown = await figures();
    expect(shown.on).toBe(TEST_TODAY);
    expect(shown.total).toBeNull();
    expect(shown.byStatus.find((s) => s.code === 'OTUK')!.count).toBeNull();
    expect(shown.byStatus.find((s) => s.code === 'OTOV')!.count).toBe(0);
    expect(shown.bySchool).toEqual([{ school: { id: schoolId, name: expect.any(String) }, total: null, byGroup: expect.any(Array) }]);
    expect(JSON.stringify(shown)).not.toMatch(/"(count|total)":[1-4][,}]/);

    // A fifth youth: the total and OTUK are shown; a status recorded today is not in yesterday's figures.
    youthIds.push((await writeOut(nextStudent(), '2026-11-02', 'FR')).otYouthId);
    expect((await ot.call('POST', `/api/ot/youth/${youthIds[0]}/entries`, { kind: 'status', on: TEST_TODAY, statusCode: 'OTOV' })).status).toBe(201);
    shown = await figures();
    expect(shown.total).toBe(5);
    expect(shown.byStatus.find((s) => s.code === 'OTUK')!.count).toBeNull();
    expect(shown.byGroup).toEqual([
      { group: 'ukjent', count: null },
      { group: 'oppfolging', count: null },
      { group: 'aktivitet', count: 0 },
      { group: 'avklart', count: 0 },
    ]);
    expect(shown.byReason.map((r) => [r.reason, r.total])).toEqual([
      ['FR', null],
      ['SL', null],
      ['PS', 0],
      ['IM', 0],
      ['AF', 0],
    ]);
    const yesterday = await figures('?on=2026-11-22');
    expect(yesterday.byStatus.find((s) => s.code === 'OTUK')!.count).toBe(5);
    expect(yesterday.byStatus.find((s) => s.code === 'OTOV')!.count).toBe(0);
    // Before anyone had left, nobody.
    expect((await figures('?on=2026-11-01')).total).toBe(0);

    const raw = await api.app.inject({ method: 'GET', url: '/api/ot/statistics.csv?on=2026-11-22', headers: { cookie: skoleeier.cookie } });
    expect(raw.headers['content-type']).toMatch(/^text\/csv/);
    expect(raw.headers['content-disposition']).toBe('attachment; filename="ot-statistikk-2026-11-22.csv"');
    const lines = raw.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('dato;skole;organisasjonsnummer;statuskode;antall');
    expect(lines).toHaveLength(1 + 14);
    expect(lines.find((l) => l.includes(';OTUK;'))).toMatch(/^2026-11-22;.+;OTUK;5$/);
    expect(lines.find((l) => l.includes(';OTOV;'))).toMatch(/;OTOV;0$/);
    const ofToday = (await api.app.inject({ method: 'GET', url: '/api/ot/statistics.csv', headers: { cookie: skoleeier.cookie } })).body;
    expect(ofToday).toMatch(/;OTUK;<5\r\n/);
    expect(ofToday).toMatch(/;OTOV;<5\r\n/);

    for (const who of ['kontaktlaerer', 'rektor', 'admin'] as const) {
      expect((await (await api.signIn(who)).call('GET', '/api/ot/statistics')).status, who).toBe(403);
    }
  });
});
