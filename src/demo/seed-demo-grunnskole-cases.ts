/**
 * The demo municipality's absence cases: one on each step of the staircase (trappetrinnmodellen
 * in the absence seed), so that gs-rektor sees the whole routine at once and gs-kontaktlaerer
 * has a case of the own class on its first step.
 *
 * - kontakt: gs-kontaktlaerer's 9A, opened today from the weekly check's flag.
 * - kartlegging: the home reached, the mapping conversation due within five school days — counted
 *   on the municipality's calendar, which has a planning day the county does not.
 * - tiltak (the barneskole): a child with stomach aches on school mornings, under a signed
 *   tiltaksplan, with the nurse and the skolemiljøteam's miljøterapeut taking part.
 * - evaluering: the measures evaluated late — the step is overdue, as leadership's lists show.
 * - veien_videre: measures without the hoped-for effect; PPT and the skolesjef next.
 *
 * Made with the data functions the API uses, after the first evaluation has raised the flags;
 * each case's student has an open flag from before the case opened, and the dates are school days
 * on the municipality's calendar.
 */
import { and, asc, desc, eq, inArray, lte, notInArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accounts, flags, groupMemberships, groupTeachers, groups, guardians, schools, staffRoles, studentGuardians } from '../db/schema.js';
import { addParticipant } from '../data/cases/add-participant.js';
import { caseCalendar, NoSchoolYearError } from '../data/cases/case-calendar.js';
import { createPlan } from '../data/cases/create-plan.js';
import { evaluatePlan } from '../data/cases/evaluate-plan.js';
import { loadCase, type LoadedCase } from '../data/cases/load-case.js';
import { openCase } from '../data/cases/open-case.js';
import { recordConversation } from '../data/cases/record-conversation.js';
import { recordHomeContact } from '../data/cases/record-home-contact.js';
import { signPlanVersion } from '../data/cases/sign-plan-version.js';
import { transitionCase } from '../data/cases/transition-case.js';
import { addDays, addSchoolDays, schoolDaysBetween, type SchoolCalendar } from '../domain/school-calendar.js';
import { measureBank } from '../domain/tiltak/measure-bank.js';
import type { RoleCode } from '../domain/vocabulary.js';

const absenceConcerns = ['fravaersoppfolging', 'fravaersomfang', 'fravaersmonster'];

interface SchoolScope {
  schoolId: string;
  calendar: SchoolCalendar;
  /** The school days before today, the latest last. */
  schoolDaysAgo: (n: number) => string;
  staff: (role: RoleCode) => string | undefined;
}

/** Returns how many cases it made: five when the municipality's demo schools are there. */
export async function seedDemoGrunnskoleCases(db: Db, today: string): Promise<number> {
  const [rektor] = await db.select({ ownerId: accounts.ownerId, staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, 'gs-rektor'));
  const [teacher] = await db.select({ staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, 'gs-kontaktlaerer'));
  if (!rektor || !teacher) return 0;
  const ownerId = rektor.ownerId;
  const [own] = await db.select({ schoolId: staffRoles.schoolId }).from(staffRoles).where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.staffId, rektor.staffId)));
  const [barneskole] = await db
    .select({ id: schools.id })
    .from(schools)
    .where(and(eq(schools.ownerId, ownerId), eq(schools.kind, 'barneskole')))
    .orderBy(asc(schools.name))
    .limit(1);
  if (!own?.schoolId || !barneskole) return 0;
  const ungdomsskole = await scopeOf(db, ownerId, own.schoolId, today);
  const children = await scopeOf(db, ownerId, barneskole.id, today);
  // In the summer holiday, before the school year starts, there are no school days to count on.
  if (!ungdomsskole || !children) return 0;
  const used = new Set<string>();
  const now = () => new Date();

  /** A student of the school with an absence flag raised by `by`, not yet in a case, and the class's contact teacher. */
  async function flagged(school: SchoolScope, by: string, options: { contactTeacher?: string; notContactTeacher?: string; newest?: boolean } = {}) {
    const rows = await db
      .select({ studentId: flags.studentId, flagId: flags.id, contactTeacher: groupTeachers.staffId })
      .from(flags)
      .innerJoin(groupMemberships, and(eq(groupMemberships.ownerId, flags.ownerId), eq(groupMemberships.studentId, flags.studentId)))
      .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId), eq(groups.kind, 'basisgruppe')))
      .innerJoin(groupTeachers, and(eq(groupTeachers.ownerId, groups.ownerId), eq(groupTeachers.groupId, groups.id), eq(groupTeachers.role, 'kontaktlaerer')))
      .where(
        and(
          eq(flags.ownerId, ownerId),
          eq(flags.schoolId, school.schoolId),
          eq(flags.state, 'ny'),
          inArray(flags.concern, absenceConcerns),
          lte(flags.detectedAt, new Date(`${by}T23:59:59+01:00`)),
          used.size > 0 ? notInArray(flags.studentId, [...used]) : undefined,
        ),
      )
      .orderBy(options.newest ? desc(flags.detectedAt) : asc(flags.detectedAt), asc(flags.id));
    const row = rows.find(
      (r) => (!options.contactTeacher || r.contactTeacher === options.contactTeacher) && r.contactTeacher !== options.notContactTeacher,
    );
    if (row) used.add(row.studentId);
    return row;
  }

  async function guardianOf(studentId: string) {
    const [row] = await db
      .select({ id: guardians.id, name: guardians.givenName, family: guardians.familyName })
      .from(studentGuardians)
      .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
      .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId), eq(studentGuardians.parentalResponsibility, true)))
      .orderBy(asc(guardians.id));
    return row;
  }

  /** Opens the case from the flag, logs the home contact and holds the mapping conversation, step by step. */
  async function staircase(
    school: SchoolScope,
    student: { studentId: string; flagId: string; contactTeacher: string },
    story: { reason: string; openedOn: string; contact?: { on: string; note: string }; mapping?: { on: string; summary: string; factors: string[] } },
  ) {
    const who = student.contactTeacher;
    const opened = await openCase(db, { ownerId, schoolId: school.schoolId, studentId: student.studentId, actorStaffId: who, kind: 'fravaer', openedFrom: 'flagg', flagId: student.flagId, reason: story.reason, today: story.openedOn });
    if (!opened.ok) return undefined;
    const guardian = await guardianOf(student.studentId);
    const guardianName = guardian ? `${guardian.name} ${guardian.family}` : 'Foresatt';
    const load = async () => (await loadCase(db, ownerId, opened.caseId))!;
    if (story.contact) {
      await recordHomeContact(db, { kase: await load(), actorStaffId: who }, { contactedAt: `${story.contact.on}T08:40:00+01:00`, guardianId: guardian?.id ?? null, contactedName: guardian ? null : guardianName, channel: 'telefon', outcome: 'naadd', note: story.contact.note });
      await transitionCase(db, { kase: await load(), transition: { type: 'advance' }, actorStaffId: who, today: story.contact.on, now: now() });
    }
    if (story.mapping) {
      const nurse = school.staff('helsesykepleier');
      if (nurse) await addParticipant(db, { kase: await load(), actorStaffId: who }, { staffId: nurse, role: 'deltaker' });
      await recordConversation(db, { kase: await load(), actorStaffId: who }, {
        guide: 'fravaer-kartlegging-foresatte',
        heldOn: story.mapping.on,
        participants: [
          { name: 'Kontaktlærer', role: 'kontaktlærer' },
          { name: 'Helsesykepleier', role: 'helsesykepleier' },
          { name: guardianName, role: 'foresatt' },
        ],
        answers: {},
        summary: story.mapping.summary,
        causeCategories: ['motet_med_skolen', 'livet_utenfor'],
        maintainingFactors: story.mapping.factors,
        nextSteps: 'Tiltaksplan med foresatte; evalueringsmøte innen tre uker.',
      });
    }
    return { caseId: opened.caseId, who, guardianName, load };
  }

  /** A signed tiltaksplan from `startsOn`, and the case moved on to tiltak. */
  async function underMeasures(school: SchoolScope, made: { who: string; guardianName: string; load: () => Promise<LoadedCase> }, startsOn: string, factors: string[]) {
    const [first, second] = measureBank.filter((m) => m.caseKinds.includes('fravaer'));
    const planId = await createPlan(db, { kase: await made.load(), actorStaffId: made.who }, {
      kind: 'tiltaksplan',
      content: {
        longTermGoals: ['Gå på skolen hver dag og trives der.'],
        shortTermGoals: ['Møte til første time fire av fem dager de neste to ukene.', 'Være med klassen i friminuttene.'],
        rows: [
          { maintainingFactor: factors[0]!, measure: first?.title.nb ?? 'Fast voksen som tar imot om morgenen', measureCode: first?.code ?? null, responsible: 'Kontaktlærer', planB: 'Miljøterapeut tar imot ved porten', evaluation: '' },
          { maintainingFactor: factors[1] ?? factors[0]!, measure: second?.title.nb ?? 'Faste aktiviteter i friminuttene', measureCode: second?.code ?? null, responsible: 'Miljøterapeut', planB: 'Lekegruppe to dager i uka', evaluation: '' },
        ],
        startsOn,
        endsOn: addSchoolDays(school.calendar, startsOn, 15),
        evaluationMeeting: { on: addSchoolDays(school.calendar, startsOn, 15), time: '14:00', place: 'Møterommet' },
      },
    });
    await signPlanVersion(db, { kase: await made.load(), actorStaffId: made.who }, {
      planId,
      planKind: 'tiltaksplan',
      version: 1,
      signatures: [
        { name: 'Kontaktlærer', role: 'skole', method: 'i_varde', signedOn: startsOn },
        { name: made.guardianName, role: 'foresatt', method: 'papir', signedOn: startsOn },
      ],
      recordedByName: 'Kontaktlærer',
      now: new Date(`${startsOn}T14:00:00+01:00`),
      today: startsOn,
    });
    await transitionCase(db, { kase: await made.load(), transition: { type: 'advance' }, actorStaffId: made.who, today: startsOn, now: now() });
    return planId;
  }

  let made = 0;

  // Opened in the order they were in life, the oldest first, each from a flag raised before it.
  // veien_videre: evaluated without the hoped-for effect; PPT (with consent) and the skolesjef next.
  const fourth = await flagged(ungdomsskole, ungdomsskole.schoolDaysAgo(30), { notContactTeacher: teacher.staffId });
  if (fourth) {
    const factors = ['Gruer seg til kroppsøving og garderoben', 'Lite mestring i matematikk'];
    const kase = await staircase(ungdomsskole, fourth, {
      reason: 'Borte fra kroppsøving og matematikk nesten hver uke.',
      openedOn: ungdomsskole.schoolDaysAgo(30),
      contact: { on: ungdomsskole.schoolDaysAgo(30), note: 'Foresatte visste ikke om fraværet i enkelttimene.' },
      mapping: { on: ungdomsskole.schoolDaysAgo(27), summary: 'Eleven unngår garderoben og timene der eleven føler seg dum.', factors },
    });
    if (kase) {
      made++;
      const startsOn = ungdomsskole.schoolDaysAgo(26);
      const planId = await underMeasures(ungdomsskole, kase, startsOn, factors);
      const evaluatedOn = ungdomsskole.schoolDaysAgo(11);
      await transitionCase(db, { kase: await kase.load(), transition: { type: 'advance' }, actorStaffId: kase.who, today: evaluatedOn, now: now() });
      await evaluatePlan(db, { kase: await kase.load(), actorStaffId: kase.who }, {
        planId,
        version: 1,
        evaluatedOn,
        satisfactory: false,
        adjustment: 'Fraværet i enkelttimene er det samme. Vi drøfter henvisning til PPT med foresatte og melder til skolesjefen.',
        rowNotes: {},
      });
      await transitionCase(db, { kase: await kase.load(), transition: { type: 'advance' }, actorStaffId: kase.who, today: ungdomsskole.schoolDaysAgo(10), now: now() });
    }
  }

  // evaluering, overdue: the evaluation meeting held early, its evaluation not yet recorded.
  const fifth = await flagged(ungdomsskole, ungdomsskole.schoolDaysAgo(18), { notContactTeacher: teacher.staffId });
  if (fifth) {
    const factors = ['Faller av faglig etter mye fravær', 'Sover dårlig og kommer seg ikke opp'];
    const kase = await staircase(ungdomsskole, fifth, {
      reason: 'Sammenhengende fravær og mange enkelttimer borte.',
      openedOn: ungdomsskole.schoolDaysAgo(18),
      contact: { on: ungdomsskole.schoolDaysAgo(17), note: 'Foresatte bekymret; eleven har slitt med søvnen siden sommeren.' },
      mapping: { on: ungdomsskole.schoolDaysAgo(15), summary: 'Eleven henger etter i flere fag og orker ikke å begynne dagen.', factors },
    });
    if (kase) {
      made++;
      await underMeasures(ungdomsskole, kase, ungdomsskole.schoolDaysAgo(14), factors);
      await transitionCase(db, { kase: await kase.load(), transition: { type: 'advance' }, actorStaffId: kase.who, today: ungdomsskole.schoolDaysAgo(7), now: now() });
    }
  }

  // tiltak, in the barneskole: stomach aches on school mornings; the nurse and the miljøterapeut take part.
  const third = await flagged(children, children.schoolDaysAgo(9));
  if (third) {
    const factors = ['Vondt i magen om morgenen før skolen', 'Vet ikke hvem eleven skal leke med i friminuttene'];
    const kase = await staircase(children, third, {
      reason: 'Mye fravær med vondt i magen, og foreldrene strever med å få barnet av gårde.',
      openedOn: children.schoolDaysAgo(9),
      contact: { on: children.schoolDaysAgo(8), note: 'Foresatte forteller om vondt i magen de fleste morgener; legen finner ingen sykdom.' },
      mapping: { on: children.schoolDaysAgo(4), summary: 'Gruer seg til friminuttene og til å skilles fra foreldrene om morgenen.', factors },
    });
    if (kase) {
      made++;
      const therapist = children.staff('miljoterapeut');
      if (therapist) await addParticipant(db, { kase: await kase.load(), actorStaffId: kase.who }, { staffId: therapist, role: 'deltaker' });
      await underMeasures(children, kase, children.schoolDaysAgo(3), factors);
    }
  }

  // kartlegging: the home was reached on Thursday; the conversation must be held within five school days.
  const second = await flagged(ungdomsskole, ungdomsskole.schoolDaysAgo(2), { notContactTeacher: teacher.staffId, newest: true });
  if (second) {
    const kase = await staircase(ungdomsskole, second, {
      reason: 'Flere dager uten melding fra hjemmet, og skulker enkelttimer.',
      openedOn: ungdomsskole.schoolDaysAgo(2),
      contact: { on: ungdomsskole.schoolDaysAgo(1), note: 'Foresatte forteller at eleven sover dårlig og ikke vil av gårde om morgenen. Kartleggingssamtale avtalt.' },
    });
    if (kase) made++;
  }

  // kontakt: the weekly check this morning found a student of 9A with many days away.
  const first = await flagged(ungdomsskole, today, { contactTeacher: teacher.staffId });
  if (first && (await staircase(ungdomsskole, first, { reason: 'Ukesjekken: mange hele dager borte denne høsten, flere av dem mandager.', openedOn: today }))) made++;

  return made;
}

async function scopeOf(db: Db, ownerId: string, schoolId: string, today: string): Promise<SchoolScope | undefined> {
  const calendar = await caseCalendar(db, ownerId, schoolId, today).catch((error: unknown) => {
    if (error instanceof NoSchoolYearError) return undefined;
    throw error;
  });
  if (!calendar) return undefined;
  const recent = schoolDaysBetween(calendar, addDays(today, -120), addDays(today, -1));
  const roles = await db
    .select({ staffId: staffRoles.staffId, role: staffRoles.role })
    .from(staffRoles)
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.schoolId, schoolId)))
    .orderBy(asc(staffRoles.id));
  return {
    schoolId,
    calendar,
    schoolDaysAgo: (n) => recent[recent.length - n] ?? recent[0] ?? today,
    staff: (role) => roles.find((r) => r.role === role)?.staffId,
  };
}
