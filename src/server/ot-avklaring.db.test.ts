/**
 * The clarification meeting with OT through the API (issue 12, the school's side): opening the
 * case, the preparation that must come before the summons, the guardian rule at the 18th birthday,
 * the meeting refused without its mandatory participants, both no-show branches, the signed form
 * and where it goes, the written summons attached when the student is written out without having
 * attended — and who may see the case.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, cases, documents, flags, groupMemberships, groupTeachers, groups, owners, studentGuardians, students, tasks } from '../db/schema.js';
import { pdfText } from '../documents/pdf-text.js';
import type { Task } from '../shared/api.js';
import type { CaseSummary } from '../shared/case-api.js';
import type { AvklaringDetail } from '../shared/ot-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { archiveAgreementDocument } from './ot/make-agreement-document.js';

const api = useTestApp();
type SignedIn = Awaited<ReturnType<typeof api.signIn>>;
type Problem = { error: { code: string; message: string; details?: Array<{ path: string; message: string }> } };

let teacher: SignedIn;
let rektor: SignedIn;
let ot: SignedIn;
let ownerId: string;
/** Students of the kontaktlærer's class with a guardian with parental responsibility. */
let pupils: Array<{ id: string; name: string; guardians: string[] }>;

const at = (time: string) => `${TEST_TODAY}T${time}:00+01:00`;

beforeAll(async () => {
  teacher = await api.signIn('kontaktlaerer');
  rektor = await api.signIn('rektor');
  ot = await api.signIn('ot');
  const { db } = api.database;
  const [own] = await db
    .select({ groupId: groupTeachers.groupId, ownerId: groupTeachers.ownerId })
    .from(groupTeachers)
    .innerJoin(groups, eq(groups.id, groupTeachers.groupId))
    .where(and(eq(groupTeachers.staffId, teacher.session.staffId), eq(groupTeachers.role, 'kontaktlaerer'), eq(groups.kind, 'basisgruppe')));
  ownerId = own!.ownerId;
  const members = await db.select({ id: students.id, givenName: students.givenName, familyName: students.familyName }).from(groupMemberships).innerJoin(students, eq(students.id, groupMemberships.studentId)).where(eq(groupMemberships.groupId, own!.groupId));
  const links = await db.select().from(studentGuardians).where(inArray(studentGuardians.studentId, members.map((m) => m.id)));
  pupils = members
    .map((m) => ({ id: m.id, name: `${m.givenName} ${m.familyName}`, guardians: links.filter((l) => l.studentId === m.id && l.parentalResponsibility).map((l) => l.guardianId) }))
    .filter((p) => p.guardians.length > 0)
    .slice(0, 4);
  expect(pupils).toHaveLength(4);
});

async function setBirthDate(studentId: string, birthDate: string) {
  await api.database.db.update(students).set({ birthDate }).where(eq(students.id, studentId));
}

async function open(studentId: string, body: object = {}) {
  const opened = await teacher.call<AvklaringDetail>('POST', `/api/students/${studentId}/ot-avklaring`, { ground: 'fare_for_avbrot', reason: 'Mykje fråvær og snakkar om å slutte', ...body });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  return opened.body;
}

/** What must come before the summons: OT contacted to agree the time, "Opplysingar om eleven" saved. */
async function prepare(caseId: string) {
  const contacted = await teacher.call<AvklaringDetail>('POST', `/api/ot-avklaringar/${caseId}/preparation`, { item: 'ot_kontakta', on: TEST_TODAY, otStaffId: ot.session.staffId, note: 'Avtalt tid per e-post' });
  expect(contacted.status, JSON.stringify(contacted.body)).toBe(200);
  const detail = (await teacher.call<AvklaringDetail>('GET', `/api/ot-avklaringar/${caseId}`)).body;
  const saved = await teacher.call<AvklaringDetail>('PUT', `/api/ot-avklaringar/${caseId}/opplysingar`, { ...detail.opplysingar, background: 'Eleven seier at programmet ikkje passar.' });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body;
}

function participants(detail: AvklaringDetail, withGuardians: boolean) {
  return [
    { kind: 'leiing', name: 'Rektor', staffId: rektor.session.staffId },
    { kind: 'kontaktlaerar', name: 'Kontaktlæraren', staffId: teacher.session.staffId },
    { kind: 'elev', name: detail.student.name },
    { kind: 'ot', name: 'OT-rådgjevaren', staffId: ot.session.staffId },
    ...(withGuardians ? detail.guardians.filter((g) => g.parentalResponsibility).map((g) => ({ kind: 'foresett', name: g.name })) : []),
  ];
}

async function summon(detail: AvklaringDetail, body: { startsAt: string; withGuardians: boolean }) {
  return teacher.call<AvklaringDetail & Problem>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings`, { startsAt: body.startsAt, place: 'Møterom 1', participants: participants(detail, body.withGuardians) });
}

describe('a clarification case with OT, from opening to the signed agreement', () => {
  let detail: AvklaringDetail;
  let pupil: (typeof pupils)[number];

  beforeAll(async () => {
    pupil = pupils[0]!;
    // 17 on the meeting day (today): 18 only tomorrow.
    await setBirthDate(pupil.id, '2008-11-24');
  });

  it('opens with the contact teacher responsible, the preparation step, its deadline and task, and the form prefilled', async () => {
    detail = await open(pupil.id);
    // The form is written in the owner's målform.
    const [owner] = await api.database.db.select({ maalform: owners.maalform }).from(owners).where(eq(owners.id, ownerId));
    expect(detail).toMatchObject({ step: 'forebuing', status: 'aapen', ground: 'fare_for_avbrot', language: owner!.maalform, responsible: { staffId: teacher.session.staffId }, signedAt: null, distribution: [] });
    // Ten school days from Monday 23 November.
    expect(detail.stepDueOn).toBe('2026-12-07');
    expect(detail.tasks).toEqual([expect.objectContaining({ kind: 'forbered_avklaringssamtale', dueOn: '2026-12-07', done: false })]);
    expect(detail.opplysingar.className).not.toBe('');
    expect(detail.opplysingar.absence).toMatch(/^Dette sk(o|u)leåret \(\d{2}\.\d{2}\.\d{4}–23\.11\.2026\)/);
    expect(detail.opplysingarSavedAt).toBeNull();
    expect(detail.preparation.every((p) => !p.done)).toBe(true);
    expect(detail.missingBeforeSummons).toEqual(['ot_kontakta', 'opplysingar_utfylt']);
    expect(detail.mayWrite).toBe(true);
    expect(detail.mayWriteOut).toBe(false);

    const again = await teacher.call<Problem>('POST', `/api/students/${pupil.id}/ot-avklaring`, { ground: 'sikker_slutt', reason: 'Igjen' });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual([{ path: 'existingCaseId', message: detail.caseId }]);
  });

  it('is listed with the other cases and gives its task, while the case page points to its own', async () => {
    const mine = (await teacher.call<{ cases: CaseSummary[] }>('GET', '/api/cases')).body.cases;
    expect(mine.find((c) => c.id === detail.caseId)).toMatchObject({ kind: 'ot_avklaring', step: 'forebuing' });
    const school = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
    expect((await rektor.call<{ cases: CaseSummary[] }>('GET', `/api/cases?scope=school&schoolId=${school}`)).body.cases.map((c) => c.id)).toContain(detail.caseId);
    expect((await teacher.call<{ cases: CaseSummary[] }>('GET', `/api/students/${pupil.id}/cases`)).body.cases.map((c) => c.kind)).toContain('ot_avklaring');
    const tasksOfTeacher = (await teacher.call<{ tasks: Task[] }>('GET', '/api/me/tasks')).body.tasks;
    expect(tasksOfTeacher.some((t) => t.kind === 'forbered_avklaringssamtale')).toBe(true);
    const page = await teacher.call<Problem>('GET', `/api/cases/${detail.caseId}`);
    expect(page.status).toBe(409);
    expect(page.body.error.message).toContain(`/api/ot-avklaringar/${detail.caseId}`);
    // Leadership's readings and the class-teacher meeting take the new kind in their stride.
    expect((await rektor.call('GET', `/api/schools/${school}/pitfalls`)).status).toBe(200);
    expect((await rektor.call('GET', `/api/schools/${school}/implementation`)).status).toBe(200);
    const classId = (await api.database.db.select({ groupId: groupMemberships.groupId }).from(groupMemberships).innerJoin(groups, eq(groups.id, groupMemberships.groupId)).where(and(eq(groupMemberships.studentId, pupil.id), eq(groups.kind, 'basisgruppe'))))[0]!.groupId;
    const agenda = await teacher.call<{ items: Array<{ student: { id: string }; cases: Array<{ kind: string }> }> }>('GET', `/api/groups/${classId}/class-meeting`);
    expect(agenda.status).toBe(200);
  });

  it('refuses the summons until OT has agreed the time and "Opplysingar om eleven" is saved, saying what is missing', async () => {
    const early = await summon(detail, { startsAt: at('08:30'), withGuardians: true });
    expect(early.status).toBe(409);
    expect(early.body.error.details).toEqual([
      { path: 'preparation', message: 'ot_kontakta' },
      { path: 'preparation', message: 'opplysingar_utfylt' },
    ]);
    expect(early.body.error.message).toContain('the OT advisor has not been contacted');

    // The resource team first, as the seed advises; then OT, who now takes part and sees the case.
    expect((await ot.call('GET', `/api/ot-avklaringar/${detail.caseId}`)).status).toBe(404);
    const team = await teacher.call<AvklaringDetail>('POST', `/api/ot-avklaringar/${detail.caseId}/preparation`, { item: 'ressursteam', on: '2026-11-20', note: 'Drøfta i ressursteamet' });
    expect(team.body.preparation.find((p) => p.item === 'ressursteam')).toMatchObject({ done: true, on: '2026-11-20', required: false });
    const notOt = await teacher.call<Problem>('POST', `/api/ot-avklaringar/${detail.caseId}/preparation`, { item: 'ot_kontakta', on: TEST_TODAY, otStaffId: rektor.session.staffId });
    expect(notOt.status).toBe(400);
    detail = await prepare(detail.caseId);
    expect(detail.participants.map((p) => p.staffId)).toContain(ot.session.staffId);
    expect(detail.participants.find((p) => p.staffId === ot.session.staffId)!.roles).toEqual(['ot_radgiver']);
    expect(detail.missingBeforeSummons).toEqual([]);
    expect(detail.preparation.find((p) => p.item === 'opplysingar_utfylt')).toMatchObject({ done: true, on: TEST_TODAY });
    expect(detail.opplysingar.background).toBe('Eleven seier at programmet ikkje passar.');
    expect((await ot.call('GET', `/api/ot-avklaringar/${detail.caseId}`)).status).toBe(200);

    const phoned = await teacher.call<AvklaringDetail>('POST', `/api/ot-avklaringar/${detail.caseId}/preparation`, { item: 'telefon_sms', at: at('08:00'), channel: 'sms', who: pupil.name, outcome: 'naadd' });
    expect(phoned.body.preparation.find((p) => p.item === 'telefon_sms')).toMatchObject({ done: true, on: TEST_TODAY });
  });

  it('needs the guardians of a student who is 17 on the meeting day, and summons them in writing with the student', async () => {
    const without = await summon(detail, { startsAt: at('08:30'), withGuardians: false });
    expect(without.status).toBe(409);
    expect(without.body.error.details).toEqual([{ path: 'participants', message: 'foresette' }]);
    expect(without.body.error.message).toContain('the guardians');

    const summoned = await summon(detail, { startsAt: at('08:30'), withGuardians: true });
    expect(summoned.status, JSON.stringify(summoned.body)).toBe(200);
    detail = summoned.body;
    const [meeting] = detail.meetings;
    expect(meeting).toMatchObject({ guardiansSummoned: true, requiredParts: ['leiing', 'kontaktlaerar_eller_radgjevar', 'elev', 'ot', 'foresette'], missingParts: [], summonsSentOn: TEST_TODAY, outcome: null });
    expect(meeting!.summonsDocumentId).not.toBeNull();
    expect(detail).toMatchObject({ step: 'samtale', stepDueOn: TEST_TODAY });
    expect(detail.tasks.map((t) => [t.kind, t.done])).toEqual([
      ['hold_avklaringssamtale', false],
      ['forbered_avklaringssamtale', true],
    ]);
    expect(detail.preparation.filter((p) => p.done).map((p) => p.item)).toEqual(['ressursteam', 'ot_kontakta', 'innkalling_sendt', 'telefon_sms', 'deltakarar_invitert', 'opplysingar_utfylt']);
    const guardianNames = detail.guardians.filter((g) => g.parentalResponsibility).map((g) => g.name);
    const summons = detail.documents.find((d) => d.kind === 'innkalling')!;
    expect(summons.sentTo).toEqual([pupil.name, ...guardianNames]);

    const pdf = await api.app.inject({ method: 'GET', url: `/api/ot-avklaringar/${detail.caseId}/meetings/${meeting!.id}/summons.pdf`, headers: { cookie: teacher.cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Innkalling til avklaringssamtale');
    for (const name of guardianNames) expect(text).toContain(name);
    // The staff summoned take part in the case.
    expect(detail.participants.map((p) => p.staffId)).toEqual(expect.arrayContaining([rektor.session.staffId, teacher.session.staffId, ot.session.staffId]));
  });

  it('cannot be recorded as held without its mandatory participants, and says which', async () => {
    const meetingId = detail.meetings[0]!.id;
    // Leadership, the contact teacher and the student came; OT and the guardians did not.
    const held = await teacher.call<Problem>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${meetingId}/held`, { present: [0, 1, 2], signedBy: [pupil.name] });
    expect(held.status).toBe(409);
    expect(held.body.error.details).toEqual([
      { path: 'present', message: 'ot' },
      { path: 'present', message: 'foresette' },
    ]);
    expect(held.body.error.message).toBe('The meeting cannot be recorded as held without its mandatory participants; not present: Oppfølgingstenesta (OT), the guardians (the student is under 18 on the meeting day)');
    const outside = await teacher.call<Problem>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${meetingId}/held`, { present: [0, 1, 2, 3, 40], signedBy: [pupil.name] });
    expect(outside.status).toBe(400);
  });

  it('is signed in the meeting: the form never changes after, and goes to the student (original), those present and the guardian who did not come', async () => {
    const meetingId = detail.meetings[0]!.id;
    const agreement = {
      whatCameUp: 'Eleven vil prøve eitt halvår til med tett oppfølging.',
      alternatives: 'Byte programområde; lærlingplass via OT.',
      decision: 'held_fram',
      plan: [{ what: 'Faste samtalar kvar veke', who: 'Kontaktlærar', by: '2026-12-18' }],
      otFollowUp: 'OT følgjer opp dersom eleven likevel sluttar.',
    };
    const saved = await teacher.call<AvklaringDetail>('PUT', `/api/ot-avklaringar/${detail.caseId}/agreement`, { agreement, language: 'nn' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ agreement, language: 'nn' });

    const guardianNames = detail.guardians.filter((g) => g.parentalResponsibility).map((g) => g.name);
    const firstGuardian = detail.meetings[0]!.participants.findIndex((p) => p.kind === 'foresett');
    const held = await teacher.call<AvklaringDetail>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${meetingId}/held`, {
      present: [0, 1, 2, 3, firstGuardian],
      signedBy: ['Rektor', 'Kontaktlæraren', pupil.name, 'OT-rådgjevaren', guardianNames[0]],
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    detail = held.body;
    expect(detail).toMatchObject({ step: 'avtale', signedBy: ['Rektor', 'Kontaktlæraren', pupil.name, 'OT-rådgjevaren', guardianNames[0]] });
    expect(detail.signedAt).not.toBeNull();
    expect(detail.meetings[0]).toMatchObject({ outcome: 'holdt', missingParts: [] });
    expect(detail.meetings[0]!.participants.map((p) => p.present)).toEqual([true, true, true, true, ...guardianNames.map((_, i) => i === 0)]);
    expect(detail.tasks.find((t) => t.kind === 'avslutt_avklaring')).toMatchObject({ done: false, dueOn: '2026-12-07' });
    expect(detail.distribution[0]).toEqual({ name: pupil.name, kind: 'elev', copy: 'original' });
    expect(detail.distribution.slice(1, 4).map((l) => l.name)).toEqual(['Rektor', 'Kontaktlæraren', 'OT-rådgjevaren']);
    // Every guardian gets a copy while the student is under 18: the one present, and the one who was not.
    expect(detail.distribution.filter((l) => l.kind === 'foresett').map((l) => [l.name, l.copy])).toEqual(guardianNames.map((n) => [n, 'kopi']));
    expect(detail.distribution.at(-1)).toEqual({ name: '', kind: 'arkiv', copy: 'arkiv' });
    expect(detail.attachSummons).toBe(false);
    const archived = detail.documents.find((d) => d.kind === 'oppfolgingsavtale')!;
    expect(archived).toMatchObject({ language: 'nn', title: 'Avklaringssamtale og oppfølgingsavtale' });
    expect(archived.sentTo[0]).toBe(`${pupil.name} (original)`);
    expect(archived.sentTo.at(-1)).toBe('arkiv');

    expect((await teacher.call('PUT', `/api/ot-avklaringar/${detail.caseId}/agreement`, { agreement })).status).toBe(409);
    expect((await teacher.call('PUT', `/api/ot-avklaringar/${detail.caseId}/opplysingar`, detail.opplysingar)).status).toBe(409);
    expect((await teacher.call('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${meetingId}/held`, { present: [0, 1, 2, 3], signedBy: ['x'] })).status).toBe(409);

    for (const [language, words] of [
      ['nn', ['Avklaringssamtale og oppfølgingsavtale', 'Opplysingar om eleven', 'Kva kom fram i samtalen', 'Eleven held fram på skulen.', 'Faste samtalar kvar veke', `Original: eleven (${pupil.name})`]],
      ['nb', ['Opplysninger om eleven', 'Hva kom fram i samtalen', 'Eleven fortsetter på skolen.', 'Arkiv: elevmappen ved skolen']],
    ] as const) {
      const pdf = await api.app.inject({ method: 'GET', url: `/api/ot-avklaringar/${detail.caseId}/agreement.pdf?language=${language}`, headers: { cookie: ot.cookie } });
      expect(pdf.statusCode).toBe(200);
      const text = await pdfText(pdf.rawPayload);
      for (const w of words) expect(text, language).toContain(w);
      expect(text).not.toContain('Vedlegg');
    }
  });

  it('closes when the student stays: effect, and its tasks done', async () => {
    const closed = await teacher.call<AvklaringDetail>('POST', `/api/ot-avklaringar/${detail.caseId}/close`, { note: 'Eleven held fram med tett oppfølging.' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'avsluttet', outcome: 'effekt', mayWrite: false });
    expect(closed.body.tasks.every((t) => t.done)).toBe(true);
    expect((await teacher.call('POST', `/api/ot-avklaringar/${detail.caseId}/close`, { note: 'Igjen' })).status).toBe(409);
  });
});

describe('the 18th birthday on the meeting day, a no-show and a student written out without attending', () => {
  let detail: AvklaringDetail;
  let pupil: (typeof pupils)[number];

  beforeAll(async () => {
    pupil = pupils[1]!;
    // 18 today, the meeting day.
    await setBirthDate(pupil.id, '2008-11-23');
    detail = await open(pupil.id, { ground: 'sikker_slutt', reason: 'Eleven har sagt at ho sluttar' });
    detail = await prepare(detail.caseId);
  });

  it('summons an 18-year-old without the guardians, and writes to the student alone', async () => {
    const summoned = await summon(detail, { startsAt: at('08:30'), withGuardians: false });
    expect(summoned.status, JSON.stringify(summoned.body)).toBe(200);
    detail = summoned.body;
    expect(detail.meetings[0]).toMatchObject({ guardiansSummoned: false, requiredParts: ['leiing', 'kontaktlaerar_eller_radgjevar', 'elev', 'ot'], missingParts: [] });
    expect(detail.documents.find((d) => d.kind === 'innkalling')!.sentTo).toEqual([pupil.name]);
  });

  it('after a no-show where it is clear the student leaves and no new meeting is summoned, moves on to the agreement', async () => {
    const meetingId = detail.meetings[0]!.id;
    const undecided = await teacher.call<Problem>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${meetingId}/no-show`, {
      contact: { channel: 'telefon', who: pupil.name, outcome: 'ikke_naadd' },
      unclearWhetherLeaving: false,
    });
    expect(undecided.status).toBe(400);
    expect(undecided.body.error.message).toContain('body.decidedWithOt');

    const settled = await teacher.call<AvklaringDetail>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${meetingId}/no-show`, {
      contact: { channel: 'telefon', who: pupil.name, outcome: 'ikke_naadd', note: 'Ringt ved møtestart' },
      unclearWhetherLeaving: false,
      decidedWithOt: 'ingen_ny_samtale',
      note: 'Avgjort saman med OT',
    });
    expect(settled.status, JSON.stringify(settled.body)).toBe(200);
    detail = settled.body;
    expect(detail).toMatchObject({ step: 'avtale', status: 'aapen', signedAt: null });
    expect(detail.meetings[0]).toMatchObject({ outcome: 'ikkje_mott' });
    expect(detail.meetings[0]!.participants.find((p) => p.kind === 'elev')!.present).toBe(false);
    expect(detail.tasks.filter((t) => !t.done).map((t) => t.kind)).toEqual(['avslutt_avklaring']);
    expect(detail.events.some((e) => e.kind === 'home_contact')).toBe(true);
    expect(detail.distribution).toEqual([]);
  });

  it('attaches the written summons to the agreement once the student is written out without having attended', async () => {
    const { db } = api.database;
    // The school chose bokmål for this form.
    expect((await teacher.call<AvklaringDetail>('PUT', `/api/ot-avklaringar/${detail.caseId}/agreement`, { agreement: {}, language: 'nb' })).body.language).toBe('nb');
    await db.update(students).set({ leftOn: TEST_TODAY, leaveReason: 'IM' }).where(eq(students.id, pupil.id));
    detail = (await teacher.call<AvklaringDetail>('GET', `/api/ot-avklaringar/${detail.caseId}`)).body;
    expect(detail.attachSummons).toBe(true);
    expect(detail.student).toMatchObject({ leftOn: TEST_TODAY, leaveReason: 'IM' });
    // Over 18: the original to the student, no guardians, the archive.
    expect(detail.distribution).toEqual([
      { name: pupil.name, kind: 'elev', copy: 'original' },
      { name: '', kind: 'arkiv', copy: 'arkiv' },
    ]);

    const documentId = await archiveAgreementDocument(db, { ownerId, caseId: detail.caseId, actorStaffId: rektor.session.staffId, today: TEST_TODAY });
    const [stored] = await db.select().from(documents).where(eq(documents.id, documentId!));
    expect(stored).toMatchObject({ kind: 'oppfolgingsavtale', caseId: detail.caseId, language: 'nb', sentTo: [`${pupil.name} (original)`, 'arkiv'] });
    const text = await pdfText(Buffer.from(stored!.content, 'base64'));
    expect(text).toContain('Ikke underskrevet: eleven møtte ikke til avklaringssamtalen');
    expect(text).toContain('Vedlegg: kopi av skriftlig innkalling');
    expect(text).toContain('Innkalling til avklaringssamtale');
    // The copy is the letter as it was sent (in the owner's målform), to the student alone: 18 on the meeting day.
    expect(text).toMatch(/Vi inviterer deg til e(i)?n avklaringssamtale/);
  });
});

describe('a no-show where it is unclear whether the student leaves', () => {
  it('keeps the case open with the task to summon a new meeting within a week, and a new meeting can be summoned', async () => {
    const pupil = pupils[2]!;
    await setBirthDate(pupil.id, '2008-11-24');
    // From an open case: both cases name each other.
    const fromCase = await teacher.call<{ id: string }>('POST', `/api/students/${pupil.id}/cases`, { kind: 'fravaer', openedFrom: 'manuelt', reason: 'Fråvær' });
    expect(fromCase.status).toBe(201);
    // Another student's case, or flag, is no origin of this one.
    const another = await teacher.call<{ id: string }>('POST', `/api/students/${pupils[3]!.id}/cases`, { kind: 'iko', openedFrom: 'manuelt', reason: 'Lite motivasjon' });
    expect(another.status).toBe(201);
    const wrongCase = await teacher.call<Problem>('POST', `/api/students/${pupil.id}/ot-avklaring`, { ground: 'fare_for_avbrot', reason: 'x', fromCaseId: another.body.id });
    expect([wrongCase.status, wrongCase.body.error.message]).toEqual([400, 'body.fromCaseId: is not an open case of this student']);
    const [otherFlag] = await api.database.db.select({ id: flags.id }).from(flags).where(and(eq(flags.ownerId, ownerId), ne(flags.studentId, pupil.id))).limit(1);
    const wrongFlag = await teacher.call<Problem>('POST', `/api/students/${pupil.id}/ot-avklaring`, { ground: 'fare_for_avbrot', reason: 'x', flagId: otherFlag!.id });
    expect([wrongFlag.status, wrongFlag.body.error.message]).toEqual([400, 'body.flagId: is not a flag of this student']);
    let detail = await open(pupil.id, { fromCaseId: fromCase.body.id });
    expect(detail.events.find((e) => e.kind === 'opened')).toBeDefined();
    const fromEvents = (await teacher.call<{ events: Array<{ kind: string }> }>('GET', `/api/cases/${fromCase.body.id}`)).body.events;
    expect(fromEvents.map((e) => e.kind)).toContain('ot_avklaring_opened');

    detail = await prepare(detail.caseId);
    detail = (await summon(detail, { startsAt: at('08:30'), withGuardians: true })).body;
    const noShow = await teacher.call<AvklaringDetail>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${detail.meetings[0]!.id}/no-show`, {
      contact: { channel: 'sms', who: pupil.name, outcome: 'beskjed_lagt_igjen' },
      unclearWhetherLeaving: true,
    });
    expect(noShow.status, JSON.stringify(noShow.body)).toBe(200);
    detail = noShow.body;
    // Five school days from Monday 23 November.
    expect(detail).toMatchObject({ step: 'forebuing', status: 'aapen', stepDueOn: '2026-11-30' });
    expect(detail.tasks.filter((t) => !t.done)).toEqual([expect.objectContaining({ kind: 'kall_inn_ny_avklaringssamtale', dueOn: '2026-11-30' })]);
    // The checklist asks for the new meeting's summons: the missed meeting's does not count.
    expect(detail.preparation.find((p) => p.item === 'innkalling_sendt')).toMatchObject({ done: false });
    const taskRows = await api.database.db.select().from(tasks).where(and(eq(tasks.caseId, detail.caseId), eq(tasks.kind, 'kall_inn_ny_avklaringssamtale')));
    expect(taskRows[0]!.assigneeStaffId).toBe(teacher.session.staffId);

    const again = await summon(detail, { startsAt: '2026-11-26T09:00:00+01:00', withGuardians: true });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.meetings).toHaveLength(2);
    expect(again.body).toMatchObject({ step: 'samtale', stepDueOn: '2026-11-26' });
    // Not before its day.
    expect((await teacher.call('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${again.body.meetings[0]!.id}/held`, { present: [0, 1, 2, 3, 4], signedBy: ['x'] })).status).toBe(409);
    expect(again.body.preparation.find((p) => p.item === 'innkalling_sendt')).toMatchObject({ done: true, on: TEST_TODAY });

    // OT cannot come on the 26th: the meeting is called off before its day, and a new one is to be summoned.
    const pending = again.body.meetings.find((m) => m.outcome === null)!;
    const noReason = await teacher.call<Problem>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${pending.id}/cancel`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    const called = await teacher.call<AvklaringDetail>('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${pending.id}/cancel`, { reason: 'OT-rådgjevaren er sjuk.' });
    expect(called.status, JSON.stringify(called.body)).toBe(200);
    expect(called.body).toMatchObject({ step: 'forebuing', status: 'aapen', stepDueOn: '2026-11-30' });
    expect(called.body.meetings.find((m) => m.id === pending.id)).toMatchObject({ outcome: 'avlyst' });
    expect(called.body.tasks.filter((t) => !t.done)).toEqual([expect.objectContaining({ kind: 'kall_inn_ny_avklaringssamtale', dueOn: '2026-11-30' })]);
    expect(called.body.preparation.find((p) => p.item === 'innkalling_sendt')).toMatchObject({ done: false });
    expect(called.body.events.find((e) => e.kind === 'avlyst')).toMatchObject({ text: 'OT-rådgjevaren er sjuk.' });
    // Once: a meeting called off is not called off again, nor held.
    expect((await teacher.call('POST', `/api/ot-avklaringar/${detail.caseId}/meetings/${pending.id}/cancel`, { reason: 'igjen' })).status).toBe(409);
  });
});

describe('who may see and open a clarification case', () => {
  it('is opened by those who see all of the student, and seen by its participants and leadership only', async () => {
    const pupil = pupils[3]!;
    const faglaerer = await api.signIn('faglaerer');
    // The faglærer has no relation to the student: the student is missing to him, and so is the case.
    expect((await faglaerer.call('POST', `/api/students/${pupil.id}/ot-avklaring`, { ground: 'fare_for_avbrot', reason: 'x' })).status).toBe(404);
    const detail = await open(pupil.id);
    const refused = await faglaerer.call<Problem>('GET', `/api/ot-avklaringar/${detail.caseId}`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe('The clarification case was not found');
    expect((await faglaerer.call('GET', `/api/ot-avklaringar/00000000-0000-4000-8000-00000000dead`)).body).toEqual(refused.body);
    // The rådgiver is not in it; leadership sees it; OT only once a participant.
    expect((await (await api.signIn('radgiver')).call('GET', `/api/ot-avklaringar/${detail.caseId}`)).status).toBe(404);
    const read = await rektor.call<AvklaringDetail>('GET', `/api/ot-avklaringar/${detail.caseId}`);
    expect(read.status).toBe(200);
    expect(read.body.mayWriteOut).toBe(true);
    expect((await ot.call('GET', `/api/ot-avklaringar/${detail.caseId}`)).status).toBe(404);
    expect((await ot.call('GET', `/api/ot-avklaringar/${detail.caseId}/agreement.pdf`)).status).toBe(404);
    // A follow-up case's id is no clarification case.
    const followUp = (await api.database.db.select({ id: cases.id }).from(cases).where(and(eq(cases.ownerId, ownerId), eq(cases.kind, 'fravaer'))))[0];
    if (followUp) expect((await rektor.call('GET', `/api/ot-avklaringar/${followUp.id}`)).status).toBe(404);
    await prepare(detail.caseId);
    expect((await ot.call('GET', `/api/ot-avklaringar/${detail.caseId}`)).status).toBe(200);
    const otStaff = await api.database.db.select().from(accounts).where(eq(accounts.username, 'ot'));
    expect(otStaff[0]!.staffId).toBe(ot.session.staffId);
  });
});
