import { describe, expect, it } from 'vitest';
import { noShowOutcome } from './no-show.js';

describe('when the student does not come to the clarification meeting', () => {
  it('first asks that the school tried to reach the student or guardians at the start', () => {
    expect(noShowOutcome({ contactTried: false, unclearWhetherLeaving: true })).toEqual({ ok: false, problem: 'kontakt_ikkje_provd' });
  });

  it('summons a new meeting when it is unclear whether the student leaves, whatever was decided', () => {
    expect(noShowOutcome({ contactTried: true, unclearWhetherLeaving: true })).toEqual({ ok: true, next: 'kall_inn_ny', reason: 'uklart_om_eleven_sluttar' });
    expect(noShowOutcome({ contactTried: true, unclearWhetherLeaving: true, decidedWithOt: 'ingen_ny_samtale' })).toEqual({ ok: true, next: 'kall_inn_ny', reason: 'uklart_om_eleven_sluttar' });
  });

  it('otherwise asks for the decision made with OT, and follows it', () => {
    expect(noShowOutcome({ contactTried: true, unclearWhetherLeaving: false })).toEqual({ ok: false, problem: 'avgjerd_med_ot_manglar' });
    expect(noShowOutcome({ contactTried: true, unclearWhetherLeaving: false, decidedWithOt: 'ny_samtale' })).toEqual({ ok: true, next: 'kall_inn_ny', reason: 'avgjort_med_ot' });
    expect(noShowOutcome({ contactTried: true, unclearWhetherLeaving: false, decidedWithOt: 'ingen_ny_samtale' })).toEqual({ ok: true, next: 'avtale_utan_samtale' });
  });
});
