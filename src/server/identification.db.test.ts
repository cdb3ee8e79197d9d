/**
 * Identification through the API: registration raises flags and tasks for the right person,
 * a notice from home resolves them, a person's decision sticks, and need-to-know holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { groupMemberships, groupTeachers, groups, tasks } from '../db/schema.js';
import type { Flag, LessonRegister, MyStudents, RegistrationResult, SubjectAbsence, Task } from '../shared/api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';


const api = useTestApp();

const signIn = api.signIn;

describe('identification through the API', () => {
  let teacher: Awaited<ReturnType<typeof signIn>>;
  let mine: MyStudents;
  let register: LessonRegister;

  beforeAll(async () => {
    teacher = await signIn('kontaktlaerer');
    mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    // The latest lesson in the last week that the teacher has with own class (so that the
    // contact teacher can also record the notice from home).
    const ownClass = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.name;
    for (const date of ['2026-11-23', '2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17']) {
      for (const group of mine.groups.filter((g) => g.relation === 'faglaerer' && g.name.startsWith(`${ownClass}/`))) {
        const day = await teacher.call<LessonRegister>('GET', `/api/groups/${group.id}/register?date=${date}&lessonNumber=1`);
        const first = day.body.lessonsThatDay[0];
        if (first) {
          register = (await teacher.call<LessonRegister>('GET', `/api/groups/${group.id}/register?date=${date}&lessonNumber=${first.lessonNumber}`)).body;
          return;
        }
      }
    }
    throw new Error('The demo teacher has no lesson in the last week');
  });

  it('shows traffic lights with their flags in own class only', () => {
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
    expect(own.students.every((s) => s.signal !== null)).toBe(true);
    expect(own.students.some((s) => s.signal!.level !== 'gronn')).toBe(true);
    const red = own.students.find((s) => s.signal!.level === 'rod');
    if (red) expect(red.signal!.flags.some((f) => f.level === 'rod')).toBe(true);
    expect(mine.groups.filter((g) => g.relation === 'faglaerer').every((g) => g.students.every((s) => s.signal === null))).toBe(true);
  });

  it('gives no daily flag in upper secondary for one absent lesson: the IKO profile has no daily routine', async () => {
    const present = register.students.filter((s) => s.status === 'tilstede');
    const student = present[0]!;
    const result = await teacher.call<RegistrationResult>('POST', `/api/groups/${register.group.id}/attendance`, {
      date: register.date,
      lessonNumber: register.lessonNumber,
      entries: [{ studentId: student.id, status: 'fravaer' }, { studentId: present[1]!.id, status: 'forsent', minutesLate: 10 }, ...present.slice(2).map((s) => ({ studentId: s.id, status: 'tilstede' }))],
    });
    expect(result.status).toBe(200);
    expect(result.body.newFlags.filter((f) => f.studentId === student.id && f.concern === 'fravaersoppfolging')).toEqual([]);
  });

  it('with the routine turned on: one flag for the duty to follow up, with one task to call home today, and a notice resolves it', async () => {
    // An owner who wants the routine's daily steps in upper secondary turns them on.
    const admin = await signIn('admin');
    const iko = (await admin.call<{ profiles: Array<{ key: string; version: number; rules: Record<string, Record<string, unknown>> }> }>('GET', '/api/rule-profiles')).body.profiles.find(
      (p) => p.key === 'iko-vgs',
    )!;
    const rules = { ...iko.rules, fravaerUtenMelding: { enabled: true }, udokumentertFravaer: { ...iko.rules.udokumentertFravaer, enabled: true } };
    expect((await admin.call('PUT', '/api/rule-profiles/iko-vgs', { baseVersion: iko.version, rules })).status).toBe(200);

    const present = register.students.filter((s) => s.status === 'tilstede');
    const student = present[2]!;
    const result = await teacher.call<RegistrationResult>('POST', `/api/groups/${register.group.id}/attendance`, {
      date: register.date,
      lessonNumber: register.lessonNumber,
      entries: [{ studentId: student.id, status: 'fravaer' }, ...present.filter((s) => s.id !== student.id).map((s) => ({ studentId: s.id, status: 'tilstede' }))],
    });
    expect(result.status).toBe(200);
    // Today: the same-day rule; an earlier day this week: undocumented absence, immediate contact.
    // Both are the one duty: one flag, which gathers whichever of them fire.
    const rule = register.date === TEST_TODAY ? 'fravaer_uten_melding' : 'udokumentert_fravaer';
    const raised = result.body.newFlags.filter((f) => f.studentId === student.id && f.concern === 'fravaersoppfolging');
    expect(raised).toHaveLength(1);
    expect(raised[0]!.level).toBe('rod');
    expect(raised[0]!.findings.map((f) => f.ruleCode)).toContain(rule);

    // One task to call home, for the student's own contact teacher, due today.
    const open = await api.database.db.select().from(tasks).where(and(eq(tasks.studentId, student.id), eq(tasks.kind, 'kontakt_hjem')));
    expect(open.filter((t) => t.doneAt === null)).toHaveLength(1);
    const [task] = open.filter((t) => t.flagId === raised[0]!.id);
    expect(task).toMatchObject({ kind: 'kontakt_hjem', dueOn: TEST_TODAY });
    const [contact] = await api.database.db
      .select({ staffId: groupTeachers.staffId })
      .from(groupTeachers)
      .innerJoin(groups, and(eq(groups.ownerId, groupTeachers.ownerId), eq(groups.id, groupTeachers.groupId)))
      .innerJoin(groupMemberships, and(eq(groupMemberships.ownerId, groups.ownerId), eq(groupMemberships.groupId, groups.id)))
      .where(and(eq(groupMemberships.studentId, student.id), eq(groups.kind, 'basisgruppe'), eq(groupTeachers.role, 'kontaktlaerer')));
    expect(task!.assigneeStaffId).toBe(contact!.staffId);

    // The rules running again on the same evidence give no second flag and no second task.
    await teacher.call<RegistrationResult>('POST', `/api/groups/${register.group.id}/attendance`, {
      date: register.date,
      lessonNumber: register.lessonNumber,
      entries: [{ studentId: student.id, status: 'fravaer' }, ...present.filter((s) => s.id !== student.id).map((s) => ({ studentId: s.id, status: 'tilstede' }))],
    });
    const openAgain = await api.database.db.select().from(tasks).where(and(eq(tasks.studentId, student.id), eq(tasks.kind, 'kontakt_hjem')));
    expect(openAgain.filter((t) => t.doneAt === null)).toHaveLength(1);

    const myTasks = (await teacher.call<{ tasks: Task[] }>('GET', '/api/me/tasks')).body.tasks;
    const firstNotOverdue = myTasks.findIndex((t) => !t.overdue);
    expect(myTasks.slice(firstNotOverdue === -1 ? myTasks.length : firstNotOverdue).every((t) => !t.overdue)).toBe(true);

    const notice = await teacher.call<RegistrationResult>('POST', `/api/students/${student.id}/notices`, { date: register.date, cause: 'Tannlege', documented: true, wholeDay: false });
    expect(notice.status).toBe(200);
    const flags = (await teacher.call<{ flags: Flag[] }>('GET', `/api/students/${student.id}/flags`)).body.flags;
    const after = flags.find((f) => f.id === raised[0]!.id);
    // Documented, the absence no longer calls for the daily contact; the monthly check is off in this profile.
    expect(after?.state).toBe('lost');
    expect(after).toMatchObject({ reason: null, reasonCode: 'evidence_gone' });
    expect(flags.filter((f) => f.state === 'ny' || f.state === 'bekreftet').map((f) => f.concern)).toEqual(
      [...new Set(flags.filter((f) => f.state === 'ny' || f.state === 'bekreftet').map((f) => f.concern))],
    );
  });

  it('keeps a dismissed flag dismissed when the rules run again on the same evidence', async () => {
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const flagged = own.students.find((s) => s.signal!.flags.some((f) => f.state === 'ny'))!;
    const target = flagged.signal!.flags.find((f) => f.state === 'ny')!;
    const missingReason = await teacher.call<{ error: { code: string } }>('POST', `/api/flags/${target.id}/decision`, { decision: 'avvis', reason: '' });
    expect(missingReason.status).toBe(400);
    const noReview = await teacher.call<{ error: { code: string; details: Array<{ path: string }> } }>('POST', `/api/flags/${target.id}/decision`, { decision: 'bekreft', reason: 'Ja' });
    expect(noReview.status).toBe(400);
    expect(noReview.body.error.details.map((d) => d.path)).toContain('body.reviewOn');

    const dismissed = await teacher.call<Flag>('POST', `/api/flags/${target.id}/decision`, { decision: 'avvis', reason: 'Kjent og forklart: langvarig sykdom med legeerklæring' });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ state: 'avvist', reason: 'Kjent og forklart: langvarig sykdom med legeerklæring' });
    expect(dismissed.body.decidedBy).toBeTruthy();

    // Any registration re-runs the rules for the student it touches.
    await teacher.call('POST', `/api/students/${flagged.id}/notices`, { date: TEST_TODAY, cause: 'Syk', documented: false, wholeDay: false });
    const flags = (await teacher.call<{ flags: Flag[] }>('GET', `/api/students/${flagged.id}/flags`)).body.flags;
    expect(flags.filter((f) => f.ruleCode === target.ruleCode && JSON.stringify(f.facts) === JSON.stringify(target.facts) && f.state === 'ny')).toEqual([]);
    expect(flags.find((f) => f.id === target.id)?.state).toBe('avvist');
    const again = await teacher.call<{ error: { code: string } }>('POST', `/api/flags/${target.id}/decision`, { decision: 'bekreft', reason: 'x', reviewOn: '2027-01-10' });
    expect(again.status).toBe(409);
  });

  it('shows each subject against the 10 % limit', async () => {
    const student = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students[0]!;
    const { status, body } = await teacher.call<SubjectAbsence>('GET', `/api/students/${student.id}/subject-absence`);
    expect(status).toBe(200);
    expect(body.limit?.limitPercent).toBe(10);
    expect(body.subjects.length).toBeGreaterThan(5);
    expect(body.subjects.every((s) => s.lessonsHeld > 10 && s.percent !== null)).toBe(true);
  });

  it('gives the contact teacher Ukesjekken and leadership Månedssjekken, and nobody else', async () => {
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const weekly = await teacher.call<{ week: { from: string }; students: unknown[] }>('GET', `/api/classes/${own.id}/weekly-check`);
    expect(weekly.status).toBe(200);
    expect(weekly.body.week.from).toBe('2026-11-23');
    expect(weekly.body.students).toHaveLength(own.students.length);
    const subjectTeacher = await signIn('faglaerer');
    expect((await subjectTeacher.call('GET', `/api/classes/${own.id}/weekly-check`)).status).toBe(403);

    const rektor = await signIn('rektor');
    const schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
    const monthly = await rektor.call<{ causes: Array<{ records: number }>; undocumented: unknown[] }>('GET', `/api/schools/${schoolId}/monthly-check`);
    expect(monthly.status).toBe(200);
    expect(monthly.body.causes.length).toBeGreaterThan(0);
    expect((await teacher.call('GET', `/api/schools/${schoolId}/monthly-check`)).status).toBe(403);
  });

  it('keeps flags from a subject teacher and registration to the group’s own teachers', async () => {
    const subjectTeacher = await signIn('faglaerer');
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
    // A student the faglærer does not teach is, to them, missing.
    expect((await subjectTeacher.call('GET', `/api/students/${own.students[0]!.id}/flags`)).status).toBe(404);
    const attempt = await subjectTeacher.call('POST', `/api/groups/${register.group.id}/attendance`, {
      date: register.date,
      lessonNumber: register.lessonNumber,
      entries: [{ studentId: own.students[0]!.id, status: 'fravaer' }],
    });
    expect(attempt.status).toBe(403);
    const stranger = (await subjectTeacher.call<MyStudents>('GET', '/api/me/students')).body.groups[0]!.students[0]!;
    const wrong = await teacher.call<{ error: { details: Array<{ path: string }> } }>('POST', `/api/groups/${register.group.id}/attendance`, {
      date: register.date,
      lessonNumber: register.lessonNumber,
      entries: [{ studentId: stranger.id, status: 'fravaer' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]!.path).toBe('body.entries.0.studentId');
  });

  it('lets an administrator save a new version of a rule profile, and checks its edges', async () => {
    const admin = await signIn('admin');
    const list = await admin.call<{ profiles: Array<{ key: string; version: number; rules: Record<string, Record<string, unknown>> }> }>('GET', '/api/rule-profiles');
    expect(list.status).toBe(200);
    expect(list.body.profiles.map((p) => p.key).sort()).toEqual(['fravaersrutine-grunnskole', 'iko-vgs']);
    const iko = list.body.profiles.find((p) => p.key === 'iko-vgs')!;

    const crossed = { ...iko.rules, fravaerHalvaar: { ...iko.rules.fravaerHalvaar, yellowFromDays: 8 } };
    const refused = await admin.call<{ error: { details: Array<{ path: string }> } }>('PUT', '/api/rule-profiles/iko-vgs', { baseVersion: iko.version, rules: crossed });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d) => d.path)).toEqual(['body.rules.fravaerHalvaar.redFromDays']);

    const edited = { ...iko.rules, fravaerHalvaar: { ...iko.rules.fravaerHalvaar, yellowFromDays: 4 } };
    const saved = await admin.call<{ version: number; history: unknown[] }>('PUT', '/api/rule-profiles/iko-vgs', { baseVersion: iko.version, rules: edited });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(iko.version + 1);
    // The built-in version, the one saved above to turn the routine's daily steps on, and this one.
    expect(saved.body.history).toHaveLength(3);
    expect((await admin.call('PUT', '/api/rule-profiles/iko-vgs', { baseVersion: iko.version, rules: edited })).status).toBe(409);
    expect((await teacher.call('GET', '/api/rule-profiles')).status).toBe(403);
  });
});
