/**
 * The receiving school's side of an overgang (issue 13, part 5; docs/decisions/023): for its
 * students, the former schools — of any owner — where a student of the same birth date and name
 * has a follow-up worth passing on or a summary prepared, and what the receiving school may do:
 * read a summary waiting (consent in force), or only ask. Nothing of the former school's cases
 * crosses here but the school's name and whether a summary may be read.
 *
 * The one lookup that crosses owners on purpose: by birth date (index students_birth_date), the
 * names compared in code (matchName). A student without a birth date (issue 17) is matched with
 * nobody, on either side: a name alone could be another child's, and another owner's record must
 * never be shown on a guess. The school completes the birth date first.
 */
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { cases, overgangConsents, overganger, overgangReads, overgangRequests, schools, students } from '../../db/schema.js';
import { hasFollowUpToPassOn, matchName } from '../../domain/overgang/follow-up-to-pass-on.js';
import { consentInForce, overgangStatus, type OvergangStatus } from '../../domain/overgang/overgang-consent.js';
import { groupBy } from '../../lib/group-by.js';
import { osloDate } from '../../lib/clock.js';

export interface ReceivingStudent {
  id: string;
  /** Null when missing: such a student is matched with nobody. */
  birthDate: string | null;
  givenName: string;
  familyName: string;
}

export interface Receiver {
  ownerId: string;
  schoolId: string;
}

export interface FormerSchool {
  /** The receiving school's student. */
  studentId: string;
  fromOwnerId: string;
  fromStudentId: string;
  fromSchoolId: string;
  fromSchoolName: string;
  status: OvergangStatus;
  /** When this school asked for the summary, if it did. */
  askedAt: Date | null;
  overgangId: string | null;
}

const pairKey = (ownerId: string, studentId: string) => `${ownerId}/${studentId}`;

export async function findFormerSchools(db: Db, receiver: Receiver, receiving: readonly ReceivingStudent[], today: string): Promise<FormerSchool[]> {
  const known = receiving.filter((s): s is ReceivingStudent & { birthDate: string } => s.birthDate !== null);
  if (known.length === 0) return [];
  const byBirth = groupBy(known, (s) => s.birthDate);
  const candidates = await db
    .select({ ownerId: students.ownerId, id: students.id, schoolId: students.schoolId, birthDate: students.birthDate, givenName: students.givenName, familyName: students.familyName, schoolName: schools.name })
    .from(students)
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .where(inArray(students.birthDate, [...byBirth.keys()]));
  const matches = candidates.flatMap((c) => {
    // Not the school itself: a student is not their own former school's (a skolebytte moves the same student).
    if (c.ownerId === receiver.ownerId && c.schoolId === receiver.schoolId) return [];
    // The query asks for known birth dates only; a null never equals one.
    if (c.birthDate === null) return [];
    const name = matchName(c.givenName, c.familyName);
    return (byBirth.get(c.birthDate) ?? []).filter((s) => matchName(s.givenName, s.familyName) === name).map((s) => ({ receivingId: s.id, former: c }));
  });
  if (matches.length === 0) return [];

  const pairs = [...new Map(matches.map((m) => [pairKey(m.former.ownerId, m.former.id), m.former])).values()];
  const ofPairs = (table: { ownerId: AnyPgColumn; studentId: AnyPgColumn }) => or(...pairs.map((p) => and(eq(table.ownerId, p.ownerId), eq(table.studentId, p.id))));
  const [caseRows, overgangRows, requests] = await Promise.all([
    db.select({ ownerId: cases.ownerId, studentId: cases.studentId, status: cases.status, closedAt: cases.closedAt }).from(cases).where(ofPairs(cases)),
    db.select({ ownerId: overganger.ownerId, id: overganger.id, studentId: overganger.studentId }).from(overganger).where(ofPairs(overganger)),
    db
      .select({ ownerId: overgangRequests.ownerId, studentId: overgangRequests.studentId, askedAt: overgangRequests.askedAt })
      .from(overgangRequests)
      .where(and(ofPairs(overgangRequests), eq(overgangRequests.askerOwnerId, receiver.ownerId), eq(overgangRequests.askerSchoolId, receiver.schoolId))),
  ]);
  const overgangOf = new Map(overgangRows.map((o) => [pairKey(o.ownerId, o.studentId), o]));
  const overgangIds = overgangRows.map((o) => o.id);
  const [consents, reads] = overgangIds.length
    ? await Promise.all([
        db
          .select({ overgangId: overgangConsents.overgangId, givenBy: overgangConsents.givenBy, givenOn: overgangConsents.givenOn, revokedOn: overgangConsents.revokedOn })
          .from(overgangConsents)
          .where(and(inArray(overgangConsents.ownerId, overgangRows.map((o) => o.ownerId)), inArray(overgangConsents.overgangId, overgangIds)))
          .orderBy(desc(overgangConsents.recordedAt)),
        db
          .select({ overgangId: overgangReads.overgangId, readAt: overgangReads.readAt, readerStudentId: overgangReads.readerStudentId })
          .from(overgangReads)
          .where(and(inArray(overgangReads.ownerId, overgangRows.map((o) => o.ownerId)), inArray(overgangReads.overgangId, overgangIds), eq(overgangReads.readerOwnerId, receiver.ownerId), eq(overgangReads.readerSchoolId, receiver.schoolId))),
      ])
    : [[], []];
  const casesOf = groupBy(caseRows, (c) => pairKey(c.ownerId, c.studentId));
  const consentsOf = groupBy(consents, (c) => c.overgangId);

  return matches.flatMap(({ receivingId, former }) => {
    const key = pairKey(former.ownerId, former.id);
    const overgang = overgangOf.get(key);
    const consentsHere = overgang ? (consentsOf.get(overgang.id) ?? []) : [];
    const followUp = hasFollowUpToPassOn(
      (casesOf.get(key) ?? []).map((c) => ({ status: c.status, closedOn: c.closedAt ? osloDate(c.closedAt) : null })),
      today,
    );
    // A summary with consent in force counts even when its case is older than "recent".
    if (!followUp && !consentInForce(consentsHere, today)) return [];
    const readAt = overgang ? (reads.filter((r) => r.overgangId === overgang.id && r.readerStudentId === receivingId).map((r) => r.readAt).sort((a, b) => b.getTime() - a.getTime())[0] ?? null) : null;
    return [
      {
        studentId: receivingId,
        fromOwnerId: former.ownerId,
        fromStudentId: former.id,
        fromSchoolId: former.schoolId,
        fromSchoolName: former.schoolName,
        status: overgangStatus({ consents: consentsHere, readAt, today }),
        askedAt: requests.find((r) => pairKey(r.ownerId, r.studentId) === key)?.askedAt ?? null,
        overgangId: overgang?.id ?? null,
      },
    ];
  });
}
