/**
 * A former school for a test's student (issue 13, part 5): a municipality of its own with an
 * ungdomsskole, where a student of the same birth date and name had a fravær case, its mapping
 * conversation, a tiltaksplan that helped, and guardians — optionally with the summary saved and a
 * consent recorded. Inserted straight into the tables, as a former owner's data would be there.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accounts, cases, conversations, guardians, overgangConsents, overganger, owners, planEvaluations, plans, planVersions, schools, staff, staffRoles, studentGuardians, students } from '../db/schema.js';

export interface FormerSchool {
  ownerId: string;
  schoolId: string;
  studentId: string;
  caseId: string;
  responsibleStaffId: string;
  guardianId: string;
  overgangId: string | null;
  consentId: string | null;
}

export async function addFormerSchool(
  db: Db,
  of: { studentId: string },
  options: { caseClosedOn?: string | null; consentGivenOn?: string | null; summary?: boolean; schoolName?: string } = {},
): Promise<FormerSchool> {
  const [student] = await db.select().from(students).where(eq(students.id, of.studentId));
  if (!student) throw new Error(`No student ${of.studentId}`);
  const ownerId = randomUUID();
  const schoolId = randomUUID();
  const studentId = randomUUID();
  const responsibleStaffId = randomUUID();
  const guardianId = randomUUID();
  const caseId = randomUUID();
  await db.insert(owners).values({ id: ownerId, name: 'Tidlegare kommune', kind: 'kommune', maalform: 'nn' });
  await db.insert(schools).values({ ownerId, id: schoolId, name: options.schoolName ?? 'Tidlegare ungdomsskule', kind: 'ungdomsskole' });
  await db.insert(staff).values({ ownerId, id: responsibleStaffId, givenName: 'Tone', familyName: 'Tidlegare', email: 'tone@tidlegare.kommune.no' });
  await db.insert(staffRoles).values({ ownerId, staffId: responsibleStaffId, role: 'kontaktlaerer', schoolId, title: 'Kontaktlærar 10B' });
  await db.insert(students).values({
    ownerId,
    id: studentId,
    schoolId,
    givenName: student.givenName.toUpperCase(),
    familyName: ` ${student.familyName}`,
    birthDate: student.birthDate,
    leftOn: '2026-06-19',
    leaveReason: 'FR',
  });
  await db.insert(guardians).values({ ownerId, id: guardianId, givenName: 'Frida', familyName: student.familyName });
  await db.insert(studentGuardians).values({ ownerId, studentId, guardianId, relation: 'mor', parentalResponsibility: true });
  const closedOn = options.caseClosedOn === undefined ? '2026-05-29' : options.caseClosedOn;
  await db.insert(cases).values({
    ownerId,
    id: caseId,
    schoolId,
    studentId,
    kind: 'fravaer',
    step: closedOn ? 'evaluering' : 'tiltak',
    status: closedOn ? 'avsluttet' : 'aapen',
    openedFrom: 'manuelt',
    responsibleStaffId,
    openedAt: new Date('2026-01-12T09:00:00+01:00'),
    stepStartedOn: '2026-02-02',
    stepDueOn: '2026-03-13',
    closedAt: closedOn ? new Date(`${closedOn}T12:00:00+02:00`) : null,
    outcome: closedOn ? 'effekt' : null,
  });
  await db.insert(conversations).values({
    ownerId,
    caseId,
    guide: 'elev',
    step: 'kartlegging',
    heldOn: '2026-01-19',
    causeCategories: ['motet_med_skolen'],
    maintainingFactors: ['Grue seg til friminutta'],
    createdBy: responsibleStaffId,
  });
  const planId = randomUUID();
  await db.insert(plans).values({ ownerId, id: planId, caseId, kind: 'tiltaksplan' });
  await db.insert(planVersions).values({
    ownerId,
    planId,
    version: 1,
    createdBy: responsibleStaffId,
    content: {
      longTermGoals: ['Vere på skulen kvar dag'],
      shortTermGoals: ['Møte til første time'],
      rows: [{ maintainingFactor: 'Grue seg til friminutta', measure: 'Fast vaksen i friminutta', measureCode: null, responsible: 'Kontaktlærar', planB: '', evaluation: '' }],
      startsOn: '2026-02-02',
      endsOn: '2026-03-13',
      evaluationMeeting: { on: '2026-03-13', time: '', place: '' },
    },
  });
  await db.insert(planEvaluations).values({ ownerId, planId, planVersion: 1, caseStep: 'evaluering', evaluatedOn: '2026-03-13', satisfactory: true, createdBy: responsibleStaffId });

  let overgangId: string | null = null;
  let consentId: string | null = null;
  if (options.summary || options.consentGivenOn) {
    overgangId = randomUUID();
    await db.insert(overganger).values({
      ownerId,
      id: overgangId,
      schoolId,
      studentId,
      preparedBy: responsibleStaffId,
      summary: { causes: ['Møtet med skulen'], helped: ['Fast vaksen i friminutta'], contactPerson: { name: 'Tone Tidlegare', role: 'Kontaktlærar 10B', phone: null, email: 'tone@tidlegare.kommune.no' }, note: null },
    });
  }
  if (options.consentGivenOn && overgangId) {
    consentId = randomUUID();
    await db.insert(overgangConsents).values({ ownerId, id: consentId, overgangId, givenBy: 'foresatte', guardianId, givenOn: options.consentGivenOn, recordedBy: responsibleStaffId });
  }
  return { ownerId, schoolId, studentId, caseId, responsibleStaffId, guardianId, overgangId, consentId };
}

/** A rektor at the former school who can sign in (with the demo password): returns the username. */
export async function addFormerRektor(db: Db, former: FormerSchool, username: string): Promise<string> {
  const staffId = randomUUID();
  const [{ passwordHash }] = (await db.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.username, 'rektor'))) as [{ passwordHash: string }];
  await db.insert(staff).values({ ownerId: former.ownerId, id: staffId, givenName: 'Rolf', familyName: 'Rektor' });
  await db.insert(staffRoles).values({ ownerId: former.ownerId, staffId, role: 'skoleleder', schoolId: former.schoolId, title: 'Rektor' });
  await db.insert(accounts).values({ ownerId: former.ownerId, staffId, username, passwordHash });
  return username;
}
