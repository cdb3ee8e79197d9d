import { describe, expect, it } from 'vitest';
import { avklaringSummonsRecipients } from './avklaring-summons.js';

describe('who the written summons to the clarification meeting goes to', () => {
  it('summons every guardian with parental responsibility, a guardian who shares the student’s name too', () => {
    const guardians = [
      { name: 'Ola Nordmann', parentalResponsibility: true },
      { name: 'Kari Nordmann', parentalResponsibility: true },
      { name: 'Per Nordmann', parentalResponsibility: false },
    ];
    expect(avklaringSummonsRecipients({ student: { name: 'Ola Nordmann', birthDate: '2010-05-01' }, guardians, meetingOn: '2026-11-23' })).toEqual({
      recipients: ['Ola Nordmann', 'Ola Nordmann', 'Kari Nordmann'],
      toGuardians: true,
    });
  });
});
