import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { missingBeforeSummons, preparationItems, stepDueOn, type PreparationState } from './avklaring-workflow.js';

// 2026/27 with høstferie in week 40 and the Christmas break.
const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-21', endsOn: '2027-01-01' },
  ],
};

describe('the deadlines of a clarification case', () => {
  it('gives the school ten school days from opening to prepare the meeting: two weeks in term', () => {
    // Monday 23 November → Monday 7 December.
    expect(stepDueOn(calendar, 'forebuing', '2026-11-23')).toBe('2026-12-07');
  });

  it('does not count høstferie in the preparation', () => {
    // Friday 25 September; 28 Sep–2 Oct is høstferie; 5–9 Oct and 12–16 Oct are the ten school days.
    expect(stepDueOn(calendar, 'forebuing', '2026-09-25')).toBe('2026-10-16');
  });

  it('is due on the meeting day itself once a meeting is summoned, however near or far that is', () => {
    expect(stepDueOn(calendar, 'samtale', '2026-11-23', '2026-11-26')).toBe('2026-11-26');
    expect(stepDueOn(calendar, 'samtale', '2026-11-23', '2027-01-11')).toBe('2027-01-11');
  });

  it('has no deadline for a summoned meeting without its day', () => {
    expect(() => stepDueOn(calendar, 'samtale', '2026-11-23')).toThrow('A summoned meeting has a day');
  });

  it('gives ten school days to close once the agreement exists, not counting the Christmas break', () => {
    expect(stepDueOn(calendar, 'avtale', '2026-11-23')).toBe('2026-12-07');
    // Monday 14 December: 15–18 Dec (4), 4–8 Jan (5), 11 Jan (1).
    expect(stepDueOn(calendar, 'avtale', '2026-12-14')).toBe('2027-01-11');
  });
});

describe('what must be done before the meeting is summoned', () => {
  const none = Object.fromEntries(preparationItems.map((item) => [item, false])) as PreparationState;
  const all = Object.fromEntries(preparationItems.map((item) => [item, true])) as PreparationState;

  it('is OT contacted and "Opplysingar om eleven" filled in, in that order', () => {
    expect(missingBeforeSummons(none)).toEqual(['ot_kontakta', 'opplysingar_utfylt']);
    expect(missingBeforeSummons({ ...none, ot_kontakta: true })).toEqual(['opplysingar_utfylt']);
    expect(missingBeforeSummons({ ...none, opplysingar_utfylt: true })).toEqual(['ot_kontakta']);
    expect(missingBeforeSummons({ ...none, ot_kontakta: true, opplysingar_utfylt: true })).toEqual([]);
  });

  it('does not wait for what the seed only recommends: the resource team, the phone call, the summons and invitations themselves', () => {
    expect(missingBeforeSummons({ ...all, ressursteam: false, innkalling_sendt: false, telefon_sms: false, deltakarar_invitert: false })).toEqual([]);
  });
});
