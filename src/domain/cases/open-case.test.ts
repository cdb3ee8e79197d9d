import { describe, expect, it } from 'vitest';
import { openCasesOnOpening } from './open-case.js';

const school = 'school-a';
const teacher = { staffId: 'teacher', roles: [{ role: 'kontaktlaerer' as const, schoolId: school }] };
const rektor = { staffId: 'rektor', roles: [{ role: 'skoleleder' as const, schoolId: school }] };
const hidden = { id: 'hidden', schoolId: school, participantStaffIds: ['nurse'] };
const own = { id: 'own', schoolId: school, participantStaffIds: ['teacher'] };

describe('the open cases of the kind, as the opener meets them', () => {
  it('names one the opener may see, and never one they may not', () => {
    expect(openCasesOnOpening([hidden, own], teacher)).toEqual({ seen: 'own', hidden: ['hidden'] });
    expect(openCasesOnOpening([hidden], teacher)).toEqual({ seen: null, hidden: ['hidden'] });
    expect(openCasesOnOpening([hidden], rektor)).toEqual({ seen: 'hidden', hidden: [] });
    expect(openCasesOnOpening([], teacher)).toEqual({ seen: null, hidden: [] });
  });

  it('counts every case as seen when the system opens it (the demo school)', () => {
    expect(openCasesOnOpening([hidden])).toEqual({ seen: 'hidden', hidden: [] });
  });
});
