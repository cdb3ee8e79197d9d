/**
 * Cases through the API: from a flag to a case, along the staircase with its requirements and
 * deadlines, a conversation, a tiltaksplan that is signed and never changes, its evaluation, the
 * consent rule for referrals, the klasselærermøte, closing — and who may see a case.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases, documents, flags, tasks } from '../db/schema.js';
import { reevaluateStudents } from '../data/reevaluate-students.js';
import { pdfText } from '../documents/pdf-text.js';
import type { Flag, MyStudents, Task } from '../shared/api.js';
import type { CaseDetail, CaseSummary } from '../shared/case-api.js';
import { useTestApp } from '../test/api-test-app.js';

type MyTasks = { tasks: Task[] };


const api = useTestApp();


const cookies = new Map<string, string>();
const teacherCookie = async () => cookies.get('kontaktlaerer')!;

async function signIn(username: string) {
  const signedIn = await api.signIn(username);
  cookies.set(username, signedIn.cookie);
  return signedIn;
}

const tiltaksplan = (evaluationOn: string) => ({
  kind: 'tiltaksplan',
  content: {
    longTermGoals: ['Komme tilbake til skolen og være i klassen.'],
    shortTermGoals: ['Være på skolen tre hele og to halve dager i uke 1.'],
    rows: [
      {
        maintainingFactor: 'Det er vanskelig å gå ut i storefri',
        measure: 'Lekegrupper i storefri mandag og tirsdag',
        measureCode: null,
        responsible: 'Kontaktlærer',
        planB: 'Lærerstyrt aktivitet',
        evaluation: '',
      },
    ],
    startsOn: '2026-11-23',
    endsOn: '2026-12-11',
    evaluationMeeting: { on: evaluationOn, time: '14:00', place: 'Møterom 2' },
  },
});

describe('cases through the API', () => {
  let teacher: Awaited<ReturnType<typeof signIn>>;
  let studentId: string;
  let flag: Flag;
  let kase: CaseDetail;

  beforeAll(async () => {
    teacher = await signIn('kontaktlaerer');
    const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
    for (const student of own.students) {
      const flags = (await teacher.call<{ flags: Flag[] }>('GET', `/api/students/${student.id}/flags`)).body.flags;
      const open = flags.find((f) => f.state === 'ny');
      if (open) {
        studentId = student.id;
        flag = open;
        return;
      }
    }
    throw new Error('No student of the demo class has a new flag');
  });

  it('opens a case from a flag, with the contact teacher responsible, the first step, its deadline and task', async () => {
    const opened = await teacher.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { kind: 'fravaer', openedFrom: 'flagg', flagId: flag.id, reason: 'Mye fravær uten melding' });
    expect(opened.status).toBe(201);
    kase = opened.body;
    expect(kase.step).toBe('kontakt');
    expect(kase.stepStartedOn).toBe('2026-11-23');
    expect(kase.stepDueOn).toBe('2026-11-24');
    expect(kase.participants).toEqual([expect.objectContaining({ role: 'ansvarlig', staffId: teacher.session.staffId })]);
    expect(kase.tasks).toEqual([expect.objectContaining({ kind: 'kontakt_hjem_og_drof', dueOn: '2026-11-24', done: false })]);
    expect(kase.unmetRequirements).toEqual(['kontakt_logget']);
    expect(kase.steps.map((s) => s.state)).toEqual(['naa', 'senere', 'senere', 'senere', 'senere']);

    const again = await teacher.call('POST', `/api/students/${studentId}/cases`, { kind: 'fravaer', openedFrom: 'manuelt', reason: 'igjen' });
    expect(again.status).toBe(409);
  });

  it('refuses to move on before the step is done, then moves on after a logged home contact', async () => {
    const early = await teacher.call<{ error: { code: string; message: string } }>('POST', `/api/cases/${kase.id}/transitions`, { type: 'advance' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('kontakt_logget');

    const guardian = kase.guardians[0]!;
    const logged = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/home-contacts`, {
      contactedAt: '2026-11-23T09:15:00+01:00',
      guardianId: guardian.id,
      channel: 'telefon',
      outcome: 'naadd',
      note: 'Mor forteller at eleven gruer seg til matematikk.',
    });
    expect(logged.status).toBe(200);
    expect(logged.body.homeContacts[0]).toMatchObject({ contactedWho: guardian.name, channel: 'telefon', outcome: 'naadd' });

    const moved = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/transitions`, { type: 'advance' });
    expect(moved.status).toBe(200);
    expect(moved.body.step).toBe('kartlegging');
    // Monday 23 November + five school days.
    expect(moved.body.stepDueOn).toBe('2026-11-30');
    expect(moved.body.tasks.find((t) => t.kind === 'kontakt_hjem_og_drof')!.done).toBe(true);
    expect(moved.body.tasks.find((t) => t.kind === 'hold_kartleggingssamtale')).toMatchObject({ dueOn: '2026-11-30', done: false });
  });

  it('records the mapping conversation, and the tiltaksplan is signed and then never changes', async () => {
    const talk = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/conversations`, {
      guide: 'fravaer-kartlegging-elev',
      heldOn: '2026-11-23',
      participants: [
        { name: 'Kari Kontakt', role: 'kontaktlærer' },
        { name: 'Ola Elev', role: 'elev' },
      ],
      answers: { 'hva-liker-du': 'Kunst og håndverk' },
      summary: 'Eleven gruer seg til friminuttene.',
      causeCategories: ['motet_med_skolen'],
      maintainingFactors: ['Det er vanskelig å gå ut i storefri'],
      nextSteps: 'Tiltaksplan i dag, evaluering om tre uker.',
    });
    expect(talk.status).toBe(200);
    expect(talk.body.conversations[0]).toMatchObject({ step: 'kartlegging', causeCategories: ['motet_med_skolen'] });
    expect(talk.body.unmetRequirements).toEqual([]);

    const tooLate = await teacher.call<{ error: { details: Array<{ path: string }> } }>('POST', `/api/cases/${kase.id}/plans`, tiltaksplan('2027-01-20'));
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.error.details.map((d) => d.path)).toEqual(['body.content.evaluationMeeting.on']);

    const created = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/plans`, tiltaksplan('2026-12-10'));
    expect(created.status).toBe(200);
    const plan = created.body.plans[0]!;
    expect(plan.versions).toHaveLength(1);

    const draftEdit = await teacher.call<CaseDetail>('PUT', `/api/plans/${plan.id}`, { basedOnVersion: 1, content: { ...tiltaksplan('2026-12-10').content, shortTermGoals: ['Tre hele dager i uke 1.'] } });
    expect(draftEdit.body.plans[0]!.versions).toHaveLength(1);

    const signed = await teacher.call<CaseDetail>('POST', `/api/plans/${plan.id}/versions/1/signatures`, {
      signatures: [
        { name: 'Ola Elev', role: 'elev', method: 'papir', signedOn: '2026-11-23' },
        { name: 'Kari Kontakt', role: 'skole', method: 'i_varde', signedOn: '2026-11-23' },
      ],
    });
    expect(signed.status).toBe(200);
    const v1 = signed.body.plans[0]!.versions[0]!;
    expect(v1).toMatchObject({ version: 1, signed: true });
    expect(v1.signatures.map((s) => s.name)).toEqual(['Ola Elev', 'Kari Kontakt']);

    const edit = await teacher.call<CaseDetail>('PUT', `/api/plans/${plan.id}`, { basedOnVersion: 1, content: { ...tiltaksplan('2026-12-10').content, longTermGoals: ['Endret mål'] } });
    expect(edit.status).toBe(200);
    const versions = edit.body.plans[0]!.versions;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect((versions[1]!.content as { longTermGoals: string[] }).longTermGoals).toEqual(['Komme tilbake til skolen og være i klassen.']);
    expect((versions[1]!.content as { shortTermGoals: string[] }).shortTermGoals).toEqual(['Tre hele dager i uke 1.']);
    expect(versions[0]!.signed).toBe(false);

    const stale = await teacher.call('PUT', `/api/plans/${plan.id}`, { basedOnVersion: 1, content: tiltaksplan('2026-12-10').content });
    expect(stale.status).toBe(409);
    const lateSigner = await teacher.call<CaseDetail>('POST', `/api/plans/${plan.id}/versions/1/signatures`, { signatures: [{ name: 'Per Far', role: 'foresatt', method: 'papir', signedOn: '2026-11-23' }] });
    expect(lateSigner.status).toBe(200);
    expect(lateSigner.body.plans[0]!.versions[1]!.signatures).toHaveLength(3);
  });

  it('runs the measures until the plan’s evaluation date, then evaluates, and starts another round without effect', async () => {
    const toMeasures = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/transitions`, { type: 'advance' });
    expect(toMeasures.status).toBe(200);
    expect(toMeasures.body.step).toBe('tiltak');
    expect(toMeasures.body.stepDueOn).toBe('2026-12-10');

    const toEvaluation = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/transitions`, { type: 'advance' });
    expect(toEvaluation.body.step).toBe('evaluering');
    expect(toEvaluation.body.unmetRequirements).toEqual(['evaluering_registrert']);

    const planId = toEvaluation.body.plans[0]!.id;
    // The test's clock stands still: the evaluation is held today (a date after today has not happened).
    const draftEvaluation = await teacher.call('POST', `/api/plans/${planId}/evaluations`, { version: 2, evaluatedOn: '2026-11-23', satisfactory: false });
    expect(draftEvaluation.status).toBe(409);
    const evaluated = await teacher.call<CaseDetail>('POST', `/api/plans/${planId}/evaluations`, {
      version: 1,
      evaluatedOn: '2026-11-23',
      satisfactory: false,
      adjustment: 'Opptrapping saktere; liten gruppe i matematikk.',
      rowNotes: { '0': 'Lekegruppene fungerte to av fire dager.' },
    });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.plans[0]!.evaluations[0]).toMatchObject({ satisfactory: false, caseStep: 'evaluering', rowNotes: { '0': 'Lekegruppene fungerte to av fire dager.' } });

    const again = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/transitions`, { type: 'repeat', note: 'Ny runde med justert plan' });
    expect(again.body.step).toBe('tiltak');
  });

  it('refers to PPT only with consent, and a concern report only after the checklist', async () => {
    const without = await teacher.call<{ error: { code: string; details: Array<{ path: string }> } }>('POST', `/api/cases/${kase.id}/referrals`, { kind: 'ppt', referredOn: '2026-11-23', reason: 'Sakkyndig vurdering' });
    expect(without.status).toBe(400);
    expect(without.body.error.details.map((d) => d.path)).toEqual(['body.consent']);

    const withConsent = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/referrals`, {
      kind: 'ppt',
      referredOn: '2026-11-23',
      reason: 'Sakkyndig vurdering',
      consent: { givenBy: 'foresatte', givenOn: '2026-11-20' },
    });
    expect(withConsent.status).toBe(200);
    expect(withConsent.body.referrals[0]).toMatchObject({ kind: 'ppt', consent: { givenBy: 'foresatte' } });

    const bare = await teacher.call<{ error: { details: Array<{ path: string }> } }>('POST', `/api/cases/${kase.id}/referrals`, { kind: 'barnevern', referredOn: '2026-11-23', reason: 'Fravær' });
    expect(bare.status).toBe(400);
    const paths = bare.body.error.details.map((d) => d.path);
    expect(paths).toContain('body.guardiansInformedOn');
    expect(paths).toContain('body.checklist.descriptions');
    expect(paths.some((p) => p.startsWith('body.checklist.confirmed.'))).toBe(true);
  });

  it('makes the plan, the summons and the minutes as PDF documents kept in the student’s file', async () => {
    const detail = (await teacher.call<CaseDetail>('GET', `/api/cases/${kase.id}`)).body;
    const summoned = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/meetings`, {
      kind: 'evalueringsmote',
      startsAt: '2026-12-10T14:00:00+01:00',
      place: 'Møterom 2',
      invited: [{ name: detail.guardians[0]!.name, role: 'foresatt' }],
      purpose: 'Evaluere tiltaksplanen',
    });
    expect(summoned.status).toBe(200);
    const meeting = summoned.body.meetings[0]!;
    expect(meeting).toMatchObject({ kind: 'evalueringsmote', summonsSentOn: '2026-11-23', purpose: 'Evaluere tiltaksplanen' });

    const cookieCall = async (url: string) => {
      const r = await api.app.inject({ method: 'GET', url, headers: { cookie: (await teacherCookie()) } });
      return r;
    };
    const plan = summoned.body.plans[0]!;
    for (const url of [
      `/api/plans/${plan.id}/versions/1/pdf?language=nb`,
      `/api/plans/${plan.id}/versions/2/pdf?language=nn`,
      `/api/meetings/${meeting.id}/summons.pdf`,
      `/api/conversations/${summoned.body.conversations[0]!.id}/minutes.pdf`,
    ]) {
      const r = await cookieCall(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(await pdfText(r.rawPayload), url).toContain(detail.student.name);
    }
    const kept = await api.database.db.select().from(documents).where(eq(documents.caseId, kase.id));
    expect(kept.map((d) => d.kind).sort()).toEqual(['innkalling', 'referat', 'tiltaksplan', 'tiltaksplan']);
    // Every participant, and — the student being a minor — each guardian with parental responsibility who was not there.
    const absentGuardians = detail.guardians.filter((g) => g.parentalResponsibility).map((g) => g.name);
    expect(absentGuardians.length).toBeGreaterThan(0);
    expect(kept.find((d) => d.kind === 'referat')!.sentTo).toEqual(['Kari Kontakt', 'Ola Elev', ...absentGuardians]);

    const outsider = await signIn('faglaerer');
    // A case's documents are as hidden as the case: to an outsider, missing.
    expect((await outsider.call('GET', `/api/meetings/${meeting.id}/summons.pdf`)).status).toBe(404);
  });

  it('shows the case to its participants and leadership only, and audits reads and refusals', async () => {
    const rektor = await signIn('rektor');
    const school = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
    const list = await rektor.call<{ cases: CaseSummary[] }>('GET', `/api/cases?scope=school&schoolId=${school}`);
    expect(list.body.cases.map((c) => c.id)).toContain(kase.id);
    expect((await rektor.call('GET', `/api/cases/${kase.id}`)).status).toBe(200);

    for (const username of ['faglaerer', 'helsesykepleier', 'radgiver']) {
      const other = await signIn(username);
      expect((await other.call('GET', `/api/cases/${kase.id}`)).status, username).toBe(404);
      expect((await other.call('GET', `/api/cases?scope=school&schoolId=${school}`)).status, username).toBe(403);
    }

    const nurse = await signIn('helsesykepleier');
    const added = await teacher.call<CaseDetail>('POST', `/api/cases/${kase.id}/participants`, { staffId: nurse.session.staffId, role: 'deltaker' });
    expect(added.status).toBe(200);
    expect((await nurse.call('GET', `/api/cases/${kase.id}`)).status).toBe(200);
    expect((await nurse.call<{ cases: CaseSummary[] }>('GET', '/api/cases')).body.cases.map((c) => c.id)).toEqual([kase.id]);

    const { db } = api.database;
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'case'), eq(auditLog.entityId, kase.id)));
    expect(entries.some((e) => e.action === 'read' && (e.detail as { refused?: boolean } | null)?.refused)).toBe(true);
    expect(entries.some((e) => e.action === 'create')).toBe(true);
    expect(entries.every((e) => e.studentId === studentId)).toBe(true);
  });

  it('writes a klasselærermøte decision into the case', async () => {
    const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const agenda = await teacher.call<{ items: Array<{ student: { id: string }; cases: Array<{ id: string }> }> }>('GET', `/api/groups/${own.id}/class-meeting`);
    expect(agenda.status).toBe(200);
    expect(agenda.body.items.find((i) => i.student.id === studentId)!.cases.map((c) => c.id)).toContain(kase.id);

    const held = await teacher.call<{ decisions: Array<{ caseId: string | null }> }>('POST', `/api/groups/${own.id}/class-meetings`, {
      heldOn: '2026-11-23',
      present: ['Kari Kontakt', 'Rådgiver'],
      decisions: [{ studentId, text: 'Liten gruppe i matematikk fra neste uke', caseId: kase.id }],
    });
    expect(held.status).toBe(200);
    const detail = (await teacher.call<CaseDetail>('GET', `/api/cases/${kase.id}`)).body;
    expect(detail.events.find((e) => e.kind === 'decision')!.text).toBe('Liten gruppe i matematikk fra neste uke');

    const faglaerer = await signIn('faglaerer');
    expect((await faglaerer.call('GET', `/api/groups/${own.id}/class-meeting`)).status).toBe(403);
  });

  it('closes an IKO case with effect and removes the closer-follow-up mark', async () => {
    const { db } = api.database;
    const rektor = await signIn('rektor');
    const opened = await rektor.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { kind: 'iko', openedFrom: 'manuelt', reason: 'Tettere oppfølging' });
    expect(opened.status).toBe(201);
    await db.update(flags).set({ state: 'bekreftet', reviewOn: '2027-01-15', reason: 'Tettere oppfølging' }).where(and(eq(flags.studentId, studentId), eq(flags.id, flag.id)));
    const closed = await rektor.call<CaseDetail>('POST', `/api/cases/${opened.body.id}/transitions`, { type: 'close', outcome: 'effekt', note: 'Tilbake i full tid' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'avsluttet', outcome: 'effekt', outcomeNote: 'Tilbake i full tid', availableTransitions: [] });
    const [after] = await db.select().from(flags).where(eq(flags.id, flag.id));
    expect(after!.state).toBe('lost');
    // Why, as a code the web app puts in words; the confirming person's reason is replaced by it.
    expect(after).toMatchObject({ reason: null, reasonCode: 'iko_closed_with_effect' });
    const open = await db.select().from(tasks).where(and(eq(tasks.caseId, opened.body.id)));
    expect(open.every((t) => t.doneAt !== null)).toBe(true);
    expect((await rektor.call('POST', `/api/cases/${opened.body.id}/home-contacts`, { contactedAt: '2026-11-23T08:00:00Z', contactedName: 'Mor', channel: 'sms', outcome: 'naadd' })).status).toBe(200);
    expect((await rektor.call('POST', `/api/cases/${opened.body.id}/conversations`, { guide: 'fritt', heldOn: '2026-11-23', participants: [{ name: 'A', role: 'b' }], summary: 'x' })).status).toBe(409);
  });
});

describe('one task per duty when a case opens', () => {
  it('takes over the flag’s kartleggingssamtale and kontakt_hjem tasks, leaving one open task for each duty', async () => {
    const { db } = api.database;
    const teacher = await signIn('kontaktlaerer');
    const staffId = teacher.session.staffId;
    const own = (await teacher.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    // A student of the class with an open flag and no open absence case.
    let studentId = '';
    let flag: Flag | undefined;
    for (const student of own.students) {
      const [open] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.studentId, student.id), eq(cases.kind, 'fravaer'), eq(cases.status, 'aapen')));
      if (open) continue;
      flag = (await teacher.call<{ flags: Flag[] }>('GET', `/api/students/${student.id}/flags`)).body.flags.find((f) => f.state === 'ny' || f.state === 'bekreftet');
      if (flag) {
        studentId = student.id;
        break;
      }
    }
    expect(flag).toBeDefined();
    // The flag gave the contact teacher a kartleggingssamtale and a kontakt_hjem task (or did already).
    const [student] = await db.select({ ownerId: flags.ownerId, schoolId: flags.schoolId }).from(flags).where(eq(flags.id, flag!.id));
    for (const kind of ['kartleggingssamtale', 'kontakt_hjem'] as const) {
      await db
        .insert(tasks)
        .values({ ownerId: student!.ownerId, schoolId: student!.schoolId, assigneeStaffId: staffId, studentId, flagId: flag!.id, kind, title: kind, dueOn: '2026-11-25' })
        .onConflictDoNothing();
    }
    const openFor = async (kinds: readonly string[]) =>
      (await teacher.call<MyTasks>('GET', '/api/me/tasks')).body.tasks.filter((t) => t.student?.id === studentId && !t.doneAt && kinds.includes(t.kind));

    const opened = await teacher.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { kind: 'fravaer', openedFrom: 'flagg', flagId: flag!.id, reason: 'Mye fravær' });
    expect(opened.status).toBe(201);
    // Contacting the home is the case's first step: one open task for it, the case's.
    expect((await openFor(['kontakt_hjem', 'kontakt_hjem_og_drof'])).map((t) => t.kind)).toEqual(['kontakt_hjem_og_drof']);
    expect(await openFor(['kartleggingssamtale', 'hold_kartleggingssamtale'])).toEqual([]);
    const closed = (await teacher.call<MyTasks>('GET', '/api/me/tasks')).body.tasks.filter((t) => t.student?.id === studentId && t.kind === 'kartleggingssamtale');
    expect(closed).toEqual([expect.objectContaining({ closedReason: 'overtatt_av_sak', doneAt: expect.any(String) })]);

    // Re-evaluating the student (even with the flags raised anew) does not give the duties back as flag tasks.
    await db.update(flags).set({ state: 'lost' }).where(eq(flags.studentId, studentId));
    await reevaluateStudents(db, { ownerId: student!.ownerId, schoolId: student!.schoolId, today: '2026-11-23', studentIds: [studentId] });
    expect((await openFor(['kontakt_hjem', 'kontakt_hjem_og_drof', 'innkall_foresatte', 'kartleggingssamtale'])).map((t) => t.kind)).toEqual(['kontakt_hjem_og_drof']);

    // The mapping step: one open task for the conversation, the case's.
    await teacher.call('POST', `/api/cases/${opened.body.id}/home-contacts`, { contactedAt: '2026-11-23T09:00:00+01:00', contactedName: 'Mor', channel: 'telefon', outcome: 'naadd' });
    expect((await teacher.call('POST', `/api/cases/${opened.body.id}/transitions`, { type: 'advance' })).status).toBe(200);
    expect((await openFor(['kartleggingssamtale', 'hold_kartleggingssamtale'])).map((t) => t.kind)).toEqual(['hold_kartleggingssamtale']);
  });
});
