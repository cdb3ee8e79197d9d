/**
 * The delivery log and the resend through the API (issue 15, parts 4 and 6): a summons to a
 * meeting shows in the case's and the student's log, queued by e-mail to a guardian with an
 * address and not sent to one without; added an address, the notice is sent again and put on the
 * queue; the school's notice settings are its leadership's. With no channel configured, a summons
 * is logged as not sent, with the reason.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, guardians, notices } from '../db/schema.js';
import { NOTICE_QUEUE } from '../data/notices/queue-notices.js';
import { seedDemoCases } from '../demo/seed-demo-cases.js';
import { countJobs, startQueue, type JobQueue } from '../queue/job-queue.js';
import type { ApiError, MyStudents, StudentDetail } from '../shared/api.js';
import type { CaseDetail } from '../shared/case-api.js';
import type { NoticeLine, NoticeLog, NoticeSettings } from '../shared/notice-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { testClock, TEST_TODAY } from '../test/test-clock.js';

type Api = ReturnType<typeof useTestApp>;

/**
 * A case the contact teacher opens for a student of the own class with two guardians (the demo
 * cases are other classes'), the student's guardians as the case page names them, and the teacher.
 */
async function caseWithTwoGuardians(api: Api) {
  await seedDemoCases(api.database.db, TEST_TODAY);
  const teacher = await api.signIn('kontaktlaerer');
  const own = (await teacher.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
  for (const student of own.students) {
    const detail = (await teacher.call<StudentDetail>('GET', `/api/students/${student.id}`)).body;
    if (detail.guardians.length < 2) continue;
    const opened = await teacher.call<CaseDetail>('POST', `/api/students/${student.id}/cases`, { kind: 'fravaer', openedFrom: 'manuelt', reason: 'Mye fravær uten melding' });
    if (opened.status === 201) return { teacher, kase: opened.body };
  }
  throw new Error('no student of the contact teacher\'s class has two guardians and no open absence case');
}

const summons = (kase: CaseDetail) => ({
  kind: 'evalueringsmote',
  startsAt: '2026-11-30T14:00:00+01:00',
  place: 'Møterom 2',
  invited: kase.guardians.slice(0, 2).map((g) => ({ name: g.name, role: 'foresatt' })),
  summonsChannel: 'e_post',
  purpose: 'Evaluere tiltaksplanen',
});

describe('with e-mail configured', () => {
  const api = useTestApp(testClock, { noticeChannels: { configured: ['epost'] } });
  let queue: JobQueue | undefined;
  let teacher: Awaited<ReturnType<Api['signIn']>>;
  let kase: CaseDetail;
  let reached: CaseDetail['guardians'][number];
  let unreached: CaseDetail['guardians'][number];

  beforeAll(async () => {
    // The queue's schema is made when a queue starts; nobody works it here, so the jobs wait.
    queue = await startQueue(api.database, { queues: [{ name: NOTICE_QUEUE, retryLimit: 5 }] });
    ({ teacher, kase } = await caseWithTwoGuardians(api));
    [reached, unreached] = kase.guardians as [typeof reached, typeof unreached];
    const { db } = api.database;
    await db.update(guardians).set({ email: 'oda.mor@example.no' }).where(eq(guardians.id, reached.id));
    await db.update(guardians).set({ email: null, phone: null }).where(eq(guardians.id, unreached.id));
    const summoned = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/meetings`, summons(kase));
    expect(summoned.status, JSON.stringify(summoned.body)).toBe(200);
  });
  afterAll(async () => {
    await queue?.stop({ timeoutMs: 1000 });
  });

  const lineTo = (log: NoticeLog, guardianName: string) => log.notices.find((n) => n.recipientName === guardianName);

  it("shows the summons in the case's log: queued by e-mail, the address masked; not sent to the guardian without an address", async () => {
    const { status, body } = await teacher.call<NoticeLog>('GET', `/api/cases/${kase.id}/notices`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.studentId).toBe(kase.student.id);
    expect(body.channels).toEqual(['epost']);
    expect(lineTo(body, reached.name)).toMatchObject({ kind: 'innkalling', recipientKind: 'foresatt', status: 'queued', channel: 'epost', addressHint: 'o***@example.no', canResend: false, day: TEST_TODAY });
    expect(lineTo(body, unreached.name)).toMatchObject({ kind: 'innkalling', status: 'not_sent', channel: null, addressHint: null, statusReason: 'no_address', canResend: false });
    expect(lineTo(body, reached.name)!.createdByName).toBe(teacher.session.name);
    expect(await countJobs(api.database.db, NOTICE_QUEUE)).toBe(1);
  });

  it("shows the same notices on the student's page, and audits the reads", async () => {
    const { status, body } = await teacher.call<NoticeLog>('GET', `/api/students/${kase.student.id}/notices`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(lineTo(body, reached.name)).toMatchObject({ status: 'queued', addressHint: 'o***@example.no' });
    expect(lineTo(body, unreached.name)).toMatchObject({ status: 'not_sent' });
    const reads = await api.database.db
      .select({ entity: auditLog.entity })
      .from(auditLog)
      .where(and(eq(auditLog.actorStaffId, teacher.session.staffId), eq(auditLog.studentId, kase.student.id), eq(auditLog.action, 'read')));
    expect(reads.map((r) => r.entity)).toEqual(expect.arrayContaining(['notices', 'case_notices']));
  });

  it('refuses to send again a notice on its way, and one that still reaches nobody', async () => {
    const log = (await teacher.call<NoticeLog>('GET', `/api/cases/${kase.id}/notices`)).body;
    const queued = await teacher.call<ApiError>('POST', `/api/notices/${lineTo(log, reached.name)!.id}/resend`);
    expect(queued.status).toBe(409);
    expect(queued.body.error.code).toBe('notice_not_resendable');
    const nowhere = await teacher.call<ApiError>('POST', `/api/notices/${lineTo(log, unreached.name)!.id}/resend`);
    expect(nowhere.status).toBe(409);
    expect(nowhere.body.error.code).toBe('notice_unreachable');
  });

  it('sends a notice not sent again once the guardian has an address: queued, with a job, by the one who asked', async () => {
    await api.database.db.update(guardians).set({ email: 'per.far@example.no' }).where(eq(guardians.id, unreached.id));
    const log = (await teacher.call<NoticeLog>('GET', `/api/cases/${kase.id}/notices`)).body;
    const line = lineTo(log, unreached.name)!;
    expect(line.canResend).toBe(true);
    const resent = await teacher.call<NoticeLine>('POST', `/api/notices/${line.id}/resend`);
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    expect(resent.body).toMatchObject({ id: line.id, status: 'queued', channel: 'epost', addressHint: 'p***@example.no', statusReason: null, canResend: false });
    expect(await countJobs(api.database.db, NOTICE_QUEUE)).toBe(2);
    const [row] = await api.database.db.select({ resentBy: notices.resentBy, resentAt: notices.resentAt }).from(notices).where(eq(notices.id, line.id));
    expect(row!.resentBy).toBe(teacher.session.staffId);
    expect(row!.resentAt).not.toBeNull();
    const [audited] = await api.database.db.select().from(auditLog).where(and(eq(auditLog.entity, 'notice'), eq(auditLog.entityId, line.id)));
    expect(audited).toMatchObject({ action: 'update', actorStaffId: teacher.session.staffId, studentId: kase.student.id });
  });

  it("leaves out of the student's log the notices of a case its reader may not see", async () => {
    const rektor = await api.signIn('rektor');
    const nurse = (await api.signIn('helsesykepleier')).session.staffId;
    const hidden = await rektor.call<CaseDetail>('POST', `/api/students/${kase.student.id}/cases`, { kind: 'skolemiljo', openedFrom: 'manuelt', reason: 'Bekymring', responsibleStaffId: nurse });
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(201);
    // A summons in it, as recordMeeting would log it: the school and owner of the summons above.
    const [summoned] = await api.database.db.select({ ownerId: notices.ownerId, schoolId: notices.schoolId }).from(notices).where(eq(notices.caseId, kase.id)).limit(1);
    const [row] = await api.database.db
      .insert(notices)
      .values({
        ...summoned!,
        studentId: kase.student.id,
        caseId: hidden.body.id,
        kind: 'innkalling',
        reason: 'meeting:skjult',
        facts: {},
        recipientKind: 'foresatt',
        recipientId: reached.id,
        recipientName: reached.name,
        language: 'nb',
        day: TEST_TODAY,
        status: 'not_sent',
        statusReason: 'no_channel',
      })
      .returning({ id: notices.id });
    const ids = async (as: typeof teacher) => (await as.call<NoticeLog>('GET', `/api/students/${kase.student.id}/notices`)).body.notices.map((n) => n.id);
    expect(await ids(teacher)).not.toContain(row!.id);
    expect(await ids(rektor)).toContain(row!.id);
  });

  it('answers one who may not see the case as if the log and the notice were not there', async () => {
    const stranger = await api.signIn('faglaerer');
    const log = (await teacher.call<NoticeLog>('GET', `/api/cases/${kase.id}/notices`)).body;
    expect((await stranger.call('GET', `/api/cases/${kase.id}/notices`)).status).toBe(404);
    const resend = await stranger.call<ApiError>('POST', `/api/notices/${log.notices[0]!.id}/resend`);
    const missing = await stranger.call<ApiError>('POST', '/api/notices/00000000-0000-4000-8000-00000000dead/resend');
    expect(resend.status).toBe(404);
    expect(resend.body).toEqual(missing.body);
  });

  it("lets the school's leadership read the notice settings, and its skoleleder set them; a teacher neither", async () => {
    const rektor = await api.signIn('rektor');
    const schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
    const url = `/api/schools/${schoolId}/notice-settings`;
    expect((await rektor.call<NoticeSettings>('GET', url)).body).toEqual({ language: 'nb', sameDayAbsenceNotice: false, phone: null });
    const withoutPhone = await rektor.call<ApiError>('PUT', url, { language: 'nn', sameDayAbsenceNotice: true, phone: null });
    expect(withoutPhone.status).toBe(400);
    expect(withoutPhone.body.error.details?.map((d) => d.path)).toContain('body.phone');
    const saved = await rektor.call<NoticeSettings>('PUT', url, { language: 'nn', sameDayAbsenceNotice: true, phone: '+47 22 33 44 55' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await rektor.call<NoticeSettings>('GET', url)).body).toEqual({ language: 'nn', sameDayAbsenceNotice: true, phone: '+47 22 33 44 55' });
    const [audited] = await api.database.db.select().from(auditLog).where(and(eq(auditLog.entity, 'notice_settings'), eq(auditLog.action, 'update')));
    expect(audited).toMatchObject({ actorStaffId: rektor.session.staffId, entityId: schoolId });
    expect((await teacher.call('GET', url)).status).toBe(403);
    expect((await teacher.call('PUT', url, { language: 'nb', sameDayAbsenceNotice: false, phone: null })).status).toBe(403);
  });
});

describe('with no channel configured', () => {
  const api = useTestApp();

  it('logs the summons as not sent, with the reason, and offers no resend', async () => {
    const { teacher, kase } = await caseWithTwoGuardians(api);
    expect((await teacher.call('POST', `/api/cases/${kase.id}/meetings`, summons(kase))).status).toBe(200);
    const { body } = await teacher.call<NoticeLog>('GET', `/api/cases/${kase.id}/notices`);
    expect(body.channels).toEqual([]);
    expect(body.notices).toHaveLength(2);
    for (const line of body.notices) expect(line).toMatchObject({ kind: 'innkalling', status: 'not_sent', channel: null, statusReason: 'no_channel', canResend: false });
  });
});
