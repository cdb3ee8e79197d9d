/**
 * The overgang through the API (issue 13, part 5; docs/decisions/023): a Vg1 student of the demo
 * county had a fravær case at an ungdomsskole of another owner (src/test/former-school-fixture.ts).
 * The receiving school's counsellor sees that a summary may be asked for and asks; the former
 * school's rektor finds the first draft, saves the summary and records the guardian's consent; the
 * counsellor reads it (kept and audited on both sides); a revoked consent stops the next read. The
 * consent rules at the 15th birthday, and a revoked consent that stops a summary never read.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, overgangReads, students, tasks } from '../db/schema.js';
import type { MyStudents } from '../shared/api.js';
import type { IncomingSummary, IncomingView, OvergangView } from '../shared/overgang-api.js';
import { addFormerRektor, addFormerSchool, type FormerSchool } from '../test/former-school-fixture.js';
import { useTestApp, type ApiCall } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';

const api = useTestApp();
let radgiver: ApiCall;
let kontaktlaerer: ApiCall;
let formerRektor: ApiCall;
let receiving: string;
let former: FormerSchool;

beforeAll(async () => {
  const { db } = api.database;
  radgiver = (await api.signIn('radgiver')).call;
  const teacher = await api.signIn('kontaktlaerer');
  kontaktlaerer = teacher.call;
  const mine = (await kontaktlaerer<MyStudents>('GET', '/api/me/students')).body;
  receiving = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students[0]!.id;
  // 15 on 20 November this year: the student's own consent counts from that day.
  await db.update(students).set({ birthDate: '2011-11-20' }).where(eq(students.id, receiving));
  former = await addFormerSchool(db, { studentId: receiving });
  formerRektor = (await api.signIn(await addFormerRektor(db, former, 'tidlegare-rektor'))).call;
});

const incoming = () => radgiver<IncomingView>('GET', `/api/students/${receiving}/overgang/incoming`);

describe('before any consent', () => {
  it('shows the receiving counsellor that the former school may be asked, and nothing of the case', async () => {
    const answer = await incoming();
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toEqual({ formerSchools: [{ fromStudentId: former.studentId, fromSchoolName: 'Tidlegare ungdomsskule', status: 'kan_spoerje', askedAt: null }], birthDateMissing: false });
  });

  it('keeps it from the contact teacher, who sees the student but does not receive summaries', async () => {
    expect((await kontaktlaerer('GET', `/api/students/${receiving}/overgang/incoming`)).status).toBe(403);
  });

  it('refuses to read without consent', async () => {
    const read = await radgiver('GET', `/api/students/${receiving}/overgang/incoming/${former.studentId}`);
    expect(read.status).toBe(409);
    expect(await api.database.db.select().from(overgangReads)).toEqual([]);
  });

  it('answers an unmatched student as missing', async () => {
    const read = await radgiver('GET', `/api/students/${receiving}/overgang/incoming/00000000-0000-4000-8000-00000000dead`);
    expect(read.status).toBe(404);
  });

  it('lets the counsellor ask once: the former school gets one task, for the case’s responsible person', async () => {
    const asked = await radgiver<{ askedAt: string }>('POST', `/api/students/${receiving}/overgang/incoming/${former.studentId}/ask`);
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const again = await radgiver<{ askedAt: string }>('POST', `/api/students/${receiving}/overgang/incoming/${former.studentId}/ask`);
    expect(again.body.askedAt).toBe(asked.body.askedAt);
    const formerTasks = await api.database.db.select().from(tasks).where(and(eq(tasks.ownerId, former.ownerId), eq(tasks.studentId, former.studentId)));
    expect(formerTasks.map((t) => [t.kind, t.assigneeStaffId, t.dueOn])).toEqual([['be_om_samtykke_overgang', former.responsibleStaffId, '2026-11-30']]);
    expect((await incoming()).body.formerSchools[0]!.askedAt).toBe(asked.body.askedAt);
  });
});

describe('the former school prepares the summary', () => {
  it('finds a first draft from its case, in its own målform, and who asked', async () => {
    const view = await formerRektor<OvergangView>('GET', `/api/students/${former.studentId}/overgang`);
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body.followUp).toBe(true);
    expect(view.body.offered).toBe(true);
    expect(view.body.summary).toBeNull();
    expect(view.body.draft).toEqual({
      causes: ['Møtet med skulen', 'Grue seg til friminutta'],
      helped: ['Fast vaksen i friminutta'],
      contactPerson: { name: 'Tone Tidlegare', role: 'Kontaktlærar 10B', phone: null, email: 'tone@tidlegare.kommune.no' },
      note: null,
    });
    expect(view.body.requests.map((r) => r.schoolName)).toEqual(['Varde videregående skole']);
    expect(view.body.whoMayConsent).toEqual(['foresatte', 'elev']);
  });

  it('records no consent before there is a summary to consent to', async () => {
    const early = await formerRektor('POST', `/api/students/${former.studentId}/overgang/consents`, { givenBy: 'foresatte', guardianId: former.guardianId, givenOn: TEST_TODAY });
    expect(early.status).toBe(409);
  });

  it('refuses a summary that names no contact, at the field', async () => {
    const view = (await formerRektor<OvergangView>('GET', `/api/students/${former.studentId}/overgang`)).body;
    const bad = await formerRektor<{ error: { details: Array<{ path: string }> } }>('PUT', `/api/students/${former.studentId}/overgang/summary`, {
      summary: { ...view.draft!, contactPerson: { ...view.draft!.contactPerson, name: ' ' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d) => d.path)).toEqual(['body.summary.contactPerson.name']);
  });

  it('saves the summary as edited', async () => {
    const view = (await formerRektor<OvergangView>('GET', `/api/students/${former.studentId}/overgang`)).body;
    const saved = await formerRektor<OvergangView>('PUT', `/api/students/${former.studentId}/overgang/summary`, {
      summary: { ...view.draft!, note: 'Treng ein trygg vaksen dei første vekene.', contactPerson: { ...view.draft!.contactPerson, phone: '900 00 000' } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.summary?.note).toBe('Treng ein trygg vaksen dei første vekene.');
    expect(saved.body.draft).toBeNull();
  });

  it('takes only the guardians’ consent while the student’s birth date is missing, and says why', async () => {
    const { db } = api.database;
    const [{ birthDate }] = (await db.select({ birthDate: students.birthDate }).from(students).where(eq(students.id, former.studentId))) as [{ birthDate: string | null }];
    await db.update(students).set({ birthDate: null }).where(eq(students.id, former.studentId));
    try {
      expect((await formerRektor<OvergangView>('GET', `/api/students/${former.studentId}/overgang`)).body.whoMayConsent).toEqual(['foresatte']);
      const own = await formerRektor<{ error: { details: Array<{ path: string; message: string }> } }>('POST', `/api/students/${former.studentId}/overgang/consents`, { givenBy: 'elev', givenOn: '2026-11-20' });
      expect(own.status).toBe(400);
      expect(own.body.error.details).toEqual([{ path: 'body.givenBy', message: 'the student’s birth date is missing: the guardians consent until it is completed' }]);
    } finally {
      await db.update(students).set({ birthDate }).where(eq(students.id, former.studentId));
    }
  });

  it('takes the student’s own consent from the 15th birthday, not the day before', async () => {
    const before = await formerRektor<{ error: { details: Array<{ path: string; message: string }> } }>('POST', `/api/students/${former.studentId}/overgang/consents`, { givenBy: 'elev', givenOn: '2026-11-19' });
    expect(before.status).toBe(400);
    expect(before.body.error.details[0]).toMatchObject({ path: 'body.givenBy' });
    const onTheDay = await formerRektor<OvergangView>('POST', `/api/students/${former.studentId}/overgang/consents`, { givenBy: 'elev', givenOn: '2026-11-20' });
    expect(onTheDay.status, JSON.stringify(onTheDay.body)).toBe(201);
    // Taken back at once: the rest of the story is the guardian's consent.
    const consentId = onTheDay.body.consents[0]!.id;
    const revoked = await formerRektor<OvergangView>('POST', `/api/students/${former.studentId}/overgang/consents/${consentId}/revoke`, { revokedBy: 'elev', revokedOn: '2026-11-20' });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect((await incoming()).body.formerSchools[0]!.status).toBe('kan_spoerje');
  });

  it('asks which guardian consented, and that it is one with parental responsibility', async () => {
    const none = await formerRektor('POST', `/api/students/${former.studentId}/overgang/consents`, { givenBy: 'foresatte', givenOn: TEST_TODAY });
    expect(none.status).toBe(400);
    const stranger = await formerRektor('POST', `/api/students/${former.studentId}/overgang/consents`, { givenBy: 'foresatte', guardianId: former.responsibleStaffId, givenOn: TEST_TODAY });
    expect(stranger.status).toBe(400);
    const given = await formerRektor<OvergangView>('POST', `/api/students/${former.studentId}/overgang/consents`, { givenBy: 'foresatte', guardianId: former.guardianId, givenOn: '2026-11-21' });
    expect(given.status, JSON.stringify(given.body)).toBe(201);
    expect(given.body.consents.find((c) => c.inForce)).toMatchObject({ givenBy: 'foresatte', guardianName: expect.stringContaining('Frida'), givenOn: '2026-11-21' });
    // The home has answered: the task the receiving school's request gave is done.
    const formerTasks = await api.database.db.select().from(tasks).where(and(eq(tasks.ownerId, former.ownerId), eq(tasks.studentId, former.studentId)));
    expect(formerTasks.map((t) => t.doneAt !== null)).toEqual([true]);
  });
});

describe('the receiving school reads it', () => {
  it('sees a summary waiting, reads it, and both owners keep the read', async () => {
    expect((await incoming()).body.formerSchools[0]!.status).toBe('venter');
    const read = await radgiver<IncomingSummary>('GET', `/api/students/${receiving}/overgang/incoming/${former.studentId}`);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body).toMatchObject({ fromSchoolName: 'Tidlegare ungdomsskule', consent: { givenBy: 'foresatte', givenOn: '2026-11-21' } });
    expect(read.body.summary.helped).toEqual(['Fast vaksen i friminutta']);
    expect((await incoming()).body.formerSchools[0]!.status).toBe('lest');

    const { db } = api.database;
    const formerLog = await db.select().from(auditLog).where(and(eq(auditLog.ownerId, former.ownerId), eq(auditLog.entity, 'overgang'), eq(auditLog.action, 'read'), isNull(auditLog.actorStaffId)));
    expect(formerLog).toHaveLength(1);
    expect(formerLog[0]).toMatchObject({ studentId: former.studentId, actorStaffId: null, detail: expect.objectContaining({ readerSchoolName: 'Varde videregående skole' }) });
    const ownLog = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'overgang_summary'), eq(auditLog.studentId, receiving)));
    expect(ownLog).toHaveLength(1);
    const view = (await formerRektor<OvergangView>('GET', `/api/students/${former.studentId}/overgang`)).body;
    expect(view.reads.map((r) => r.schoolName)).toEqual(['Varde videregående skole']);
  });

  it('reads nothing more once the consent is revoked', async () => {
    const view = (await formerRektor<OvergangView>('GET', `/api/students/${former.studentId}/overgang`)).body;
    const inForce = view.consents.find((c) => c.inForce)!;
    const early = await formerRektor('POST', `/api/students/${former.studentId}/overgang/consents/${inForce.id}/revoke`, { revokedBy: 'foresatte', revokedOn: '2026-11-20' });
    expect(early.status).toBe(400);
    const revoked = await formerRektor('POST', `/api/students/${former.studentId}/overgang/consents/${inForce.id}/revoke`, { revokedBy: 'foresatte', revokedOn: TEST_TODAY });
    expect(revoked.status).toBe(200);
    const twice = await formerRektor('POST', `/api/students/${former.studentId}/overgang/consents/${inForce.id}/revoke`, { revokedBy: 'foresatte', revokedOn: TEST_TODAY });
    expect(twice.status).toBe(409);
    expect((await radgiver('GET', `/api/students/${receiving}/overgang/incoming/${former.studentId}`)).status).toBe(409);
    expect((await incoming()).body.formerSchools[0]!.status).toBe('kan_spoerje');
  });
});

describe('a consent revoked before the summary was read', () => {
  it('stops the summary from moving at all', async () => {
    const { db } = api.database;
    const mine = (await kontaktlaerer<MyStudents>('GET', '/api/me/students')).body;
    const other = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students[1]!.id;
    const second = await addFormerSchool(db, { studentId: other }, { summary: true, consentGivenOn: '2026-11-02', schoolName: 'Andre ungdomsskule' });
    const rektor2 = (await api.signIn(await addFormerRektor(db, second, 'andre-rektor'))).call;
    expect((await radgiver<IncomingView>('GET', `/api/students/${other}/overgang/incoming`)).body.formerSchools[0]!.status).toBe('venter');
    const revoked = await rektor2('POST', `/api/students/${second.studentId}/overgang/consents/${second.consentId}/revoke`, { revokedBy: 'foresatte', revokedOn: TEST_TODAY });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect((await radgiver('GET', `/api/students/${other}/overgang/incoming/${second.studentId}`)).status).toBe(409);
    expect(await db.select().from(overgangReads).where(eq(overgangReads.ownerId, second.ownerId))).toEqual([]);
  });
});

describe('a follow-up long past', () => {
  it('is not offered: a case closed more than twelve months ago, without a consent in force', async () => {
    const { db } = api.database;
    const mine = (await kontaktlaerer<MyStudents>('GET', '/api/me/students')).body;
    const third = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students[2]!.id;
    await addFormerSchool(db, { studentId: third }, { caseClosedOn: '2025-11-22' });
    expect((await radgiver<IncomingView>('GET', `/api/students/${third}/overgang/incoming`)).body).toEqual({ formerSchools: [], birthDateMissing: false });
  });
});
