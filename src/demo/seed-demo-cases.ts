/**
 * A few cases in the demo school, so that a first look at Varde shows the follow-up side too:
 * an absence case under a signed tiltaksplan, an IKO case whose mapping conversation is overdue,
 * and a school-environment case being investigated with the school nurse. They are in classes
 * other than 1STA, whose contact teacher (the `kontaktlaerer` demo sign-in) starts from flags.
 * Made with the same data functions the API uses, after the first evaluation has raised flags.
 * First, the routine the school has kept since August (seed-demo-routine.ts).
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, ne, notInArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accounts, cases, flags, groupMemberships, groupTeachers, groups, staffRoles, studentGuardians, guardians, tasks } from '../db/schema.js';
import { decideFlag } from '../data/decide-flag.js';
import { osloDate } from '../lib/clock.js';
import { caseCalendar } from '../data/cases/case-calendar.js';
import { addParticipant } from '../data/cases/add-participant.js';
import { createPlan } from '../data/cases/create-plan.js';
import { recordConversation } from '../data/cases/record-conversation.js';
import { recordHomeContact } from '../data/cases/record-home-contact.js';
import { signPlanVersion } from '../data/cases/sign-plan-version.js';
import { loadCase } from '../data/cases/load-case.js';
import { openCase } from '../data/cases/open-case.js';
import { transitionCase } from '../data/cases/transition-case.js';
import { measureBank } from '../domain/tiltak/measure-bank.js';
import { holdGradeConversations, holdIntakeConversations } from './seed-demo-routine.js';
import { seedDemoWheel } from './seed-demo-wheel.js';
import { seedDemoAvklaring } from './seed-demo-avklaring.js';
import { seedDemoOtYouth } from './seed-demo-ot.js';
import type { ArchiveAgreement } from '../data/ot/register-departure.js';
import { syncWheelTasks } from '../data/leadership/sync-wheel-tasks.js';
import { addDays, addSchoolDays, schoolDaysBetween } from '../domain/school-calendar.js';

async function staffOf(db: Db, username: string) {
  const [row] = await db.select({ ownerId: accounts.ownerId, staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, username));
  return row;
}

export async function seedDemoCases(db: Db, today: string, options: { archiveAgreement?: ArchiveAgreement } = {}): Promise<number> {
  const rektor = await staffOf(db, 'rektor');
  const teacher = await staffOf(db, 'kontaktlaerer');
  const nurse = await staffOf(db, 'helsesykepleier');
  if (!rektor?.staffId || !teacher?.staffId || !nurse?.staffId) return 0;
  const ownerId = rektor.ownerId;
  const [school] = await db.select({ schoolId: staffRoles.schoolId }).from(staffRoles).where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.staffId, rektor.staffId)));
  const schoolId = school?.schoolId;
  if (!schoolId) return 0;
  const calendar = await caseCalendar(db, ownerId, schoolId, today);

  // The routine the school has kept since August: the intake students' mapping conversations.
  await holdIntakeConversations(db, { ownerId, schoolId, calendar, today });

  // The classes of the school with their contact teachers, except the demo contact teacher's own.
  const classes = await db
    .select({ groupId: groups.id, name: groups.name, contactTeacher: groupTeachers.staffId })
    .from(groups)
    .innerJoin(groupTeachers, and(eq(groupTeachers.ownerId, groups.ownerId), eq(groupTeachers.groupId, groups.id), eq(groupTeachers.role, 'kontaktlaerer')))
    .where(and(eq(groups.ownerId, ownerId), eq(groups.schoolId, schoolId), eq(groups.kind, 'basisgruppe'), ne(groupTeachers.staffId, teacher.staffId)))
    .orderBy(asc(groups.name));
  if (classes.length < 3) return 0;

  // Four months back: OT's stories reach to the start of the autumn term (seed-demo-ot.ts).
  const recent = schoolDaysBetween(calendar, addDays(today, -120), addDays(today, -1));
  const schoolDaysAgo = (n: number) => recent[recent.length - n] ?? today;

  /** The student of a class with the most new flags, and that student's strongest flag. */
  async function flaggedStudent(groupId: string) {
    const members = await db.select({ studentId: groupMemberships.studentId }).from(groupMemberships).where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId)));
    const rows = await db
      .select({ id: flags.id, studentId: flags.studentId, level: flags.level })
      .from(flags)
      .where(and(eq(flags.ownerId, ownerId), inArray(flags.studentId, members.map((m) => m.studentId)), eq(flags.state, 'ny')))
      .orderBy(desc(flags.level));
    const count = new Map<string, number>();
    for (const r of rows) count.set(r.studentId, (count.get(r.studentId) ?? 0) + 1);
    const studentId = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? members[0]?.studentId;
    return studentId ? { studentId, flagId: rows.find((r) => r.studentId === studentId)?.id } : undefined;
  }

  async function guardianOf(studentId: string) {
    const [row] = await db
      .select({ id: guardians.id, name: guardians.givenName, family: guardians.familyName })
      .from(studentGuardians)
      .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
      .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId)));
    return row;
  }

  let made = 0;
  const now = () => new Date();

  // 1. Absence: contact, mapping conversation and a signed tiltaksplan; now under measures.
  const absence = await flaggedStudent(classes[0]!.groupId);
  if (absence) {
    const who = classes[0]!.contactTeacher;
    const opened = await openCase(db, { ownerId, schoolId, studentId: absence.studentId, actorStaffId: who, kind: 'fravaer', openedFrom: 'flagg', flagId: absence.flagId, reason: 'Mye fravær uten melding de siste ukene, særlig mandager.', today: schoolDaysAgo(6) });
    if (opened.ok) {
      made++;
      const guardian = await guardianOf(absence.studentId);
      let kase = (await loadCase(db, ownerId, opened.caseId))!;
      await recordHomeContact(db, { kase, actorStaffId: who }, { contactedAt: `${schoolDaysAgo(6)}T09:10:00+01:00`, guardianId: guardian?.id ?? null, contactedName: guardian ? null : 'Foresatt', channel: 'telefon', outcome: 'naadd', note: 'Foresatt forteller at det er vanskelig å komme i gang om morgenen.' });
      await transitionCase(db, { kase, transition: { type: 'advance' }, actorStaffId: who, today: schoolDaysAgo(5), now: now() });
      kase = (await loadCase(db, ownerId, opened.caseId))!;
      await recordConversation(db, { kase, actorStaffId: who }, {
        guide: 'fravaer-kartlegging-elev',
        heldOn: schoolDaysAgo(3),
        participants: [
          { name: 'Kontaktlærer', role: 'kontaktlærer' },
          { name: 'Helsesykepleier', role: 'helsesykepleier' },
          { name: guardian ? `${guardian.name} ${guardian.family}` : 'Foresatt', role: 'foresatt' },
        ],
        answers: {},
        summary: 'Eleven gruer seg til matematikk og til friminuttene. Sover dårlig søndag kveld.',
        causeCategories: ['faglige_utfordringer', 'motet_med_skolen'],
        maintainingFactors: ['Opplever lite faglig mestring i matematikk', 'Vet ikke hvem hun skal være sammen med i friminuttene'],
        nextSteps: 'Tiltaksplan i dag; evaluering om tre uker.',
      });
      const [first, second] = measureBank.filter((m) => m.caseKinds.includes('fravaer'));
      const startsOn = schoolDaysAgo(3);
      const planId = await createPlan(db, { kase, actorStaffId: who }, {
        kind: 'tiltaksplan',
        content: {
          longTermGoals: ['Komme tilbake til skolen og være i klassen.', 'Oppleve mestring faglig og sosialt.'],
          shortTermGoals: ['Møte til første time alle dager i uke 1.', 'Være med klassen i alle fag unntatt matematikk i uke 2.'],
          rows: [
            { maintainingFactor: 'Opplever lite faglig mestring i matematikk', measure: first?.title.nb ?? 'Tilpassede oppgaver', measureCode: first?.code ?? null, responsible: 'Faglærer i matematikk', planB: 'Liten gruppe to timer i uka', evaluation: '' },
            { maintainingFactor: 'Vet ikke hvem hun skal være sammen med i friminuttene', measure: second?.title.nb ?? 'Faste aktiviteter i friminuttene', measureCode: second?.code ?? null, responsible: 'Kontaktlærer', planB: 'Miljøterapeut møter eleven i storefri', evaluation: '' },
          ],
          startsOn,
          endsOn: addSchoolDays(calendar, startsOn, 15),
          evaluationMeeting: { on: addSchoolDays(calendar, startsOn, 14), time: '14:00', place: 'Møterom 1' },
        },
      });
      await signPlanVersion(db, { kase, actorStaffId: who }, {
        planId,
        planKind: 'tiltaksplan',
        version: 1,
        signatures: [
          { name: 'Kontaktlærer', role: 'skole', method: 'i_varde', signedOn: startsOn },
          { name: guardian ? `${guardian.name} ${guardian.family}` : 'Foresatt', role: 'foresatt', method: 'papir', signedOn: startsOn },
        ],
        recordedByName: 'Kontaktlærer',
        now: new Date(`${startsOn}T14:00:00+01:00`),
        today: startsOn,
      });
      kase = (await loadCase(db, ownerId, opened.caseId))!;
      await transitionCase(db, { kase, transition: { type: 'advance' }, actorStaffId: who, today: startsOn, now: now() });
    }
  }

  // 2. IKO: opened by the rådgiver's list, the mapping conversation not held in time.
  const iko = await flaggedStudent(classes[1]!.groupId);
  if (iko) {
    const opened = await openCase(db, { ownerId, schoolId, studentId: iko.studentId, actorStaffId: rektor.staffId, kind: 'iko', openedFrom: 'manuelt', reason: 'Lav karakter i to fag på midtveisvurderingen og lite motivasjon.', responsibleStaffId: classes[1]!.contactTeacher, today: schoolDaysAgo(8) });
    if (opened.ok) made++;
  }

  // 3. § 12-4: a student says she does not feel safe in breaks; the nurse takes part.
  const environment = await flaggedStudent(classes[2]!.groupId);
  if (environment) {
    const who = classes[2]!.contactTeacher;
    const opened = await openCase(db, { ownerId, schoolId, studentId: environment.studentId, actorStaffId: who, kind: 'skolemiljo', openedFrom: 'manuelt', reason: 'Eleven sier til helsesykepleier at hun gruer seg til friminuttene og blir holdt utenfor.', today: schoolDaysAgo(1) });
    if (opened.ok) {
      made++;
      const kase = (await loadCase(db, ownerId, opened.caseId))!;
      await addParticipant(db, { kase, actorStaffId: who }, { staffId: nurse.staffId, role: 'deltaker' });
    }
  }

  // The midterm evaluation's conversations, held within 10 school days (the cases' students excepted).
  await holdGradeConversations(db, { ownerId, schoolId, calendar, today });

  const otherClasses = classes.slice(3);
  // 4. After Kartlegging A, most intake concerns were settled in the conversation; the rest wait for measures.
  await settleIntakeConcerns(db, { ownerId, groupIds: classes.map((c) => c.groupId), contactTeacherOf: new Map(classes.map((c) => [c.groupId, c.contactTeacher])) });
  // 5. Confirmed weeks ago and nothing done since: the student waits on leadership's "nobody has acted yet".
  const waiting = await oldestOpenFlag(db, { ownerId, groupIds: otherClasses.map((c) => c.groupId), raisedBy: schoolDaysAgo(18) });
  if (waiting) {
    const teacherOf = classes.find((c) => c.groupId === waiting.groupId)!.contactTeacher;
    const confirmedOn = addSchoolDays(calendar, waiting.raisedOn, 1);
    await decideFlag(db, {
      ownerId,
      flagId: waiting.id,
      staffId: teacherOf,
      now: new Date(`${confirmedOn}T13:00:00+01:00`),
      decision: { decision: 'bekreft', reason: 'Bekreftet på klasselærermøtet; samtale med eleven skal avtales.', reviewOn: addDays(today, 30) },
    });
  }

  const radgiverOf = (await staffOf(db, 'radgiver'))?.staffId;
  // 6. Oppfølgingstenesta: a clarification meeting coming up, one held and signed (the student then
  //    written out), and youth who left earlier in OT's follow-up (seed-demo-avklaring.ts, seed-demo-ot.ts).
  const ot = await staffOf(db, 'ot');
  if (ot?.staffId) {
    const ahead = (n: number) => addSchoolDays(calendar, today, n);
    made += await seedDemoAvklaring(db, { ownerId, schoolId, rektor: rektor.staffId, ot: ot.staffId, classes: classes.slice(3, 5), schoolDaysAgo, schoolDaysAhead: ahead, archiveAgreement: options.archiveAgreement });
    await seedDemoOtYouth(db, { ownerId, schoolId, ot: ot.staffId, writer: radgiverOf ?? rektor.staffId, groupIds: classes.slice(5).map((c) => c.groupId), schoolDaysAgo });
  }

  // 7. The annual wheel kept so far, every class's contact teacher recording the class's part.
  const radgiver = await staffOf(db, 'radgiver');
  const everyClass = await db
    .select({ groupId: groups.id, contactTeacher: groupTeachers.staffId })
    .from(groups)
    .innerJoin(groupTeachers, and(eq(groupTeachers.ownerId, groups.ownerId), eq(groupTeachers.groupId, groups.id), eq(groupTeachers.role, 'kontaktlaerer')))
    .where(and(eq(groups.ownerId, ownerId), eq(groups.schoolId, schoolId), eq(groups.kind, 'basisgruppe')))
    .orderBy(asc(groups.name));
  const oneTeacherPerClass = [...new Map(everyClass.map((c) => [c.groupId, c])).values()];
  await seedDemoWheel(db, { ownerId, schoolId, today, rektor: rektor.staffId, radgiver: radgiver?.staffId ?? rektor.staffId, classes: oneTeacherPerClass });
  await syncWheelTasks(db, ownerId, schoolId, today);
  return made;
}

/**
 * The intake flags of students whose Kartlegging A conversation was held (their task done): two
 * of three resolved on the day of the conversation ("ordinær oppfølging"), the third left open.
 */
async function settleIntakeConcerns(db: Db, scope: { ownerId: string; groupIds: readonly string[]; contactTeacherOf: Map<string, string> }) {
  if (scope.groupIds.length === 0) return;
  const held = await db
    .select({ flagId: flags.id, doneAt: tasks.doneAt, groupId: groupMemberships.groupId })
    .from(flags)
    .innerJoin(tasks, and(eq(tasks.ownerId, flags.ownerId), eq(tasks.flagId, flags.id), eq(tasks.kind, 'kartleggingssamtale'), isNotNull(tasks.doneAt), isNull(tasks.closedReason)))
    .innerJoin(groupMemberships, and(eq(groupMemberships.ownerId, flags.ownerId), eq(groupMemberships.studentId, flags.studentId), inArray(groupMemberships.groupId, [...scope.groupIds])))
    .where(and(eq(flags.ownerId, scope.ownerId), eq(flags.concern, 'inntak'), eq(flags.state, 'ny')))
    .orderBy(asc(flags.studentId));
  const seen = new Set<string>();
  for (const [index, row] of held.entries()) {
    if (seen.has(row.flagId) || index % 3 === 2) continue;
    seen.add(row.flagId);
    await decideFlag(db, {
      ownerId: scope.ownerId,
      flagId: row.flagId,
      staffId: scope.contactTeacherOf.get(row.groupId)!,
      now: row.doneAt!,
      decision: { decision: 'lost', reason: 'Elevsamtalen viste at eleven har kommet godt i gang; ordinær oppfølging.' },
    });
  }
}

/** The newest open risk flag raised by `raisedBy` (weeks ago) of a student in the classes without a case. */
async function oldestOpenFlag(db: Db, scope: { ownerId: string; groupIds: readonly string[]; raisedBy: string }) {
  if (scope.groupIds.length === 0) return undefined;
  const withCase = db.select({ studentId: cases.studentId }).from(cases).where(eq(cases.ownerId, scope.ownerId));
  const [row] = await db
    .select({ id: flags.id, detectedAt: flags.detectedAt, groupId: groupMemberships.groupId })
    .from(flags)
    .innerJoin(groupMemberships, and(eq(groupMemberships.ownerId, flags.ownerId), eq(groupMemberships.studentId, flags.studentId), inArray(groupMemberships.groupId, [...scope.groupIds])))
    .where(
      and(
        eq(flags.ownerId, scope.ownerId),
        eq(flags.state, 'ny'),
        inArray(flags.concern, ['fravaersomfang', 'fravaersgrense', 'fravaersmonster', 'karakterer']),
        lte(flags.detectedAt, new Date(`${scope.raisedBy}T23:59:59+01:00`)),
        notInArray(flags.studentId, withCase),
      ),
    )
    .orderBy(desc(flags.detectedAt), asc(flags.id))
    .limit(1);
  if (!row) return undefined;
  return { id: row.id, groupId: row.groupId, raisedOn: osloDate(row.detectedAt) };
}
