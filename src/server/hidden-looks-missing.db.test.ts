/**
 * A hidden object is indistinguishable from a missing one (issue 10, part 2): a case, student,
 * flag, task or closer-follow-up mark the person may not see answers exactly as an id that names
 * nothing — the same status, the same words — and no answer or list names a hidden case: not
 * opening a case of the same kind, not the IKO workspace, not the semester check.
 * docs/decisions/015-hidden-looks-missing.md says why a case then opens beside the hidden one.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, flags, groupMemberships, groupTeachers, tasks } from '../db/schema.js';
import type { ApiError, MyStudents } from '../shared/api.js';
import type { CaseDetail, CaseSummary } from '../shared/case-api.js';
import type { IkoWorkspace, SemesterCheck } from '../shared/workspace-api.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();
const nobody = '00000000-0000-4000-8000-000000000000';
type CaseList = { cases: CaseSummary[] };

type SignedIn = Awaited<ReturnType<typeof api.signIn>>;
let kontaktlaerer: SignedIn;
let faglaerer: SignedIn;
let radgiver: SignedIn;
let rektor: SignedIn;
let nurse: string;
let schoolId: string;

const staffIdOf = async (username: string) =>
  (await api.database.db.select({ staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, username)))[0]!.staffId;

/** Status and error body of a refusal, with the id in the words made neutral. */
const refusal = (answer: { status: number; body: unknown }, id: string) => ({ status: answer.status, body: JSON.stringify(answer.body).replaceAll(id, 'ID') });

/** A § 12-4 case opened by rektor with the school nurse responsible: hidden from the kontaktlærer and the rådgiver. */
async function openHiddenCase(studentId: string): Promise<string> {
  const opened = await rektor.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { kind: 'skolemiljo', openedFrom: 'manuelt', reason: 'Holdt utenfor i friminuttene', responsibleStaffId: nurse });
  expect(opened.status).toBe(201);
  return opened.body.id;
}

beforeAll(async () => {
  kontaktlaerer = await api.signIn('kontaktlaerer');
  faglaerer = await api.signIn('faglaerer');
  radgiver = await api.signIn('radgiver');
  rektor = await api.signIn('rektor');
  nurse = await staffIdOf('helsesykepleier');
  schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
});

describe('opening a case when one of the kind is open', () => {
  let ownClass: MyStudents['groups'][number]['students'];
  beforeAll(async () => {
    const mine = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body;
    ownClass = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students;
  });

  it('answers a person who may not see the open case exactly as if there were none, and tells the hidden case', async () => {
    const [withHidden, withNone] = [ownClass[0]!.id, ownClass[1]!.id];
    const hidden = await openHiddenCase(withHidden);
    const body = { kind: 'skolemiljo', openedFrom: 'manuelt', reason: 'Virker utrygg i friminuttene' };

    const beside = await kontaktlaerer.call<CaseDetail>('POST', `/api/students/${withHidden}/cases`, body);
    const alone = await kontaktlaerer.call<CaseDetail>('POST', `/api/students/${withNone}/cases`, body);
    expect(beside.status).toBe(201);
    expect(JSON.stringify(beside.body)).not.toContain(hidden);
    // The same answer but for the student and the ids: nothing says another case is there.
    const shape = (d: CaseDetail) => ({ ...d, id: '', openedAt: '', student: { ...d.student, id: '', name: '', birthDate: '', age: 0, groupName: '' }, guardians: [], events: d.events.map((e) => e.kind), tasks: d.tasks.map((t) => t.kind) });
    expect(shape(beside.body)).toEqual(shape(alone.body));
    expect((await kontaktlaerer.call<CaseList>('GET', `/api/students/${withHidden}/cases`)).body.cases.map((c) => c.id)).toEqual([beside.body.id]);

    // The hidden case's people learn of the new one, with its reason, and leadership sees both.
    const told = await rektor.call<CaseDetail>('GET', `/api/cases/${hidden}`);
    expect(told.body.events.find((e) => e.kind === 'parallel_opened')).toMatchObject({ text: 'Virker utrygg i friminuttene', actorName: expect.any(String) });
    const both = (await rektor.call<CaseList>('GET', `/api/students/${withHidden}/cases`)).body.cases.map((c) => c.id);
    expect(both.sort()).toEqual([hidden, beside.body.id].sort());

    // A case one may see is named, as before: no second case of the kind beside it.
    const again = await kontaktlaerer.call<ApiError>('POST', `/api/students/${withHidden}/cases`, body);
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual([{ path: 'existingCaseId', message: beside.body.id }]);
    expect(JSON.stringify(again.body)).not.toContain(hidden);
  });

  it('in a klasselærermøte, a decision that opens a case does not land in, or name, a hidden one', async () => {
    const studentId = ownClass[2]!.id;
    const hidden = await openHiddenCase(studentId);
    const classId = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!.id;
    const meeting = await kontaktlaerer.call<{ decisions: Array<{ caseId: string | null }> }>('POST', `/api/groups/${classId}/class-meetings`, {
      heldOn: '2026-11-23',
      present: ['Kontaktlærer'],
      decisions: [{ studentId, text: 'Følge med i friminuttene', openCase: 'skolemiljo' }],
    });
    expect(meeting.status).toBe(200);
    expect(meeting.body.decisions[0]!.caseId).not.toBeNull();
    expect(meeting.body.decisions[0]!.caseId).not.toBe(hidden);
  });
});

describe('an object the person may not see', () => {
  it('a case: the same 404 as an id that names nothing, also behind its plans and documents', async () => {
    const ownClass = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!.students;
    const hidden = await openHiddenCase(ownClass[3]!.id);
    for (const [path, method, payload] of [
      ['/api/cases/ID', 'GET', undefined],
      ['/api/cases/ID/transitions', 'POST', { type: 'advance' }],
      ['/api/cases/ID/participants', 'POST', { staffId: nurse }],
      ['/api/cases/ID/conversations', 'POST', { guide: 'fritt', heldOn: '2026-11-23', participants: [{ name: 'A', role: 'elev' }], summary: 'x' }],
    ] as const) {
      const seen = await kontaktlaerer.call(method, path.replace('ID', hidden), payload);
      const none = await kontaktlaerer.call(method, path.replace('ID', nobody), payload);
      expect(refusal(seen, hidden), path).toEqual(refusal(none, nobody));
      expect(seen.status).toBe(404);
    }
    const aktivitetsplan = {
      kind: 'aktivitetsplan',
      content: { problem: 'Holdt utenfor', measures: [{ measure: 'Voksen i friminuttene', level: 'individ', when: 'Hver dag', responsible: 'Rektor', evaluateOn: '2026-12-07' }], startsOn: '2026-11-23' },
    };
    const planned = await rektor.call<CaseDetail>('POST', `/api/cases/${hidden}/plans`, aktivitetsplan);
    const planId = planned.body.plans[0]!.id;
    for (const [path, method, payload] of [
      ['/api/plans/ID', 'PUT', { basedOnVersion: 1, content: aktivitetsplan.content }],
      ['/api/plans/ID/versions/1/pdf', 'GET', undefined],
    ] as const) {
      const seen = await kontaktlaerer.call(method, path.replace('ID', planId), payload);
      const none = await kontaktlaerer.call(method, path.replace('ID', nobody), payload);
      expect(refusal(seen, planId), path).toEqual(refusal(none, nobody));
      expect(seen.status).toBe(404);
    }
  });

  it('a student of another class: the same 404 as an unknown id; one seen in part is forbidden', async () => {
    const mine = (await faglaerer.call<MyStudents>('GET', '/api/me/students')).body;
    const taught = new Set(mine.groups.flatMap((g) => g.students.map((s) => s.id)));
    const own = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.flatMap((g) => g.students.map((s) => s.id));
    const stranger = own.find((id) => !taught.has(id))!;
    for (const path of ['/api/students/ID', '/api/students/ID/flags', '/api/students/ID/cases', '/api/students/ID/closer-follow-up', '/api/students/ID/access-report', '/api/students/ID/access-report.pdf']) {
      const seen = await faglaerer.call('GET', path.replace('ID', stranger));
      const none = await faglaerer.call('GET', path.replace('ID', nobody));
      expect(refusal(seen, stranger), path).toEqual(refusal(none, nobody));
      expect(seen.status).toBe(404);
    }
    const report = { kind: 'mistrivsel', text: 'Bekymret' };
    expect(refusal(await faglaerer.call('POST', `/api/students/${stranger}/teacher-reports`, report), stranger)).toEqual(refusal(await faglaerer.call('POST', `/api/students/${nobody}/teacher-reports`, report), nobody));
    expect(refusal(await faglaerer.call('POST', `/api/students/${stranger}/closer-follow-up`, { reason: 'x', reviewOn: '2026-12-07' }), stranger)).toEqual(
      refusal(await faglaerer.call('POST', `/api/students/${nobody}/closer-follow-up`, { reason: 'x', reviewOn: '2026-12-07' }), nobody),
    );
    // A student the faglærer teaches is seen, in part: asking for the flags is forbidden, not hidden.
    expect((await faglaerer.call('GET', `/api/students/${[...taught][0]}/flags`)).status).toBe(403);
  });

  it('a flag of a student seen only in a subject: the same 404 as an unknown flag', async () => {
    const faglaererId = await staffIdOf('faglaerer');
    const taughtGroups = (await api.database.db.select({ groupId: groupTeachers.groupId }).from(groupTeachers).where(eq(groupTeachers.staffId, faglaererId))).map((r) => r.groupId);
    const taughtStudents = (await api.database.db.select({ studentId: groupMemberships.studentId }).from(groupMemberships).where(inArray(groupMemberships.groupId, taughtGroups))).map((r) => r.studentId);
    const [flag] = await api.database.db.select({ id: flags.id }).from(flags).where(inArray(flags.studentId, taughtStudents)).limit(1);
    expect(flag, 'the demo school has a flag on a student the faglærer teaches').toBeDefined();
    const decision = { decision: 'avvis', reason: 'Kjent' };
    const seen = await faglaerer.call('POST', `/api/flags/${flag!.id}/decision`, decision);
    const none = await faglaerer.call('POST', `/api/flags/${nobody}/decision`, decision);
    expect(refusal(seen, flag!.id)).toEqual(refusal(none, nobody));
    expect(seen.status).toBe(404);
  });

  it("another person's task: the same 404 as an unknown task", async () => {
    const me = await staffIdOf('kontaktlaerer');
    // A colleague's at the same school: one of another owner's schools is hidden for other reasons too.
    const [task] = await api.database.db.select({ id: tasks.id }).from(tasks).where(and(ne(tasks.assigneeStaffId, me), eq(tasks.schoolId, schoolId))).limit(1);
    for (const [path, payload] of [['/api/tasks/ID/done', undefined], ['/api/tasks/ID/contact', { outcome: 'naadd' }]] as const) {
      const seen = await kontaktlaerer.call('POST', path.replace('ID', task!.id), payload);
      const none = await kontaktlaerer.call('POST', path.replace('ID', nobody), payload);
      expect(refusal(seen, task!.id), path).toEqual(refusal(none, nobody));
      expect(seen.status).toBe(404);
    }
  });
});

describe('views that name cases', () => {
  it('the IKO workspace and the semester check name only the cases the reader may see', async () => {
    const semester = (await rektor.call<SemesterCheck>('GET', `/api/schools/${schoolId}/semester-check`)).body;
    const studentId = semester.students.find((s) => s.openCaseId === null)!.student.id;
    const hidden = await openHiddenCase(studentId);

    const forRektor = (await rektor.call<SemesterCheck>('GET', `/api/schools/${schoolId}/semester-check`)).body;
    expect(forRektor.students.find((s) => s.student.id === studentId)!.openCaseId).toBe(hidden);
    const forRadgiver = await radgiver.call<SemesterCheck>('GET', `/api/schools/${schoolId}/semester-check`);
    expect(forRadgiver.body.students.find((s) => s.student.id === studentId)!.openCaseId).toBeNull();
    expect(JSON.stringify(forRadgiver.body)).not.toContain(hidden);

    const workspaceOf = async (who: SignedIn) => (await who.call<IkoWorkspace>('GET', `/api/schools/${schoolId}/iko-workspace`)).body;
    expect((await workspaceOf(rektor)).identified.find((i) => i.student.id === studentId)?.openCase?.id).toBe(hidden);
    const radgiverView = await workspaceOf(radgiver);
    expect(JSON.stringify(radgiverView)).not.toContain(hidden);
    expect(radgiverView.identified.find((i) => i.student.id === studentId)?.openCase ?? null).toBeNull();
  });
});
