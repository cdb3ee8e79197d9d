/** A referral (PPT, BUP, helsesykepleier) or a concern report to barnevern, kept in the case. */
import type { Db } from '../../db/database.js';
import { referrals } from '../../db/schema.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function recordReferral(
  db: Db,
  who: CaseChange,
  input: {
    kind: string;
    referredOn: string;
    reason: string;
    consent: { givenBy: string; givenOn: string; note: string } | null;
    checklist: { confirmed: string[]; descriptions: Record<string, string> };
    guardiansInformedOn: string | null;
  },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(referrals)
      .values({
        ownerId: who.kase.ownerId,
        caseId: who.kase.id,
        studentId: who.kase.studentId,
        kind: input.kind,
        referredOn: input.referredOn,
        reason: input.reason,
        consentGivenBy: input.consent?.givenBy ?? null,
        consentGivenOn: input.consent?.givenOn ?? null,
        consentNote: input.consent?.note || null,
        checklist: input.checklist,
        guardiansInformedOn: input.guardiansInformedOn,
        createdBy: who.actorStaffId,
      })
      .returning({ id: referrals.id });
    await appendCaseEvent(tx, eventIn(who, 'referral', input.reason.slice(0, 200), { referralId: row!.id, kind: input.kind }));
    return row!.id;
  });
}
