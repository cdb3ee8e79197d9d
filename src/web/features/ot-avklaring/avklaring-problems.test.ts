import { describe, expect, it } from 'vitest';
import { avklaringProblem } from './avklaring-problems';

describe('the refusals the clarification page says in its own words', () => {
  it('knows a missing mandatory part of the meeting', () => {
    expect(avklaringProblem({ path: 'missingParts', message: 'ot' })).toEqual({ key: 'otAvklaring.problem.missingPart', part: 'ot' });
    expect(avklaringProblem({ path: 'body.participants', message: 'missing: kontaktlaerar_eller_radgjevar' })).toEqual({
      key: 'otAvklaring.problem.missingPart',
      part: 'kontaktlaerar_eller_radgjevar',
    });
  });

  it('knows a duty not done before the summons', () => {
    expect(avklaringProblem({ path: 'missingBeforeSummons', message: 'opplysingar_utfylt' })).toEqual({ key: 'otAvklaring.problem.missingPreparation', item: 'opplysingar_utfylt' });
    expect(avklaringProblem({ path: 'preparation', message: 'ot_kontakta: OT has not been contacted' })).toEqual({ key: 'otAvklaring.problem.missingPreparation', item: 'ot_kontakta' });
  });

  it('knows the no-show problems by their codes', () => {
    expect(avklaringProblem({ path: 'body', message: 'avgjerd_med_ot_manglar' })).toEqual({ key: 'otAvklaring.problem.avgjerd_med_ot_manglar' });
  });

  it('leaves what it does not know to the cases’ words or the server’s', () => {
    expect(avklaringProblem({ path: 'body.place', message: 'String must contain at least 1 character(s)' })).toBeNull();
    // "ot" inside a word is not the part.
    expect(avklaringProblem({ path: 'body.note', message: 'not allowed' })).toBeNull();
  });
});
