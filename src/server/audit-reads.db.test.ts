/**
 * Every access is logged (issue 10): each GET route of the app, walked as a person who may use it,
 * leaves one read entry per student its answer shows, with the address and the session; every
 * refusal (403 or 404) to a signed-in person leaves a refusal entry; sign-in, failed sign-in and
 * sign-out are logged. The walk is generated from the app's route list: a new GET route without a
 * row below fails the first test. VARDE_AUDIT_SUMMARY=1 prints, per view, the students it showed
 * and the read entries it wrote.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, auditLog, caseParticipants, cases as casesTable, fintSyncRuns, meetings, otAvklaringar, students } from '../db/schema.js';
import { NO_OWNER } from '../data/write-audit.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import { seedDemoCases } from '../demo/seed-demo-cases.js';
import type { CaseDetail, CaseSummary } from '../shared/case-api.js';
import type { MyLessons, MyStudents } from '../shared/api.js';
import type { ClassReport } from '../shared/report-api.js';
import { signInTo, useTestApp } from '../test/api-test-app.js';
import { addFormerSchool } from '../test/former-school-fixture.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { sessionRefOf } from './auth/audit-request-context.js';

const api = useTestApp();
type SignedIn = Awaited<ReturnType<typeof signInTo>> & { staffId: string; sessionRef: string };
/** gs-rektor: the rektor of the demo municipality's ungdomsskole, for the views of a grunnskole. */
const usernames = ['kontaktlaerer', 'faglaerer', 'radgiver', 'rektor', 'skoleeier', 'admin', 'ot', 'gs-rektor'] as const;
type Username = (typeof usernames)[number];

interface World {
  school: string;
  /** The demo municipality's ungdomsskole, gs-rektor's. */
  grunnskole: string;
  classId: string;
  classStudent: string;
  lesson: { groupId: string; lessonNumber: number; date: string };
  kase: { id: string; studentId: string };
  planId: string;
  meetingId: string;
  conversationId: string;
  /** Rektor's calendar feed address (its secret included), fetched as a calendar program does. */
  calendarFeedPath: string;
  /** A student the class's report names (a 1 or IV, a subject at risk, absence near the limit). */
  reportStudent: string;
  /** A youth in OT's list (a student written out), and a clarification case the OT advisor takes part in. */
  otYouth: string;
  /** That clarification case, with a meeting summoned in it. */
  otAvklaring: { id: string; studentId: string; meetingId: string };
  /** The class student's former school of another owner, with a summary and a consent in force (issue 13, part 5). */
  formerStudent: string;
  /** A kept FINT sync run of the school (issue 17). */
  fintRun: string;
}

/** How a route is walked: as whom, at which URL, and (for a PDF) the student the document is about. */
type Walk = { as: Username; url: (w: World) => string; about?: (w: World) => string };
/** A route that shows students, walked as each person given; or one that shows none, and why. */
type RouteWalk = { shows: Walk[] } | { showsNoStudent: string; walk: Walk };

const walks: Record<string, RouteWalk> = {
  '/api/health': { showsNoStudent: 'the server and database state', walk: { as: 'admin', url: () => '/api/health' } },
  '/api/sign-in/options': { showsNoStudent: 'the ways in the server offers', walk: { as: 'admin', url: () => '/api/sign-in/options' } },
  '/api/openapi.json': { showsNoStudent: 'the API description', walk: { as: 'admin', url: () => '/api/openapi.json' } },
  '/api/session': { showsNoStudent: 'the signed-in person', walk: { as: 'kontaktlaerer', url: () => '/api/session' } },
  '/api/me/lessons': { showsNoStudent: "the teacher's timetable", walk: { as: 'kontaktlaerer', url: () => `/api/me/lessons?date=${TEST_TODAY}` } },
  '/api/rule-profiles': { showsNoStudent: 'thresholds', walk: { as: 'admin', url: () => '/api/rule-profiles' } },
  '/api/owner/figures': { showsNoStudent: 'counts without names', walk: { as: 'skoleeier', url: () => '/api/owner/figures' } },
  '/api/measures': { showsNoStudent: 'the measure bank', walk: { as: 'rektor', url: (w) => `/api/measures?schoolId=${w.school}` } },
  '/api/schools/:schoolId/overview': { showsNoStudent: 'classes in figures (docs/decisions/005)', walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/overview` } },
  '/api/schools/:schoolId/measure-effects': { showsNoStudent: 'counts per measure, no names (docs/decisions/017)', walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/measure-effects` } },
  '/api/schools/:schoolId/checks': { showsNoStudent: 'which checks were done, when', walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/checks?kind=manedssjekk` } },
  '/api/schools/:schoolId/protokoll-status': { showsNoStudent: "each class's review of its absence record: the halves of the month done or overdue", walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/protokoll-status` } },
  '/api/cases/:caseId/staff-candidates': { showsNoStudent: 'staff of the school', walk: { as: 'rektor', url: (w) => `/api/cases/${w.kase.id}/staff-candidates` } },
  '/api/me/calendar-feed': { showsNoStudent: 'whether I have a calendar feed address', walk: { as: 'kontaktlaerer', url: () => '/api/me/calendar-feed' } },
  '/api/owner/implementation': { showsNoStudent: 'counts per school without names, small ones hidden', walk: { as: 'skoleeier', url: () => '/api/owner/implementation' } },
  '/api/owner/absence-team': { showsNoStudent: "the absence team's counts per school and trinn without names, small ones hidden", walk: { as: 'skoleeier', url: () => '/api/owner/absence-team' } },
  '/api/schools/:schoolId/wheel': { showsNoStudent: "the wheel's activities with counts per class", walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/wheel` } },
  '/api/schools/:schoolId/wheel/mine': { showsNoStudent: "the person's own activities of the wheel, in counts", walk: { as: 'kontaktlaerer', url: (w) => `/api/schools/${w.school}/wheel/mine` } },
  '/api/schools/:schoolId/wheel/versions': { showsNoStudent: "who changed the wheel's map, when", walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/wheel/versions` } },
  '/api/schools/:schoolId/routine-rhythm': { showsNoStudent: "a grunnskole's checks recorded per class and the staircase's cases counted per step", walk: { as: 'gs-rektor', url: (w) => `/api/schools/${w.grunnskole}/routine-rhythm` } },
  '/api/schools/:schoolId/wheel/records': { showsNoStudent: "the wheel's activities recorded done", walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/wheel/records` } },
  '/api/schools/:schoolId/reports': { showsNoStudent: 'every class in figures after an assessment round', walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/reports` } },
  // The demo school has one student whose birth date is missing (src/demo/generate-demo-school.ts).
  '/api/schools/:schoolId/students-without-birth-date': {
    shows: [
      { as: 'rektor', url: (w) => `/api/schools/${w.school}/students-without-birth-date` },
      { as: 'admin', url: (w) => `/api/schools/${w.school}/students-without-birth-date` },
    ],
  },
  '/api/ot/statistics': { showsNoStudent: "OT's counts without names, small ones hidden", walk: { as: 'skoleeier', url: () => '/api/ot/statistics' } },
  '/api/ot/statistics.csv': { showsNoStudent: "OT's counts without names as CSV, small ones hidden", walk: { as: 'ot', url: () => '/api/ot/statistics.csv' } },
  '/api/owner/ot-settings': { showsNoStudent: "the owner's OT age limit and målform", walk: { as: 'admin', url: () => '/api/owner/ot-settings' } },
  '/api/owner/fint-sync/schools': { showsNoStudent: "the owner's schools by name", walk: { as: 'admin', url: () => '/api/owner/fint-sync/schools' } },
  '/api/owner/fint-sync/runs': { showsNoStudent: 'FINT sync runs in numbers', walk: { as: 'admin', url: () => '/api/owner/fint-sync/runs' } },
  '/api/owner/fint-sync/runs/:runId': { showsNoStudent: "a FINT sync run's report: FINT's elevnummer and names, no student's file (its read is one entry for the run)", walk: { as: 'admin', url: (w) => `/api/owner/fint-sync/runs/${w.fintRun}` } },
  '/api/owner/fint-sync/schedules': { showsNoStudent: "the owner's daily FINT syncs", walk: { as: 'admin', url: () => '/api/owner/fint-sync/schedules' } },
  '/api/owner/feide-groups': { showsNoStudent: "staff's classes and teaching groups in Feide beside Varde's, by name", walk: { as: 'admin', url: () => '/api/owner/feide-groups' } },
  '/api/owner/second-factors': { showsNoStudent: 'leaders and administrators by name and username, and whether each has set up a second factor', walk: { as: 'admin', url: () => '/api/owner/second-factors' } },
  '/api/ot/advisors': { showsNoStudent: "the owner's OT advisors by name", walk: { as: 'ot', url: () => '/api/ot/advisors' } },

  '/api/schools/:schoolId/notice-settings': { showsNoStudent: "the school's notice language and whether the same-day notice is on", walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/notice-settings` } },
  '/api/schools/:schoolId/access-control/staff': { showsNoStudent: "the school's staff and their roles, to pick one for misuse control", walk: { as: 'rektor', url: (w) => `/api/schools/${w.school}/access-control/staff` } },

  '/api/me/students': { shows: [{ as: 'kontaktlaerer', url: () => '/api/me/students' }, { as: 'faglaerer', url: () => '/api/me/students' }] },
  '/api/me/tasks': { shows: [{ as: 'kontaktlaerer', url: () => '/api/me/tasks' }] },
  '/api/students/:studentId': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/students/${w.classStudent}` }] },
  '/api/students/:studentId/flags': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/students/${w.classStudent}/flags` }] },
  '/api/students/:studentId/cases': { shows: [{ as: 'rektor', url: (w) => `/api/students/${w.kase.studentId}/cases` }] },
  // The delivery log (issue 15): the student's, and a case's with the case's student named.
  '/api/students/:studentId/notices': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/students/${w.classStudent}/notices` }] },
  '/api/cases/:caseId/notices': { shows: [{ as: 'rektor', url: (w) => `/api/cases/${w.kase.id}/notices` }] },
  '/api/students/:studentId/home-contacts': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/students/${w.classStudent}/home-contacts` }] },
  '/api/students/:studentId/closer-follow-up': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/students/${w.classStudent}/closer-follow-up` }] },
  '/api/students/:studentId/subject-absence': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/students/${w.classStudent}/subject-absence` }] },
  '/api/students/:studentId/overgang': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/students/${w.classStudent}/overgang` }] },
  '/api/students/:studentId/overgang/incoming': { shows: [{ as: 'radgiver', url: (w) => `/api/students/${w.classStudent}/overgang/incoming` }] },
  '/api/students/:studentId/overgang/incoming/:fromStudentId': { shows: [{ as: 'radgiver', url: (w) => `/api/students/${w.classStudent}/overgang/incoming/${w.formerStudent}` }] },
  '/api/groups/:groupId/register': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/groups/${w.lesson.groupId}/register?date=${w.lesson.date}&lessonNumber=${w.lesson.lessonNumber}` }] },
  '/api/groups/:groupId/day-register': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/groups/${w.classId}/day-register?date=${TEST_TODAY}` }] },
  '/api/groups/:groupId/class-meeting': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/groups/${w.classId}/class-meeting` }, { as: 'rektor', url: (w) => `/api/groups/${w.classId}/class-meeting` }] },
  '/api/groups/:groupId/class-meetings': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/groups/${w.classId}/class-meetings` }] },
  '/api/classes/:groupId/weekly-check': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/classes/${w.classId}/weekly-check?on=${TEST_TODAY}` }] },
  '/api/schools/:schoolId/monthly-check': { shows: [{ as: 'rektor', url: (w) => `/api/schools/${w.school}/monthly-check` }] },
  '/api/schools/:schoolId/semester-check': { shows: [{ as: 'rektor', url: (w) => `/api/schools/${w.school}/semester-check` }] },
  '/api/schools/:schoolId/iko-workspace': { shows: [{ as: 'radgiver', url: (w) => `/api/schools/${w.school}/iko-workspace` }] },
  '/api/schools/:schoolId/implementation': { shows: [{ as: 'rektor', url: (w) => `/api/schools/${w.school}/implementation` }] },
  '/api/schools/:schoolId/pitfalls': { shows: [{ as: 'rektor', url: (w) => `/api/schools/${w.school}/pitfalls` }] },
  '/api/schools/:schoolId/unacted': { shows: [{ as: 'radgiver', url: (w) => `/api/schools/${w.school}/unacted` }] },
  '/api/classes/:classId/report': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/classes/${w.classId}/report` }, { as: 'rektor', url: (w) => `/api/classes/${w.classId}/report` }] },
  '/api/classes/:classId/report.pdf': { shows: [{ as: 'kontaktlaerer', url: (w) => `/api/classes/${w.classId}/report.pdf`, about: (w) => w.reportStudent }] },
  '/api/classes/:classId/report.xlsx': { shows: [{ as: 'rektor', url: (w) => `/api/classes/${w.classId}/report.xlsx`, about: (w) => w.reportStudent }] },
  '/api/cases': {
    shows: [
      { as: 'rektor', url: (w) => `/api/cases?scope=school&schoolId=${w.school}&status=alle` },
      { as: 'rektor', url: () => '/api/cases?status=alle' },
    ],
  },
  '/api/cases/:caseId': { shows: [{ as: 'rektor', url: (w) => `/api/cases/${w.kase.id}` }] },
  '/api/plans/:planId/versions/:version/pdf': { shows: [{ as: 'rektor', url: (w) => `/api/plans/${w.planId}/versions/1/pdf`, about: (w) => w.kase.studentId }] },
  '/api/meetings/:meetingId/summons.pdf': { shows: [{ as: 'rektor', url: (w) => `/api/meetings/${w.meetingId}/summons.pdf`, about: (w) => w.kase.studentId }] },
  '/api/conversations/:conversationId/minutes.pdf': { shows: [{ as: 'rektor', url: (w) => `/api/conversations/${w.conversationId}/minutes.pdf`, about: (w) => w.kase.studentId }] },
  '/api/calendar/feeds/:token': { shows: [{ as: 'rektor', url: (w) => w.calendarFeedPath, about: (w) => w.kase.studentId }] },
  '/api/meetings/:meetingId/invitation.ics': { shows: [{ as: 'rektor', url: (w) => `/api/meetings/${w.meetingId}/invitation.ics`, about: (w) => w.kase.studentId }] },
  '/api/ot/youth': { shows: [{ as: 'ot', url: () => '/api/ot/youth' }] },
  '/api/ot/youth/:youthId': { shows: [{ as: 'ot', url: (w) => `/api/ot/youth/${w.otYouth}` }] },
  '/api/ot/avklaringar': { shows: [{ as: 'ot', url: () => '/api/ot/avklaringar' }] },
  '/api/ot-avklaringar/:caseId': { shows: [{ as: 'ot', url: (w) => `/api/ot-avklaringar/${w.otAvklaring.id}` }] },
  '/api/ot-avklaringar/:caseId/meetings/:meetingId/summons.pdf': {
    shows: [{ as: 'ot', url: (w) => `/api/ot-avklaringar/${w.otAvklaring.id}/meetings/${w.otAvklaring.meetingId}/summons.pdf`, about: (w) => w.otAvklaring.studentId }],
  },
  '/api/ot-avklaringar/:caseId/agreement.pdf': { shows: [{ as: 'ot', url: (w) => `/api/ot-avklaringar/${w.otAvklaring.id}/agreement.pdf`, about: (w) => w.otAvklaring.studentId }] },
  // Innsyn i logg (issue 14, 5): the student's report shows the student; the staff log, each student the person read.
  '/api/students/:studentId/access-report': { shows: [{ as: 'rektor', url: (w) => `/api/students/${w.classStudent}/access-report` }] },
  '/api/students/:studentId/access-report.pdf': { shows: [{ as: 'rektor', url: (w) => `/api/students/${w.classStudent}/access-report.pdf`, about: (w) => w.classStudent }] },
  '/api/staff/:staffId/access-log': { shows: [{ as: 'rektor', url: () => `/api/staff/${people.kontaktlaerer.staffId}/access-log` }, { as: 'kontaktlaerer', url: () => `/api/staff/${people.kontaktlaerer.staffId}/access-log` }] },
  // Skolebytte (issue 13, 6): what a move involves, and the student's latest move (none here).
  '/api/students/:studentId/school-move/preview': { shows: [{ as: 'rektor', url: (w) => `/api/students/${w.classStudent}/school-move/preview` }] },
  '/api/students/:studentId/school-move': { shows: [{ as: 'rektor', url: (w) => `/api/students/${w.classStudent}/school-move` }, { as: 'admin', url: (w) => `/api/students/${w.classStudent}/school-move` }] },
};

const people = {} as Record<Username, SignedIn>;
let world: World;
let studentIds: Set<string>;

async function signInAs(username: string): Promise<SignedIn> {
  const signedIn = await signInTo(api.app, username);
  const token = signedIn.cookie.slice(signedIn.cookie.indexOf('=') + 1);
  return { ...signedIn, staffId: signedIn.session.staffId, sessionRef: sessionRefOf(token) };
}

beforeAll(async () => {
  const { db } = api.database;
  // Cases with a signed plan and a conversation, as `npm start` seeds them.
  await seedDemoCases(db, TEST_TODAY);
  for (const username of usernames) people[username] = await signInAs(username);
  studentIds = new Set((await db.select({ id: students.id }).from(students)).map((s) => s.id));

  const { kontaktlaerer, rektor } = people;
  const school = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  const mine = (await kontaktlaerer.call<MyStudents>('GET', '/api/me/students')).body;
  const ownClass = mine.groups.find((g) => g.relation === 'kontaktlaerer')!;
  let lesson: (MyLessons['lessons'][number] & { date: string }) | undefined;
  for (const date of ['2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16']) {
    const found = (await kontaktlaerer.call<MyLessons>('GET', `/api/me/lessons?date=${date}`)).body.lessons[0];
    if (found) {
      lesson = { ...found, date };
      break;
    }
  }
  if (!lesson) throw new Error('The demo teacher has no lessons the week before');
  const cases = (await rektor.call<{ cases: CaseSummary[] }>('GET', `/api/cases?scope=school&schoolId=${school}&status=alle`)).body.cases;
  let withPlan: CaseDetail | undefined;
  for (const c of cases) {
    const detail = (await rektor.call<CaseDetail>('GET', `/api/cases/${c.id}`)).body;
    if (detail.status === 'aapen' && detail.plans.length > 0 && detail.conversations.length > 0) withPlan = detail;
  }
  if (!withPlan) throw new Error('the demo cases have no open case with a plan and a conversation');
  const summoned = await rektor.call<CaseDetail>('POST', `/api/cases/${withPlan.id}/meetings`, {
    kind: 'evalueringsmote',
    startsAt: '2026-12-10T14:00:00+01:00',
    place: 'Møterom 2',
    invited: [{ name: withPlan.guardians[0]?.name ?? 'Foresatt', role: 'foresatt' }],
    purpose: 'Evaluere tiltaksplanen',
  });
  expect(summoned.status, JSON.stringify(summoned.body)).toBe(200);
  // Rektor takes part in the case and subscribes to a calendar: the feed shows the case's meeting.
  const joined = await rektor.call('POST', `/api/cases/${withPlan.id}/participants`, { staffId: rektor.session.staffId });
  expect([200, 409], JSON.stringify(joined.body)).toContain(joined.status);
  const calendarFeed = await rektor.call<{ path: string }>('POST', '/api/me/calendar-feed', { language: 'nb' });
  expect(calendarFeed.status, JSON.stringify(calendarFeed.body)).toBe(201);
  // An earlier class-teacher meeting with a decision, for its history.
  const decided = await kontaktlaerer.call('POST', `/api/groups/${ownClass.id}/class-meetings`, {
    heldOn: TEST_TODAY,
    present: ['Kontaktlærer'],
    decisions: [{ studentId: ownClass.students[0]!.id, text: 'Følges opp i samtale' }],
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);

  const report = (await kontaktlaerer.call<ClassReport>('GET', `/api/classes/${ownClass.id}/report`)).body;
  const reportStudent = report.studentsAtRisk[0]?.student.id ?? report.absenceConcerns[0]?.student.id ?? report.subjects.flatMap((s) => s.lowGradeStudents)[0]?.id;
  if (!reportStudent) throw new Error("the demo class's report names no student");

  // OT's side (issue 12): a student written out, and a clarification case OT takes part in, of two students no walk above shows.
  const named = new Set([...ownClass.students.map((s) => s.id), withPlan.student.id, reportStudent]);
  const [leaving, inAvklaring] = (await db.select({ id: students.id, ownerId: students.ownerId }).from(students).where(eq(students.schoolId, school)).orderBy(students.id)).filter((s) => !named.has(s.id));
  const departed = await rektor.call<{ otYouthId: string }>('POST', `/api/students/${leaving!.id}/departure`, { leftOn: TEST_TODAY, reason: 'SL', note: '' });
  expect(departed.status, JSON.stringify(departed.body)).toBe(201);
  const [avklaring] = await db
    .insert(casesTable)
    .values({ ownerId: inAvklaring!.ownerId, schoolId: school, studentId: inAvklaring!.id, kind: 'ot_avklaring', step: 'forebuing', openedFrom: 'manuelt', responsibleStaffId: rektor.staffId, stepStartedOn: TEST_TODAY, stepDueOn: '2026-12-07' })
    .returning({ id: casesTable.id });
  await db.insert(caseParticipants).values({ ownerId: inAvklaring!.ownerId, caseId: avklaring!.id, staffId: people.ot.staffId, role: 'deltaker' });
  await db.insert(otAvklaringar).values({ ownerId: inAvklaring!.ownerId, caseId: avklaring!.id, ground: 'fare_for_avbrot', opplysingar: {}, language: 'nb' });
  const [avklaringMeeting] = await db
    .insert(meetings)
    .values({ ownerId: inAvklaring!.ownerId, schoolId: school, caseId: avklaring!.id, kind: 'avklaringssamtale', startsAt: new Date(`${TEST_TODAY}T12:00:00+01:00`), place: 'Møterom 1', invited: [{ kind: 'elev', name: 'Eleven' }, { kind: 'ot', name: 'OT' }], summonsSentOn: TEST_TODAY })
    .returning({ id: meetings.id });

  const former = await addFormerSchool(db, { studentId: ownClass.students[0]!.id }, { consentGivenOn: '2026-11-02' });
  const [fintRun] = await db
    .insert(fintSyncRuns)
    .values({ ownerId: inAvklaring!.ownerId, schoolId: school, fintSchool: '38001', trigger: 'schedule', startedAt: new Date(), finishedAt: new Date(), status: 'rejected', report: { status: 'rejected', problems: [], durationMs: 1 } })
    .returning({ id: fintSyncRuns.id });
  world = {
    fintRun: fintRun!.id,
    formerStudent: former.studentId,
    school,
    grunnskole: people['gs-rektor'].session.roles.find((r) => r.role === 'skoleleder')!.schoolId!,
    classId: ownClass.id,
    classStudent: ownClass.students[0]!.id,
    lesson: { groupId: lesson.groupId, lessonNumber: lesson.lessonNumber, date: lesson.date },
    kase: { id: withPlan.id, studentId: withPlan.student.id },
    planId: withPlan.plans[0]!.id,
    meetingId: summoned.body.meetings[0]!.id,
    conversationId: withPlan.conversations[0]!.id,
    calendarFeedPath: calendarFeed.body.path,
    reportStudent,
    otYouth: departed.body.otYouthId,
    otAvklaring: { id: avklaring!.id, studentId: inAvklaring!.id, meetingId: avklaringMeeting!.id },
  };
});

/** Every student id anywhere in an answer. */
function studentsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && studentIds.has(value)) found.add(value);
  else if (Array.isArray(value)) value.forEach((v) => studentsIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => studentsIn(v, found));
  return found;
}

async function lastAuditId(): Promise<number> {
  const [row] = await api.database.db.select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)::int` }).from(auditLog);
  return row!.id;
}

/** Calls a URL as a person and returns the answer with the audit entries written meanwhile. */
async function callAudited(person: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  const before = await lastAuditId();
  const response = await api.app.inject({ method, url, payload: payload as object, headers: { cookie: person.cookie, 'x-csrf-token': person.session.csrfToken } });
  const entries = await api.database.db.select().from(auditLog).where(gt(auditLog.id, before));
  const json = String(response.headers['content-type'] ?? '').startsWith('application/json') ? (response.json() as unknown) : undefined;
  return { status: response.statusCode, json, entries };
}

/**
 * Routes no staff session reaches, whose audit entries another file checks: the home view (a
 * student's or guardian's session) and the providers' redirects.
 */
const walkedElsewhere: Record<string, string> = {
  '/api/home/session': 'the person of the home session, no student data: oidc-sign-in.db.test.ts',
  '/api/home/students/:studentId': "audited as 'home_overview' under the student: oidc-sign-in.db.test.ts",
  '/api/home/students/:studentId/access-report': "audited as 'home_access_report': oidc-sign-in.db.test.ts",
  '/api/home/students/:studentId/documents/:documentId': "audited as 'home_document': oidc-sign-in.db.test.ts",
  '/api/sign-in/:provider': 'a redirect to Feide or ID-porten',
  '/api/sign-in/callback/:provider': 'the sign-in itself, audited as sign_in or sign_in_failed: oidc-sign-in.db.test.ts',
};

const getRoutes = () => [...new Set(api.routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/')).map((r) => r.url))].sort();

describe('every view that shows a student is in the audit log, one entry per student', () => {
  it('has a walk for every GET route of the app', () => {
    expect(getRoutes().length).toBeGreaterThan(20);
    expect(getRoutes().filter((url) => !walks[url] && !walkedElsewhere[url])).toEqual([]);
    expect(Object.keys(walks).filter((url) => !getRoutes().includes(url))).toEqual([]);
  });

  it('writes a read entry, with address and session, for each student a view shows', async () => {
    const missing: string[] = [];
    const summary: string[] = [];
    for (const [route, walk] of Object.entries(walks)) {
      if (!('shows' in walk)) continue;
      for (const step of walk.shows) {
        const person = people[step.as];
        const url = step.url(world);
        const { status, json, entries } = await callAudited(person, 'GET', url);
        expect(status, `${step.as} GET ${url}`).toBe(200);
        const shown = json !== undefined ? studentsIn(json) : new Set([step.about!(world)]);
        // A student's own page shows the student even when its list (of contacts, say) is empty.
        const named = /\/students\/([0-9a-f-]{36})/.exec(url)?.[1];
        if (named) shown.add(named);
        expect(shown.size, `${step.as} GET ${route} shows no student: walk it where it does`).toBeGreaterThan(0);
        const reads = entries.filter((e) => e.action === 'read' && e.actorStaffId === person.staffId);
        for (const e of reads) {
          expect(e.address, route).toBe('127.0.0.1');
          expect(e.sessionRef, route).toBe(person.sessionRef);
        }
        const logged = new Set(reads.map((e) => e.studentId));
        for (const id of shown) if (!logged.has(id)) missing.push(`${step.as} GET ${route}: ${id}`);
        // One entry per student, not one per mention.
        expect(reads.length, route).toBe(new Set(reads.map((e) => `${e.entity}|${e.studentId}`)).size);
        summary.push(`| GET ${route} | ${step.as} | ${shown.size} | ${reads.length} |`);
      }
    }
    expect(missing).toEqual([]);
    // VARDE_AUDIT_SUMMARY=1: the students each view showed and the read entries it wrote.
    if (process.env.VARDE_AUDIT_SUMMARY) console.log(['\n| view | as | students shown | read entries |', '| --- | --- | --- | --- |', ...summary].join('\n'));
  });

  it('shows no student in the views that say so', async () => {
    for (const [route, walk] of Object.entries(walks)) {
      if ('shows' in walk) continue;
      const { status, json } = await callAudited(people[walk.walk.as], 'GET', walk.walk.url(world));
      expect(status, route).toBe(200);
      expect([...studentsIn(json)], `${route} shows students: move it to the walks that show them`).toEqual([]);
    }
  });
});

describe('every refusal is in the audit log', () => {
  const someId = '00000000-0000-4000-8000-000000000001';
  /** Each route's parameters filled with an id that names nothing, and what its query needs. */
  const fill = (url: string) => url.replace(/:version/, '1').replace(/:key/, 'vgs-standard').replace(/:kind/, 'absence').replace(/:[A-Za-z]+/g, someId);
  const query: Record<string, string> = {
    '/api/groups/:groupId/register': `?date=${TEST_TODAY}`,
    '/api/groups/:groupId/day-register': `?date=${TEST_TODAY}`,
    '/api/schools/:schoolId/checks': '?kind=manedssjekk',
    '/api/measures': `?schoolId=${someId}`,
    '/api/cases': `?scope=school&schoolId=${someId}`,
  };

  it('writes a refusal entry for every 403 and 404 a signed-in person is answered, on every route', async () => {
    const unlogged: string[] = [];
    let refusals = 0;
    // Not the session routes: signing out would end the walk.
    for (const route of api.routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/session') && r.method !== 'HEAD')) {
      for (const person of [people.faglaerer, people.skoleeier]) {
        const url = `${fill(route.url)}${query[route.url] ?? ''}`;
        const { status, entries } = await callAudited(person, route.method as 'GET', url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
        if (status !== 403 && status !== 404) continue;
        refusals += 1;
        const refusal = entries.find((e) => e.actorStaffId === person.staffId && (e.detail as { refused?: boolean } | null)?.refused === true);
        if (!refusal) unlogged.push(`${route.method} ${route.url} → ${status}`);
        else {
          expect(refusal.detail).toMatchObject({ status, method: route.method, route: route.url });
          expect(refusal.address).toBe('127.0.0.1');
          expect(refusal.sessionRef).toBe(person.sessionRef);
        }
      }
    }
    expect(refusals).toBeGreaterThan(20);
    expect(unlogged).toEqual([]);
  });

  it('names the student refused, and the need-to-know refusals of known objects', async () => {
    const { faglaerer, kontaktlaerer, rektor } = people;
    const cases: Array<[SignedIn, string, string | null]> = [
      [faglaerer, `/api/students/${world.kase.studentId}/flags`, world.kase.studentId],
      [faglaerer, `/api/cases/${world.kase.id}`, world.kase.studentId],
      [faglaerer, `/api/groups/${world.classId}/class-meeting`, null],
      [rektor, `/api/groups/${world.lesson.groupId}/register?date=${world.lesson.date}`, null],
      [rektor, `/api/groups/${world.classId}/day-register?date=${TEST_TODAY}`, null],
      [kontaktlaerer, `/api/schools/${world.school}/monthly-check`, null],
      [kontaktlaerer, `/api/schools/${world.school}/iko-workspace`, null],
      [kontaktlaerer, `/api/cases?scope=school&schoolId=${world.school}`, null],
    ];
    for (const [person, url, studentId] of cases) {
      const { status, entries } = await callAudited(person, 'GET', url);
      // A hidden object answers as a missing one (404); what is refused in part answers 403.
      expect([403, 404], url).toContain(status);
      expect(entries.filter((e) => (e.detail as { refused?: boolean }).refused), url).toEqual([
        expect.objectContaining({ actorStaffId: person.staffId, action: 'read', studentId, address: '127.0.0.1', sessionRef: person.sessionRef }),
      ]);
    }
  });
});

describe('sign-in, failed sign-in and sign-out are in the audit log', () => {
  const signInCall = (username: string, password: string) => api.app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: '192.0.2.7' });

  it('logs a sign-in with the new session, and the sign-out with the same', async () => {
    const before = await lastAuditId();
    const response = await signInCall('radgiver', DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'varde_session')!;
    const signedOut = await api.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: `varde_session=${cookie.value}`, 'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken },
      remoteAddress: '192.0.2.8',
    });
    expect(signedOut.statusCode).toBe(200);
    const entries = await api.database.db.select().from(auditLog).where(and(gt(auditLog.id, before), eq(auditLog.entity, 'session'))).orderBy(auditLog.id);
    expect(entries.map((e) => [e.action, e.address, e.sessionRef])).toEqual([
      ['sign_in', '192.0.2.7', sessionRefOf(cookie.value)],
      ['sign_out', '192.0.2.8', sessionRefOf(cookie.value)],
    ]);
    expect(entries[0]!.actorStaffId).toBe(people.radgiver.staffId);
  });

  it('logs a failed sign-in with the address, under the account’s owner or, for an unknown username, under no owner', async () => {
    const before = await lastAuditId();
    expect((await signInCall('rektor', 'not the password')).statusCode).toBe(401);
    expect((await signInCall('nobody-by-this-name', 'whatever')).statusCode).toBe(401);
    // In the order written: a select without an order follows the table's pages, which a busy file's earlier writes may have reused.
    const entries = await api.database.db.select().from(auditLog).where(gt(auditLog.id, before)).orderBy(auditLog.id);
    const failed = entries.filter((e) => e.action === 'sign_in_failed');
    expect(failed).toHaveLength(2);
    expect(failed.every((e) => e.address === '192.0.2.7' && e.sessionRef === null)).toBe(true);
    const [rektor] = await api.database.db.select({ ownerId: accounts.ownerId }).from(accounts).where(eq(accounts.username, 'rektor'));
    expect(failed[0]!.ownerId).toBe(rektor!.ownerId);
    expect(failed[1]!.ownerId).toBe(NO_OWNER);
    // The attempted username is not kept: it may be a password typed in the wrong field.
    expect(JSON.stringify(failed[1]!.detail ?? {})).not.toContain('nobody-by-this-name');
  });
});
