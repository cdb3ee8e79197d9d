/**
 * The morning rush (issue 16): `npm run bench:load [-- --students 30000 --municipality-students 60000]`.
 *
 * Builds a county with the demo generator in a database of its own (a scratch database
 * `varde_load_<pid>` on DATABASE_URL, dropped afterwards, or PGlite in a temporary directory),
 * signs its teachers in, starts Varde on it as `npm start` would run it (a child process on
 * 127.0.0.1), and then, with autocannon, has the teachers register lessons (POST
 * /api/groups/:id/attendance, every student of the group, a few absent or late) while others
 * open their pages — "Mine elever" (/api/me/students), "Mine timer" (/api/me/lessons) and a
 * lesson's register sheet — at a steady rate for a while. Afterwards it checks in the database
 * that every registration sent is stored once, with its flags up to date (scripts/bench/check-stored.ts).
 *
 * Targets: on PostgreSQL at region scale, 100 registrations and 200 page reads a second for 60 s
 * with p95 ≤ 100 ms; on PGlite, one school's 50 teachers at once (by default 5 registrations and
 * 10 reads a second: each teacher registers a lesson every ten seconds) with p95 ≤ 250 ms; no
 * errors. The rates are the defaults for DATABASE_URL and for PGlite; the flags change them.
 * It prints the figures, and as its last line one JSON object with them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { runMigrations } from '../src/db/migrate.js';
import { accounts } from '../src/db/schema.js';
import { loadSchoolCalendar } from '../src/data/load-school-calendar.js';
import { reevaluateAll } from '../src/data/reevaluate-all.js';
import { generateDemoSchool } from '../src/demo/generate-demo-school.js';
import { addDays, isSchoolDay } from '../src/domain/school-calendar.js';
import { systemClock } from '../src/lib/clock.js';
import { sessionCookieName, startSession } from '../src/server/auth/sessions.js';
import { checkStored } from './bench/check-stored.js';
import { loadCounty } from './bench/load-county.js';
import { attendanceBodyOf, planLoad, type PlannedLesson } from './bench/load-plan.js';
import { runLoad, type LoadRequest } from './bench/run-load.js';
import { processCpuSeconds, startVarde } from './bench/varde-process.js';

const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '1500' },
    'municipality-students': { type: 'string', default: '0' },
    teachers: { type: 'string' },
    'registrations-per-s': { type: 'string', default: engine === 'postgres' ? '100' : '5' },
    'reads-per-s': { type: 'string', default: engine === 'postgres' ? '200' : '10' },
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    lanes: { type: 'string', default: '30' },
    'absent-per-lesson': { type: 'string', default: '2' },
    'late-per-lesson': { type: 'string', default: '1' },
    seed: { type: 'string', default: '7' },
    'keep-database': { type: 'boolean', default: false },
    /** A directory for Varde's CPU profile (node --cpu-prof), to see where the time goes. */
    'cpu-profile': { type: 'string' },
  },
});
const whole = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not ${values[name]}`);
  return n;
};
const students = whole('students');
const municipalityStudents = whole('municipality-students');
const registrationsPerS = whole('registrations-per-s');
const readsPerS = whole('reads-per-s');
const duration = whole('duration');
const warmup = whole('warmup');
const lanes = Math.max(1, whole('lanes'));
const seed = whole('seed');
// The PGlite target is one school's 50 teachers; on PostgreSQL, as many as the bench day's lessons need.
const teacherCount = values.teachers !== undefined ? whole('teachers') : engine === 'pglite' ? 50 : undefined;
const target = { postgres: 100, pglite: 250 }[engine];
const SESSION_IDLE_MINUTES = 480;

const log = (message: string) => console.error(`[bench:load] ${message}`);
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const loadAverage = () => os.loadavg().map((l) => round(l, 2));

interface Scratch {
  open(): Promise<Database>;
  /** The server's database variables. */
  env: Record<string, string>;
  /** The database server's processes serving the scratch database (PostgreSQL; none for PGlite, which runs inside Varde). */
  backendPids(): Promise<number[]>;
  cleanup(): Promise<void>;
}

async function scratchDatabase(): Promise<Scratch> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `varde_load_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const scratch = new URL(url);
    scratch.pathname = `/${name}`;
    return {
      open: () => openDatabase({ databaseUrl: scratch.toString() }),
      env: { DATABASE_URL: scratch.toString() },
      backendPids: async () => (await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])).rows.map((r) => r.pid),
      cleanup: async () => {
        if (values['keep-database']) log(`kept the scratch database ${name}`);
        else await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-load-'));
  return {
    open: () => openDatabase({ dataDir: dir }),
    env: { DATABASE_URL: '', VARDE_DATA_DIR: dir },
    backendPids: async () => [],
    cleanup: async () => {
      if (values['keep-database']) log(`kept the embedded database in ${dir}`);
      else fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface SignedInTeacher {
  headers: Record<string, string>;
  csrfToken: string;
}

/**
 * The county, loaded and evaluated as a running Varde would have it, the rush planned on it, and
 * its teachers signed in: sessions made the way sign-in makes them (startSession), since a few
 * hundred argon2 checks would only measure the password hash.
 */
async function prepare(scratch: Scratch, today: string) {
  let t = performance.now();
  const dataset = generateDemoSchool({ seed, students, municipalityStudents, today });
  log(`generated ${dataset.students.length} students in ${dataset.schools.length} schools for ${today} in ${seconds(performance.now() - t)} s`);
  const database = await scratch.open();
  const { db } = database;
  try {
    await runMigrations(database);
    t = performance.now();
    const records = await loadCounty(db, dataset, today);
    log(`loaded it with ${records} absence records in ${seconds(performance.now() - t)} s`);

    const calendars = new Map<string, Awaited<ReturnType<typeof loadSchoolCalendar>>>();
    for (const school of dataset.schools) calendars.set(school.id, await loadSchoolCalendar(db, school.ownerId, school.id, today));
    const since = addDays(today, -40);
    const wholeDays = await queryRows<{ student_id: string; date: string }>(db, sql`select student_id, date::text from absence_records where scope = 'dag' and date >= ${since}`);
    const awayOn = new Map<string, Set<string>>();
    for (const r of wholeDays) awayOn.set(r.date, (awayOn.get(r.date) ?? new Set()).add(r.student_id));

    const lessonsNeeded = registrationsPerS * (duration + 2) + lanes;
    const plan = planLoad({
      dataset,
      seed,
      today,
      lessonsNeeded,
      teachers: teacherCount,
      absentPerLesson: whole('absent-per-lesson'),
      latePerLesson: whole('late-per-lesson'),
      isSchoolDay: (schoolId, date) => {
        const calendar = calendars.get(schoolId);
        return !!calendar && isSchoolDay(calendar.calendar, date);
      },
      awayAllDay: (date) => awayOn.get(date) ?? new Set(),
    });
    log(`planned ${plan.lessons.length} lessons of ${plan.teachers.length} teachers on ${plan.days.join(', ')}`);

    // Accounts for the teachers (the demo gives only its named sign-ins one); the password is never used.
    const usernames = plan.teachers.map((teacher, i) => ({ ...teacher, username: `bench-load-${i}`, passwordHash: 'bench-no-sign-in' }));
    for (let i = 0; i < usernames.length; i += 1000) await db.insert(accounts).values(usernames.slice(i, i + 1000)).onConflictDoNothing();

    // The county as it stands in the morning: every student evaluated for today.
    t = performance.now();
    await reevaluateAll(db, today);
    log(`evaluated every student in ${seconds(performance.now() - t)} s`);
    if (engine === 'postgres') await db.execute(sql`vacuum analyze`);

    const signedIn = new Map<string, SignedInTeacher>();
    for (const teacher of plan.teachers) {
      const { token, session } = await startSession(db, teacher, new Date(), SESSION_IDLE_MINUTES * 60_000);
      signedIn.set(teacher.staffId, {
        csrfToken: session.csrfToken,
        headers: { cookie: `${sessionCookieName(false)}=${token}`, 'content-type': 'application/json' },
      });
    }
    return { dataset, plan, signedIn };
  } finally {
    await database.close();
  }
}

const readKinds = ['mine-elever', 'mine-timer', 'register-sheet'] as const;

/** The next request of the rush: a registration while they are behind their share of the rate, otherwise a read. */
function requestSource(lessons: readonly PlannedLesson[], signedIn: ReadonlyMap<string, SignedInTeacher>, readsOnly = false) {
  let registrations = 0;
  let reads = 0;
  const registrationShare = readsOnly ? 0 : registrationsPerS / (registrationsPerS + readsPerS);
  const sentLessons: PlannedLesson[] = [];
  /** The registrations' requests, in the order of sentLessons. */
  const sentRegistrations: LoadRequest[] = [];
  const next = (): LoadRequest => {
    if (registrations < lessons.length && registrations < registrationShare * (registrations + reads + 1)) {
      const lesson = lessons[registrations++]!;
      const teacher = signedIn.get(lesson.teacherId)!;
      const request: LoadRequest = {
        kind: 'registration',
        method: 'POST',
        path: `/api/groups/${lesson.groupId}/attendance`,
        headers: { ...teacher.headers, 'x-csrf-token': teacher.csrfToken },
        body: attendanceBodyOf(lesson),
      };
      sentLessons.push(lesson);
      sentRegistrations.push(request);
      return request;
    }
    // Reads go round the lessons of the rush, each teacher opening the pages of their morning.
    const lesson = lessons[(reads * 7919) % lessons.length]!;
    const kind = readKinds[reads++ % readKinds.length]!;
    const { headers } = signedIn.get(lesson.teacherId)!;
    const pathOf = {
      'mine-elever': '/api/me/students',
      'mine-timer': `/api/me/lessons?date=${lesson.date}`,
      'register-sheet': `/api/groups/${lesson.groupId}/register?date=${lesson.date}&lessonNumber=${lesson.lessonNumber}`,
    };
    return { kind, method: 'GET', path: pathOf[kind], headers };
  };
  return { next, sentLessons, sentRegistrations };
}

const percentile = (sorted: readonly number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : 0);

async function main() {
  const today = systemClock.today();
  const cpus = os.cpus().length;
  const scratch = await scratchDatabase();
  try {
    const { dataset, plan, signedIn } = await prepare(scratch, today);
    const logFile = path.join(os.tmpdir(), `varde-load-${process.pid}.log`);
    const varde = await startVarde({ ...scratch.env, VARDE_SESSION_IDLE_MINUTES: String(SESSION_IDLE_MINUTES) }, log, {
      cpuProfileDir: values['cpu-profile'],
      logFile,
    });
    let result;
    let source;
    // The CPU the rush cost Varde and the database server, each by its processes' own clocks.
    const backendCpu = new Map<number, number>();
    const cpuOf = async () => {
      for (const pid of await scratch.backendPids()) backendCpu.set(pid, processCpuSeconds(pid) ?? backendCpu.get(pid) ?? 0);
      return { varde: processCpuSeconds(varde.pid) ?? 0, database: [...backendCpu.values()].reduce((a, b) => a + b, 0) };
    };
    let cpuBefore = { varde: 0, database: 0 };
    let cpuAfter = cpuBefore;
    const loadStart = loadAverage();
    try {
      if (warmup > 0) {
        log(`warming up: ${warmup} s of reads`);
        await runLoad({ url: varde.url, rate: readsPerS, seconds: warmup, lanes, next: requestSource(plan.lessons, signedIn, true).next });
      }
      log(`the rush: ${registrationsPerS} registrations and ${readsPerS} reads a second for ${duration} s (load average ${loadAverage().join(' ')})`);
      source = requestSource(plan.lessons, signedIn);
      cpuBefore = await cpuOf();
      result = await runLoad({ url: varde.url, rate: registrationsPerS + readsPerS, seconds: duration, lanes, next: source.next });
      // Registrations still on their way when the clients stopped are stored before the count.
      await varde.settle();
      cpuAfter = await cpuOf();
    } finally {
      await varde.stop();
    }
    const loadEnd = loadAverage();
    log(`Varde's log (warnings and errors): ${logFile}, ${fs.readFileSync(logFile, 'utf8').split('\n').filter(Boolean).length} lines`);

    const database = await scratch.open();
    let check;
    try {
      check = await checkStored(database.db, source.sentLessons, today);
    } finally {
      await database.close();
    }

    const answered = result.sent.filter((r) => r.ms !== undefined);
    const failed = answered.filter((r) => r.status! < 200 || r.status! >= 300);
    const latencies = answered.map((r) => r.ms!).sort((a, b) => a - b);
    const byKind = (kind: string) => answered.filter((r) => r.kind === kind).map((r) => r.ms!).sort((a, b) => a - b);
    const registrationsSent = source.sentLessons.length;
    const registrationsAnswered = answered.filter((r) => r.kind === 'registration').length;
    const readsAnswered = answered.length - registrationsAnswered;
    // autocannon counts a timeout among its errors too.
    const errors = failed.length + result.errors;
    // A registration the server said it saved must be in the database; one without an answer may be.
    const savedNotStored = source.sentRegistrations.filter((r, i) => r.status !== undefined && r.status >= 200 && r.status < 300 && !check.storedAt.has(i)).length;
    const figures = {
      engine,
      students: dataset.students.length,
      schools: dataset.schools.length,
      teachers: plan.teachers.length,
      days: plan.days.length,
      duration_s: round(result.seconds),
      lanes,
      load_p50_ms: round(percentile(latencies, 0.5)),
      load_p95_ms: round(percentile(latencies, 0.95)),
      load_p99_ms: round(percentile(latencies, 0.99)),
      load_max_ms: round(latencies.at(-1) ?? 0),
      load_errors: errors,
      registrations_sent: registrationsSent,
      registrations_stored: check.stored,
      registrations_2xx_not_stored: savedNotStored,
      registrations_per_s: round(registrationsAnswered / result.seconds),
      reads_per_s: round(readsAnswered / result.seconds),
      unanswered_at_end: result.sent.length - answered.length,
      varde_cpu_ms_per_request: round(((cpuAfter.varde - cpuBefore.varde) * 1000) / result.sent.length, 2),
      database_cpu_ms_per_request: round(((cpuAfter.database - cpuBefore.database) * 1000) / result.sent.length, 2),
      ...Object.fromEntries(
        ['registration', ...readKinds].flatMap((kind) => {
          const ms = byKind(kind);
          return [
            [`${kind.replace('-', '_')}_p50_ms`, round(percentile(ms, 0.5))],
            [`${kind.replace('-', '_')}_p95_ms`, round(percentile(ms, 0.95))],
          ];
        }),
      ),
      duplicate_records: check.duplicateRecords,
      missing_records: check.missingRecords,
      flag_changes_left: check.flagChangesLeft,
      students_checked: check.studentsChecked,
      status_counts: Object.fromEntries([...new Set(failed.map((r) => r.status))].map((s) => [s, failed.filter((r) => r.status === s).length])),
      load_average_start: loadStart,
      load_average_end: loadEnd,
      cpus,
    };

    console.log(`\nVarde morning rush on ${engine}, ${figures.students} students in ${figures.schools} schools, ${figures.teachers} teachers signed in, ${today}`);
    console.log(`  sent              ${registrationsPerS} registrations/s + ${readsPerS} reads/s for ${duration} s in ${lanes} lanes; achieved ${figures.registrations_per_s} + ${figures.reads_per_s} /s`);
    console.log(`  latency, all      p50 ${figures.load_p50_ms} ms, p95 ${figures.load_p95_ms} ms, p99 ${figures.load_p99_ms} ms, max ${figures.load_max_ms} ms   (target p95 ≤ ${target} ms)`);
    for (const kind of ['registration', ...readKinds]) {
      const ms = byKind(kind);
      console.log(`  ${kind.padEnd(17)} p50 ${round(percentile(ms, 0.5))} ms, p95 ${round(percentile(ms, 0.95))} ms over ${ms.length}`);
    }
    console.log(`  CPU per request   Varde ${figures.varde_cpu_ms_per_request} ms${engine === 'postgres' ? `, PostgreSQL ${figures.database_cpu_ms_per_request} ms` : ' (with the embedded database)'}`);
    console.log(`  errors            ${errors} (non-2xx ${failed.length}, connection errors ${result.errors} of them ${result.timeouts} timeouts); unanswered at the end ${figures.unanswered_at_end}   (target 0)`);
    console.log(
      `  stored            ${check.stored} of ${registrationsSent} registrations once, with every marked student; ${savedNotStored} answered 2xx but not stored (${check.duplicateRecords} duplicate and ${check.missingRecords} missing records, ${check.notNotedAsRegistered} lessons not noted)`,
    );
    console.log(`  flags             ${check.flagChangesLeft} changes left when the rules ran again for the ${check.studentsChecked} marked students   (target 0)`);
    console.log(`  machine           ${cpus} CPUs, load average (1, 5, 15 min) ${loadStart.join(' ')} → ${loadEnd.join(' ')}`);
    console.log(JSON.stringify(figures));
  } finally {
    await scratch.cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
