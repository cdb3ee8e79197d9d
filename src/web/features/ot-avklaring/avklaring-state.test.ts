import { describe, expect, it } from 'vitest';
import type { AvklaringDetail } from '../../../shared/ot-api';
import { endings, mayEditAgreement, mayRecordOutcome, maySummon, pendingMeeting, stepStates } from './avklaring-state';

type Detail = Parameters<typeof endings>[0];
const meeting = (id: string, startsAt: string, outcome: 'holdt' | 'ikkje_mott' | null) =>
  ({ id, startsAt, outcome, place: 'Møterom 2', participants: [], summonsSentOn: null, summonsDocumentId: null, requiredParts: [], missingParts: [], guardiansSummoned: false }) as AvklaringDetail['meetings'][number];

const detail = (change: Partial<Detail> = {}): Detail => ({
  step: 'forebuing',
  status: 'aapen',
  meetings: [],
  signedAt: null,
  mayWrite: true,
  mayWriteOut: false,
  student: { id: 's', name: 'Elev', birthDate: '2009-03-01', age: 17, groupName: null, leftOn: null, leaveReason: null },
  agreement: { whatCameUp: '', alternatives: '', decision: 'uavklart', plan: [], otFollowUp: '' },
  ...change,
});

describe('the state of a clarification case', () => {
  it('marks the steps before the current one done, and every step done once closed', () => {
    expect(stepStates({ step: 'samtale', status: 'aapen' })).toEqual([
      { step: 'forebuing', state: 'ferdig' },
      { step: 'samtale', state: 'naa' },
      { step: 'avtale', state: 'senere' },
    ]);
    expect(stepStates({ step: 'avtale', status: 'avsluttet' }).map((s) => s.state)).toEqual(['ferdig', 'ferdig', 'ferdig']);
  });

  it('finds the latest meeting that waits to be held', () => {
    const meetings = [meeting('a', '2026-11-02T09:00:00+01:00', 'ikkje_mott'), meeting('b', '2026-11-12T09:00:00+01:00', null)];
    expect(pendingMeeting({ meetings })?.id).toBe('b');
    expect(pendingMeeting({ meetings: [meetings[0]!] })).toBeNull();
  });

  it('offers a summons only while no meeting waits and the form is unsigned', () => {
    expect(maySummon(detail())).toBe(true);
    expect(maySummon(detail({ meetings: [meeting('b', '2026-11-12T09:00:00+01:00', null)] }))).toBe(false);
    // After a no-show that calls for a new meeting, the case is back at "forebuing".
    expect(maySummon(detail({ meetings: [meeting('a', '2026-11-02T09:00:00+01:00', 'ikkje_mott')] }))).toBe(true);
    // Once the meeting is held, or the school decided with OT not to summon again, it is not.
    expect(maySummon(detail({ step: 'avtale', meetings: [meeting('a', '2026-11-02T09:00:00+01:00', 'ikkje_mott')] }))).toBe(false);
    expect(maySummon(detail({ signedAt: '2026-11-12T10:00:00Z' }))).toBe(false);
    expect(maySummon(detail({ mayWrite: false }))).toBe(false);
    expect(maySummon(detail({ status: 'avsluttet' }))).toBe(false);
  });

  it('records a meeting’s outcome from its day in Norway', () => {
    const m = meeting('b', '2026-11-12T00:30:00+01:00', null);
    expect(mayRecordOutcome(m, '2026-11-11')).toBe(false);
    expect(mayRecordOutcome(m, '2026-11-12')).toBe(true);
    expect(mayRecordOutcome(m, '2026-11-13')).toBe(true);
  });

  it('keeps the form editable until it is signed', () => {
    expect(mayEditAgreement(detail({ step: 'samtale' }))).toBe(true);
    expect(mayEditAgreement(detail({ signedAt: '2026-11-12T10:00:00Z' }))).toBe(false);
  });

  it('ends a case at its last step: closed when the student stays, written out by those who may when the student leaves', () => {
    const atEnd = (decision: Detail['agreement']['decision'], mayWriteOut: boolean) =>
      endings(detail({ step: 'avtale', signedAt: '2026-11-12T10:00:00Z', mayWriteOut, agreement: { ...detail().agreement, decision } }));
    expect(atEnd('held_fram', true)).toEqual({ close: true, writeOut: false });
    expect(atEnd('sluttar', true)).toEqual({ close: false, writeOut: true });
    expect(atEnd('sluttar', false)).toEqual({ close: false, writeOut: false });
    expect(atEnd('uavklart', true)).toEqual({ close: true, writeOut: true });
    expect(endings(detail({ step: 'samtale', mayWriteOut: true }))).toEqual({ close: false, writeOut: false });
    const left = detail({ step: 'avtale', mayWriteOut: true, student: { ...detail().student, leftOn: '2026-11-20', leaveReason: 'SL' } });
    expect(endings(left).writeOut).toBe(false);
  });
});
