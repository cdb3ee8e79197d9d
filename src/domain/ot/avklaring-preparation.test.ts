import { describe, expect, it } from 'vitest';
import { preparationChecklist } from './avklaring-preparation.js';
import { avklaringSummonsRecipients } from './avklaring-summons.js';
import { agreementMeeting, meetingPeople, type StoredMeeting } from './avklaring-meeting-view.js';

const none = { ressursteam: null, ot_kontakta: null, innkalling_sendt: null, telefon_sms: null, deltakarar_invitert: null, opplysingar_utfylt: null };

describe('the preparation checklist', () => {
  it('is read from the records, and the summons waits for OT contacted and the form part saved', () => {
    const empty = preparationChecklist(none);
    expect(empty.items.map((i) => [i.item, i.done, i.required])).toEqual([
      ['ressursteam', false, false],
      ['ot_kontakta', false, true],
      ['innkalling_sendt', false, false],
      ['telefon_sms', false, false],
      ['deltakarar_invitert', false, false],
      ['opplysingar_utfylt', false, true],
    ]);
    expect(empty.missingBeforeSummons).toEqual(['ot_kontakta', 'opplysingar_utfylt']);
    const ready = preparationChecklist({ ...none, ot_kontakta: { on: '2026-11-20', by: 'Kari' }, opplysingar_utfylt: { on: '2026-11-23', by: null } });
    expect(ready.missingBeforeSummons).toEqual([]);
    expect(ready.items[1]).toEqual({ item: 'ot_kontakta', done: true, on: '2026-11-20', by: 'Kari', required: true });
  });
});

describe('the summons to the clarification meeting', () => {
  const guardians = [
    { name: 'Mor', parentalResponsibility: true },
    { name: 'Far', parentalResponsibility: false },
  ];
  it('goes to the student, and to the guardians with parental responsibility while 17 on the meeting day', () => {
    expect(avklaringSummonsRecipients({ student: { name: 'Ola', birthDate: '2008-11-24' }, guardians, meetingOn: '2026-11-23' })).toEqual({ recipients: ['Ola', 'Mor'], toGuardians: true });
  });
  it('goes to the student alone from the 18th birthday', () => {
    expect(avklaringSummonsRecipients({ student: { name: 'Ola', birthDate: '2008-11-23' }, guardians, meetingOn: '2026-11-23' })).toEqual({ recipients: ['Ola'], toGuardians: false });
  });
});

describe('who a meeting had', () => {
  const meeting = (over: Partial<StoredMeeting>): StoredMeeting => ({
    id: 'm',
    on: '2026-11-23',
    outcome: null,
    invited: [
      { kind: 'elev', name: 'Ola' },
      { kind: 'ot', name: 'Otto', staffId: 'o1' },
    ],
    present: [],
    ...over,
  });
  it('marks nobody before the outcome, only the student after a no-show, everyone after a held meeting (and those who came along)', () => {
    expect(meetingPeople(meeting({})).map((p) => p.present)).toEqual([null, null]);
    expect(meetingPeople(meeting({ outcome: 'ikkje_mott' })).map((p) => p.present)).toEqual([false, null]);
    const held = meeting({ outcome: 'holdt', present: [{ kind: 'elev', name: 'Ola', invitedIndex: 0 }, { kind: 'foresett', name: 'Mor', invitedIndex: null }] });
    expect(meetingPeople(held)).toEqual([
      { kind: 'elev', name: 'Ola', present: true },
      { kind: 'ot', name: 'Otto', staffId: 'o1', present: false },
      { kind: 'foresett', name: 'Mor', present: true },
    ]);
  });
  it('takes the held meeting for the agreement, else the latest', () => {
    const held = meeting({ id: 'a', on: '2026-11-20', outcome: 'holdt' });
    const later = meeting({ id: 'b', on: '2026-11-23', outcome: 'ikkje_mott' });
    expect(agreementMeeting([later, held])?.meeting.id).toBe('a');
    expect(agreementMeeting([later])?.meeting.id).toBe('b');
    expect(agreementMeeting([])).toBeNull();
  });
});
