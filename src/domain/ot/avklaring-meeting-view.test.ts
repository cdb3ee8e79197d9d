import { describe, expect, it } from 'vitest';
import { agreementMeeting, type StoredMeeting } from './avklaring-meeting-view.js';

const meeting = (over: Partial<StoredMeeting>): StoredMeeting => ({
  id: 'm',
  on: '2026-11-23',
  outcome: null,
  invited: [
    { kind: 'elev', name: 'Ola' },
    { kind: 'ot', name: 'Otto', staffId: 'o1' },
    { kind: 'leiing', name: 'Rita', staffId: 'r1' },
  ],
  present: [],
  ...over,
});

describe('the meeting the agreement is about', () => {
  it('is the latest held meeting, whatever order the meetings come in', () => {
    const first = meeting({ id: 'first', on: '2026-11-09', outcome: 'holdt' });
    const second = meeting({ id: 'second', on: '2026-11-16', outcome: 'holdt' });
    const noShow = meeting({ id: 'no-show', on: '2026-11-23', outcome: 'ikkje_mott' });
    expect(agreementMeeting([first, second, noShow])?.meeting.id).toBe('second');
    expect(agreementMeeting([noShow, second, first])?.meeting.id).toBe('second');
  });

  it('is the latest meeting when none was held, whatever order they come in', () => {
    const noShow = meeting({ id: 'no-show', on: '2026-11-16', outcome: 'ikkje_mott' });
    const summoned = meeting({ id: 'summoned', on: '2026-11-23' });
    expect(agreementMeeting([noShow, summoned])?.meeting.id).toBe('summoned');
    expect(agreementMeeting([summoned, noShow])?.meeting.id).toBe('summoned');
  });

  it('passes over a later meeting that was called off', () => {
    const noShow = meeting({ id: 'no-show', on: '2026-11-16', outcome: 'ikkje_mott' });
    const calledOff = meeting({ id: 'called-off', on: '2026-11-23', outcome: 'avlyst' });
    expect(agreementMeeting([noShow, calledOff])?.meeting.id).toBe('no-show');
  });

  it('names as present those who came to a held meeting, and as absent the invited who did not', () => {
    const held = meeting({
      outcome: 'holdt',
      present: [
        { kind: 'elev', name: 'Ola', invitedIndex: 0 },
        { kind: 'leiing', name: 'Rita', staffId: 'r1', invitedIndex: 2 },
        { kind: 'foresett', name: 'Mor', invitedIndex: null },
      ],
    });
    expect(agreementMeeting([held])?.people).toEqual([
      { kind: 'elev', name: 'Ola', present: true },
      { kind: 'ot', name: 'Otto', staffId: 'o1', present: false },
      { kind: 'leiing', name: 'Rita', staffId: 'r1', present: true },
      { kind: 'foresett', name: 'Mor', present: true },
    ]);
  });

  it('names nobody as present after a no-show, or before the meeting has an outcome', () => {
    expect(agreementMeeting([meeting({ outcome: 'ikkje_mott' })])?.people.map((p) => p.present)).toEqual([false, false, false]);
    expect(agreementMeeting([meeting({})])?.people.map((p) => p.present)).toEqual([false, false, false]);
  });
});
