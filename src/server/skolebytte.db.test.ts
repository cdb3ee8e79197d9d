/**
 * Skolebytte through the API (issue 13, part 6; docs/decisions/023): the county's demo school moves
 * a student to a second school of the county. One open case is handed over and one closed with a
 * note; the tasks follow the handed-over case or close; the flags move and the mark ends; the new
 * school sees the handed-over case and not the closed one; the former school reads the closed case
 * (never writes in it) until the read time ends, and not the day after; who may move, and every
 * refusal at its field. The test's "today" is moved by hand (the session's clock is not).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  auditLog,
  calendarBreaks,
  caseEvents,
  caseParticipants,
  cases,
  closerFollowUps,
  flags,
  groupMemberships,
  groups,
  schoolMoves,
  schoolYears,
  schools,
  staff,
  staffRoles,
  students,
  tasks,
  terms,
} from '../db/schema.js';
import type { MyStudents, DayRegister } from '../shared/api.js';
import type { z } from 'zod';
import type { CaseDetail, caseList } from '../shared/case-api.js';
import type { SchoolMovePreview, SchoolMoveResult, SchoolMoveView } from '../shared/skolebytte-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY, testClock } from '../test/test-clock.js';

let today = TEST_TODAY;
const api = useTestApp({ now: () => testClock.now(), today: () => today });
type SignedIn = Awaited<ReturnType<typeof api.signIn>>;
type CaseList = z.infer<typeof caseList>;
type ErrorBody = { error: { code: string; details?: Array<{ path: string; message: string }> } };

let ownerId: string;
let schoolA: string;
let schoolB: string;
let rektor: SignedIn;
let kontaktlaerer: SignedIn;
let rektorB: SignedIn;
let radgiverB: SignedIn;
let nurse: string;
/** The 1STA student who moves, and the class they leave. */
let mover: string;
let classA: string;
/** Students of school A that no other test here touches. */
let spare: string[];

/** A second school of the county: its school year as A's, a class, and its rektor and rådgiver with sign-ins. */
async function addSchoolB() {
  const { db } = api.database;
  const id = randomUUID();
  await db.insert(schools).values({ ownerId, id, name: 'Varde vidaregåande skule, avdeling Nord', kind: 'vgs' });
  for (const year of await db.select().from(schoolYears).where(eq(schoolYears.schoolId, schoolA))) {
    const yearB = randomUUID();
    await db.insert(schoolYears).values({ ...year, id: yearB, schoolId: id });
    const yearTerms = await db.select().from(terms).where(eq(terms.schoolYearId, year.id));
    if (yearTerms.length) await db.insert(terms).values(yearTerms.map((t) => ({ ...t, id: randomUUID(), schoolYearId: yearB })));
    const breaks = await db.select().from(calendarBreaks).where(eq(calendarBreaks.schoolYearId, year.id));
    if (breaks.length) await db.insert(calendarBreaks).values(breaks.map((b) => ({ ...b, id: randomUUID(), schoolYearId: yearB })));
  }
  const [{ passwordHash }] = (await db.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.username, 'rektor'))) as [{ passwordHash: string }];
  for (const [username, role, givenName] of [
    ['rektor-nord', 'skoleleder', 'Nora'],
    ['radgiver-nord', 'radgiver', 'Rune'],
  ] as const) {
    const staffId = randomUUID();
    await db.insert(staff).values({ ownerId, id: staffId, givenName, familyName: 'Nord', email: `${username}@nord.example` });
    await db.insert(staffRoles).values({ ownerId, id: randomUUID(), staffId, role, schoolId: id });
    await db.insert(accounts).values({ ownerId, staffId, username, passwordHash });
  }
  // The helsesykepleier serves both schools.
  await db.insert(staffRoles).values({ ownerId, id: randomUUID(), staffId: nurse, role: 'helsesykepleier', schoolId: id });
  return id;
}

async function openCase(as: SignedIn, studentId: string, body: object) {
  const opened = await as.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { openedFrom: 'manuelt', reason: 'Bekymring', ...body });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  return opened.body.id;
}

const move = (as: SignedIn, studentId: string, body: object) => as.call<SchoolMoveResult & ErrorBody>('POST', `/api/students/${studentId}/school-move`, body);
const pathsOf = (body: ErrorBody) => (body.error.details ?? []).map((d) => `${d.path}: ${d.message.split(':')[0]}`);

beforeAll(async () => {
  const { db } = api.database;
  rektor = await api.signIn('rektor');
  kontaktlaerer = await api.signIn('kontaktlaerer');
  nurse = (await api.signIn('helsesykepleier')).session.staffId;
  schoolA = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  [{ ownerId }] = (await db.select({ ownerId: schools.ownerId }).from(schools).where(eq(schools.id, schoolA))) as [{ ownerId: string }];
  schoolB = await addSchoolB();
  rektorB = await api.signIn('rektor-nord');
  radgiverB = await api.signIn('radgiver-nord');

  const mine = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body;
  const ownClass = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
  classA = ownClass.id;
  mover = ownClass.students[0]!.id;
  const taught = new Set(mine.groups.flatMap((g) => g.students.map((s) => s.id)));
  const rows = await db.select({ id: students.id }).from(students).where(eq(students.schoolId, schoolA)).orderBy(students.id);
  spare = rows.map((r) => r.id).filter((id) => !taught.has(id));
});

describe('moving a student to another school of the owner', () => {
  let absenceCase: string;
  let environmentCase: string;
  let result: SchoolMoveResult;

  it('hands one case over and closes the other, the tasks following or closing, the flags moving and the mark ending', async () => {
    const { db } = api.database;
    absenceCase = await openCase(kontaktlaerer, mover, { kind: 'fravaer' });
    expect((await kontaktlaerer.call('POST', `/api/cases/${absenceCase}/participants`, { staffId: nurse, role: 'deltaker' })).status).toBe(200);
    environmentCase = await openCase(rektor, mover, { kind: 'skolemiljo' });
    expect((await kontaktlaerer.call('POST', `/api/students/${mover}/closer-follow-up`, { reason: 'Mye fravær', reviewOn: '2026-12-14' })).status).toBe(200);
    // An open flag with its task (the demo's, or one made here).
    const openFlag = async () => (await db.select({ id: flags.id }).from(flags).where(and(eq(flags.studentId, mover), inArray(flags.state, ['ny', 'bekreftet']))))[0]?.id;
    if (!(await openFlag())) {
      await db.insert(flags).values({ ownerId, schoolId: schoolA, studentId: mover, ruleCode: 'melding', ruleProfileVersion: 1, concern: 'melding', evidenceKey: `test:${mover}`, evidence: {} });
    }
    const flagId = (await openFlag())!;
    await db.insert(tasks).values({ ownerId, schoolId: schoolA, assigneeStaffId: kontaktlaerer.session.staffId, studentId: mover, flagId, kind: 'vurder_tiltak', title: 'vurder_tiltak', dueOn: TEST_TODAY }).onConflictDoNothing();
    const openBefore = await db.select({ id: tasks.id, caseId: tasks.caseId, flagId: tasks.flagId }).from(tasks).where(and(eq(tasks.studentId, mover), isNull(tasks.doneAt)));
    const flagTask = openBefore.find((t) => t.flagId !== null);
    expect(flagTask).toBeDefined();

    // The dialog's question: the county's other school and who may take over there, the open cases and tasks.
    const preview = await rektor.call<SchoolMovePreview>('GET', `/api/students/${mover}/school-move/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.schools.find((s) => s.id === schoolB)!.candidates.map((c) => c.name).sort()).toEqual(['Nora Nord', 'Rune Nord']);
    expect(preview.body.schools.map((s) => s.id)).not.toContain(schoolA);
    expect(preview.body.openCases.map((c) => c.kind).sort()).toEqual(['fravaer', 'skolemiljo']);
    expect(preview.body.openTasks.map((t) => t.id).sort()).toEqual(openBefore.map((t) => t.id).sort());
    expect(preview.body).toMatchObject({ movedOn: { earliest: '2026-10-24', latest: '2026-12-23' }, lastMovedOn: null, formerReadMonths: 3, closerFollowUp: true });

    const answer = await move(rektor, mover, {
      toSchoolId: schoolB,
      movedOn: TEST_TODAY,
      note: 'Familien har flyttet til Nord.',
      cases: [
        { caseId: absenceCase, handling: 'overta', responsibleStaffId: radgiverB.session.staffId },
        { caseId: environmentCase, handling: 'avslutt', note: 'Saken er drøftet med Nord; de følger opp på sin måte.' },
      ],
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    result = answer.body;
    expect(result).toMatchObject({
      fromSchool: { id: schoolA, name: 'Varde videregående skole' },
      toSchool: { id: schoolB },
      movedOn: TEST_TODAY,
      formerReadUntil: '2027-02-23',
      handedOver: [{ caseId: absenceCase, kind: 'fravaer', responsible: { staffId: radgiverB.session.staffId, name: 'Rune Nord' } }],
      closed: [{ caseId: environmentCase, kind: 'skolemiljo' }],
      closerFollowUpEnded: true,
    });
    expect(result.flagsMoved).toBeGreaterThanOrEqual(1);

    const [student] = await db.select({ schoolId: students.schoolId }).from(students).where(eq(students.id, mover));
    expect(student!.schoolId).toBe(schoolB);
    const [recorded] = await db.select().from(schoolMoves).where(eq(schoolMoves.studentId, mover));
    expect(recorded).toMatchObject({ fromSchoolId: schoolA, toSchoolId: schoolB, movedOn: TEST_TODAY, movedBy: rektor.session.staffId, formerReadUntil: '2027-02-23', note: 'Familien har flyttet til Nord.' });

    // The classes and groups of school A end the day before.
    const memberships = await db
      .select({ endsOn: groupMemberships.endsOn })
      .from(groupMemberships)
      .innerJoin(groups, eq(groups.id, groupMemberships.groupId))
      .where(and(eq(groupMemberships.studentId, mover), eq(groups.schoolId, schoolA)));
    expect(memberships.length).toBeGreaterThan(0);
    expect(new Set(memberships.map((m) => m.endsOn))).toEqual(new Set(['2026-11-22']));

    // The handed-over case is at school B with its new responsible person; the nurse, who works at both, stays in it; the contact teacher is out.
    const [handed] = await db.select().from(cases).where(eq(cases.id, absenceCase));
    expect(handed).toMatchObject({ schoolId: schoolB, status: 'aapen', responsibleStaffId: radgiverB.session.staffId });
    const people = await db.select({ staffId: caseParticipants.staffId, role: caseParticipants.role }).from(caseParticipants).where(eq(caseParticipants.caseId, absenceCase));
    expect(people.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { staffId: radgiverB.session.staffId, role: 'ansvarlig' },
      { staffId: nurse, role: 'deltaker' },
    ]);
    const history = await db.select().from(caseEvents).where(eq(caseEvents.caseId, absenceCase));
    expect(history.find((e) => e.kind === 'skolebytte_overtatt')).toMatchObject({ actorStaffId: rektor.session.staffId, text: 'Familien har flyttet til Nord.', detail: { fromSchoolId: schoolA, toSchoolId: schoolB, removedStaffIds: [kontaktlaerer.session.staffId] } });

    const [closed] = await db.select().from(cases).where(eq(cases.id, environmentCase));
    expect(closed).toMatchObject({ schoolId: schoolA, status: 'avsluttet', outcome: 'skolebytte', outcomeNote: 'Saken er drøftet med Nord; de følger opp på sin måte.', closedBy: rektor.session.staffId });

    // The handed-over case's tasks follow it; the closed case's, the flag's and the mark's close as eleven_bytta_skole.
    const after = await db.select().from(tasks).where(inArray(tasks.id, openBefore.map((t) => t.id)));
    const following = after.filter((t) => t.caseId === absenceCase);
    expect(following.length).toBeGreaterThan(0);
    expect(following.every((t) => t.doneAt === null && t.schoolId === schoolB && t.assigneeStaffId === radgiverB.session.staffId)).toBe(true);
    const others = after.filter((t) => t.caseId !== absenceCase);
    expect(others.map((t) => t.id)).toContain(flagTask!.id);
    expect(others.every((t) => t.doneAt !== null && t.closedReason === 'eleven_bytta_skole')).toBe(true);
    expect(result).toMatchObject({ tasksFollowing: following.length, tasksClosed: others.length });

    const openFlags = await db.select({ schoolId: flags.schoolId }).from(flags).where(and(eq(flags.studentId, mover), inArray(flags.state, ['ny', 'bekreftet'])));
    expect(openFlags.length).toBe(result.flagsMoved);
    expect(openFlags.every((f) => f.schoolId === schoolB)).toBe(true);
    const [mark] = await db.select().from(closerFollowUps).where(eq(closerFollowUps.studentId, mover));
    expect(mark!.endedAt).not.toBeNull();

    // Audited: the move, the student's school and each case, naming both schools.
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.studentId, mover), eq(auditLog.actorStaffId, rektor.session.staffId)));
    expect(entries.find((e) => e.entity === 'school_move' && e.action === 'create')).toMatchObject({ entityId: result.moveId, detail: { fromSchoolId: schoolA, toSchoolId: schoolB } });
    expect(entries.filter((e) => e.entity === 'case' && e.action === 'update' && (e.detail as { moveId?: string }).moveId === result.moveId).map((e) => e.entityId).sort()).toEqual([absenceCase, environmentCase].sort());
  });

  it('lets the new school see the student and the handed-over case, not the case the former school closed', async () => {
    expect((await rektorB.call('GET', `/api/students/${mover}`)).status).toBe(200);
    const detail = await radgiverB.call<CaseDetail>('GET', `/api/cases/${absenceCase}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ responsible: { staffId: radgiverB.session.staffId }, mayChangeParticipants: true });
    const listed = await rektorB.call<CaseList>('GET', `/api/students/${mover}/cases`);
    expect(listed.body.cases.map((c) => c.id)).toEqual([absenceCase]);
    expect((await rektorB.call('GET', `/api/cases/${environmentCase}`)).status).toBe(404);
    // The new responsible person works in it.
    const contact = await radgiverB.call('POST', `/api/cases/${absenceCase}/home-contacts`, { contactedAt: '2026-11-23T09:00:00+01:00', contactedName: 'Mor', channel: 'telefon', outcome: 'naadd' });
    expect(contact.status).toBe(200);
    // Where the student came from.
    const view = await rektorB.call<SchoolMoveView>('GET', `/api/students/${mover}/school-move`);
    expect(view.body.move).toMatchObject({ fromSchool: { id: schoolA }, toSchool: { id: schoolB }, movedOn: TEST_TODAY, movedBy: expect.any(String) });
  });

  it("takes the student out of the former school: the contact teacher's lists and the register from the day of the move, the student's page, the handed-over case", async () => {
    expect((await kontaktlaerer.call('GET', `/api/students/${mover}`)).status).toBe(404);
    expect((await kontaktlaerer.call('GET', `/api/cases/${absenceCase}`)).status).toBe(404);
    expect((await rektor.call('GET', `/api/cases/${absenceCase}`)).status).toBe(404);
    const mine = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body;
    expect(mine.groups.flatMap((g) => g.students.map((s) => s.id))).not.toContain(mover);
    const registerOn = async (date: string) => (await kontaktlaerer.call<DayRegister>('GET', `/api/groups/${classA}/day-register?date=${date}`)).body.students.map((s) => s.id);
    expect(await registerOn(TEST_TODAY)).not.toContain(mover);
    expect(await registerOn('2026-11-20')).toContain(mover);
    // Nor can the former class register the student from the day of the move; the days before, it can.
    const register = (date: string) => kontaktlaerer.call('POST', `/api/groups/${classA}/day-register`, { date, entries: [{ studentId: mover, status: 'tilstede' }] });
    expect((await register(TEST_TODAY)).status).toBe(400);
    expect((await register('2026-11-20')).status).toBe(200);
  });

  it('lets the former school read the case it closed, and write in it never, until the read time ends; the day after, it is missing', async () => {
    const read = await rektor.call<CaseDetail>('GET', `/api/cases/${environmentCase}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ outcome: 'skolebytte', mayChangeParticipants: false });
    const contact = await rektor.call<ErrorBody>('POST', `/api/cases/${environmentCase}/home-contacts`, { contactedAt: '2026-11-23T09:00:00+01:00', contactedName: 'Mor', channel: 'telefon', outcome: 'naadd' });
    expect(contact.status).toBe(403);
    expect((await rektor.call('POST', `/api/cases/${environmentCase}/participants`, { staffId: nurse })).status).toBe(403);
    const schoolList = async () => (await rektor.call<CaseList>('GET', `/api/cases?scope=school&schoolId=${schoolA}&status=alle`)).body.cases.map((c) => c.id);
    expect(await schoolList()).toContain(environmentCase);
    const mineList = async () => (await rektor.call<CaseList>('GET', '/api/cases?scope=mine&status=alle')).body.cases.map((c) => c.id);
    expect(await mineList()).toContain(environmentCase);
    // The page the former school is left with says where the student went.
    const view = await rektor.call<SchoolMoveView>('GET', `/api/students/${mover}/school-move`);
    expect(view.status).toBe(200);
    expect(view.body.move).toMatchObject({ toSchool: { id: schoolB, name: 'Varde vidaregåande skule, avdeling Nord' }, formerReadUntil: '2027-02-23' });
    // The contact teacher, who was not in the closed case, is told nothing.
    expect((await kontaktlaerer.call('GET', `/api/students/${mover}/school-move`)).status).toBe(404);

    try {
      today = '2027-02-23';
      expect((await rektor.call('GET', `/api/cases/${environmentCase}`)).status).toBe(200);
      today = '2027-02-24';
      expect((await rektor.call('GET', `/api/cases/${environmentCase}`)).status).toBe(404);
      expect(await schoolList()).not.toContain(environmentCase);
      expect(await mineList()).not.toContain(environmentCase);
      expect((await rektor.call('GET', `/api/students/${mover}/school-move`)).status).toBe(404);
      // The new school still works in its case.
      expect((await radgiverB.call('GET', `/api/cases/${absenceCase}`)).status).toBe(200);
    } finally {
      today = TEST_TODAY;
    }
  });
});

describe('who may move a student, and the refusals', () => {
  it("is the leadership of the student's school and the owner's administrator; a teacher who sees the student is told no, others find no student", async () => {
    const body = { toSchoolId: schoolB, movedOn: TEST_TODAY, cases: [] };
    const classmate = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!.students[0]!.id;
    expect((await move(kontaktlaerer, classmate, body)).status).toBe(403);
    expect((await kontaktlaerer.call('GET', `/api/students/${classmate}/school-move/preview`)).status).toBe(403);
    expect((await move(await api.signIn('radgiver'), spare[0]!, body)).status).toBe(403);
    expect((await move(kontaktlaerer, spare[0]!, body)).status).toBe(404);
    expect((await move(rektorB, spare[0]!, body)).status).toBe(404);
    expect((await move(await api.signIn('skoleeier'), spare[0]!, body)).status).toBe(404);
    const [unmoved] = await api.database.db.select({ schoolId: students.schoolId }).from(students).where(eq(students.id, spare[0]!));
    expect(unmoved!.schoolId).toBe(schoolA);

    const admin = await api.signIn('admin');
    const moved = await move(admin, spare[0]!, body);
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    expect(moved.body).toMatchObject({ fromSchool: { id: schoolA }, toSchool: { id: schoolB }, handedOver: [], closed: [] });
  });

  it('refuses at the field: an open case without a choice, a closed case without a note, a responsible person of another school, the same school, a school of another owner, a day too far ahead', async () => {
    const { db } = api.database;
    const studentId = spare[1]!;
    const kase = await openCase(rektor, studentId, { kind: 'iko' });
    const [otherOwnersSchool] = await db.select({ id: schools.id }).from(schools).where(eq(schools.name, 'Varde ungdomsskule'));
    const refused = async (body: object) => {
      const answer = await move(rektor, studentId, { toSchoolId: schoolB, movedOn: TEST_TODAY, ...body });
      return { status: answer.status, at: pathsOf(answer.body) };
    };
    expect(await refused({ cases: [] })).toEqual({ status: 400, at: ['body.cases: choice_missing'] });
    expect(await refused({ cases: [{ caseId: kase, handling: 'avslutt', note: '  ' }] })).toEqual({ status: 400, at: ['body.cases.0.note: note_missing'] });
    expect(await refused({ cases: [{ caseId: kase, handling: 'overta', responsibleStaffId: kontaktlaerer.session.staffId }] })).toEqual({ status: 400, at: ['body.cases.0.responsibleStaffId: responsible_not_at_new_school'] });
    expect(await refused({ cases: [{ caseId: kase, handling: 'overta', responsibleStaffId: randomUUID() }] })).toEqual({ status: 400, at: ['body.cases.0.responsibleStaffId: responsible_not_at_new_school'] });
    expect(await refused({ cases: [{ caseId: randomUUID(), handling: 'avslutt', note: 'x' }] })).toEqual({ status: 400, at: ['body.cases.0.caseId: not_an_open_case', 'body.cases: choice_missing'] });
    const choice = [{ caseId: kase, handling: 'avslutt', note: 'Avsluttes ved flytting' }];
    expect(await refused({ toSchoolId: schoolA, cases: choice })).toEqual({ status: 400, at: ['body.toSchoolId: same_school'] });
    expect(await refused({ toSchoolId: otherOwnersSchool!.id, cases: choice })).toEqual({ status: 400, at: ['body.toSchoolId: no_such_school'] });
    expect(await refused({ toSchoolId: randomUUID(), cases: choice })).toEqual({ status: 400, at: ['body.toSchoolId: no_such_school'] });
    expect(await refused({ movedOn: '2026-12-24', cases: choice })).toEqual({ status: 400, at: ['body.movedOn: too_far_ahead'] });
    const [still] = await db.select({ schoolId: students.schoolId, status: cases.status }).from(students).innerJoin(cases, eq(cases.studentId, students.id)).where(eq(cases.id, kase));
    expect(still).toEqual({ schoolId: schoolA, status: 'aapen' });

    // Moved once; a second move of the day is refused as a conflict (one move a day, in order).
    expect((await move(rektor, studentId, { toSchoolId: schoolB, movedOn: TEST_TODAY, cases: choice })).status).toBe(201);
    const again = await move(rektorB, studentId, { toSchoolId: schoolA, movedOn: TEST_TODAY, cases: [] });
    expect({ status: again.status, at: pathsOf(again.body) }).toEqual({ status: 409, at: ['body.movedOn: before_last_move'] });
  });
});
