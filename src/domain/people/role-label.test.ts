import { describe, expect, it } from 'vitest';
import { readRoleLabel, roleLabelCodes, type RoleLabelCode } from './role-label.js';

describe('readRoleLabel', () => {
  it('reads the labels Varde and the demo store, in any of the three languages', () => {
    expect(readRoleLabel('Kontaktlærer 1STA')).toEqual({ code: 'kontaktlaerer', detail: '1STA' });
    expect(readRoleLabel('Kontaktlærar 2STB')).toEqual({ code: 'kontaktlaerer', detail: '2STB' });
    expect(readRoleLabel('Contact teacher 1STA')).toEqual({ code: 'kontaktlaerer', detail: '1STA' });
    expect(readRoleLabel('Elev')).toEqual({ code: 'elev', detail: null });
    expect(readRoleLabel(' student ')).toEqual({ code: 'elev', detail: null });
    expect(readRoleLabel('Foresatt')).toEqual({ code: 'foresatt', detail: null });
    expect(readRoleLabel('føresett')).toEqual({ code: 'foresatt', detail: null });
    expect(readRoleLabel('Rektor')).toEqual({ code: 'rektor', detail: null });
    expect(readRoleLabel('OT-rådgiver')).toEqual({ code: 'ot_radgiver', detail: null });
  });

  it('leaves free words as they were written', () => {
    expect(readRoleLabel('mor')).toBeNull();
    expect(readRoleLabel('PPT-rådgiver')).toBeNull();
    expect(readRoleLabel('Elev som var med på møtet i går')).toBeNull();
    expect(readRoleLabel('')).toBeNull();
  });
});

describe('readRoleLabel, every role in bokmål, nynorsk and English', () => {
  const written: Record<RoleLabelCode, string[]> = {
    elev: ['Eleven', 'Elev', 'Student', 'Pupil'],
    foresatt: ['Foresatte', 'Foresatt', 'Føresette', 'Føresett', 'Guardians', 'Guardian', 'Parent'],
    kontaktlaerer: ['Kontaktlærer', 'Kontaktlærar', 'Contact teacher'],
    faglaerer: ['Faglærer', 'Faglærar', 'Subject teacher'],
    radgiver: ['Rådgiver', 'Rådgjevar', 'Counsellor', 'Counselor'],
    rektor: ['Rektor', 'Principal', 'Head teacher'],
    avdelingsleder: ['Avdelingsleder', 'Avdelingsleiar', 'Head of department'],
    skoleleder: ['Skoleleder', 'Skuleleiar', 'School leader'],
    helsesykepleier: ['Helsesykepleier', 'Helsesjukepleiar', 'School nurse'],
    sosiallaerer: ['Sosiallærer', 'Sosiallærar', 'Social teacher'],
    miljoterapeut: ['Miljøterapeut', 'Milieu therapist'],
    ot_radgiver: ['OT-rådgiver', 'OT-rådgjevar', 'OT adviser', 'OT advisor'],
    skoleeier: ['Skoleeier', 'Skuleeigar', 'School owner'],
    administrator: ['Systemansvarlig', 'Systemansvarleg', 'Administrator'],
  };

  it('knows every role it names', () => {
    expect(Object.keys(written).sort()).toEqual([...roleLabelCodes].sort());
  });

  it.each(Object.entries(written))('reads %s', (code, labels) => {
    for (const label of labels) {
      expect(readRoleLabel(label)).toEqual({ code, detail: null });
      expect(readRoleLabel(`${label} 2STB`)).toEqual({ code, detail: '2STB' });
    }
  });

  it('reads the longest role word first, so a detail is not taken for part of the role', () => {
    expect(readRoleLabel('Head teacher 1A')).toEqual({ code: 'rektor', detail: '1A' });
    expect(readRoleLabel('School nurse')).toEqual({ code: 'helsesykepleier', detail: null });
  });

  it('takes a class name or a code as the detail, not a word of a sentence', () => {
    expect(readRoleLabel('Kontaktlærer  1STA')).toEqual({ code: 'kontaktlaerer', detail: '1STA' });
    expect(readRoleLabel('Kontaktlærer VG1')).toEqual({ code: 'kontaktlaerer', detail: 'VG1' });
    expect(readRoleLabel('Faglærer MAT-1P')).toEqual({ code: 'faglaerer', detail: 'MAT-1P' });
    expect(readRoleLabel('Kontaktlærer ST')).toEqual({ code: 'kontaktlaerer', detail: 'ST' });
    expect(readRoleLabel('Kontaktlærer S')).toBeNull();
    expect(readRoleLabel('Kontaktlærer for klassen')).toBeNull();
    expect(readRoleLabel('Kontaktlærer 1STA og 1STB')).toBeNull();
    expect(readRoleLabel(`Kontaktlærer ${'1'.repeat(21)}`)).toBeNull();
    expect(readRoleLabel(`Kontaktlærer ${'1'.repeat(20)}`)).toEqual({ code: 'kontaktlaerer', detail: '1'.repeat(20) });
    expect(readRoleLabel('Elevrådsleder')).toBeNull();
  });
});

describe('readRoleLabel, spaces and capitals', () => {
  it('reads a role written with more than one space between its words', () => {
    expect(readRoleLabel('Contact   teacher  1STA')).toEqual({ code: 'kontaktlaerer', detail: '1STA' });
    expect(readRoleLabel('Head\tof department')).toEqual({ code: 'avdelingsleder', detail: null });
  });

  it('takes capitals as a class name only at the start of the detail', () => {
    expect(readRoleLabel('Faglærer STB')).toEqual({ code: 'faglaerer', detail: 'STB' });
    expect(readRoleLabel('Faglærer tyskSTB')).toBeNull();
  });
});
