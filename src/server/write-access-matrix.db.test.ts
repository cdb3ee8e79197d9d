/**
 * The write-access matrix (issue 10): every state-changing route the app registers, tried by every
 * role on objects inside and outside the person's reach — the own class or group, another class or
 * group of the school, another school, and an id that names nothing.
 *
 * Each route has a row here; each row has probes, one per object, that say how to build the request
 * and who may. A route registered without its row fails the test, by name, so a new write cannot
 * slip in unchecked. Those who may get their answer (2xx, or 409 when an earlier probe already did
 * the thing); everyone else is refused with 400, 401, 403 or 404 and an error body that carries
 * nothing else. An id outside the person's reach — in the body, or an object in the path they cannot
 * see at all — answers exactly as an id that names nothing (`sameAs`): the same status, the same
 * words (docs/decisions/014-every-write-checked-per-object.md).
 *
 * VARDE_MATRIX_SUMMARY=1 prints the writes tried and refused per role; VARDE_MATRIX_TIMING=1 the
 * requests and CPU time per route.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  calendarBreaks,
  caseParticipants,
  cases,
  flags,
  grades as gradesTable,
  groupMemberships,
  groupTeachers,
  groups,
  guardians,
  homeContacts,
  meetings,
  notices,
  otAvklaringar,
  overgangConsents,
  overganger,
  owners,
  planVersions,
  schoolYears,
  schools,
  staff,
  staffRoles,
  studentGuardians,
  students,
  tasks,
  terms,
} from '../db/schema.js';
import { listRuleProfiles } from '../data/rule-profiles.js';
import { fakeCounty } from '../imports/fint/fake-fint-county.js';
import { startFakeFintServer, type FakeFintServer } from '../imports/fint/fake-fint-server.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import type { MyLessons } from '../shared/api.js';
import type { CaseDetail } from '../shared/case-api.js';
import type { LoggedTaskContact, StudentCloserFollowUps } from '../shared/follow-up-api.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { signInTo, useTestApp } from '../test/api-test-app.js';
import { addFormerSchool } from '../test/former-school-fixture.js';

const api = useTestApp();

// FINT for POST /api/owner/fint-sync, read by the route from the environment when it is called.
const fintVariables = ['FINT_BASE_URL', 'FINT_TOKEN_URL', 'FINT_CLIENT_ID', 'FINT_CLIENT_SECRET'] as const;
let fint: FakeFintServer | undefined;
beforeAll(async () => {
  fint = await startFakeFintServer(fakeCounty());
  Object.assign(process.env, { FINT_BASE_URL: fint.baseUrl, FINT_TOKEN_URL: fint.tokenUrl, FINT_CLIENT_ID: fint.clientId, FINT_CLIENT_SECRET: fint.clientSecret });
});
afterAll(async () => {
  for (const name of fintVariables) delete process.env[name];
  await fint?.close();
});

/** One demo sign-in per role (avdelingsleder is a second skoleleder), and nobody signed in. */
const people = ['anonymous', 'kontaktlaerer', 'faglaerer', 'radgiver', 'rektor', 'helsesykepleier', 'sosiallaerer', 'miljoterapeut', 'ot', 'skoleeier', 'admin'] as const;
type Who = (typeof people)[number];
const signedIn = people.filter((p) => p !== 'anonymous');

const leaders = ['radgiver', 'rektor'] as const satisfies readonly Who[];
/** Who moves a student to another school of the owner: the school's leadership and the owner's administrator. */
const movers = ['rektor', 'admin'] as const satisfies readonly Who[];
/** Who completes a missing birth date: the same, those who import the school's files. */
const completers = ['rektor', 'admin'] as const satisfies readonly Who[];
const atTheSchool = ['kontaktlaerer', 'faglaerer', 'radgiver', 'rektor', 'helsesykepleier', 'sosiallaerer', 'miljoterapeut'] as const satisfies readonly Who[];
const nobody = [] as const;

/** The objects of the matrix: the demo school (A), a second school (B) and ids that name nothing. */
interface World {
  schoolA: string;
  schoolB: string;
  /** In 1STA (the kontaktlærer's class) and in a teaching group the kontaktlærer teaches. */
  classStudent: string;
  /** Another student of 1STA. */
  classStudent2: string;
  /** In a teaching group of the faglærer, outside the kontaktlærer's groups. */
  subjectStudent: string;
  /** At school A, in none of the teachers' groups. */
  otherStudent: string;
  studentB: string;
  guardianOfClassStudent: string;
  guardianOfOtherStudent: string;
  guardianB: string;
  classGroup: string;
  /** The kontaktlærer's own teaching group, and a lesson of it. */
  contactTeachersGroup: { id: string; date: string; lessonNumber: number };
  /** The faglærer's teaching group, and a lesson of it. */
  subjectGroup: { id: string; date: string; lessonNumber: number };
  otherClass: string;
  otherTeachingGroup: string;
  classB: string;
  teachingGroupB: string;
  /** A member of staff at A without a sign-in, given a part in cases and taken out again. */
  outsiderA: string;
  staffB: string;
  /** 1STA's absence case: the kontaktlærer responsible, the helsesykepleier taking part. */
  ownCase: string;
  /** 1STA's school-environment case: the helsesykepleier responsible, rektor taking part; the kontaktlærer is not in it. */
  hiddenCase: string;
  /** Another class's IKO case: the rådgiver responsible, rektor taking part. */
  otherCase: string;
  caseB: string;
  ownPlan: string;
  otherPlan: string;
  planB: string;
  classFlag: string;
  subjectFlag: string;
  otherFlag: string;
  flagB: string;
  classMark: string;
  otherMark: string;
  markB: string;
  /** Tasks to mark done: the kontaktlærer's, the rådgiver's, one at school B. */
  taskOfContactTeacher: string;
  taskOfRadgiver: string;
  taskB: string;
  /** "Contact home" tasks, done by logging the contact. */
  contactTaskOfContactTeacher: string;
  contactTaskB: string;
  /** Contacts just logged from a task, to take back. */
  contactOfContactTeacher: string;
  contactB: string;
  /** Students written out by the departure row, one per relation (a written-out student is OT's). */
  leaving: { ofClass: string; ofGroup: string; ofOtherClass: string };
  /** Students the skolebytte row moves to the owner's other school, one per relation, and one of school B. */
  moving: { ofClass: string; ofGroup: string; ofOtherClass: string; atB: string };
  /** A school of another owner (the municipality's ungdomsskole). */
  otherOwnersSchool: string;
  /** A youth in OT's list (a student of school A written out), and the OT advisor. */
  youth: string;
  otAdvisor: string;
  /**
   * Clarification cases with OT (issue 12), prepared so that a meeting may be summoned: 1STA's (the
   * kontaktlærer responsible), another class's (the rådgiver responsible, rektor taking part), both
   * with the OT advisor taking part; and one at school B.
   */
  ownAvklaring: string;
  otherAvklaring: string;
  avklaringB: string;
  /** Summons not sent (no channel is configured here), in the cases above and, outside a case, about the class student. */
  notices: { ownCase: string; hiddenCase: string; otherCase: string; caseB: string; classStudent: string };
}

/** Ids that name nothing: one for every kind, so that an answer cannot tell kinds apart. */
const missing = '00000000-0000-4000-8000-00000000dead';

interface Request {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  /** A file upload in the field "file". */
  file?: { name: string; content: string };
  /** A session of its own (signing out must not end the session the rest of the matrix uses). */
  freshSession?: boolean;
  /** Ends every session of the person: the matrix signs them in again after it. */
  endsEverySession?: boolean;
}

interface Probe {
  /** What the request is aimed at, for the report. */
  object: string;
  /** The request, given the world; may first put back what an earlier probe changed. */
  request: (w: World, who: Who) => Omit<Request, 'method'> | Promise<Omit<Request, 'method'>>;
  /** Who may: for them the request passes the access checks. */
  may: readonly Who[];
  /** Only these try it (the default: everyone). */
  by?: readonly Who[];
  /**
   * Refused, the answer is exactly that of this probe (the same request with an id that names
   * nothing): to a person who cannot see the object, it is not there.
   */
  sameAs?: string;
  /** Those who see the object but may not do this: they may be told so (403) rather than "not found". */
  seenBy?: readonly Who[];
}

/** A row per state-changing route, keyed `METHOD url` as Fastify registers it. */
type Row = {
  public?: true;
  probes: Probe[];
  /** Why those who may are answered 409 only, here: the access check passed, and what follows cannot be done in this app. */
  conflictOnly?: string;
};

const json = (url: string, body?: unknown) => ({ url, body });
const overgangSummary = { causes: ['Grua seg for friminutta'], helped: ['Fast vaksen i friminutta'], contactPerson: { name: 'Tone Tidlegare', role: 'Kontaktlærar', phone: null, email: null }, note: null };

/** What an allowed probe of this route may answer. */
const done = [200, 201, 204, 409];

const tiltaksplan = {
  kind: 'tiltaksplan',
  content: {
    longTermGoals: ['Komme tilbake til skolen.'],
    shortTermGoals: ['Møte til første time hver dag.'],
    rows: [{ maintainingFactor: 'Gruer seg', measure: 'Fast voksen om morgenen', measureCode: null, responsible: 'Kontaktlærer', planB: 'Telefon hjem', evaluation: '' }],
    startsOn: TEST_TODAY,
    endsOn: '2026-12-11',
    evaluationMeeting: { on: '2026-12-10', time: '14:00', place: 'Møterom 2' },
  },
};

/** The cases a case route is tried on: who may see and write in each. */
const caseProbes = (path: (caseId: string) => string, body: (w: World) => unknown): Probe[] => [
  { object: 'own case', request: (w) => json(path(w.ownCase), body(w)), may: ['kontaktlaerer', 'helsesykepleier', 'rektor'] },
  { object: "own student's case I am not in", request: (w) => json(path(w.hiddenCase), body(w)), may: ['helsesykepleier', 'rektor'], sameAs: 'no such case' },
  { object: "another class's case", request: (w) => json(path(w.otherCase), body(w)), may: ['radgiver', 'rektor'], sameAs: 'no such case' },
  { object: 'case at another school', request: (w) => json(path(w.caseB), body(w)), may: nobody, sameAs: 'no such case' },
  { object: 'no such case', request: () => json(path(missing), body({} as World)), may: nobody },
];

/** The students a student route is tried on: full access (kontaktlærer of the class, rådgiver, leadership). */
const studentProbes = (path: (studentId: string) => string, body: unknown, mayOwn: readonly Who[] = ['kontaktlaerer', ...leaders]): Probe[] => [
  { object: 'student of own class', request: (w) => json(path(w.classStudent), body), may: mayOwn },
  { object: 'student of own teaching group', request: (w) => json(path(w.subjectStudent), body), may: leaders },
  { object: 'student of another class', request: (w) => json(path(w.otherStudent), body), may: leaders, sameAs: 'no such student' },
  { object: 'student at another school', request: (w) => json(path(w.studentB), body), may: nobody, sameAs: 'no such student' },
  { object: 'no such student', request: () => json(path(missing), body), may: nobody },
];

const planProbes = (path: (planId: string) => string, body: (planId: string) => unknown | Promise<unknown>): Probe[] => [
  { object: 'plan of own case', request: async (w) => json(path(w.ownPlan), await body(w.ownPlan)), may: ['kontaktlaerer', 'helsesykepleier', 'rektor'] },
  { object: "plan of another class's case", request: async (w) => json(path(w.otherPlan), await body(w.otherPlan)), may: ['radgiver', 'rektor'], sameAs: 'no such plan' },
  { object: 'plan at another school', request: async (w) => json(path(w.planB), await body(w.planB)), may: nobody, sameAs: 'no such plan' },
  { object: 'no such plan', request: async () => json(path(missing), await body(missing)), may: nobody },
];

/** The clarification cases a route of the school's side is tried on: participants (the OT advisor among them) and leadership may. */
const inOwnAvklaring = ['kontaktlaerer', 'rektor', 'ot'] as const satisfies readonly Who[];
const avklaringProbes = (path: (caseId: string) => string, body: (w: World) => unknown): Probe[] => [
  { object: 'own clarification case', request: (w) => json(path(w.ownAvklaring), body(w)), may: inOwnAvklaring },
  { object: "another class's clarification case", request: (w) => json(path(w.otherAvklaring), body(w)), may: ['radgiver', 'rektor', 'ot'], sameAs: 'no such clarification case' },
  { object: 'clarification case at another school', request: (w) => json(path(w.avklaringB), body(w)), may: nobody, sameAs: 'no such clarification case' },
  { object: 'a follow-up case', request: (w) => json(path(w.ownCase), body(w)), may: nobody, sameAs: 'no such clarification case' },
  { object: 'no such clarification case', request: () => json(path(missing), body({} as World)), may: nobody },
];
/** A meeting's outcome is tried on a meeting that waits for it: each try gets a fresh one (pendingMeeting). */
const avklaringMeetingProbes = (action: string, body: unknown): Probe[] => {
  const path = (caseId: string, meetingId: string) => `/api/ot-avklaringar/${caseId}/meetings/${meetingId}/${action}`;
  return [
    { object: 'own clarification case', request: async (w) => json(path(w.ownAvklaring, await pendingMeeting(w.ownAvklaring)), body), may: inOwnAvklaring },
    { object: "another class's clarification case", request: async (w) => json(path(w.otherAvklaring, await pendingMeeting(w.otherAvklaring)), body), may: ['radgiver', 'rektor', 'ot'], sameAs: 'no such clarification case' },
    { object: 'clarification case at another school', request: async (w) => json(path(w.avklaringB, await pendingMeeting(w.avklaringB)), body), may: nobody, sameAs: 'no such clarification case' },
    { object: 'no such clarification case', request: () => json(path(missing, missing), body), may: nobody },
    { object: 'own clarification case, no such meeting', request: (w) => json(path(w.ownAvklaring, missing), body), may: nobody, by: inOwnAvklaring },
    { object: "own clarification case, another case's meeting", request: async (w) => json(path(w.ownAvklaring, await pendingMeeting(w.avklaringB)), body), may: nobody, by: inOwnAvklaring, sameAs: 'own clarification case, no such meeting' },
  ];
};

const reachesOwnCase = ['kontaktlaerer', 'helsesykepleier', 'rektor'] as const satisfies readonly Who[];
const runsOwnCase = ['kontaktlaerer', 'rektor'] as const satisfies readonly Who[];
const reachesClass = ['kontaktlaerer', ...leaders] as const satisfies readonly Who[];

/** Puts `outsiderA` back into a case, so that each try to remove them finds them there. */
async function ensureParticipant(caseId: string, staffId: string) {
  const { db } = api.database;
  const ownerId = await ownerOf();
  await db.insert(caseParticipants).values({ ownerId, caseId, staffId, role: 'deltaker' }).onConflictDoNothing();
}
async function staffWithUsername(username: string) {
  const [account] = await api.database.db.select({ staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, username));
  return account!.staffId;
}
let owner: string | undefined;
async function ownerOf() {
  // The county's: the demo accounts of this matrix are its school's.
  owner ??= (await api.database.db.select({ ownerId: schools.ownerId }).from(schools).where(eq(schools.name, 'Varde videregående skole')))[0]!.ownerId;
  return owner;
}

const rows: Record<string, Row> = {
  'POST /api/session': {
    public: true,
    probes: [
      // Anyone may sign in with their own account; nobody signed in uses a sign-in of its own.
      { object: 'own account', request: (_w, who) => json('/api/session', { username: who === 'anonymous' ? 'avdelingsleder' : who, password: DEMO_PASSWORD }), may: people },
      { object: 'no such account', request: () => json('/api/session', { username: 'ingen-slik-bruker', password: 'feil-passord' }), may: nobody, by: ['anonymous'] },
    ],
  },
  'DELETE /api/session': {
    probes: [{ object: 'own session', request: () => ({ url: '/api/session', freshSession: true }), may: signedIn }],
  },
  'DELETE /api/sessions': {
    probes: [{ object: 'every own session', request: () => ({ url: '/api/sessions', freshSession: true, endsEverySession: true }), may: signedIn }],
  },
  // A second factor's code finishes a sign-in begun with a password: a forged challenge gets nobody in (the rest: second-factor.db.test.ts).
  // Tried once, by nobody signed in: each refusal counts against the address in the sign-in throttle.
  'POST /api/session/second-factor': {
    public: true,
    probes: [{ object: 'forged challenge', request: () => json('/api/session/second-factor', { challenge: 'v1.forged.challenge.x', code: '123456' }), may: nobody, by: ['anonymous'] }],
  },
  // A lost phone: the owner's administrator resets anyone of the owner's second factor, nobody else's.
  'DELETE /api/staff/:staffId/second-factor': {
    probes: [
      { object: 'staff of the owner', request: (w) => json(`/api/staff/${w.staffB}/second-factor`), may: ['admin'] },
      { object: "another owner's staff", request: async () => json(`/api/staff/${await staffWithUsername('gs-rektor')}/second-factor`), may: nobody, sameAs: 'no such staff' },
      { object: 'no such staff', request: () => json(`/api/staff/${missing}/second-factor`), may: nobody },
    ],
  },
  // The calendar feed is the person's own (issue 11, 8): made, replaced and revoked by its person only.
  'POST /api/me/calendar-feed': {
    probes: [{ object: 'own calendar feed', request: () => json('/api/me/calendar-feed', { language: 'nb' }), may: signedIn }],
  },
  'DELETE /api/me/calendar-feed': {
    probes: [{ object: 'own calendar feed', request: () => ({ url: '/api/me/calendar-feed' }), may: signedIn }],
  },

  // Sending a notice again (issue 15): by those who may write where it was sent — in its case, or on its student's page.
  'POST /api/notices/:noticeId/resend': {
    conflictOnly: 'no notice channel is configured in this app: a resend that passes the access check finds no channel (notices.db.test.ts sends one)',
    probes: [
      { object: 'notice in own case', request: (w) => json(`/api/notices/${w.notices.ownCase}/resend`), may: ['kontaktlaerer', 'helsesykepleier', 'rektor'] },
      { object: "notice in own student's case I am not in", request: (w) => json(`/api/notices/${w.notices.hiddenCase}/resend`), may: ['helsesykepleier', 'rektor'], sameAs: 'no such notice' },
      { object: "notice in another class's case", request: (w) => json(`/api/notices/${w.notices.otherCase}/resend`), may: ['radgiver', 'rektor'], sameAs: 'no such notice' },
      { object: 'notice in a case at another school', request: (w) => json(`/api/notices/${w.notices.caseB}/resend`), may: nobody, sameAs: 'no such notice' },
      { object: 'notice about a student of own class, outside a case', request: (w) => json(`/api/notices/${w.notices.classStudent}/resend`), may: reachesClass, sameAs: 'no such notice' },
      { object: 'no such notice', request: () => json(`/api/notices/${missing}/resend`), may: nobody },
    ],
  },
  // The school's notice settings: its skoleleder's.
  'PUT /api/schools/:schoolId/notice-settings': {
    probes: [
      { object: 'own school', request: (w) => json(`/api/schools/${w.schoolA}/notice-settings`, { language: 'nb', sameDayAbsenceNotice: false, phone: null }), may: ['rektor'] },
      { object: 'another school', request: (w) => json(`/api/schools/${w.schoolB}/notice-settings`, { language: 'nb', sameDayAbsenceNotice: false, phone: null }), may: nobody },
      { object: 'no such school', request: () => json(`/api/schools/${missing}/notice-settings`, { language: 'nb', sameDayAbsenceNotice: false, phone: null }), may: nobody },
    ],
  },

  'POST /api/flags/:flagId/decision': {
    probes: [
      { object: 'flag of own class', request: (w) => json(`/api/flags/${w.classFlag}/decision`, { decision: 'avvis', reason: 'Kjent forklaring' }), may: reachesClass },
      { object: 'flag of own teaching group', request: (w) => json(`/api/flags/${w.subjectFlag}/decision`, { decision: 'avvis', reason: 'Kjent forklaring' }), may: leaders },
      { object: 'flag of another class', request: (w) => json(`/api/flags/${w.otherFlag}/decision`, { decision: 'avvis', reason: 'Kjent forklaring' }), may: leaders, sameAs: 'no such flag' },
      { object: 'flag at another school', request: (w) => json(`/api/flags/${w.flagB}/decision`, { decision: 'avvis', reason: 'Kjent forklaring' }), may: nobody, sameAs: 'no such flag' },
      { object: 'no such flag', request: () => json(`/api/flags/${missing}/decision`, { decision: 'avvis', reason: 'Kjent forklaring' }), may: nobody },
    ],
  },

  'POST /api/tasks/:taskId/done': {
    probes: [
      { object: 'own task', request: (w) => json(`/api/tasks/${w.taskOfContactTeacher}/done`), may: ['kontaktlaerer'] },
      { object: "a colleague's task", request: (w) => json(`/api/tasks/${w.taskOfRadgiver}/done`), may: ['radgiver'], sameAs: 'no such task' },
      { object: 'task at another school', request: (w) => json(`/api/tasks/${w.taskB}/done`), may: nobody, sameAs: 'no such task' },
      { object: 'no such task', request: () => json(`/api/tasks/${missing}/done`), may: nobody },
    ],
  },
  'POST /api/tasks/:taskId/contact': {
    probes: [
      { object: 'own task', request: (w) => json(`/api/tasks/${w.contactTaskOfContactTeacher}/contact`, { outcome: 'naadd' }), may: ['kontaktlaerer'] },
      { object: 'task at another school', request: (w) => json(`/api/tasks/${w.contactTaskB}/contact`, { outcome: 'naadd' }), may: nobody, sameAs: 'no such task' },
      { object: 'no such task', request: () => json(`/api/tasks/${missing}/contact`, { outcome: 'naadd' }), may: nobody },
    ],
  },
  'POST /api/home-contacts/:contactId/undo': {
    probes: [
      { object: 'contact I just logged', request: (w) => json(`/api/home-contacts/${w.contactOfContactTeacher}/undo`), may: ['kontaktlaerer'] },
      { object: 'contact at another school', request: (w) => json(`/api/home-contacts/${w.contactB}/undo`), may: nobody, sameAs: 'no such contact' },
      { object: 'no such contact', request: () => json(`/api/home-contacts/${missing}/undo`), may: nobody },
    ],
  },

  'POST /api/students/:studentId/closer-follow-up': {
    probes: studentProbes((id) => `/api/students/${id}/closer-follow-up`, { reason: 'Mye fravær', reviewOn: '2026-12-14' }),
  },
  'POST /api/closer-follow-ups/:markId/review': {
    probes: [
      { object: 'mark in own class', request: (w) => json(`/api/closer-follow-ups/${w.classMark}/review`, { decision: 'forleng', reviewOn: '2026-12-15' }), may: reachesClass },
      { object: 'mark in another class', request: (w) => json(`/api/closer-follow-ups/${w.otherMark}/review`, { decision: 'forleng', reviewOn: '2026-12-15' }), may: leaders, sameAs: 'no such mark' },
      { object: 'mark at another school', request: (w) => json(`/api/closer-follow-ups/${w.markB}/review`, { decision: 'forleng', reviewOn: '2026-12-15' }), may: nobody, sameAs: 'no such mark' },
      { object: 'no such mark', request: () => json(`/api/closer-follow-ups/${missing}/review`, { decision: 'forleng', reviewOn: '2026-12-15' }), may: nobody },
    ],
  },

  'POST /api/groups/:groupId/day-register': {
    probes: [
      { object: 'own class', request: (w) => json(`/api/groups/${w.classGroup}/day-register`, { date: '2026-11-20', entries: [{ studentId: w.classStudent, status: 'tilstede' }] }), may: ['kontaktlaerer'] },
      { object: 'another class', request: (w) => json(`/api/groups/${w.otherClass}/day-register`, { date: '2026-11-20', entries: [{ studentId: w.otherStudent, status: 'tilstede' }] }), may: nobody },
      { object: 'class at another school', request: (w) => json(`/api/groups/${w.classB}/day-register`, { date: '2026-11-20', entries: [{ studentId: w.studentB, status: 'tilstede' }] }), may: nobody },
      { object: 'no such class', request: (w) => json(`/api/groups/${missing}/day-register`, { date: '2026-11-20', entries: [{ studentId: w.classStudent, status: 'tilstede' }] }), may: nobody },
      { object: 'own class, no such student', request: (w) => json(`/api/groups/${w.classGroup}/day-register`, { date: '2026-11-20', entries: [{ studentId: missing, status: 'tilstede' }] }), may: nobody, by: ['kontaktlaerer'] },
      { object: 'own class, student of another class', request: (w) => json(`/api/groups/${w.classGroup}/day-register`, { date: '2026-11-20', entries: [{ studentId: w.otherStudent, status: 'tilstede' }] }), may: nobody, by: ['kontaktlaerer'], sameAs: 'own class, no such student' },
      { object: 'own class, student at another school', request: (w) => json(`/api/groups/${w.classGroup}/day-register`, { date: '2026-11-20', entries: [{ studentId: w.studentB, status: 'tilstede' }] }), may: nobody, by: ['kontaktlaerer'], sameAs: 'own class, no such student' },
    ],
  },
  'POST /api/groups/:groupId/attendance': {
    probes: [
      { object: 'own teaching group (kontaktlærer)', request: (w) => json(`/api/groups/${w.contactTeachersGroup.id}/attendance`, lesson(w.contactTeachersGroup, w.classStudent)), may: ['kontaktlaerer'] },
      { object: 'own teaching group (faglærer)', request: (w) => json(`/api/groups/${w.subjectGroup.id}/attendance`, lesson(w.subjectGroup, w.subjectStudent)), may: ['faglaerer'] },
      { object: 'another teaching group', request: (w) => json(`/api/groups/${w.otherTeachingGroup}/attendance`, lesson(w.subjectGroup, w.otherStudent)), may: nobody },
      { object: 'group at another school', request: (w) => json(`/api/groups/${w.teachingGroupB}/attendance`, lesson(w.subjectGroup, w.studentB)), may: nobody },
      { object: 'no such group', request: (w) => json(`/api/groups/${missing}/attendance`, lesson(w.subjectGroup, w.subjectStudent)), may: nobody },
      { object: 'own group, no such student', request: (w) => json(`/api/groups/${w.subjectGroup.id}/attendance`, lesson(w.subjectGroup, missing)), may: nobody, by: ['faglaerer'] },
      { object: 'own group, student of another group', request: (w) => json(`/api/groups/${w.subjectGroup.id}/attendance`, lesson(w.subjectGroup, w.otherStudent)), may: nobody, by: ['faglaerer'], sameAs: 'own group, no such student' },
      { object: 'own group, student at another school', request: (w) => json(`/api/groups/${w.subjectGroup.id}/attendance`, lesson(w.subjectGroup, w.studentB)), may: nobody, by: ['faglaerer'], sameAs: 'own group, no such student' },
    ],
  },
  'POST /api/students/:studentId/notices': {
    probes: studentProbes((id) => `/api/students/${id}/notices`, { date: '2026-11-20', cause: 'Syk', documented: false }),
  },
  'POST /api/groups/:groupId/grades': {
    probes: [
      { object: 'own teaching group (kontaktlærer)', request: (w) => json(`/api/groups/${w.contactTeachersGroup.id}/grades`, grades(w.classStudent)), may: ['kontaktlaerer'] },
      { object: 'own teaching group (faglærer)', request: (w) => json(`/api/groups/${w.subjectGroup.id}/grades`, grades(w.subjectStudent)), may: ['faglaerer'] },
      { object: 'another teaching group', request: (w) => json(`/api/groups/${w.otherTeachingGroup}/grades`, grades(w.otherStudent)), may: nobody },
      { object: 'group at another school', request: (w) => json(`/api/groups/${w.teachingGroupB}/grades`, grades(w.studentB)), may: nobody },
      { object: 'no such group', request: (w) => json(`/api/groups/${missing}/grades`, grades(w.subjectStudent)), may: nobody },
      { object: 'own group, no such student', request: (w) => json(`/api/groups/${w.subjectGroup.id}/grades`, grades(missing)), may: nobody, by: ['faglaerer'] },
      { object: 'own group, student of another group', request: (w) => json(`/api/groups/${w.subjectGroup.id}/grades`, grades(w.otherStudent)), may: nobody, by: ['faglaerer'], sameAs: 'own group, no such student' },
      { object: 'own group, student at another school', request: (w) => json(`/api/groups/${w.subjectGroup.id}/grades`, grades(w.studentB)), may: nobody, by: ['faglaerer'], sameAs: 'own group, no such student' },
      { object: 'own group (kontaktlærer), no such student', request: (w) => json(`/api/groups/${w.contactTeachersGroup.id}/grades`, grades(missing)), may: nobody, by: ['kontaktlaerer'] },
      { object: "own group, a colleague's student", request: (w) => json(`/api/groups/${w.contactTeachersGroup.id}/grades`, grades(w.subjectStudent)), may: nobody, by: ['kontaktlaerer'], sameAs: 'own group (kontaktlærer), no such student' },
      { object: 'own group, a student at another school', request: (w) => json(`/api/groups/${w.contactTeachersGroup.id}/grades`, grades(w.studentB)), may: nobody, by: ['kontaktlaerer'], sameAs: 'own group (kontaktlærer), no such student' },
    ],
  },

  'POST /api/schools/:schoolId/checks': {
    probes: [
      { object: 'own school', request: (w) => json(`/api/schools/${w.schoolA}/checks`, monthly), may: leaders },
      { object: 'another school', request: (w) => json(`/api/schools/${w.schoolB}/checks`, monthly), may: nobody },
      { object: 'no such school', request: () => json(`/api/schools/${missing}/checks`, monthly), may: nobody },
      { object: 'own class', request: (w) => json(`/api/schools/${w.schoolA}/checks`, weekly(w.classGroup)), may: ['kontaktlaerer'] },
      { object: 'no such class', request: (w) => json(`/api/schools/${w.schoolA}/checks`, weekly(missing)), may: nobody, by: atTheSchool },
      { object: 'another class', request: (w) => json(`/api/schools/${w.schoolA}/checks`, weekly(w.otherClass)), may: nobody, by: atTheSchool, sameAs: 'no such class' },
      { object: 'class at another school', request: (w) => json(`/api/schools/${w.schoolA}/checks`, weekly(w.classB)), may: nobody, by: atTheSchool, sameAs: 'no such class' },
      { object: 'own class, review of the absence record', request: (w) => json(`/api/schools/${w.schoolA}/checks`, protokoll(w.classGroup)), may: ['kontaktlaerer'] },
      { object: 'another class, review of the absence record', request: (w) => json(`/api/schools/${w.schoolA}/checks`, protokoll(w.otherClass)), may: nobody, by: atTheSchool, sameAs: 'no such class' },
      { object: 'own school, no such participant', request: (w) => json(`/api/schools/${w.schoolA}/checks`, { ...monthly, participants: [missing] }), may: nobody, by: leaders },
      { object: 'own school, participant at another school', request: (w) => json(`/api/schools/${w.schoolA}/checks`, { ...monthly, participants: [w.staffB] }), may: nobody, by: leaders, sameAs: 'own school, no such participant' },
    ],
  },

  'PUT /api/rule-profiles/:key': {
    probes: [
      { object: 'the owner’s profile', request: async () => json('/api/rule-profiles/iko-vgs', await currentProfile('iko-vgs')), may: ['admin'] },
      { object: 'no such profile', request: async () => json('/api/rule-profiles/finnes-ikke', await currentProfile('iko-vgs')), may: nobody },
    ],
  },

  'POST /api/schools/:schoolId/imports/:kind': {
    probes: [
      // A file that is refused whole: the route is reached, nothing is written.
      { object: 'own school', request: (w) => ({ url: `/api/schools/${w.schoolA}/imports/absence`, file: badFile }), may: ['rektor', 'admin'] },
      { object: 'another school', request: (w) => ({ url: `/api/schools/${w.schoolB}/imports/absence`, file: badFile }), may: ['admin'] },
      { object: 'no such school', request: () => ({ url: `/api/schools/${missing}/imports/absence`, file: badFile }), may: nobody },
    ],
  },
  'POST /api/owner/imports/:kind': {
    // Files that are refused whole: the route is reached, no school is created or changed.
    probes: [
      { object: "the owner's schools", request: () => ({ url: '/api/owner/imports/schools', file: badSchoolsFile }), may: ['admin'] },
      { object: "a OneRoster set for the owner's schools", request: () => ({ url: '/api/owner/imports/oneroster', file: badFile }), may: ['admin'] },
    ],
  },
  'POST /api/owner/fint-sync': {
    // The fake FINT has no school 99999: the administrator's sync answers with that problem, and nothing is stored.
    probes: [
      { object: "the owner's school", request: (w) => json('/api/owner/fint-sync', { schoolId: w.schoolA, fintSchool: '99999' }), may: ['admin'] },
      { object: 'no such school', request: () => json('/api/owner/fint-sync', { schoolId: missing, fintSchool: '38001' }), may: nobody },
    ],
  },
  'PUT /api/owner/fint-sync/schedules/:schoolId': {
    probes: [
      { object: "the owner's school", request: (w) => json(`/api/owner/fint-sync/schedules/${w.schoolA}`, { fintSchool: '38001', timeOfDay: '05:30', enabled: false }), may: ['admin'] },
      { object: 'no such school', request: () => json(`/api/owner/fint-sync/schedules/${missing}`, { fintSchool: '38001', timeOfDay: '05:30', enabled: false }), may: nobody },
    ],
  },

  'POST /api/students/:studentId/cases': {
    probes: [
      ...studentProbes((id) => `/api/students/${id}/cases`, { kind: 'iko', openedFrom: 'manuelt', reason: 'Lite motivasjon' }),
      { object: 'responsible: no such person', request: (w) => json(`/api/students/${w.classStudent2}/cases`, { ...absenceCase, responsibleStaffId: missing }), may: nobody, by: reachesClass },
      { object: 'responsible: staff at another school', request: (w) => json(`/api/students/${w.classStudent2}/cases`, { ...absenceCase, responsibleStaffId: w.staffB }), may: nobody, by: reachesClass, sameAs: 'responsible: no such person' },
      { object: 'no such flag', request: (w) => json(`/api/students/${w.classStudent2}/cases`, { ...absenceCase, openedFrom: 'flagg', flagId: missing }), may: nobody, by: reachesClass },
      { object: "another student's flag", request: (w) => json(`/api/students/${w.classStudent2}/cases`, { ...absenceCase, openedFrom: 'flagg', flagId: w.otherFlag }), may: nobody, by: reachesClass, sameAs: 'no such flag' },
      { object: 'flag at another school', request: (w) => json(`/api/students/${w.classStudent2}/cases`, { ...absenceCase, openedFrom: 'flagg', flagId: w.flagB }), may: nobody, by: reachesClass, sameAs: 'no such flag' },
    ],
  },
  'POST /api/cases/:caseId/participants': {
    probes: [
      // Who takes part is changed by the one responsible and by leadership, not by every participant (issue 10, 3).
      { object: 'own case', request: (w) => json(`/api/cases/${w.ownCase}/participants`, { staffId: w.outsiderA }), may: runsOwnCase },
      { object: 'case I am responsible for', request: (w) => json(`/api/cases/${w.hiddenCase}/participants`, { staffId: w.outsiderA }), may: ['helsesykepleier', 'rektor'] },
      { object: "another class's case", request: (w) => json(`/api/cases/${w.otherCase}/participants`, { staffId: w.outsiderA }), may: ['radgiver', 'rektor'], sameAs: 'no such case' },
      { object: 'case at another school', request: (w) => json(`/api/cases/${w.caseB}/participants`, { staffId: w.outsiderA }), may: nobody, sameAs: 'no such case' },
      { object: 'no such case', request: (w) => json(`/api/cases/${missing}/participants`, { staffId: w.outsiderA }), may: nobody },
      { object: 'own case, no such person', request: (w) => json(`/api/cases/${w.ownCase}/participants`, { staffId: missing }), may: nobody, by: reachesOwnCase },
      { object: 'own case, staff at another school', request: (w) => json(`/api/cases/${w.ownCase}/participants`, { staffId: w.staffB }), may: nobody, by: reachesOwnCase, sameAs: 'own case, no such person' },
    ],
  },
  'DELETE /api/cases/:caseId/participants/:staffId': {
    probes: [
      { object: 'own case', request: async (w) => (await ensureParticipant(w.ownCase, w.outsiderA), json(`/api/cases/${w.ownCase}/participants/${w.outsiderA}`)), may: runsOwnCase },
      { object: 'case I am responsible for', request: async (w) => (await ensureParticipant(w.hiddenCase, w.outsiderA), json(`/api/cases/${w.hiddenCase}/participants/${w.outsiderA}`)), may: ['helsesykepleier', 'rektor'] },
      { object: "another class's case", request: async (w) => (await ensureParticipant(w.otherCase, w.outsiderA), json(`/api/cases/${w.otherCase}/participants/${w.outsiderA}`)), may: ['radgiver', 'rektor'] },
      { object: 'case at another school', request: (w) => json(`/api/cases/${w.caseB}/participants/${w.outsiderA}`), may: nobody, sameAs: 'no such case' },
      { object: 'no such case', request: (w) => json(`/api/cases/${missing}/participants/${w.outsiderA}`), may: nobody },
      { object: 'own case, no such person', request: (w) => json(`/api/cases/${w.ownCase}/participants/${missing}`), may: nobody, by: reachesOwnCase },
      { object: 'own case, staff at another school', request: (w) => json(`/api/cases/${w.ownCase}/participants/${w.staffB}`), may: nobody, by: reachesOwnCase, sameAs: 'own case, no such person' },
    ],
  },
  'POST /api/cases/:caseId/conversations': {
    probes: caseProbes((id) => `/api/cases/${id}/conversations`, () => ({ guide: 'fritt', heldOn: '2026-11-20', participants: [{ name: 'Eleven', role: 'elev' }], summary: 'Samtale om oppmøte' })),
  },
  'POST /api/cases/:caseId/home-contacts': {
    probes: [
      ...caseProbes((id) => `/api/cases/${id}/home-contacts`, () => homeContact(null)),
      { object: 'own case, no such guardian', request: (w) => json(`/api/cases/${w.ownCase}/home-contacts`, homeContact(missing)), may: nobody, by: reachesOwnCase },
      { object: "own case, another student's guardian", request: (w) => json(`/api/cases/${w.ownCase}/home-contacts`, homeContact(w.guardianOfOtherStudent)), may: nobody, by: reachesOwnCase, sameAs: 'own case, no such guardian' },
      { object: 'own case, guardian at another school', request: (w) => json(`/api/cases/${w.ownCase}/home-contacts`, homeContact(w.guardianB)), may: nobody, by: reachesOwnCase, sameAs: 'own case, no such guardian' },
      { object: "own case, the student's guardian", request: (w) => json(`/api/cases/${w.ownCase}/home-contacts`, homeContact(w.guardianOfClassStudent)), may: reachesOwnCase, by: reachesOwnCase },
    ],
  },
  'POST /api/cases/:caseId/referrals': {
    probes: caseProbes((id) => `/api/cases/${id}/referrals`, () => ({ kind: 'helsesykepleier', referredOn: '2026-11-20', reason: 'Sover dårlig' })),
  },
  'POST /api/cases/:caseId/meetings': {
    probes: caseProbes((id) => `/api/cases/${id}/meetings`, () => ({ kind: 'annet', startsAt: '2026-11-30T14:00:00+01:00', place: 'Møterom 1', invited: [{ name: 'Foresatt', role: 'foresatt' }], purpose: 'Snakke om oppmøte' })),
  },
  // After the home contacts: the own case's first step is then done, and moves on.
  'POST /api/cases/:caseId/transitions': {
    probes: caseProbes((id) => `/api/cases/${id}/transitions`, () => ({ type: 'advance' })),
  },

  'POST /api/cases/:caseId/plans': {
    probes: caseProbes((id) => `/api/cases/${id}/plans`, () => tiltaksplan),
  },
  'PUT /api/plans/:planId': {
    probes: planProbes((id) => `/api/plans/${id}`, async (planId) => ({ basedOnVersion: await latestVersion(planId), content: tiltaksplan.content })),
  },
  // Before the signatures: a signed version needs no sharing (409).
  'POST /api/plans/:planId/versions/:version/share-with-home': {
    probes: planProbes((id) => `/api/plans/${id}/versions/1/share-with-home`, () => ({})),
  },
  'POST /api/plans/:planId/versions/:version/signatures': {
    probes: planProbes((id) => `/api/plans/${id}/versions/1/signatures`, () => ({ signatures: [{ name: 'Foresatt', role: 'foresatt', method: 'papir', signedOn: '2026-11-23' }] })),
  },
  // The home view answers a home session only (Feide or ID-porten, src/server/routes/home-routes.ts):
  // a staff session, of any role, gets nowhere. Who may do what there: oidc-sign-in.db.test.ts.
  'DELETE /api/home/session': {
    public: true,
    probes: [{ object: 'a home session (none here)', request: () => json('/api/home/session'), may: nobody }],
  },
  'POST /api/home/students/:studentId/plans/:planId/versions/:version/signature': {
    public: true,
    probes: [{ object: 'own plan of the home', request: (w) => json(`/api/home/students/${missing}/plans/${w.ownPlan}/versions/1/signature`), may: nobody }],
  },
  'PUT /api/home/students/:studentId/guardian-consents/:guardianId': {
    public: true,
    probes: [{ object: "an adult student's guardian", request: () => json(`/api/home/students/${missing}/guardian-consents/${missing}`), may: nobody }],
  },
  'DELETE /api/home/students/:studentId/guardian-consents/:guardianId': {
    public: true,
    probes: [{ object: "an adult student's guardian", request: () => json(`/api/home/students/${missing}/guardian-consents/${missing}`), may: nobody }],
  },
  'POST /api/plans/:planId/evaluations': {
    probes: planProbes((id) => `/api/plans/${id}/evaluations`, () => ({ version: 1, evaluatedOn: '2026-11-23', satisfactory: true })),
  },

  'POST /api/groups/:groupId/class-meetings': {
    probes: [
      { object: 'own class', request: (w) => json(`/api/groups/${w.classGroup}/class-meetings`, meeting([])), may: reachesClass },
      { object: 'another class', request: (w) => json(`/api/groups/${w.otherClass}/class-meetings`, meeting([])), may: leaders },
      { object: 'a teaching group', request: (w) => json(`/api/groups/${w.otherTeachingGroup}/class-meetings`, meeting([])), may: nobody },
      { object: 'class at another school', request: (w) => json(`/api/groups/${w.classB}/class-meetings`, meeting([])), may: nobody },
      { object: 'no such class', request: () => json(`/api/groups/${missing}/class-meetings`, meeting([])), may: nobody },
      { object: 'own class, no such student', request: (w) => json(`/api/groups/${w.classGroup}/class-meetings`, meeting([{ studentId: missing, text: 'Følge med' }])), may: nobody, by: reachesClass },
      { object: 'own class, student of another class', request: (w) => json(`/api/groups/${w.classGroup}/class-meetings`, meeting([{ studentId: w.otherStudent, text: 'Følge med' }])), may: nobody, by: reachesClass, sameAs: 'own class, no such student' },
      { object: 'own class, student at another school', request: (w) => json(`/api/groups/${w.classGroup}/class-meetings`, meeting([{ studentId: w.studentB, text: 'Følge med' }])), may: nobody, by: reachesClass, sameAs: 'own class, no such student' },
      { object: 'own class, no such case', request: (w) => json(`/api/groups/${w.classGroup}/class-meetings`, meeting([{ studentId: w.classStudent, text: 'Følge med', caseId: missing }])), may: nobody, by: reachesClass },
      { object: "own class, another student's case", request: (w) => json(`/api/groups/${w.classGroup}/class-meetings`, meeting([{ studentId: w.classStudent, text: 'Følge med', caseId: w.otherCase }])), may: nobody, by: reachesClass, sameAs: 'own class, no such case' },
      { object: "own class, the student's case I am not in", request: (w) => json(`/api/groups/${w.classGroup}/class-meetings`, meeting([{ studentId: w.classStudent, text: 'Følge med', caseId: w.hiddenCase }])), may: ['rektor'], by: reachesClass, sameAs: 'own class, no such case' },
    ],
  },
  'POST /api/schools/:schoolId/wheel/changes': {
    probes: [
      { object: 'own school', request: (w) => json(`/api/schools/${w.schoolA}/wheel/changes`, wheelChange), may: ['rektor'] },
      { object: 'another school', request: (w) => json(`/api/schools/${w.schoolB}/wheel/changes`, wheelChange), may: nobody },
      { object: 'no such school', request: () => json(`/api/schools/${missing}/wheel/changes`, wheelChange), may: nobody },
      { object: 'named: no such person', request: (w) => json(`/api/schools/${w.schoolA}/wheel/changes`, naming(missing)), may: nobody, by: ['rektor'] },
      { object: 'named: a person of another school', request: (w) => json(`/api/schools/${w.schoolA}/wheel/changes`, naming(w.staffB)), may: nobody, by: ['rektor'], sameAs: 'named: no such person' },
    ],
  },
  'POST /api/schools/:schoolId/wheel/records': {
    probes: [
      { object: 'own school', request: (w) => json(`/api/schools/${w.schoolA}/wheel/records`, schoolRecord), may: leaders },
      { object: 'another school', request: (w) => json(`/api/schools/${w.schoolB}/wheel/records`, schoolRecord), may: nobody },
      { object: 'no such school', request: () => json(`/api/schools/${missing}/wheel/records`, schoolRecord), may: nobody },
      { object: 'own class', request: (w) => json(`/api/schools/${w.schoolA}/wheel/records`, classRecord(w.classGroup)), may: ['kontaktlaerer', ...leaders] },
      { object: 'no such class', request: (w) => json(`/api/schools/${w.schoolA}/wheel/records`, classRecord(missing)), may: nobody, by: atTheSchool },
      { object: 'another class', request: (w) => json(`/api/schools/${w.schoolA}/wheel/records`, classRecord(w.otherClass)), may: leaders, by: atTheSchool },
      { object: 'class at another school', request: (w) => json(`/api/schools/${w.schoolA}/wheel/records`, classRecord(w.classB)), may: nobody, by: atTheSchool, sameAs: 'no such class' },
    ],
  },
  'POST /api/schools/:schoolId/measures': {
    probes: [
      { object: 'own school', request: (w) => json(`/api/schools/${w.schoolA}/measures`, measure), may: atTheSchool },
      { object: 'another school', request: (w) => json(`/api/schools/${w.schoolB}/measures`, measure), may: nobody },
      { object: 'no such school', request: () => json(`/api/schools/${missing}/measures`, measure), may: nobody },
    ],
  },
  'POST /api/students/:studentId/teacher-reports': {
    probes: [
      { object: 'student of own class', request: (w) => json(`/api/students/${w.classStudent}/teacher-reports`, report), may: ['kontaktlaerer'] },
      { object: 'student of own teaching group', request: (w) => json(`/api/students/${w.subjectStudent}/teacher-reports`, report), may: ['faglaerer'] },
      { object: 'student of another class', request: (w) => json(`/api/students/${w.otherStudent}/teacher-reports`, report), may: nobody, sameAs: 'no such student', seenBy: leaders },
      { object: 'student at another school', request: (w) => json(`/api/students/${w.studentB}/teacher-reports`, report), may: nobody, sameAs: 'no such student' },
      { object: 'no such student', request: () => json(`/api/students/${missing}/teacher-reports`, report), may: nobody },
    ],
  },

  // Oppfølgingstenesta (issue 12). Writing out uses students of its own: a written-out student is OT's.
  'POST /api/students/:studentId/departure': {
    probes: [
      { object: 'student of own class', request: (w) => json(`/api/students/${w.leaving.ofClass}/departure`, departure), may: leaders },
      { object: 'student of own teaching group', request: (w) => json(`/api/students/${w.leaving.ofGroup}/departure`, departure), may: leaders },
      { object: 'student of another class', request: (w) => json(`/api/students/${w.leaving.ofOtherClass}/departure`, departure), may: leaders, sameAs: 'no such student' },
      { object: 'student at another school', request: (w) => json(`/api/students/${w.studentB}/departure`, departure), may: nobody, sameAs: 'no such student' },
      { object: 'no such student', request: () => json(`/api/students/${missing}/departure`, departure), may: nobody },
    ],
  },
  // The overgang (issue 13, part 5): the former school's side is of those who see all of the student; receiving is leadership's.
  'PUT /api/students/:studentId/overgang/summary': {
    probes: studentProbes((id) => `/api/students/${id}/overgang/summary`, { summary: overgangSummary }),
  },
  'POST /api/students/:studentId/overgang/consents': {
    probes: studentProbes((id) => `/api/students/${id}/overgang/consents`, { givenBy: 'elev', givenOn: TEST_TODAY }),
  },
  'POST /api/students/:studentId/overgang/consents/:consentId/revoke': {
    probes: [
      { object: 'student of own class', request: async (w) => json(`/api/students/${w.classStudent}/overgang/consents/${await consentOf(w.classStudent)}/revoke`, revocation), may: reachesClass },
      { object: 'student of own teaching group', request: async (w) => json(`/api/students/${w.subjectStudent}/overgang/consents/${await consentOf(w.subjectStudent)}/revoke`, revocation), may: leaders },
      { object: 'student of another class', request: async (w) => json(`/api/students/${w.otherStudent}/overgang/consents/${await consentOf(w.otherStudent)}/revoke`, revocation), may: leaders, sameAs: 'no such student' },
      { object: 'student at another school', request: async (w) => json(`/api/students/${w.studentB}/overgang/consents/${await consentOf(w.studentB)}/revoke`, revocation), may: nobody, sameAs: 'no such student' },
      { object: 'no such student', request: () => json(`/api/students/${missing}/overgang/consents/${missing}/revoke`, revocation), may: nobody },
      { object: 'own student, no such consent', request: (w) => json(`/api/students/${w.classStudent}/overgang/consents/${missing}/revoke`, revocation), may: nobody, by: reachesClass },
    ],
  },
  'POST /api/students/:studentId/overgang/incoming/:fromStudentId/ask': {
    probes: [
      { object: 'student of own class', request: async (w) => json(`/api/students/${w.classStudent}/overgang/incoming/${await formerOf(w.classStudent)}/ask`), may: leaders },
      { object: 'student of own teaching group', request: async (w) => json(`/api/students/${w.subjectStudent}/overgang/incoming/${await formerOf(w.subjectStudent)}/ask`), may: leaders },
      { object: 'student of another class', request: async (w) => json(`/api/students/${w.otherStudent}/overgang/incoming/${await formerOf(w.otherStudent)}/ask`), may: leaders, sameAs: 'no such student' },
      { object: 'student at another school', request: async (w) => json(`/api/students/${w.studentB}/overgang/incoming/${await formerOf(w.studentB)}/ask`), may: nobody, sameAs: 'no such student' },
      { object: 'no such student', request: () => json(`/api/students/${missing}/overgang/incoming/${missing}/ask`), may: nobody },
      { object: 'own student, no such former student', request: (w) => json(`/api/students/${w.classStudent}/overgang/incoming/${missing}/ask`), may: nobody, by: leaders },
    ],
  },
  'POST /api/ot/youth/:youthId/entries': {
    probes: [
      { object: "a youth in OT's list", request: (w) => json(`/api/ot/youth/${w.youth}/entries`, otNote), may: ['ot'] },
      { object: 'no such youth', request: () => json(`/api/ot/youth/${missing}/entries`, otNote), may: nobody },
    ],
  },
  'PUT /api/ot/youth/:youthId/advisor': {
    probes: [
      { object: "a youth in OT's list", request: (w) => json(`/api/ot/youth/${w.youth}/advisor`, { staffId: w.otAdvisor }), may: ['ot'] },
      { object: 'no such youth', request: (w) => json(`/api/ot/youth/${missing}/advisor`, { staffId: w.otAdvisor }), may: nobody },
      { object: 'a youth, no such advisor', request: (w) => json(`/api/ot/youth/${w.youth}/advisor`, { staffId: missing }), may: nobody, by: ['ot'] },
      { object: 'a youth, staff who are not OT', request: (w) => json(`/api/ot/youth/${w.youth}/advisor`, { staffId: w.staffB }), may: nobody, by: ['ot'], sameAs: 'a youth, no such advisor' },
    ],
  },
  'PUT /api/owner/ot-settings': {
    probes: [{ object: "the owner's OT settings", request: async () => json('/api/owner/ot-settings', await currentOtSettings()), may: ['admin'] }],
  },

  // The school's side of the clarification meeting with OT (issue 12): those who see all of the student open it; its participants and leadership write in it.
  'POST /api/students/:studentId/ot-avklaring': {
    probes: [
      ...studentProbes((id) => `/api/students/${id}/ot-avklaring`, { ground: 'fare_for_avbrot', reason: 'Snakkar om å slutte' }),
      { object: 'responsible: no such person', request: (w) => json(`/api/students/${w.classStudent2}/ot-avklaring`, { ...avklaringOpening, responsibleStaffId: missing }), may: nobody, by: reachesClass },
      { object: 'responsible: staff at another school', request: (w) => json(`/api/students/${w.classStudent2}/ot-avklaring`, { ...avklaringOpening, responsibleStaffId: w.staffB }), may: nobody, by: reachesClass, sameAs: 'responsible: no such person' },
      { object: 'from: no such flag', request: (w) => json(`/api/students/${w.classStudent2}/ot-avklaring`, { ...avklaringOpening, flagId: missing }), may: nobody, by: reachesClass },
      { object: "from: another student's flag", request: (w) => json(`/api/students/${w.classStudent2}/ot-avklaring`, { ...avklaringOpening, flagId: w.otherFlag }), may: nobody, by: reachesClass, sameAs: 'from: no such flag' },
      { object: 'from: no such case', request: (w) => json(`/api/students/${w.classStudent2}/ot-avklaring`, { ...avklaringOpening, fromCaseId: missing }), may: nobody, by: reachesClass },
      { object: "from: another student's case", request: (w) => json(`/api/students/${w.classStudent2}/ot-avklaring`, { ...avklaringOpening, fromCaseId: w.otherCase }), may: nobody, by: reachesClass, sameAs: 'from: no such case' },
      { object: 'from: a case at another school', request: (w) => json(`/api/students/${w.classStudent2}/ot-avklaring`, { ...avklaringOpening, fromCaseId: w.caseB }), may: nobody, by: reachesClass, sameAs: 'from: no such case' },
    ],
  },
  'POST /api/ot-avklaringar/:caseId/preparation': {
    probes: [
      ...avklaringProbes((id) => `/api/ot-avklaringar/${id}/preparation`, () => ({ item: 'ressursteam', on: '2026-11-20', note: 'Drøfta' })),
      { object: 'own clarification case, OT: no such person', request: (w) => json(`/api/ot-avklaringar/${w.ownAvklaring}/preparation`, otContacted(missing)), may: nobody, by: inOwnAvklaring },
      { object: 'own clarification case, OT: staff at another school', request: (w) => json(`/api/ot-avklaringar/${w.ownAvklaring}/preparation`, otContacted(w.staffB)), may: nobody, by: inOwnAvklaring, sameAs: 'own clarification case, OT: no such person' },
      { object: 'own clarification case, OT: school staff who are not OT', request: (w) => json(`/api/ot-avklaringar/${w.ownAvklaring}/preparation`, otContacted(w.outsiderA)), may: nobody, by: inOwnAvklaring, sameAs: 'own clarification case, OT: no such person' },
    ],
  },
  'PUT /api/ot-avklaringar/:caseId/opplysingar': {
    probes: avklaringProbes((id) => `/api/ot-avklaringar/${id}/opplysingar`, () => opplysingar),
  },
  'PUT /api/ot-avklaringar/:caseId/agreement': {
    probes: avklaringProbes((id) => `/api/ot-avklaringar/${id}/agreement`, () => ({ agreement: { whatCameUp: 'Eleven vil prøve vidare.' } })),
  },
  'POST /api/ot-avklaringar/:caseId/meetings': {
    probes: [
      ...avklaringProbes((id) => `/api/ot-avklaringar/${id}/meetings`, () => avklaringSummons),
      { object: 'own clarification case, no such person', request: (w) => json(`/api/ot-avklaringar/${w.ownAvklaring}/meetings`, summonsNaming(missing)), may: nobody, by: inOwnAvklaring },
      { object: 'own clarification case, staff at another school', request: (w) => json(`/api/ot-avklaringar/${w.ownAvklaring}/meetings`, summonsNaming(w.staffB)), may: nobody, by: inOwnAvklaring, sameAs: 'own clarification case, no such person' },
    ],
  },
  'POST /api/ot-avklaringar/:caseId/meetings/:meetingId/no-show': {
    probes: avklaringMeetingProbes('no-show', { contact: { channel: 'telefon', who: 'Mor', outcome: 'ikke_naadd' }, unclearWhetherLeaving: true }),
  },
  'POST /api/ot-avklaringar/:caseId/meetings/:meetingId/cancel': {
    probes: avklaringMeetingProbes('cancel', { reason: 'OT kan ikkje kome' }),
  },
  'POST /api/ot-avklaringar/:caseId/meetings/:meetingId/held': {
    probes: avklaringMeetingProbes('held', { present: [0, 1, 2, 3, 4], signedBy: ['Eleven'] }),
  },
  // Last: closing ends what the rows above may write.
  'POST /api/ot-avklaringar/:caseId/close': {
    probes: avklaringProbes((id) => `/api/ot-avklaringar/${id}/close`, () => ({ note: 'Eleven held fram' })),
  },

  // Skolebytte (issue 13, 6): the school's leadership or the owner's administrator moves a student to the owner's other school.
  // Each try moves its student (without open cases) to the school it is not at; the second try of a day is refused (409).
  'POST /api/students/:studentId/school-move': {
    probes: [
      { object: 'student of own class, to no such school', request: (w) => json(`/api/students/${w.moving.ofClass}/school-move`, schoolMove(missing)), may: nobody, by: ['rektor'] },
      {
        object: "student of own class, to another owner's school",
        request: (w) => json(`/api/students/${w.moving.ofClass}/school-move`, schoolMove(w.otherOwnersSchool)),
        may: nobody,
        by: ['rektor'],
        sameAs: 'student of own class, to no such school',
      },
      { object: 'student of own class', request: async (w) => json(`/api/students/${w.moving.ofClass}/school-move`, schoolMove(await otherSchoolOf(w, w.moving.ofClass))), may: movers },
      { object: 'student of own teaching group', request: async (w) => json(`/api/students/${w.moving.ofGroup}/school-move`, schoolMove(await otherSchoolOf(w, w.moving.ofGroup))), may: movers },
      {
        object: 'student of another class',
        request: async (w) => json(`/api/students/${w.moving.ofOtherClass}/school-move`, schoolMove(await otherSchoolOf(w, w.moving.ofOtherClass))),
        may: movers,
        sameAs: 'no such student',
        seenBy: ['radgiver'],
      },
      { object: 'student at another school', request: async (w) => json(`/api/students/${w.moving.atB}/school-move`, schoolMove(await otherSchoolOf(w, w.moving.atB))), may: ['admin'], sameAs: 'no such student' },
      { object: 'no such student', request: (w) => json(`/api/students/${missing}/school-move`, schoolMove(w.schoolB)), may: nobody },
    ],
  },
  // A missing birth date (issue 17) is completed by the school's leadership and the owner's administrator.
  // Last of the rows: each probe first takes the student's birth date away, so that there is one to complete.
  'PUT /api/students/:studentId/birth-date': {
    probes: [
      { object: 'student of own class', request: async (w) => birthDateOf(w.classStudent), may: completers },
      { object: 'student of another class', request: async (w) => birthDateOf(w.otherStudent), may: completers, sameAs: 'no such student', seenBy: ['radgiver'] },
      { object: 'student at another school', request: async (w) => birthDateOf(w.studentB), may: ['admin'], sameAs: 'no such student' },
      { object: 'no such student', request: () => json(`/api/students/${missing}/birth-date`, { birthDate: '2010-06-01' }), may: nobody },
    ],
  },
};

/** The request that completes the student's birth date, once it has been taken away again. */
async function birthDateOf(studentId: string) {
  await api.database.db.update(students).set({ birthDate: null }).where(eq(students.id, studentId));
  return json(`/api/students/${studentId}/birth-date`, { birthDate: '2010-06-01' });
}

const lesson = (at: { date: string; lessonNumber: number }, studentId: string) => ({ date: at.date, lessonNumber: at.lessonNumber, entries: [{ studentId, status: 'tilstede' }] });
const grades = (studentId: string) => ({ kind: 'midtveis', givenOn: '2026-11-20', entries: [{ studentId, value: '4' }] });
const monthly = { kind: 'manedssjekk', periodFrom: '2026-11-01', periodTo: '2026-11-22', meetingOn: '2026-11-20' };
const weekly = (groupId: string) => ({ kind: 'ukesjekk', groupId, periodFrom: '2026-11-16', periodTo: '2026-11-22' });
const protokoll = (groupId: string) => ({ kind: 'fravaersprotokoll', groupId, periodFrom: '2026-11-16', periodTo: '2026-11-30' });
const absenceCase = { kind: 'fravaer', openedFrom: 'manuelt', reason: 'Mye fravær' };
const homeContact = (guardianId: string | null) => ({ contactedAt: '2026-11-23T09:00:00+01:00', guardianId, contactedName: guardianId ? null : 'Mor', channel: 'telefon', outcome: 'naadd' });
const meeting = (decisions: unknown[]) => ({ heldOn: '2026-11-23', present: ['Kontaktlærer'], decisions });
const wheelChange = { baseVersion: 0, edits: [{ kind: 'fjern', activity: 'kartlegging_c' }] };
const naming = (staffId: string) => ({ baseVersion: 0, edits: [{ kind: 'navngi', role: 'radgiver', classId: null, staffIds: [staffId] }] });
const schoolRecord = { activity: 'inntaksanalyse', classId: null, doneOn: TEST_TODAY, decisions: 'Prioriteringsliste satt opp.' };
const classRecord = (classId: string) => ({ activity: 'registrering_host', classId, doneOn: TEST_TODAY });
const measure = { title: 'Fast voksen om morgenen', category: 'Oppmøte', level: 'individ', arena: 'skole', caseKinds: ['fravaer'] };
const report = { kind: 'mistrivsel', text: 'Virker lei seg i timene' };
const badFile = { name: 'fravaer.csv', content: 'ikke;en;fravaersfil\n1;2;3\n' };
const badSchoolsFile = { name: 'skoler.csv', content: 'skolenavn;organisasjonsnummer;skoleslag;kommune\nNy skole;123;grunnskole;Varde\n' };
const departure = { leftOn: TEST_TODAY, reason: 'SL', note: '' };
const schoolMove = (toSchoolId: string) => ({ toSchoolId, movedOn: TEST_TODAY, note: '', cases: [] });
/** The school of the owner the student is not at: A or B. */
async function otherSchoolOf(w: World, studentId: string) {
  const [row] = await api.database.db.select({ schoolId: students.schoolId }).from(students).where(eq(students.id, studentId));
  return row?.schoolId === w.schoolA ? w.schoolB : w.schoolA;
}
const revocation = { revokedBy: 'elev', revokedOn: TEST_TODAY };
/** A consent to revoke, one per student: the summary and the consent put straight in, as the former school recorded them. */
const consents = new Map<string, Promise<string>>();
function consentOf(studentId: string): Promise<string> {
  if (!consents.has(studentId)) {
    consents.set(
      studentId,
      (async () => {
        const { db } = api.database;
        const [student] = await db.select({ ownerId: students.ownerId, schoolId: students.schoolId }).from(students).where(eq(students.id, studentId));
        const [someone] = await db.select({ id: staff.id }).from(staff).where(eq(staff.ownerId, student!.ownerId)).limit(1);
        const [overgang] = await db
          .insert(overganger)
          .values({ ownerId: student!.ownerId, schoolId: student!.schoolId, studentId, summary: overgangSummary, preparedBy: someone!.id })
          .onConflictDoUpdate({ target: [overganger.ownerId, overganger.studentId], set: { summary: overgangSummary } })
          .returning({ id: overganger.id });
        const [consent] = await db.insert(overgangConsents).values({ ownerId: student!.ownerId, overgangId: overgang!.id, givenBy: 'elev', givenOn: '2026-11-02', recordedBy: someone!.id }).returning({ id: overgangConsents.id });
        return consent!.id;
      })(),
    );
  }
  return consents.get(studentId)!;
}
/** A former school of another owner where the student had a case, one per student (src/test/former-school-fixture.ts). */
const formers = new Map<string, Promise<string>>();
function formerOf(studentId: string): Promise<string> {
  if (!formers.has(studentId)) formers.set(studentId, addFormerSchool(api.database.db, { studentId }).then((f) => f.studentId));
  return formers.get(studentId)!;
}
const otNote = { kind: 'notat', on: TEST_TODAY, text: 'Ringte, ingen svar' };
const avklaringOpening = { ground: 'fare_for_avbrot', reason: 'Snakkar om å slutte' };
const otContacted = (otStaffId: string) => ({ item: 'ot_kontakta', on: TEST_TODAY, otStaffId });
const opplysingar = { programme: 'Studiespesialisering', className: '1STA', absence: 'Mykje', grades: 'IV i matematikk', earlierMeasures: 'Tiltaksplan', background: 'Vil slutte' };
const avklaringParticipants = [
  { kind: 'leiing', name: 'Rektor' },
  { kind: 'kontaktlaerar', name: 'Kontaktlærar' },
  { kind: 'elev', name: 'Eleven' },
  { kind: 'ot', name: 'OT-rådgjevar' },
  { kind: 'foresett', name: 'Mor' },
];
const avklaringSummons = { startsAt: '2026-11-23T08:00:00+01:00', place: 'Møterom 1', participants: avklaringParticipants };
const summonsNaming = (staffId: string) => ({ ...avklaringSummons, participants: [...avklaringParticipants, { kind: 'ppt', name: 'PPT', staffId }] });

/** Puts the clarification case back to a summoned meeting that waits for its outcome, and gives that meeting's id. */
async function pendingMeeting(caseId: string) {
  const { db } = api.database;
  const [kase] = await db.select({ ownerId: cases.ownerId, schoolId: cases.schoolId }).from(cases).where(eq(cases.id, caseId));
  await db.update(cases).set({ step: 'samtale', status: 'aapen' }).where(eq(cases.id, caseId));
  await db.update(otAvklaringar).set({ signedAt: null, signatures: [] }).where(eq(otAvklaringar.caseId, caseId));
  const [made] = await db
    .insert(meetings)
    .values({ ownerId: kase!.ownerId, schoolId: kase!.schoolId, caseId, kind: 'avklaringssamtale', startsAt: new Date(avklaringSummons.startsAt), place: 'Møterom 1', invited: avklaringParticipants, summonsSentOn: TEST_TODAY })
    .returning({ id: meetings.id });
  return made!.id;
}

async function currentOtSettings() {
  const [row] = await api.database.db.select({ ageLimit: owners.otAgeLimit, runsTo: owners.otLimitRunsTo, maalform: owners.maalform }).from(owners).where(eq(owners.id, await ownerOf()));
  return row!;
}

async function currentProfile(key: string) {
  const { profile } = (await listRuleProfiles(api.database.db, await ownerOf())).find((p) => p.profile.key === key)!;
  return { baseVersion: profile.version, rules: profile.rules };
}
async function latestVersion(planId: string) {
  const rows = await api.database.db.select({ version: planVersions.version }).from(planVersions).where(eq(planVersions.planId, planId));
  return Math.max(1, ...rows.map((r) => r.version));
}

interface Answer {
  status: number;
  body: unknown;
}
interface Session {
  cookie: string;
  csrfToken: string;
}

const sessions = new Map<Who, Session>();
const staffIds = new Map<Who, string>();
let world: World;

async function send(who: Who, request: Request, options: { csrf?: boolean } = {}): Promise<Answer> {
  let session = sessions.get(who);
  if (request.freshSession && who !== 'anonymous') {
    const fresh = await signInTo(api.app, who);
    session = { cookie: fresh.cookie, csrfToken: fresh.session.csrfToken };
  }
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (options.csrf !== false) headers['x-csrf-token'] = session.csrfToken;
  }
  let payload: string | object | undefined = request.body as object | undefined;
  if (request.file) {
    const boundary = 'matrix-boundary';
    headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
    payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${request.file.name}"\r\nContent-Type: text/csv\r\n\r\n${request.file.content}\r\n--${boundary}--\r\n`;
  }
  const response = await api.app.inject({ method: request.method, url: request.url, headers, ...(payload === undefined ? {} : { payload }) });
  if (request.endsEverySession && who !== 'anonymous') {
    const again = await signInTo(api.app, who);
    sessions.set(who, { cookie: again.cookie, csrfToken: again.session.csrfToken });
  }
  const type = String(response.headers['content-type'] ?? '');
  return { status: response.statusCode, body: type.startsWith('application/json') ? response.json() : response.body };
}

/** An error answer and nothing else: no data of the object rides along with a refusal. */
function isBareError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'error') return false;
  const error = (body as { error: Record<string, unknown> }).error;
  return Object.keys(error).every((k) => ['code', 'message', 'details'].includes(k)) && typeof error.code === 'string';
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('the write-access matrix', () => {
  beforeAll(async () => {
    world = await buildWorld();
    for (const who of signedIn) {
      const s = await api.signIn(who);
      sessions.set(who, { cookie: s.cookie, csrfToken: s.session.csrfToken });
      staffIds.set(who, s.session.staffId);
    }
  });

  it('has a row for every state-changing route the app registers, and no row for a route it does not', () => {
    const registered = [...new Set(api.routes.filter((r) => writeMethods.has(r.method) && r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`))];
    expect(registered.length).toBeGreaterThan(25);
    const withoutRow = registered.filter((route) => !rows[route]);
    const withoutRoute = Object.keys(rows).filter((route) => !registered.includes(route));
    expect({ withoutRow, withoutRoute }, 'every write route needs its row in write-access-matrix.db.test.ts').toEqual({ withoutRow: [], withoutRoute: [] });
  });

  it('lets each role write only what the access policy gives it, and refuses the rest as if it were not there', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    const cpuAtStart = process.cpuUsage();
    const summary = new Map<Who, { tried: number; done: number; conflict: number; refused: Record<number, number> }>(people.map((p) => [p, { tried: 0, done: 0, conflict: 0, refused: {} }]));

    for (const [route, row] of Object.entries(rows)) {
      const method = route.split(' ')[0] as Request['method'];
      const started = process.cpuUsage();
      let sent = 0;
      // At least one of those who may gets the thing done: the row builds a request the route takes.
      let doneOnce = !row.probes.some((p) => p.may.length > 0) || row.conflictOnly !== undefined;
      for (const who of people) {
        const answers = new Map<string, Answer>();
        /** Refusals that must read exactly as the answer to an id that names nothing. */
        const alike: Array<{ probe: Probe; answer: Answer; line: string }> = [];
        for (const probe of row.probes) {
          // Nobody signed in is refused before anything is looked at: one probe per route shows it.
          if (who === 'anonymous' && !row.public && probe !== row.probes[0]) continue;
          if (probe.by && !probe.by.includes(who)) continue;
          const request = { method, ...(await probe.request(world, who)) };
          const answer = await send(who, request);
          sent++;
          answers.set(probe.object, answer);
          const line = `${route} [${probe.object}] as ${who}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
          const counts = summary.get(who)!;
          counts.tried++;
          const may = probe.may.includes(who) && (who !== 'anonymous' || row.public);
          if (may) {
            if (!done.includes(answer.status)) problems.push(`may, but was refused: ${line}`);
            else if (answer.status === 409) counts.conflict++;
            else {
              counts.done++;
              doneOnce = true;
            }
            continue;
          }
          counts.refused[answer.status] = (counts.refused[answer.status] ?? 0) + 1;
          const refusals = who === 'anonymous' || row.public ? [401] : [400, 403, 404];
          if (!refusals.includes(answer.status)) problems.push(`may not, but got through: ${line}`);
          else if (!isBareError(answer.body)) problems.push(`refused with more than an error: ${line}`);
          if (probe.sameAs && !probe.seenBy?.includes(who)) alike.push({ probe, answer, line });
        }
        for (const { probe, answer, line } of alike) {
          const missingAnswer = answers.get(probe.sameAs!);
          if (!missingAnswer) throw new Error(`${route}: no probe "${probe.sameAs}" answered ${who}`);
          if (JSON.stringify(missingAnswer) !== JSON.stringify(answer)) {
            problems.push(`answers unlike an id that names nothing (${missingAnswer.status} ${JSON.stringify(missingAnswer.body)}): ${line}`);
          }
        }
      }
      if (!doneOnce) problems.push(`${route}: nobody who may got it done; the row's requests are not ones the route takes`);
      if (process.env.VARDE_MATRIX_TIMING) console.log(`${route}: ${sent} requests in ${Math.round(process.cpuUsage(started).user / 1000)} ms of CPU`);
    }

    if (process.env.VARDE_MATRIX_TIMING) console.log(`the matrix took ${Math.round(process.cpuUsage(cpuAtStart).user / 1000)} ms of CPU`);
    if (process.env.VARDE_MATRIX_SUMMARY) printSummary(summary);
    expect(problems).toEqual([]);

    // The refused writes of the issue left nothing behind: no grade for a student outside the group, no contact with a stranger.
    const { db } = api.database;
    const strayGrades = await db.select().from(gradesTable).where(inArray(gradesTable.studentId, [world.otherStudent, world.studentB, world.subjectStudent]));
    expect(strayGrades.filter((g) => g.groupId === world.contactTeachersGroup.id || (g.groupId === world.subjectGroup.id && g.studentId !== world.subjectStudent))).toEqual([]);
    const strayContacts = await db.select().from(homeContacts).where(inArray(homeContacts.guardianId, [missing, world.guardianOfOtherStudent, world.guardianB]));
    expect(strayContacts.filter((c) => c.caseId === world.ownCase)).toEqual([]);
  });

  it('refuses every write without the session’s CSRF token', async () => {
    const problems: string[] = [];
    for (const [route, row] of Object.entries(rows)) {
      if (row.public) continue;
      const method = route.split(' ')[0] as Request['method'];
      const probe = row.probes[0]!;
      const who = probe.may.find((p) => p !== 'anonymous') ?? 'rektor';
      const answer = await send(who, { method, ...(await probe.request(world, who)) }, { csrf: false });
      if (answer.status !== 403 || (answer.body as { error?: { code?: string } }).error?.code !== 'csrf_failed') {
        problems.push(`${route} as ${who} without the token: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('who takes part in a case (issue 10, 3)', () => {
  it('is changed by the responsible person and leadership only, and handing the case over hands that on', async () => {
    const call = async (who: Who, method: Request['method'], url: string, body?: unknown) => send(who, { method, url, body });
    const caseAs = async (who: Who) => {
      const read = await api.app.inject({ method: 'GET', url: `/api/cases/${world.ownCase}`, headers: { cookie: sessions.get(who)!.cookie } });
      return read.json<CaseDetail>();
    };
    const nurse = staffIds.get('helsesykepleier')!;
    const teacher = staffIds.get('kontaktlaerer')!;

    // The helsesykepleier takes part in the kontaktlærer's case: she sees it, and is told she may not change who is in it.
    expect((await caseAs('helsesykepleier')).mayChangeParticipants).toBe(false);
    expect((await caseAs('kontaktlaerer')).mayChangeParticipants).toBe(true);
    expect((await caseAs('rektor')).mayChangeParticipants).toBe(true);
    const takeOver = await call('helsesykepleier', 'POST', `/api/cases/${world.ownCase}/participants`, { staffId: nurse, role: 'ansvarlig' });
    expect(takeOver.status).toBe(403);
    expect((takeOver.body as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await call('helsesykepleier', 'DELETE', `/api/cases/${world.ownCase}/participants/${teacher}`)).status).toBe(403);
    expect((await caseAs('kontaktlaerer')).responsible.staffId).toBe(teacher);

    // The kontaktlærer hands the case to her; from then on it is hers to change, and no longer his.
    const handed = await call('kontaktlaerer', 'POST', `/api/cases/${world.ownCase}/participants`, { staffId: nurse, role: 'ansvarlig' });
    expect(handed.status).toBe(200);
    expect((handed.body as CaseDetail).responsible.staffId).toBe(nurse);
    expect((handed.body as CaseDetail).mayChangeParticipants).toBe(false);
    expect((await call('kontaktlaerer', 'POST', `/api/cases/${world.ownCase}/participants`, { staffId: world.outsiderA })).status).toBe(403);
    expect((await call('helsesykepleier', 'POST', `/api/cases/${world.ownCase}/participants`, { staffId: world.outsiderA })).status).toBe(200);
    expect((await call('helsesykepleier', 'DELETE', `/api/cases/${world.ownCase}/participants/${world.outsiderA}`)).status).toBe(200);
    // Leadership may always: the rektor gives it back.
    expect((await call('rektor', 'POST', `/api/cases/${world.ownCase}/participants`, { staffId: teacher, role: 'ansvarlig' })).status).toBe(200);
    expect((await caseAs('kontaktlaerer')).mayChangeParticipants).toBe(true);
  });
});

function printSummary(summary: Map<Who, { tried: number; done: number; conflict: number; refused: Record<number, number> }>) {
  const statuses = [400, 401, 403, 404];
  const lines = [
    `| role | writes tried | done | done before (409) | refused | ${statuses.map((s) => `refused ${s}`).join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ---: | ${statuses.map(() => '---:').join(' | ')} |`,
  ];
  for (const [who, c] of summary) {
    const refused = Object.values(c.refused).reduce((a, b) => a + b, 0);
    lines.push(`| ${who} | ${c.tried} | ${c.done} | ${c.conflict} | ${refused} | ${statuses.map((s) => c.refused[s] ?? 0).join(' | ')} |`);
  }
  console.log(`\nWrite-access matrix: ${Object.keys(rows).length} routes\n${lines.join('\n')}\n`);
}

/**
 * The world of the matrix: objects of the demo school picked by their relation to the demo
 * sign-ins, a second school with its own student, staff, case, plan, flag, mark and tasks, and
 * the cases, plans, marks and contacts of school A made through the API.
 */
async function buildWorld(): Promise<World> {
  const { db } = api.database;
  const ownerId = await ownerOf();
  const staffIdOf = async (username: string) => (await db.select({ staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, username)))[0]!.staffId;
  const kontaktlaerer = await staffIdOf('kontaktlaerer');
  const faglaerer = await staffIdOf('faglaerer');
  const [{ schoolId: schoolA }] = (await db.select({ schoolId: staffRoles.schoolId }).from(staffRoles).where(eq(staffRoles.staffId, kontaktlaerer))) as [{ schoolId: string }];

  const teaching = await db.select({ groupId: groupTeachers.groupId, staffId: groupTeachers.staffId, role: groupTeachers.role }).from(groupTeachers);
  const allGroups = await db.select().from(groups).where(eq(groups.schoolId, schoolA));
  const members = await db.select({ groupId: groupMemberships.groupId, studentId: groupMemberships.studentId }).from(groupMemberships);
  const openFlags = await db.select({ id: flags.id, studentId: flags.studentId }).from(flags).where(eq(flags.state, 'ny'));
  const guardianLinks = await db.select({ studentId: studentGuardians.studentId, guardianId: studentGuardians.guardianId }).from(studentGuardians);

  const groupsOf = (staffId: string) => new Set(teaching.filter((t) => t.staffId === staffId).map((t) => t.groupId));
  const membersOf = (groupId: string) => members.filter((m) => m.groupId === groupId).map((m) => m.studentId);
  const inGroups = (studentId: string, ids: Set<string>) => members.some((m) => m.studentId === studentId && ids.has(m.groupId));
  const flagOf = (studentId: string) => openFlags.find((f) => f.studentId === studentId)?.id;
  const guardianOf = (studentId: string) => guardianLinks.find((g) => g.studentId === studentId)?.guardianId;
  const kGroups = groupsOf(kontaktlaerer);
  const fGroups = groupsOf(faglaerer);

  const classGroup = teaching.find((t) => t.staffId === kontaktlaerer && t.role === 'kontaktlaerer')!.groupId;
  const classMembers = membersOf(classGroup);

  // Lessons of the teachers' own teaching groups on a school day of the week before.
  const lessonOf = async (username: string, groupIds: Set<string>) => {
    const session = await api.signIn(username);
    for (const date of ['2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16']) {
      const day = (await session.call<MyLessons>('GET', `/api/me/lessons?date=${date}`)).body;
      const found = day.lessons.find((l) => groupIds.has(l.groupId) && allGroups.find((g) => g.id === l.groupId)?.subjectCode);
      if (found) return { id: found.groupId, date, lessonNumber: found.lessonNumber };
    }
    throw new Error(`${username} has no lesson in the week before`);
  };
  const contactTeachersGroup = await lessonOf('kontaktlaerer', new Set([...kGroups].filter((g) => membersOf(g).some((s) => classMembers.includes(s)))));
  const subjectGroup = await lessonOf('faglaerer', fGroups);

  const classStudent = membersOf(contactTeachersGroup.id).find((s) => classMembers.includes(s) && flagOf(s) && guardianOf(s));
  const classStudent2 = classMembers.find((s) => s !== classStudent);
  const subjectStudent = membersOf(subjectGroup.id).find((s) => !inGroups(s, kGroups) && flagOf(s));
  const otherClass = allGroups.find((g) => g.kind === 'basisgruppe' && g.id !== classGroup && membersOf(g.id).some((s) => !inGroups(s, kGroups) && !inGroups(s, fGroups) && flagOf(s) && guardianOf(s)));
  const otherStudent = otherClass && membersOf(otherClass.id).find((s) => !inGroups(s, kGroups) && !inGroups(s, fGroups) && flagOf(s) && guardianOf(s));
  const otherTeachingGroup = allGroups.find((g) => g.kind === 'undervisningsgruppe' && g.subjectCode && !kGroups.has(g.id) && !fGroups.has(g.id));
  const accountStaff = new Set((await db.select({ staffId: accounts.staffId }).from(accounts)).map((a) => a.staffId));
  const outsiderA = teaching.find((t) => !accountStaff.has(t.staffId) && allGroups.some((g) => g.id === t.groupId))?.staffId;
  const untouched = (s: string) => ![classStudent, classStudent2, subjectStudent, otherStudent].includes(s);
  const leaving = {
    ofClass: classMembers.find((s) => untouched(s)),
    ofGroup: membersOf(subjectGroup.id).find((s) => untouched(s) && !inGroups(s, kGroups)),
    ofOtherClass: otherClass && membersOf(otherClass.id).find((s) => untouched(s) && !inGroups(s, kGroups) && !inGroups(s, fGroups)),
  };
  const youthStudent = otherClass && membersOf(otherClass.id).find((s) => untouched(s) && s !== leaving.ofOtherClass);
  const staying = (s: string) => untouched(s) && ![leaving.ofClass, leaving.ofGroup, leaving.ofOtherClass, youthStudent].includes(s);
  const moving = {
    ofClass: classMembers.find((s) => staying(s) && s !== classStudent2),
    ofGroup: membersOf(subjectGroup.id).find((s) => staying(s) && !inGroups(s, kGroups)),
    ofOtherClass: otherClass && membersOf(otherClass.id).find((s) => staying(s) && !inGroups(s, kGroups) && !inGroups(s, fGroups)),
  };
  if (!moving.ofClass || !moving.ofGroup || !moving.ofOtherClass) throw new Error('The demo school lacks a student the skolebytte row needs');
  if (!classStudent || !classStudent2 || !subjectStudent || !otherClass || !otherStudent || !otherTeachingGroup || !outsiderA || !leaving.ofClass || !leaving.ofGroup || !leaving.ofOtherClass || !youthStudent) {
    throw new Error('The demo school lacks a student or group the matrix needs');
  }

  // School B: a school year like A's, a class and a teaching group, a student with a guardian, and its rektor.
  const schoolB = randomUUID();
  await db.insert(schools).values({ ownerId, id: schoolB, name: 'Annen videregående skole', kind: 'vgs' });
  const yearsA = await db.select().from(schoolYears).where(eq(schoolYears.schoolId, schoolA));
  for (const year of yearsA) {
    const yearB = randomUUID();
    await db.insert(schoolYears).values({ ...year, id: yearB, schoolId: schoolB });
    const yearTerms = await db.select().from(terms).where(eq(terms.schoolYearId, year.id));
    if (yearTerms.length > 0) await db.insert(terms).values(yearTerms.map((t) => ({ ...t, id: randomUUID(), schoolYearId: yearB })));
    const breaks = await db.select().from(calendarBreaks).where(eq(calendarBreaks.schoolYearId, year.id));
    if (breaks.length > 0) await db.insert(calendarBreaks).values(breaks.map((b) => ({ ...b, id: randomUUID(), schoolYearId: yearB })));
  }
  const [yearOfClass] = await db.select({ schoolYearId: groups.schoolYearId }).from(groups).where(eq(groups.id, classGroup));
  const yearB = (await db.select({ id: schoolYears.id, name: schoolYears.name }).from(schoolYears).where(eq(schoolYears.schoolId, schoolB))).find(
    (y) => y.name === yearsA.find((a) => a.id === yearOfClass!.schoolYearId)!.name,
  )!.id;
  const classB = randomUUID();
  const teachingGroupB = randomUUID();
  await db.insert(groups).values([
    { ownerId, id: classB, schoolId: schoolB, schoolYearId: yearB, kind: 'basisgruppe', name: '1STA' },
    { ownerId, id: teachingGroupB, schoolId: schoolB, schoolYearId: yearB, kind: 'undervisningsgruppe', name: '1STA/NOR', subjectCode: 'NOR1267', subjectName: 'Norsk' },
  ]);
  const studentB = randomUUID();
  const guardianB = randomUUID();
  await db.insert(students).values({ ownerId, id: studentB, schoolId: schoolB, givenName: 'Ola', familyName: 'Fremmed', birthDate: '2010-03-01' });
  await db.insert(groupMemberships).values([
    { ownerId, groupId: classB, studentId: studentB },
    { ownerId, groupId: teachingGroupB, studentId: studentB },
  ]);
  // A second student of school B, for the skolebytte row to move.
  const movingB = randomUUID();
  await db.insert(students).values({ ownerId, id: movingB, schoolId: schoolB, givenName: 'Per', familyName: 'Flytter', birthDate: '2010-05-01' });
  await db.insert(groupMemberships).values({ ownerId, groupId: classB, studentId: movingB });
  const [otherOwnersSchool] = await db.select({ id: schools.id }).from(schools).where(eq(schools.name, 'Varde ungdomsskule'));
  await db.insert(guardians).values({ ownerId, id: guardianB, givenName: 'Kari', familyName: 'Fremmed' });
  await db.insert(studentGuardians).values({ ownerId, studentId: studentB, guardianId: guardianB, relation: 'mor', parentalResponsibility: true, livesWithStudent: true });
  const staffB = randomUUID();
  await db.insert(staff).values({ ownerId, id: staffB, givenName: 'Rita', familyName: 'Rektor', email: 'rita.rektor@annen.example' });
  await db.insert(staffRoles).values({ ownerId, id: randomUUID(), staffId: staffB, role: 'skoleleder', schoolId: schoolB, title: 'Rektor' });
  const [{ passwordHash }] = (await db.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.username, 'rektor'))) as [{ passwordHash: string }];
  await db.insert(accounts).values({ ownerId, staffId: staffB, username: 'rektor-b', passwordHash });
  // A flag of school B's student, made like one of A's.
  const [template] = await db.select().from(flags).where(eq(flags.id, flagOf(otherStudent)!));
  const flagB = randomUUID();
  await db.insert(flags).values({ ...template!, id: flagB, schoolId: schoolB, studentId: studentB });

  // Cases, plans, marks and contacts, made through the API by those who may.
  const k = await api.signIn('kontaktlaerer');
  const rektor = await api.signIn('rektor');
  const rektorB = await api.signIn('rektor-b');
  const nurse = (await api.signIn('helsesykepleier')).session.staffId;
  const radgiver = (await api.signIn('radgiver')).session.staffId;
  const openCase = async (as: typeof k, studentId: string, body: object) => {
    const opened = await as.call<CaseDetail>('POST', `/api/students/${studentId}/cases`, { openedFrom: 'manuelt', reason: 'Bekymring', ...body });
    if (opened.status !== 201) throw new Error(`Could not open a case: ${opened.status} ${JSON.stringify(opened.body)}`);
    return opened.body.id;
  };
  const ownCase = await openCase(k, classStudent, { kind: 'fravaer' });
  expect((await k.call('POST', `/api/cases/${ownCase}/participants`, { staffId: nurse, role: 'deltaker' })).status).toBe(200);
  const hiddenCase = await openCase(rektor, classStudent, { kind: 'skolemiljo', responsibleStaffId: nurse });
  const otherCase = await openCase(rektor, otherStudent, { kind: 'iko', responsibleStaffId: radgiver });
  const caseB = await openCase(rektorB, studentB, { kind: 'fravaer' });
  const makePlan = async (as: typeof k, caseId: string) => {
    const made = await as.call<CaseDetail>('POST', `/api/cases/${caseId}/plans`, tiltaksplan);
    if (made.status !== 200) throw new Error(`Could not make a plan: ${made.status} ${JSON.stringify(made.body)}`);
    return made.body.plans[0]!.id;
  };
  const ownPlan = await makePlan(k, ownCase);
  const otherPlan = await makePlan(rektor, otherCase);
  const planB = await makePlan(rektorB, caseB);
  const mark = async (as: typeof k, studentId: string) => {
    const set = await as.call<StudentCloserFollowUps>('POST', `/api/students/${studentId}/closer-follow-up`, { reason: 'Mye fravær', reviewOn: '2026-12-14' });
    if (set.status !== 200) throw new Error(`Could not set a mark: ${set.status} ${JSON.stringify(set.body)}`);
    return set.body.current!.id;
  };
  const classMark = await mark(k, classStudent);
  const otherMark = await mark(rektor, otherStudent);
  const markB = await mark(rektorB, studentB);

  const task = async (schoolId: string, assigneeStaffId: string, studentId: string, kind: string) =>
    (await db.insert(tasks).values({ ownerId, schoolId, assigneeStaffId, studentId, kind, title: kind, dueOn: TEST_TODAY }).returning({ id: tasks.id }))[0]!.id;
  const logContact = async (as: typeof k, taskId: string) => {
    const logged = await as.call<LoggedTaskContact>('POST', `/api/tasks/${taskId}/contact`, { outcome: 'naadd' });
    if (logged.status !== 200) throw new Error(`Could not log a contact: ${logged.status} ${JSON.stringify(logged.body)}`);
    return logged.body.contactId;
  };
  const wentToOt = await rektor.call<{ otYouthId: string }>('POST', `/api/students/${youthStudent}/departure`, { leftOn: '2026-11-02', reason: 'FR', note: '' });
  if (wentToOt.status !== 201) throw new Error(`Could not write a student out: ${wentToOt.status} ${JSON.stringify(wentToOt.body)}`);
  // Clarification cases with OT, prepared so that their meeting may be summoned.
  const otStaff = (await api.signIn('ot')).session.staffId;
  const openAvklaring = async (as: typeof k, studentId: string, body: object, prepare: boolean) => {
    const opened = await as.call<{ caseId: string }>('POST', `/api/students/${studentId}/ot-avklaring`, { ...avklaringOpening, ...body });
    if (opened.status !== 201) throw new Error(`Could not open a clarification case: ${opened.status} ${JSON.stringify(opened.body)}`);
    const caseId = opened.body.caseId;
    if (prepare) {
      for (const [method, path, payload] of [
        ['POST', 'preparation', otContacted(otStaff)],
        ['PUT', 'opplysingar', opplysingar],
      ] as const) {
        const done = await as.call(method, `/api/ot-avklaringar/${caseId}/${path}`, payload);
        if (done.status !== 200) throw new Error(`Could not prepare a clarification case: ${done.status} ${JSON.stringify(done.body)}`);
      }
    }
    return caseId;
  };
  const ownAvklaring = await openAvklaring(k, classStudent, {}, true);
  const otherAvklaring = await openAvklaring(rektor, otherStudent, { responsibleStaffId: radgiver }, true);
  const avklaringB = await openAvklaring(rektorB, studentB, {}, false);
  const notice = async (schoolId: string, studentId: string, caseId: string | null) =>
    (
      await db
        .insert(notices)
        .values({
          ownerId,
          schoolId,
          studentId,
          caseId,
          kind: 'innkalling',
          reason: `meeting:${randomUUID()}`,
          facts: {},
          recipientKind: 'foresatt',
          recipientId: guardianOf(studentId) ?? guardianB,
          recipientName: 'Foresatt',
          language: 'nb',
          day: TEST_TODAY,
          status: 'not_sent',
          statusReason: 'no_channel',
        })
        .returning({ id: notices.id })
    )[0]!.id;
  const world: World = {
    ownAvklaring,
    otherAvklaring,
    avklaringB,
    schoolA,
    schoolB,
    classStudent,
    classStudent2,
    subjectStudent,
    otherStudent,
    studentB,
    guardianOfClassStudent: guardianOf(classStudent)!,
    guardianOfOtherStudent: guardianOf(otherStudent)!,
    guardianB,
    classGroup,
    contactTeachersGroup,
    subjectGroup,
    otherClass: otherClass.id,
    otherTeachingGroup: otherTeachingGroup.id,
    classB,
    teachingGroupB,
    outsiderA,
    staffB,
    ownCase,
    hiddenCase,
    otherCase,
    caseB,
    ownPlan,
    otherPlan,
    planB,
    classFlag: flagOf(classStudent)!,
    subjectFlag: flagOf(subjectStudent)!,
    otherFlag: flagOf(otherStudent)!,
    flagB,
    classMark,
    otherMark,
    markB,
    taskOfContactTeacher: await task(schoolA, kontaktlaerer, classStudent, 'vurder_tiltak'),
    taskOfRadgiver: await task(schoolA, radgiver, otherStudent, 'vurder_tiltak'),
    taskB: await task(schoolB, staffB, studentB, 'vurder_tiltak'),
    contactTaskOfContactTeacher: await task(schoolA, kontaktlaerer, classStudent, 'kontakt_hjem'),
    contactTaskB: await task(schoolB, staffB, studentB, 'kontakt_hjem'),
    contactOfContactTeacher: await logContact(k, await task(schoolA, kontaktlaerer, classStudent2, 'kontakt_hjem')),
    contactB: await logContact(rektorB, await task(schoolB, staffB, studentB, 'innkall_foresatte')),
    leaving: { ofClass: leaving.ofClass, ofGroup: leaving.ofGroup, ofOtherClass: leaving.ofOtherClass },
    moving: { ofClass: moving.ofClass, ofGroup: moving.ofGroup, ofOtherClass: moving.ofOtherClass, atB: movingB },
    otherOwnersSchool: otherOwnersSchool!.id,
    youth: wentToOt.body.otYouthId,
    otAdvisor: (await api.signIn('ot')).session.staffId,
    notices: {
      ownCase: await notice(schoolA, classStudent, ownCase),
      hiddenCase: await notice(schoolA, classStudent, hiddenCase),
      otherCase: await notice(schoolA, otherStudent, otherCase),
      caseB: await notice(schoolB, studentB, caseB),
      classStudent: await notice(schoolA, classStudent, null),
    },
  };
  return world;
}
