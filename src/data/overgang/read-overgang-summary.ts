/**
 * The receiving school reads a summary waiting for it. Only while a consent is in force, and only
 * for the student it matched; the read is kept with the former school's owner (overgang_reads,
 * with the summary as read) and written to that owner's audit log, so that the school that wrote
 * it can tell the home who has it. The receiving owner's own audit entry is the route's.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { overgangConsents, overganger, overgangReads } from '../../db/schema.js';
import { consentInForce } from '../../domain/overgang/overgang-consent.js';
import { writeAudit } from '../write-audit.js';
import { findFormerSchools, type Receiver, type ReceivingStudent } from './find-former-schools.js';

export type ReadResult =
  | { kind: 'read'; fromSchoolName: string; summary: typeof overganger.$inferSelect.summary; consent: { givenBy: 'foresatte' | 'elev'; givenOn: string }; readAt: Date }
  | { kind: 'not_found' }
  | { kind: 'no_consent' };

export async function readOvergangSummary(
  db: Db,
  input: { receiver: Receiver & { schoolName: string }; reader: { staffId: string; name: string }; student: ReceivingStudent; fromStudentId: string; today: string; at: Date },
): Promise<ReadResult> {
  const match = (await findFormerSchools(db, input.receiver, [input.student], input.today)).find((f) => f.fromStudentId === input.fromStudentId);
  if (!match) return { kind: 'not_found' };
  if (match.status === 'kan_spoerje' || !match.overgangId) return { kind: 'no_consent' };
  const ownerId = match.fromOwnerId;
  const [overgang] = await db.select().from(overganger).where(and(eq(overganger.ownerId, ownerId), eq(overganger.id, match.overgangId)));
  const consents = await db
    .select()
    .from(overgangConsents)
    .where(and(eq(overgangConsents.ownerId, ownerId), eq(overgangConsents.overgangId, match.overgangId)))
    .orderBy(desc(overgangConsents.recordedAt));
  const consent = consentInForce(consents, input.today);
  // Checked again on the rows themselves: a consent revoked since the match is not read past.
  if (!overgang || !consent) return { kind: 'no_consent' };
  await db.insert(overgangReads).values({
    ownerId,
    overgangId: overgang.id,
    readerOwnerId: input.receiver.ownerId,
    readerSchoolId: input.receiver.schoolId,
    readerStaffId: input.reader.staffId,
    readerName: input.reader.name,
    readerSchoolName: input.receiver.schoolName,
    readerStudentId: input.student.id,
    summary: overgang.summary,
    readAt: input.at,
  });
  await writeAudit(db, {
    ownerId,
    actorStaffId: null,
    action: 'read',
    entity: 'overgang',
    entityId: overgang.id,
    studentId: overgang.studentId,
    detail: { readerOwnerId: input.receiver.ownerId, readerSchoolId: input.receiver.schoolId, readerSchoolName: input.receiver.schoolName, readerName: input.reader.name, consentId: consent.id },
  });
  return { kind: 'read', fromSchoolName: match.fromSchoolName, summary: overgang.summary, consent: { givenBy: consent.givenBy, givenOn: consent.givenOn }, readAt: input.at };
}
