/**
 * Consents to move the summary, as the school received them: recorded, and revoked by a later
 * record on the same row (the consent stays as history). The rules of who may consent are the
 * domain's (src/domain/overgang/overgang-consent.ts); the route asks them before calling here.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { overgangConsents, overganger, tasks } from '../../db/schema.js';
import { overgangTaskKinds } from '../../domain/overgang/overgang-consent.js';
import type { ConsentGiver } from '../../domain/referrals/consent.js';

export async function findOvergangId(db: Db, ownerId: string, studentId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: overganger.id }).from(overganger).where(and(eq(overganger.ownerId, ownerId), eq(overganger.studentId, studentId)));
  return row?.id;
}

/**
 * Records the consent, and marks done the task a receiving school's request gave (to ask the home
 * for consent): the home has answered. Returns the consent and the tasks it closed.
 */
export async function recordOvergangConsent(
  db: Db,
  input: { ownerId: string; overgangId: string; studentId: string; givenBy: ConsentGiver; guardianId: string | null; givenOn: string; staffId: string; at: Date },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(overgangConsents)
      .values({ ownerId: input.ownerId, overgangId: input.overgangId, givenBy: input.givenBy, guardianId: input.guardianId, givenOn: input.givenOn, recordedBy: input.staffId, recordedAt: input.at })
      .returning();
    const closed = await tx
      .update(tasks)
      .set({ doneAt: input.at })
      .where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.studentId, input.studentId), inArray(tasks.kind, [...overgangTaskKinds]), isNull(tasks.doneAt)))
      .returning({ id: tasks.id });
    return { consent: row!, closedTaskIds: closed.map((t) => t.id) };
  });
}

/** Revokes one consent that is not revoked yet; undefined when there is none such. */
export async function revokeOvergangConsent(db: Db, input: { ownerId: string; overgangId: string; consentId: string; revokedBy: ConsentGiver; revokedOn: string; staffId: string }) {
  const [row] = await db
    .update(overgangConsents)
    .set({ revokedOn: input.revokedOn, revokedBy: input.revokedBy, revokeRecordedBy: input.staffId })
    .where(and(eq(overgangConsents.ownerId, input.ownerId), eq(overgangConsents.overgangId, input.overgangId), eq(overgangConsents.id, input.consentId), isNull(overgangConsents.revokedOn)))
    .returning();
  return row;
}
