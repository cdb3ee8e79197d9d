/**
 * Varde's own notices, made by the schedule from the data alone (issue 15): the same-day notice to
 * guardians, the staff's daily digest and the deadline reminder. Each is made once whatever the
 * number of passes or restarts (a restart is a second schedule on the same database), and not at
 * all where the rules say no. The notices are checked in the delivery log, and, where a channel is
 * configured, on the send queue (started without a worker, so the jobs wait there).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database, type Db } from '../../db/database.js';
import { NOTICE_QUEUE, NOTICE_RETRY, type NoticeChannels } from '../../data/notices/queue-notices.js';
import { startQueue, type JobQueue } from '../../queue/job-queue.js';
import { osloDate, type Clock } from '../../lib/clock.js';
import { openTestDatabase } from '../../test/test-database.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { startNoticeSchedule } from './notice-schedule.js';

let database: Database;
let db: Db;
let queue: JobQueue;
let ownerId: string;
let schoolId: string;
let minors: string[];
let adult: string;
const errors: unknown[] = [];
const log = { info: () => {}, error: (...args: unknown[]) => void errors.push(args) } as never;

const withChannel: NoticeChannels = { configured: ['sms', 'epost'] };
const withoutChannel: NoticeChannels = { configured: [] };

/** A clock that stands at a time in Norway on TEST_TODAY (a Monday) or a given day. */
function clockAt(time: string, day = TEST_TODAY): Clock & { set(time: string, day?: string): void } {
  let at = new Date(`${day}T${time}:00+01:00`);
  return {
    now: () => at,
    today: () => osloDate(at),
    set(next, nextDay = day) {
      at = new Date(`${nextDay}T${next}:00+01:00`);
    },
  };
}

/** One pass of a freshly started schedule: what a server (re)started at that moment does first. */
async function runOnce(clock: Clock, channels: NoticeChannels): Promise<void> {
  const schedule = startNoticeSchedule(db, { channels, clock, log });
  await schedule.runNow();
  await schedule.stop();
}

/** An absence record of the day as a teacher's register writes it (src/data/registration/record-attendance.ts). */
async function registerAbsent(studentId: string, at: string, record: { lesson?: number; type?: string; noticeFromHome?: boolean; minutesLate?: number } = {}) {
  const late = record.type === 'forsentkomming';
  await db.execute(sql`insert into absence_records (owner_id, school_id, student_id, date, scope, lesson_number, hours, minutes_late, type, notice_from_home, source, registered_at)
    values (${ownerId}, ${schoolId}, ${studentId}, ${TEST_TODAY}, 'time', ${record.lesson ?? 1}, ${late ? 0 : 1}, ${record.minutesLate ?? null}, ${record.type ?? 'ikke_mott'},
      ${record.noticeFromHome ?? false}, 'registrering', ${`${TEST_TODAY}T${at}:00+01:00`}::timestamptz)`);
}

async function sameDayNotices(studentId: string) {
  return queryRows<{ id: string; recipient_id: string; recipient_kind: string; status: string; channel: string | null; reason: string; facts: Record<string, unknown>; day: string }>(
    db,
    sql`select id, recipient_id, recipient_kind, status, channel, reason, facts, day::text from notices
        where owner_id = ${ownerId} and student_id = ${studentId} and kind = 'fravaer_samme_dag' order by recipient_id`,
  );
}

/** The send jobs of the student's same-day notices (each pass also queues the day's staff notices). */
async function jobsOf(studentId: string): Promise<number> {
  const ids = (await sameDayNotices(studentId)).map((n) => n.id);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from pgboss.job where name = ${NOTICE_QUEUE} and data->>'noticeId' = any(${`{${ids.join(',')}}`}::text[])`,
  );
  return row!.n;
}

async function guardiansWithResponsibility(studentId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select guardian_id as id from student_guardians where owner_id = ${ownerId} and student_id = ${studentId} and parental_responsibility order by guardian_id`,
  );
  return rows.map((r) => r.id);
}

async function setSameDay(on: boolean) {
  await db.execute(sql`update schools set same_day_absence_notice = ${on}, notice_phone = '22 33 44 55' where owner_id = ${ownerId} and id = ${schoolId}`);
}

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  queue = await startQueue(database, { queues: [{ name: NOTICE_QUEUE, ...NOTICE_RETRY }] });
  const [school] = await queryRows<{ owner_id: string; id: string }>(db, sql`select owner_id, id from schools where kind = 'vgs'`);
  ownerId = school!.owner_id;
  schoolId = school!.id;
  const withGuardians = (adults: boolean) =>
    queryRows<{ id: string }>(
      db,
      sql`select s.id from students s
          where s.owner_id = ${ownerId} and s.school_id = ${schoolId} and s.birth_date is not null
            and ${adults ? sql`s.birth_date <= '2008-11-23'` : sql`s.birth_date > '2008-11-23'`}
            and exists (select 1 from student_guardians g where g.owner_id = s.owner_id and g.student_id = s.id and g.parental_responsibility)
          order by s.id limit 10`,
    );
  minors = (await withGuardians(false)).map((r) => r.id);
  adult = (await withGuardians(true))[0]!.id;
  expect(minors.length).toBe(10);
});

afterAll(async () => {
  await queue.stop({ timeoutMs: 1000 });
  await database.close();
});

describe('the same-day notice to guardians', () => {
  it('is made once for each guardian with parental responsibility, queued by the first channel that reaches them', async () => {
    await setSameDay(true);
    const student = minors[0]!;
    await registerAbsent(student, '09:00');
    await runOnce(clockAt('09:20'), withChannel);

    const notices = await sameDayNotices(student);
    const guardians = await guardiansWithResponsibility(student);
    expect(guardians.length).toBeGreaterThan(0);
    expect(notices.map((n) => n.recipient_id)).toEqual(guardians);
    for (const notice of notices) {
      expect(notice).toMatchObject({ recipient_kind: 'foresatt', status: 'queued', channel: 'sms', reason: `absence:${TEST_TODAY}`, day: TEST_TODAY });
      expect(notice.facts).toEqual({ schoolName: 'Varde videregående skole', day: TEST_TODAY, contactPhone: '22 33 44 55' });
    }
    expect(await jobsOf(student)).toBe(guardians.length);

    // Another pass, and a restart later in the day, add nothing.
    await runOnce(clockAt('09:21'), withChannel);
    await runOnce(clockAt('13:00'), withChannel);
    expect(await sameDayNotices(student)).toHaveLength(guardians.length);
    expect(await jobsOf(student)).toBe(guardians.length);
    expect(errors).toEqual([]);
  });

  it('waits fifteen minutes after the register, so a correction made at once alarms nobody', async () => {
    const student = minors[1]!;
    await registerAbsent(student, '09:10');
    await runOnce(clockAt('09:20'), withoutChannel);
    expect(await sameDayNotices(student)).toEqual([]);

    // Corrected to present within the grace: the lesson's records are gone.
    const corrected = minors[2]!;
    await registerAbsent(corrected, '09:10');
    await db.execute(sql`delete from absence_records where owner_id = ${ownerId} and student_id = ${corrected} and date = ${TEST_TODAY}`);

    await runOnce(clockAt('09:25'), withoutChannel);
    expect(await sameDayNotices(student)).toHaveLength((await guardiansWithResponsibility(student)).length);
    expect(await sameDayNotices(corrected)).toEqual([]);
  });

  it('is logged as not sent where no channel is configured', async () => {
    const student = minors[3]!;
    await registerAbsent(student, '08:00');
    await runOnce(clockAt('09:00'), withoutChannel);
    const notices = await sameDayNotices(student);
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n) => n.status === 'not_sent' && n.channel === null)).toBe(true);
    expect(await jobsOf(student)).toBe(0);
  });

  it('is not made when the home has told the school, for late arrivals, or for absence of a known kind', async () => {
    const [withRecordNotice, withHomeNotice, late, sick] = minors.slice(4, 8) as [string, string, string, string];
    await registerAbsent(withRecordNotice, '08:00', { lesson: 1, type: 'udokumentert', noticeFromHome: true });
    await registerAbsent(withRecordNotice, '09:00', { lesson: 2 });
    await registerAbsent(withHomeNotice, '08:00');
    await db.execute(sql`insert into home_notices (owner_id, student_id, date, lessons, type, cause) values (${ownerId}, ${withHomeNotice}, ${TEST_TODAY}, array[3]::smallint[], 'udokumentert', 'Tannlege')`);
    await registerAbsent(late, '08:00', { type: 'forsentkomming', minutesLate: 10 });
    await registerAbsent(sick, '08:00', { type: 'sykdom' });

    await runOnce(clockAt('10:00'), withoutChannel);
    for (const student of [withRecordNotice, withHomeNotice, late, sick]) expect(await sameDayNotices(student)).toEqual([]);
  });

  it('is not made for a student of age, nor outside the school day\'s hours', async () => {
    await registerAbsent(adult, '08:00');
    expect((await guardiansWithResponsibility(adult)).length).toBeGreaterThan(0);
    await runOnce(clockAt('10:00'), withoutChannel);
    expect(await sameDayNotices(adult)).toEqual([]);

    const student = minors[8]!;
    await registerAbsent(student, '08:00');
    await runOnce(clockAt('16:30'), withoutChannel);
    expect(await sameDayNotices(student)).toEqual([]);
  });

  it('is not made while the school has the setting off', async () => {
    await setSameDay(false);
    const student = minors[9]!;
    await registerAbsent(student, '08:00');
    await runOnce(clockAt('10:00'), withChannel);
    expect(await sameDayNotices(student)).toEqual([]);
    await setSameDay(true);
    await runOnce(clockAt('10:01'), withoutChannel);
    expect(await sameDayNotices(student)).not.toEqual([]);
  });
});

async function staffNotices(kind: 'daglig_oppsummering' | 'frist_paaminnelse') {
  return queryRows<{ recipient_id: string; recipient_kind: string; reason: string; status: string; channel: string | null; facts: Record<string, unknown>; day: string; case_id: string | null }>(
    db,
    sql`select recipient_id, recipient_kind, reason, status, channel, facts, day::text, case_id from notices where kind = ${kind} order by recipient_id, day`,
  );
}

async function someStaff(count: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select p.id from staff p where p.owner_id = ${ownerId}
          and not exists (select 1 from tasks t where t.owner_id = p.owner_id and t.assignee_staff_id = p.id and t.done_at is null)
        order by p.id limit ${count}`,
  );
  return rows.map((r) => r.id);
}

async function addTask(staffId: string, dueOn: string, done = false) {
  await db.execute(sql`insert into tasks (owner_id, school_id, assignee_staff_id, kind, title, due_on, done_at)
    values (${ownerId}, ${schoolId}, ${staffId}, 'manuell', 'Ring hjem', ${dueOn}, ${done ? sql`now()` : null})`);
}

/** Each pass makes the day's staff notices too: the staff tests start from a log without them. */
async function forgetStaffNotices() {
  await db.execute(sql`delete from notices where kind in ('daglig_oppsummering', 'frist_paaminnelse')`);
}

describe('the daily digest to staff', () => {
  beforeAll(forgetStaffNotices);

  it('goes from 07:00 to each staff member with tasks due or overdue, once, and only with a channel', async () => {
    const [busy, later, finished] = await someStaff(3);
    await addTask(busy!, TEST_TODAY);
    await addTask(busy!, '2026-11-19');
    await addTask(busy!, '2026-11-30');
    await addTask(later!, '2026-11-24');
    await addTask(finished!, '2026-11-20', true);
    const owed = await queryRows<{ staff_id: string }>(
      db,
      sql`select distinct assignee_staff_id as staff_id from tasks where done_at is null and due_on <= ${TEST_TODAY} order by 1`,
    );

    await runOnce(clockAt('07:30'), withoutChannel);
    expect(await staffNotices('daglig_oppsummering')).toEqual([]);

    const clock = clockAt('06:30');
    const schedule = startNoticeSchedule(db, { channels: withChannel, clock, log });
    await schedule.runNow();
    expect(await staffNotices('daglig_oppsummering')).toEqual([]);
    clock.set('07:00');
    await schedule.runNow();
    await schedule.stop();

    const digests = await staffNotices('daglig_oppsummering');
    expect(digests.map((d) => d.recipient_id)).toEqual(owed.map((o) => o.staff_id));
    expect(digests.map((d) => d.recipient_id)).toContain(busy);
    expect(digests.every((d) => d.recipient_kind === 'ansatt' && d.reason === `digest:${TEST_TODAY}` && d.status === 'queued' && d.channel === 'epost')).toBe(true);
    expect(digests.find((d) => d.recipient_id === busy)!.facts).toEqual({ dueCount: 1, overdueCount: 1 });

    await runOnce(clockAt('11:00'), withChannel);
    expect(await staffNotices('daglig_oppsummering')).toHaveLength(owed.length);
    expect(errors).toEqual([]);
  });

  it('is not made by a server started after 16:00: a digest of today in the evening is noise', async () => {
    await forgetStaffNotices();
    await runOnce(clockAt('16:30'), withChannel);
    expect(await staffNotices('daglig_oppsummering')).toEqual([]);
    expect(await staffNotices('frist_paaminnelse')).toEqual([]);
  });
});

describe('the reminder before a case step\'s deadline', () => {
  beforeAll(forgetStaffNotices);

  async function openCase(staffId: string, dueOn: string, status: 'aapen' | 'avsluttet' = 'aapen'): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`insert into cases (owner_id, school_id, student_id, kind, step, status, opened_from, responsible_staff_id, step_started_on, step_due_on, closed_at)
          values (${ownerId}, ${schoolId}, ${minors[0]}, 'fravaer', 'kartlegging', ${status}, 'manuelt', ${staffId}, '2026-11-16', ${dueOn}, ${status === 'avsluttet' ? sql`now()` : null})
          returning id`,
    );
    return row!.id;
  }

  it('goes to the responsible staff member two school days before, catches a missed day up, and never comes twice', async () => {
    const [responsible] = await someStaff(1);
    // Monday 23 November: Wednesday's deadline is reminded today, Friday's on Wednesday.
    const dueWednesday = await openCase(responsible!, '2026-11-25');
    const closed = await openCase(responsible!, '2026-11-25', 'avsluttet');
    const dueFriday = await openCase(responsible!, '2026-11-27');
    const passed = await openCase(responsible!, '2026-11-20');

    await runOnce(clockAt('07:10'), withoutChannel);
    expect(await staffNotices('frist_paaminnelse')).toEqual([]);

    await runOnce(clockAt('07:10'), withChannel);
    let reminders = await staffNotices('frist_paaminnelse');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      recipient_id: responsible,
      recipient_kind: 'ansatt',
      case_id: dueWednesday,
      reason: `deadline:${dueWednesday}:kartlegging:2026-11-25`,
      facts: { deadline: '2026-11-25' },
      day: TEST_TODAY,
      status: 'queued',
    });

    // Tuesday: nothing new. Thursday, after a Wednesday the server was down: Friday's is caught up, Wednesday's is past.
    await runOnce(clockAt('07:10', '2026-11-24'), withChannel);
    expect(await staffNotices('frist_paaminnelse')).toHaveLength(1);
    await runOnce(clockAt('08:00', '2026-11-26'), withChannel);
    reminders = await staffNotices('frist_paaminnelse');
    expect(reminders.map((r) => [r.case_id, r.day])).toEqual([
      [dueWednesday, TEST_TODAY],
      [dueFriday, '2026-11-26'],
    ]);
    expect(reminders.map((r) => r.case_id)).not.toContain(closed);
    expect(reminders.map((r) => r.case_id)).not.toContain(passed);
    expect(errors).toEqual([]);
  });
});
