/**
 * The demo region's overgang (issue 13, part 5): two of Varde videregående skole's Vg1 students
 * came from Varde ungdomsskule, where they finished 10th grade in June after a fravær case that
 * closed with effect — the mapping, a tiltaksplan whose evaluation found its effect satisfactory,
 * and gs-rektor responsible. Each former student is kept at the ungdomsskule as completed
 * (`fullfort`), under the same name and birth date as in the county's school.
 *
 * - The first has nothing prepared: the vgs counsellor sees on the intake list that Varde
 *   ungdomsskule may be asked (the walk-through in docs/domain.md; e2e/overgang.spec.ts).
 * - The second has the summary saved and the guardian's consent recorded: a summary is waiting.
 *
 * Inserted straight into the tables, as a school year gone by would have left them.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  accounts,
  caseEvents,
  cases,
  conversations,
  groupMemberships,
  groups,
  guardians,
  intakeData,
  overgangConsents,
  overganger,
  planEvaluations,
  plans,
  planVersions,
  schools,
  staff,
  staffRoles,
  studentGuardians,
  students,
} from '../db/schema.js';

/** The 19th of June before the school year `today` is in: the last school day of the year gone by. */
function lastJune(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return `${month >= 7 ? year : year - 1}-06-19`;
}

const stories = [
  {
    reason: 'Mykje fråvær etter haustferien; vondt i magen om morgonen.',
    factors: ['Grue seg til friminutta', 'Vondt i magen om morgonen'],
    measures: ['Fast vaksen som tek imot ved inngangen kvar morgon', 'Eigen plass i klasserommet ved døra'],
    summary: null,
  },
  {
    reason: 'Kom seint og gjekk tidleg; foresette bekymra.',
    factors: ['Søvnvanskar', 'Skam over å ha falle etter i matematikk'],
    measures: ['Ekstra matematikktime med kjend lærar to gonger i veka', 'Avtale om å ringje heim før 08.30 ved fråvær'],
    summary: { note: 'Eleven ønskjer å bli ringt opp av kontaktlæraren første skuledag.', phone: '900 12 345' },
  },
] as const;

/** Returns how many former students it made: two when both demo schools are there. */
export async function seedDemoOvergang(db: Db, today: string): Promise<number> {
  const [rektor] = await db
    .select({ ownerId: accounts.ownerId, staffId: accounts.staffId, givenName: staff.givenName, familyName: staff.familyName, email: staff.email })
    .from(accounts)
    .innerJoin(staff, and(eq(staff.ownerId, accounts.ownerId), eq(staff.id, accounts.staffId)))
    .where(eq(accounts.username, 'gs-rektor'));
  if (!rektor) return 0;
  const ownerId = rektor.ownerId;
  const [own] = await db
    .select({ schoolId: staffRoles.schoolId, title: staffRoles.title })
    .from(staffRoles)
    .innerJoin(schools, and(eq(schools.ownerId, staffRoles.ownerId), eq(schools.id, staffRoles.schoolId)))
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.staffId, rektor.staffId), eq(schools.kind, 'ungdomsskole')));
  const [vgs] = await db.select({ ownerId: schools.ownerId, id: schools.id }).from(schools).where(eq(schools.kind, 'vgs')).orderBy(asc(schools.name)).limit(1);
  if (!own?.schoolId || !vgs) return 0;

  // Vg1 students with intake data, in a stable order.
  const vg1 = await db
    .selectDistinct({ id: students.id, givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate })
    .from(students)
    .innerJoin(intakeData, and(eq(intakeData.ownerId, students.ownerId), eq(intakeData.studentId, students.id)))
    .innerJoin(groupMemberships, and(eq(groupMemberships.ownerId, students.ownerId), eq(groupMemberships.studentId, students.id)))
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId), eq(groups.kind, 'basisgruppe'), eq(groups.level, 'Vg1')))
    .where(and(eq(students.ownerId, vgs.ownerId), eq(students.schoolId, vgs.id)))
    .orderBy(asc(students.familyName), asc(students.givenName), asc(students.id))
    .limit(stories.length);
  if (vg1.length < stories.length) return 0;

  const leftOn = lastJune(today);
  const year = Number(leftOn.slice(0, 4));
  for (const [i, story] of stories.entries()) {
    const student = vg1[i]!;
    const studentId = randomUUID();
    const caseId = randomUUID();
    const planId = randomUUID();
    const guardianId = randomUUID();
    await db.insert(students).values({ ownerId, id: studentId, schoolId: own.schoolId, givenName: student.givenName, familyName: student.familyName, birthDate: student.birthDate, leftOn, leaveReason: 'fullfort' });
    await db.insert(guardians).values({ ownerId, id: guardianId, givenName: i === 0 ? 'Hilde' : 'Ragnar', familyName: student.familyName, phone: '400 00 000' });
    await db.insert(studentGuardians).values({ ownerId, studentId, guardianId, relation: i === 0 ? 'mor' : 'far', parentalResponsibility: true });
    const openedAt = new Date(`${year}-01-${12 + i}T09:00:00+01:00`);
    const closedAt = new Date(`${year}-05-2${i}T14:00:00+02:00`);
    await db.insert(cases).values({
      ownerId,
      id: caseId,
      schoolId: own.schoolId,
      studentId,
      kind: 'fravaer',
      step: 'evaluering',
      status: 'avsluttet',
      openedFrom: 'manuelt',
      responsibleStaffId: rektor.staffId,
      openedBy: rektor.staffId,
      openedAt,
      reason: story.reason,
      stepStartedOn: `${year}-03-20`,
      stepDueOn: `${year}-04-10`,
      closedAt,
      closedBy: rektor.staffId,
      outcome: 'effekt',
      outcomeNote: 'Oppmøtet har vore stabilt sidan påske.',
    });
    await db.insert(caseEvents).values([
      { ownerId, caseId, actorStaffId: rektor.staffId, kind: 'opened', step: 'kontakt', text: story.reason, detail: { openedFrom: 'manuelt', on: openedAt.toISOString().slice(0, 10) }, createdAt: openedAt },
      { ownerId, caseId, actorStaffId: rektor.staffId, kind: 'closed', step: 'evaluering', text: 'Oppmøtet har vore stabilt sidan påske.', detail: { outcome: 'effekt' }, createdAt: closedAt },
    ]);
    await db.insert(conversations).values({
      ownerId,
      caseId,
      guide: 'fravaer-kartlegging-foresatte',
      step: 'kartlegging',
      heldOn: `${year}-01-2${i}`,
      participants: [
        { name: 'Rektor', role: 'rektor' },
        { name: 'Foresatt', role: 'foresatt' },
      ],
      summary: story.reason,
      causeCategories: ['motet_med_skolen'],
      maintainingFactors: [...story.factors],
      createdBy: rektor.staffId,
    });
    await db.insert(plans).values({ ownerId, id: planId, caseId, kind: 'tiltaksplan' });
    await db.insert(planVersions).values({
      ownerId,
      planId,
      version: 1,
      createdBy: rektor.staffId,
      signedAt: new Date(`${year}-02-02T12:00:00+01:00`),
      content: {
        longTermGoals: ['Vere på skulen kvar dag'],
        shortTermGoals: ['Møte til første time fire av fem dagar'],
        rows: story.measures.map((measure, r) => ({ maintainingFactor: story.factors[r] ?? story.factors[0], measure, measureCode: null, responsible: 'Kontaktlærar', planB: '', evaluation: '' })),
        startsOn: `${year}-02-02`,
        endsOn: `${year}-03-13`,
        evaluationMeeting: { on: `${year}-03-13`, time: '14:00', place: 'Møterom 1' },
      },
    });
    await db.insert(planEvaluations).values({ ownerId, planId, planVersion: 1, caseStep: 'evaluering', evaluatedOn: `${year}-03-13`, satisfactory: true, adjustment: '', createdBy: rektor.staffId });

    if (story.summary) {
      const overgangId = randomUUID();
      await db.insert(overganger).values({
        ownerId,
        id: overgangId,
        schoolId: own.schoolId,
        studentId,
        preparedBy: rektor.staffId,
        preparedAt: new Date(`${year}-06-1${i}T12:00:00+02:00`),
        summary: {
          causes: ['Møtet med skulen', ...story.factors],
          helped: [...story.measures],
          contactPerson: { name: `${rektor.givenName} ${rektor.familyName}`, role: own.title ?? 'Rektor', phone: story.summary.phone, email: rektor.email },
          note: story.summary.note,
        },
      });
      await db.insert(overgangConsents).values({ ownerId, overgangId, givenBy: 'foresatte', guardianId, givenOn: `${year}-06-1${i}`, recordedBy: rektor.staffId, recordedAt: new Date(`${year}-06-1${i}T12:05:00+02:00`) });
    }
  }
  return stories.length;
}
