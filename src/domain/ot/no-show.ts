/**
 * When the student does not come to the clarification meeting (the seed, "Prosedyre viss eleven
 * ikkje kjem på møtet"): the school tries to reach the student or guardians at the start (logged
 * as a contact); if it is unclear whether the student leaves, a new meeting must be summoned;
 * otherwise the school decides with OT whether to summon again (e.g. when there is worry about the
 * youth's health or life). If the student is then written out without having attended, the written
 * summons goes with the agreement (agreement-distribution.ts).
 */
export interface NoShowFacts {
  /** Was a contact with the student or guardians tried at the start of the meeting? */
  contactTried: boolean;
  /** Did the attempt reach them (and did it settle whether the student leaves)? */
  unclearWhetherLeaving: boolean;
  /** Only asked when it is clear: the decision made with OT. */
  decidedWithOt?: 'ny_samtale' | 'ingen_ny_samtale' | undefined;
}

export type NoShowOutcome =
  | { ok: true; next: 'kall_inn_ny'; reason: 'uklart_om_eleven_sluttar' | 'avgjort_med_ot' }
  | { ok: true; next: 'avtale_utan_samtale' }
  | { ok: false; problem: 'kontakt_ikkje_provd' | 'avgjerd_med_ot_manglar' };

export function noShowOutcome(facts: NoShowFacts): NoShowOutcome {
  if (!facts.contactTried) return { ok: false, problem: 'kontakt_ikkje_provd' };
  if (facts.unclearWhetherLeaving) return { ok: true, next: 'kall_inn_ny', reason: 'uklart_om_eleven_sluttar' };
  if (!facts.decidedWithOt) return { ok: false, problem: 'avgjerd_med_ot_manglar' };
  return facts.decidedWithOt === 'ny_samtale' ? { ok: true, next: 'kall_inn_ny', reason: 'avgjort_med_ot' } : { ok: true, next: 'avtale_utan_samtale' };
}
