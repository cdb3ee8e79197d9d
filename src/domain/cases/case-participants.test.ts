import { describe, expect, it } from 'vitest';
import { caseOrigin, participantsOnOpening, responsibleOnOpening } from './open-case.js';
import { participantRemoval } from './remove-participant.js';

describe('opening a case', () => {
  it('comes from the flag it was opened from, from the report when the flag is a report’s', () => {
    expect(caseOrigin('manuelt', { ruleCode: 'melding' })).toBe('melding');
    expect(caseOrigin('manuelt', { ruleCode: 'ukesjekk' })).toBe('flagg');
    expect(caseOrigin('melding', { ruleCode: 'fravaersmonster' })).toBe('flagg');
    expect(caseOrigin('flagg', { ruleCode: 'melding' })).toBe('melding');
  });

  it('takes the opener’s word without a flag', () => {
    expect(caseOrigin('manuelt')).toBe('manuelt');
    expect(caseOrigin('melding')).toBe('melding');
    expect(caseOrigin('flagg')).toBe('flagg');
  });

  it('goes to the person named, else the contact teacher, else the opener', () => {
    expect(responsibleOnOpening({ chosen: 'named', contactTeacher: 'teacher', opener: 'opener' })).toBe('named');
    expect(responsibleOnOpening({ chosen: undefined, contactTeacher: 'teacher', opener: 'opener' })).toBe('teacher');
    expect(responsibleOnOpening({ contactTeacher: undefined, opener: 'opener' })).toBe('opener');
  });

  it('makes the responsible person its owner and the opener a participant', () => {
    expect(participantsOnOpening('teacher', 'opener')).toEqual([
      { staffId: 'teacher', role: 'ansvarlig' },
      { staffId: 'opener', role: 'deltaker' },
    ]);
    expect(participantsOnOpening('opener', 'opener')).toEqual([{ staffId: 'opener', role: 'ansvarlig' }]);
  });
});

describe('removing a participant', () => {
  const participants = [
    { staffId: 'owner', role: 'ansvarlig' },
    { staffId: 'helper', role: 'deltaker' },
  ];

  it('removes a participant who is not responsible', () => {
    expect(participantRemoval(participants, 'helper')).toBe('ok');
  });

  it('keeps the responsible person until the case is handed on', () => {
    expect(participantRemoval(participants, 'owner')).toBe('is_responsible');
  });

  it('finds no one who does not take part', () => {
    expect(participantRemoval(participants, 'stranger')).toBe('not_found');
    expect(participantRemoval([], 'owner')).toBe('not_found');
  });
});
