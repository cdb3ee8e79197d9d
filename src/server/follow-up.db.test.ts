/**
 * Following up through the API (issue 9): a "contact home" task is done by logging the contact —
 * reached or message left closes it, not reached keeps it open — and "Angre" takes the contact
 * back right after, audited; the closer-follow-up mark is set with a review date, asks for a
 * review through a task, is reviewed or ended, and ends when an IKO case closes with effect.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, students, tasks } from '../db/schema.js';
import { addDays } from '../domain/school-calendar.js';
import type { MyStudents, Task } from '../shared/api.js';
import type { CaseDetail } from '../shared/case-api.js';
import type { LoggedTaskContact, StudentCloserFollowUps, StudentHomeContacts } from '../shared/follow-up-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';

/** A clock the test moves: the undo window is minutes long. */
let now = new Date(`${TEST_TODAY}T10:00:00+01:00`);
const clock = { now: () => now, today: () => TEST_TODAY };
const minutes = (n: number) => (now = new Date(now.getTime() + n * 60_000));

const api = useTestApp(clock);

const signIn = api.signIn;

describe('a "contact home" task is done by logging the contact', () => {
  let teacher: Awaited<ReturnType<typeof signIn>>;
  let contactTask: Task;

  beforeAll(async () => {
    teacher = await signIn('kontaktlaerer');
    // A "contact home" task for a student of the teacher's class, as a flag of the absence routine gives it.
    const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    const studentId = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students[0]!.id;
    const [student] = await api.database.db.select({ ownerId: students.ownerId, schoolId: students.schoolId }).from(students).where(eq(students.id, studentId));
    const [row] = await api.database.db
      .insert(tasks)
      .values({ ...student!, studentId, assigneeStaffId: teacher.session.staffId, kind: 'kontakt_hjem', title: 'kontakt_hjem', dueOn: TEST_TODAY })
      .returning({ id: tasks.id });
    const listed = (await teacher.call<{ tasks: Task[] }>('GET', '/api/me/tasks')).body.tasks;
    contactTask = listed.find((t) => t.id === row!.id)!;
    expect(contactTask).toMatchObject({ kind: 'kontakt_hjem', logsContact: true, doneAt: null, contacts: [] });
    expect(listed.filter((t) => !t.logsContact).every((t) => t.kind !== 'kontakt_hjem' && t.kind !== 'innkall_foresatte')).toBe(true);
  });

  it('is not ticked off', async () => {
    expect((await teacher.call('POST', `/api/tasks/${contactTask.id}/done`)).status).toBe(409);
  });

  it('stays open after an unanswered call, with the attempt logged; a reached home closes it', async () => {
    const attempt = await teacher.call<LoggedTaskContact>('POST', `/api/tasks/${contactTask.id}/contact`, { outcome: 'ikke_naadd' });
    expect(attempt.status).toBe(200);
    expect(attempt.body.task).toMatchObject({ doneAt: null, dueOn: contactTask.dueOn });
    expect(attempt.body.task.contacts).toMatchObject([{ outcome: 'ikke_naadd', channel: 'telefon' }]);

    minutes(1);
    const reached = await teacher.call<LoggedTaskContact>('POST', `/api/tasks/${contactTask.id}/contact`, { outcome: 'naadd', note: 'Mor ringer skolen i morgen.' });
    expect(reached.status).toBe(200);
    expect(reached.body.task.doneAt).not.toBeNull();
    expect(reached.body.task.contacts.map((c) => [c.outcome, c.undoableUntil !== null])).toEqual([
      ['naadd', true],
      // Only the newest contact can be taken back.
      ['ikke_naadd', false],
    ]);
    // A settled task takes no more contacts.
    expect((await teacher.call('POST', `/api/tasks/${contactTask.id}/contact`, { outcome: 'naadd' })).status).toBe(409);

    // Both show on the student page's home contacts, as contacts from a task.
    const contacts = (await teacher.call<StudentHomeContacts>('GET', `/api/students/${contactTask.student!.id}/home-contacts`)).body.contacts;
    const fromTask = contacts.filter((c) => c.fromTask);
    expect(fromTask.map((c) => c.outcome)).toEqual(expect.arrayContaining(['naadd', 'ikke_naadd']));
    expect(fromTask.find((c) => c.outcome === 'naadd')).toMatchObject({ note: 'Mor ringer skolen i morgen.', caseId: null, channel: 'telefon' });
  });

  it('"Angre" takes the newest contact back and reopens the task, audited; an older one is not taken back', async () => {
    const [older, newest] = (await teacher.call<{ tasks: Task[] }>('GET', '/api/me/tasks')).body.tasks.find((t) => t.id === contactTask.id)!.contacts.reverse();
    expect((await teacher.call('POST', `/api/home-contacts/${older!.id}/undo`)).status).toBe(409);
    const rektor = await signIn('rektor');
    // Only one's own contact is taken back; another's answers as an unknown one.
    expect((await rektor.call('POST', `/api/home-contacts/${newest!.id}/undo`)).status).toBe(404);

    const undone = await teacher.call<Task>('POST', `/api/home-contacts/${newest!.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.doneAt).toBeNull();
    expect(undone.body.contacts.map((c) => c.outcome)).toEqual(['ikke_naadd']);
    const audit = await api.database.db
      .select({ action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'home_contact'), eq(auditLog.entityId, newest!.id)));
    // Beside rektor's refused attempt (audited as a refusal): the contact's writing and taking back.
    expect(audit.filter((a) => !(a.detail as { refused?: boolean } | null)?.refused).map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });

  it('holds the undo window', async () => {
    const logged = await teacher.call<LoggedTaskContact>('POST', `/api/tasks/${contactTask.id}/contact`, { outcome: 'beskjed_lagt_igjen', channel: 'sms' });
    expect(logged.body.task.doneAt).not.toBeNull();
    minutes(11);
    expect((await teacher.call('POST', `/api/home-contacts/${logged.body.contactId}/undo`)).status).toBe(409);
    const [row] = await api.database.db.select({ doneAt: tasks.doneAt }).from(tasks).where(eq(tasks.id, contactTask.id));
    expect(row!.doneAt).not.toBeNull();
  });
});

describe('closer follow-up (tettere oppfølging)', () => {
  let teacher: Awaited<ReturnType<typeof signIn>>;
  let studentId: string;

  beforeAll(async () => {
    teacher = await signIn('kontaktlaerer');
    const mine = (await teacher.call<MyStudents>('GET', '/api/me/students')).body;
    studentId = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students.at(-1)!.id;
  });

  it('is set by the contact teacher with a reason and a review date, once, and gives a review task', async () => {
    const url = `/api/students/${studentId}/closer-follow-up`;
    expect((await teacher.call('POST', url, { reason: 'Mye borte.', reviewOn: TEST_TODAY })).status).toBe(400);
    expect((await teacher.call('POST', url, { reason: 'Mye borte.', reviewOn: addDays(TEST_TODAY, 400) })).status).toBe(400);
    const faglaerer = await signIn('faglaerer');
    // The faglærer does not teach the student: to them the student is missing.
    expect((await faglaerer.call('POST', url, { reason: 'Mye borte.', reviewOn: addDays(TEST_TODAY, 42) })).status).toBe(404);

    const set = await teacher.call<StudentCloserFollowUps>('POST', url, { reason: 'Mye borte, avtalt med eleven.', reviewOn: addDays(TEST_TODAY, 42) });
    expect(set.status).toBe(200);
    expect(set.body.current).toMatchObject({ status: 'aktiv', reviewOn: addDays(TEST_TODAY, 42), reason: 'Mye borte, avtalt med eleven.' });
    expect((await teacher.call('POST', url, { reason: 'Igjen.', reviewOn: addDays(TEST_TODAY, 42) })).status).toBe(409);

    const review = (await teacher.call<{ tasks: Task[] }>('GET', '/api/me/tasks')).body.tasks.find((t) => t.kind === 'vurder_tettere_oppfolging' && t.student?.id === studentId);
    expect(review).toMatchObject({ dueOn: addDays(TEST_TODAY, 42), doneAt: null, logsContact: false });
    expect(review!.student!.closerFollowUpReviewOn).toBe(addDays(TEST_TODAY, 42));
    // And beside the name in the contact teacher's class list.
    const listed = (await teacher.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!.students.find((s) => s.id === studentId);
    expect(listed!.closerFollowUpReviewOn).toBe(addDays(TEST_TODAY, 42));
  });

  it('is reviewed to a new date (the task moves), then ended (the task is done, the mark history)', async () => {
    const { current } = (await teacher.call<StudentCloserFollowUps>('GET', `/api/students/${studentId}/closer-follow-up`)).body;
    const moved = await teacher.call<StudentCloserFollowUps>('POST', `/api/closer-follow-ups/${current!.id}/review`, { decision: 'forleng', reviewOn: addDays(TEST_TODAY, 14) });
    expect(moved.body.current?.reviewOn).toBe(addDays(TEST_TODAY, 14));
    const task = (await teacher.call<{ tasks: Task[] }>('GET', '/api/me/tasks')).body.tasks.find((t) => t.kind === 'vurder_tettere_oppfolging' && t.student?.id === studentId);
    expect(task!.dueOn).toBe(addDays(TEST_TODAY, 14));

    const ended = await teacher.call<StudentCloserFollowUps>('POST', `/api/closer-follow-ups/${current!.id}/review`, { decision: 'avslutt', note: 'Tilbake i vanlig oppfølging.' });
    expect(ended.body.current).toBeNull();
    expect(ended.body.history[0]).toMatchObject({ status: 'avsluttet', endReason: 'avsluttet', endNote: 'Tilbake i vanlig oppfølging.' });
    const after = (await teacher.call<{ tasks: Task[] }>('GET', '/api/me/tasks')).body.tasks.find((t) => t.id === task!.id);
    expect(after!.doneAt).not.toBeNull();
    expect((await teacher.call('POST', `/api/closer-follow-ups/${current!.id}/review`, { decision: 'avslutt' })).status).toBe(409);
  });

  it('ends when an IKO case of the student closes with effect', async () => {
    const rektor = await signIn('rektor');
    await rektor.call('POST', `/api/students/${studentId}/closer-follow-up`, { reason: 'Under IKO-oppfølging.', reviewOn: addDays(TEST_TODAY, 42) });
    const opened = await rektor.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { kind: 'iko', openedFrom: 'manuelt', reason: 'Tettere oppfølging.' });
    expect(opened.status).toBe(201);
    const closed = await rektor.call('POST', `/api/cases/${opened.body.id}/transitions`, { type: 'close', outcome: 'effekt', note: 'Målet er nådd.' });
    expect(closed.status).toBe(200);
    const marks = (await rektor.call<StudentCloserFollowUps>('GET', `/api/students/${studentId}/closer-follow-up`)).body;
    expect(marks.current).toBeNull();
    expect(marks.history[0]).toMatchObject({ endReason: 'iko_sak_avsluttet_med_effekt' });
  });
});
