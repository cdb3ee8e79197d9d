/**
 * The former school's side of an overgang (issue 13, part 5): whether the student has a follow-up
 * worth passing on, the summary as saved (or its first draft), the consents given and revoked,
 * who may consent today, and who at other schools has asked for or read the summary.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, groups, guardians, overgangConsents, overganger, overgangReads, overgangRequests, owners, schools, studentGuardians, students } from '../../db/schema.js';
import { hasFollowUpToPassOn, offersOvergang, prefillOvergangSummary } from '../../domain/overgang/follow-up-to-pass-on.js';
import { consentInForce, whoMayConsentToOvergang } from '../../domain/overgang/overgang-consent.js';
import { osloDate } from '../../lib/clock.js';
import { loadStaffNames } from '../cases/load-staff-names.js';
import { loadThisYearsMemberships } from '../this-school-year.js';
import { loadSummaryFacts } from './load-summary-facts.js';

export async function findOvergang(db: Db, ownerId: string, studentId: string, today: string) {
  const [student] = await db
    .select({ birthDate: students.birthDate, leftOn: students.leftOn, maalform: owners.maalform, schoolKind: schools.kind })
    .from(students)
    .innerJoin(owners, eq(owners.id, students.ownerId))
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));
  if (!student) return undefined;
  const [caseRows, [overgang], guardianRows, classes] = await Promise.all([
    db.select({ status: cases.status, closedAt: cases.closedAt }).from(cases).where(and(eq(cases.ownerId, ownerId), eq(cases.studentId, studentId))),
    db.select().from(overganger).where(and(eq(overganger.ownerId, ownerId), eq(overganger.studentId, studentId))),
    db
      .select({ id: guardians.id, givenName: guardians.givenName, familyName: guardians.familyName })
      .from(studentGuardians)
      .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
      .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId), eq(studentGuardians.parentalResponsibility, true)))
      .orderBy(asc(guardians.familyName), asc(guardians.givenName)),
    loadThisYearsMemberships(db, ownerId, [studentId], today),
  ]);
  const followUp = hasFollowUpToPassOn(
    caseRows.map((c) => ({ status: c.status, closedOn: c.closedAt ? osloDate(c.closedAt) : null })),
    today,
  );
  const [consents, reads, requests] = overgang
    ? await Promise.all([
        db.select().from(overgangConsents).where(and(eq(overgangConsents.ownerId, ownerId), eq(overgangConsents.overgangId, overgang.id))).orderBy(desc(overgangConsents.recordedAt)),
        db.select().from(overgangReads).where(and(eq(overgangReads.ownerId, ownerId), eq(overgangReads.overgangId, overgang.id))).orderBy(desc(overgangReads.readAt)),
        findRequests(db, ownerId, studentId),
      ])
    : [[], [], await findRequests(db, ownerId, studentId)];
  const names = await loadStaffNames(db, ownerId, [overgang?.preparedBy ?? null, ...consents.flatMap((c) => [c.recordedBy, c.revokeRecordedBy])]);
  const guardianName = new Map(guardianRows.map((g) => [g.id, `${g.givenName} ${g.familyName}`]));
  const inForce = consentInForce(consents, today);
  const classId = classes.find((c) => c.kind === 'basisgruppe')?.groupId;
  const [klass] = classId ? await db.select({ level: groups.level }).from(groups).where(and(eq(groups.ownerId, ownerId), eq(groups.id, classId))) : [];
  return {
    offered: offersOvergang({ followUp, hasSummary: !!overgang, asked: requests.length > 0, leftSchool: student.leftOn !== null && student.leftOn <= today, schoolKind: student.schoolKind, level: klass?.level ?? null }),
    followUp,
    summary: overgang ? overgang.summary : null,
    draft: overgang ? null : prefillOvergangSummary(await loadSummaryFacts(db, ownerId, studentId), student.maalform as 'nb' | 'nn'),
    prepared: overgang ? { by: names.get(overgang.preparedBy) ?? '', at: overgang.preparedAt } : null,
    consents: consents.map((c) => ({
      id: c.id,
      givenBy: c.givenBy,
      guardianName: c.guardianId ? (guardianName.get(c.guardianId) ?? null) : null,
      givenOn: c.givenOn,
      recordedBy: names.get(c.recordedBy) ?? '',
      revokedOn: c.revokedOn,
      revokedBy: c.revokedBy,
      inForce: inForce?.id === c.id,
    })),
    whoMayConsent: whoMayConsentToOvergang(student.birthDate, today),
    guardians: guardianRows.map((g) => ({ id: g.id, name: `${g.givenName} ${g.familyName}` })),
    reads: reads.map((r) => ({ schoolName: r.readerSchoolName, readerName: r.readerName, readAt: r.readAt })),
    requests,
  };
}

async function findRequests(db: Db, ownerId: string, studentId: string) {
  const rows = await db
    .select({ schoolName: overgangRequests.askerSchoolName, askerName: overgangRequests.askerName, askedAt: overgangRequests.askedAt })
    .from(overgangRequests)
    .where(and(eq(overgangRequests.ownerId, ownerId), eq(overgangRequests.studentId, studentId)))
    .orderBy(desc(overgangRequests.askedAt));
  return rows;
}

export type OvergangView = NonNullable<Awaited<ReturnType<typeof findOvergang>>>;
