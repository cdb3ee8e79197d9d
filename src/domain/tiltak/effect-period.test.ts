import { describe, expect, it } from 'vitest';
import { effectPeriod } from './effect-period.js';

const signed = (version: number, ...dates: string[]) => ({ version, signatures: dates.map((signedOn) => ({ signedOn })) });

describe('effectPeriod', () => {
  it('has no period before the plan is signed', () => {
    expect(effectPeriod({ versions: [signed(1)], evaluatedOn: [], closedOn: null, today: '2026-11-23' })).toEqual({ signed: false });
    expect(effectPeriod({ versions: [], evaluatedOn: [], closedOn: null, today: '2026-11-23' })).toEqual({ signed: false });
  });

  it('starts on the first signature of the first signed version, late signers and later versions aside', () => {
    const versions = [signed(3), signed(2, '2026-10-20'), signed(1, '2026-10-07', '2026-10-05', '2026-10-09')];
    expect(effectPeriod({ versions, evaluatedOn: [], closedOn: null, today: '2026-11-23' })).toEqual({ signed: true, version: 1, signedOn: '2026-10-05', endsOn: '2026-11-23', endsBy: 'i_dag' });
  });

  it('ends at the first evaluation on or after the signing', () => {
    const versions = [signed(1, '2026-10-05')];
    expect(effectPeriod({ versions, evaluatedOn: ['2026-11-02', '2026-10-26', '2026-10-01'], closedOn: '2026-11-10', today: '2026-11-23' })).toMatchObject({ endsOn: '2026-10-26', endsBy: 'evaluering' });
    expect(effectPeriod({ versions, evaluatedOn: ['2026-10-05'], closedOn: null, today: '2026-11-23' })).toMatchObject({ endsOn: '2026-10-05', endsBy: 'evaluering' });
  });

  it('without an evaluation, ends when the case was closed, else today, and never after today', () => {
    const versions = [signed(1, '2026-10-05')];
    expect(effectPeriod({ versions, evaluatedOn: ['2026-10-01'], closedOn: '2026-11-10', today: '2026-11-23' })).toMatchObject({ endsOn: '2026-11-10', endsBy: 'avsluttet' });
    // A case closed before the signing that the plan is recorded in afterwards: read to today.
    expect(effectPeriod({ versions, evaluatedOn: [], closedOn: '2026-10-01', today: '2026-11-23' })).toMatchObject({ endsOn: '2026-11-23', endsBy: 'i_dag' });
    expect(effectPeriod({ versions, evaluatedOn: ['2026-12-01'], closedOn: null, today: '2026-11-23' })).toMatchObject({ endsOn: '2026-11-23', endsBy: 'i_dag' });
  });
});
