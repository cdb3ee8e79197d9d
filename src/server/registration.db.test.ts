/**
 * Registration in seconds through the API: my lessons of a day from the timetable, a lesson
 * registered with type and cause, the whole day's register of a class, and a notice from home
 * that explains absence but never adds any, kept when it comes before the register is taken.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { absenceRecords } from '../db/schema.js';
import type { DayRegister, LessonRegister, MyLessons, MyStudents, RegistrationResult } from '../shared/api.js';
import { useTestApp } from '../test/api-test-app.js';


const api = useTestApp();

const signIn = async (username: string) => (await api.signIn(username)).call;

const recordsOf = (studentId: string, date: string) =>
  api.database.db.select().from(absenceRecords).where(and(eq(absenceRecords.studentId, studentId), eq(absenceRecords.date, date)));

describe('registration in seconds', () => {
  let teacher: Awaited<ReturnType<typeof signIn>>;
  let day: MyLessons;
  /** A lesson of the teacher's own class, so that the contact teacher may record notices too. */
  let own: MyLessons['lessons'][number];

  beforeAll(async () => {
    teacher = await signIn('kontaktlaerer');
    // The last weekday of the week before the test day on which the teacher has lessons.
    for (const date of ['2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16']) {
      day = (await teacher<MyLessons>('GET', `/api/me/lessons?date=${date}`)).body;
      const found = day.lessons.find((l) => l.groupName.startsWith('1STA/'));
      if (found) {
        own = found;
        return;
      }
    }
    throw new Error('The demo teacher has no lessons that week');
  });

  it('lists my lessons of a day in time order, none registered yet, with my class for the whole day', () => {
    expect(day.lessons.map((l) => l.startsAt)).toEqual([...day.lessons.map((l) => l.startsAt)].sort());
    expect(day.lessons.every((l) => !l.registered)).toBe(true);
    expect(day.classes.map((c) => c.groupName)).toEqual(['1STA']);
    expect(day.groups.every((g) => g.weekdays.length > 0)).toBe(true);
  });

  it('says on a weekend which weekdays the groups have lessons', async () => {
    const sunday = (await teacher<MyLessons>('GET', '/api/me/lessons?date=2026-11-22')).body;
    expect(sunday.lessons).toEqual([]);
    expect(sunday.groups.length).toBeGreaterThan(0);
    expect(sunday.groups.flatMap((g) => g.weekdays).every((d) => d >= 1 && d <= 5)).toBe(true);
  });

  it('registers a lesson with the type and cause the teacher knows, and shows it registered', async () => {
    const lesson = own;
    const sheet = (await teacher<LessonRegister>('GET', `/api/groups/${lesson.groupId}/register?date=${day.date}&lessonNumber=${lesson.lessonNumber}`)).body;
    expect(sheet.registered).toBe(false);
    const [ill, late, ...rest] = sheet.students.filter((s) => !s.wholeDay);
    const saved = await teacher<RegistrationResult>('POST', `/api/groups/${lesson.groupId}/attendance`, {
      date: day.date,
      lessonNumber: lesson.lessonNumber,
      entries: [
        { studentId: ill!.id, status: 'fravaer', type: 'sykdom', cause: 'Syk' },
        { studentId: late!.id, status: 'forsent', minutesLate: 5 },
        ...rest.map((s) => ({ studentId: s.id, status: 'tilstede' })),
      ],
    });
    expect(saved.status).toBe(200);
    const again = (await teacher<LessonRegister>('GET', `/api/groups/${lesson.groupId}/register?date=${day.date}&lessonNumber=${lesson.lessonNumber}`)).body;
    expect(again.registered).toBe(true);
    expect(again.students.find((s) => s.id === ill!.id)).toMatchObject({ status: 'fravaer', type: 'sykdom', cause: 'Syk' });
    const after = (await teacher<MyLessons>('GET', `/api/me/lessons?date=${day.date}`)).body;
    expect(after.lessons.find((l) => l.groupId === lesson.groupId && l.lessonNumber === lesson.lessonNumber)?.registered).toBe(true);

    const forsent = await teacher<{ error: { code: string } }>('POST', `/api/groups/${lesson.groupId}/attendance`, {
      date: day.date,
      lessonNumber: lesson.lessonNumber,
      entries: [{ studentId: ill!.id, status: 'fravaer', type: 'forsentkomming' }],
    });
    expect(forsent.status).toBe(400);
  });

  it('lets a notice from home explain the absence registered that day, and never add absence', async () => {
    const lesson = own;
    const sheet = (await teacher<LessonRegister>('GET', `/api/groups/${lesson.groupId}/register?date=${day.date}&lessonNumber=${lesson.lessonNumber}`)).body;
    const away = sheet.students.find((s) => s.status === 'fravaer' && !s.wholeDay)!;
    const present = sheet.students.find((s) => s.status === 'tilstede' && !s.wholeDay)!;
    const before = await recordsOf(away.id, day.date);

    const notice = await teacher<RegistrationResult>('POST', `/api/students/${away.id}/notices`, { date: day.date, cause: 'Lege', documented: true });
    expect(notice.status).toBe(200);
    const after = await recordsOf(away.id, day.date);
    expect(after.map((r) => [r.id, r.scope, r.hours])).toEqual(before.map((r) => [r.id, r.scope, r.hours]));
    expect(after.filter((r) => r.type !== 'forsentkomming').every((r) => r.type === 'dokumentert' && r.noticeFromHome && r.cause === 'Lege')).toBe(true);

    const nothing = await teacher<RegistrationResult>('POST', `/api/students/${present.id}/notices`, { date: day.date, cause: 'Syk', documented: false });
    expect(nothing.body.saved).toBe((await recordsOf(present.id, day.date)).filter((r) => r.type !== 'forsentkomming').length);
    expect((await recordsOf(present.id, day.date)).some((r) => r.scope === 'dag')).toBe(false);
  });

  it("registers the contact teacher's class for the whole day, counting each student's lessons", async () => {
    const klass = day.classes[0]!;
    const sheet = (await teacher<DayRegister>('GET', `/api/groups/${klass.groupId}/day-register?date=${day.date}`)).body;
    expect(sheet.registered).toBe(false);
    const [away, ...rest] = sheet.students.filter((s) => s.status === 'tilstede');
    const saved = await teacher<RegistrationResult>('POST', `/api/groups/${klass.groupId}/day-register`, {
      date: day.date,
      entries: [{ studentId: away!.id, status: 'fravaer', type: 'permisjon', cause: 'Konfirmasjon' }, ...rest.map((s) => ({ studentId: s.id, status: 'tilstede' }))],
    });
    expect(saved.status).toBe(200);
    const records = await recordsOf(away!.id, day.date);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ scope: 'dag', type: 'permisjon', cause: 'Konfirmasjon' });
    expect(records[0]!.hours).toBeGreaterThanOrEqual(1);
    expect((await teacher<MyLessons>('GET', `/api/me/lessons?date=${day.date}`)).body.classes[0]!.registered).toBe(true);
    expect((await teacher<DayRegister>('GET', `/api/groups/${klass.groupId}/day-register?date=${day.date}`)).body.students.find((s) => s.id === away!.id)?.status).toBe('fravaer');

    // Only the contact teacher registers the class's day; a teaching group has no day register.
    const subjectTeacher = await signIn('faglaerer');
    expect((await subjectTeacher('POST', `/api/groups/${klass.groupId}/day-register`, { date: day.date, entries: [{ studentId: away!.id, status: 'tilstede' }] })).status).toBe(403);
    expect((await teacher('GET', `/api/groups/${day.lessons[0]!.groupId}/day-register?date=${day.date}`)).status).toBe(403);
    const mine = (await teacher<MyStudents>('GET', '/api/me/students')).body;
    expect(mine.groups.some((g) => g.id === klass.groupId)).toBe(true);
  });

  /** The same weekday `weeks` weeks before the test day: the group has the same lessons. */
  const weeksBefore = (weeks: number) => new Date(Date.parse(`${day.date}T12:00:00Z`) - weeks * 7 * 86_400_000).toISOString().slice(0, 10);
  /** Students of the lesson's sheet with nothing recorded that day. */
  async function withNothingRecorded(date: string) {
    const sheet = (await teacher<LessonRegister>('GET', `/api/groups/${own.groupId}/register?date=${date}&lessonNumber=${own.lessonNumber}`)).body;
    const free: LessonRegister['students'] = [];
    for (const s of sheet.students) if (!s.wholeDay && s.notice === null && (await recordsOf(s.id, date)).length === 0) free.push(s);
    return free;
  }
  const sheetOf = async (date: string, lessonNumber: number) =>
    (await teacher<LessonRegister>('GET', `/api/groups/${own.groupId}/register?date=${date}&lessonNumber=${lessonNumber}`)).body;

  it('keeps a notice given in the morning for the lesson registered absent later, and adds no absence by itself', async () => {
    const date = weeksBefore(1);
    const [ill, cameAnyway] = await withNothingRecorded(date);
    for (const s of [ill!, cameAnyway!]) {
      const notice = await teacher<RegistrationResult>('POST', `/api/students/${s.id}/notices`, { date, cause: 'Syk', documented: false });
      expect(notice.status).toBe(200);
      expect(notice.body.saved).toBe(0);
      expect(await recordsOf(s.id, date)).toEqual([]);
    }
    // The register sheet shows the notice next to the student before the teacher marks anyone.
    expect((await sheetOf(date, own.lessonNumber)).students.find((s) => s.id === ill!.id)?.notice).toEqual({ cause: 'Syk', documented: false });
    const klass = day.classes[0]!;
    expect((await teacher<DayRegister>('GET', `/api/groups/${klass.groupId}/day-register?date=${date}`)).body.students.find((s) => s.id === ill!.id)?.notice).toEqual({
      cause: 'Syk',
      documented: false,
    });

    const saved = await teacher<RegistrationResult>('POST', `/api/groups/${own.groupId}/attendance`, {
      date,
      lessonNumber: own.lessonNumber,
      entries: [
        { studentId: ill!.id, status: 'fravaer' },
        { studentId: cameAnyway!.id, status: 'tilstede' },
      ],
    });
    expect(saved.status).toBe(200);
    const records = await recordsOf(ill!.id, date);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ scope: 'time', lessonNumber: own.lessonNumber, hours: 1, type: 'udokumentert', cause: 'Syk', noticeFromHome: true });
    // Turned up after all: present, and the notice added no absence.
    expect(await recordsOf(cameAnyway!.id, date)).toEqual([]);
    expect((await sheetOf(date, own.lessonNumber)).students.find((s) => s.id === cameAnyway!.id)?.status).toBe('tilstede');

    // The contact teacher's whole-day register takes the day's notice too.
    await teacher<RegistrationResult>('POST', `/api/groups/${klass.groupId}/day-register`, { date, entries: [{ studentId: ill!.id, status: 'fravaer' }] });
    expect((await recordsOf(ill!.id, date)).map((r) => [r.scope, r.type, r.cause, r.noticeFromHome])).toEqual([['dag', 'udokumentert', 'Syk', true]]);
  });

  it('lets a notice given after the register cover the lessons registered absent, not the rest of the day', async () => {
    const date = weeksBefore(2);
    const [away] = await withNothingRecorded(date);
    await teacher<RegistrationResult>('POST', `/api/groups/${own.groupId}/attendance`, { date, lessonNumber: own.lessonNumber, entries: [{ studentId: away!.id, status: 'fravaer' }] });
    const notice = await teacher<RegistrationResult>('POST', `/api/students/${away!.id}/notices`, { date, cause: 'Lege', documented: true });
    expect(notice.body.saved).toBe(1);
    const records = await recordsOf(away!.id, date);
    expect(records.map((r) => [r.lessonNumber, r.hours, r.type, r.cause, r.noticeFromHome])).toEqual([[own.lessonNumber, 1, 'dokumentert', 'Lege', true]]);
    // Kept for the lesson registered, so a re-save keeps it; another lesson of the day has none.
    expect((await sheetOf(date, own.lessonNumber)).students.find((s) => s.id === away!.id)?.notice).toEqual({ cause: 'Lege', documented: true });
    const other = own.lessonNumber === 12 ? 11 : own.lessonNumber + 1;
    expect((await sheetOf(date, other)).students.find((s) => s.id === away!.id)?.notice).toBeNull();
    await teacher<RegistrationResult>('POST', `/api/groups/${own.groupId}/attendance`, { date, lessonNumber: own.lessonNumber, entries: [{ studentId: away!.id, status: 'tilstede' }] });
    expect(await recordsOf(away!.id, date)).toEqual([]);
    await teacher<RegistrationResult>('POST', `/api/groups/${own.groupId}/attendance`, { date, lessonNumber: own.lessonNumber, entries: [{ studentId: away!.id, status: 'fravaer' }] });
    expect((await recordsOf(away!.id, date)).map((r) => [r.type, r.cause, r.noticeFromHome])).toEqual([['dokumentert', 'Lege', true]]);
  });
});
