import { describe, expect, it } from 'vitest';
import type { HomeStudent } from '../../../shared/home-api';
import { hasStudentChoice, homePaths, landingPath } from './home-paths';

const student = (id: string, basis: HomeStudent['basis'] = 'minor'): HomeStudent => ({ id, name: `Elev ${id}`, schoolName: 'Varde skole', basis });
const ola = '0b7a3c1e-1f2d-4c5b-8a9e-000000000001';
const kari = '0b7a3c1e-1f2d-4c5b-8a9e-000000000002';

describe('where the home view opens', () => {
  it('goes straight to a student’s own page: they see only themself', () => {
    expect(landingPath({ students: [student(ola, 'self')] })).toBe(`/hjem/elev/${ola}`);
  });

  it('goes straight to the one child of a guardian: there is nothing to choose', () => {
    expect(landingPath({ students: [student(ola)] })).toBe(homePaths.student(ola));
  });

  it('shows the list to a guardian of several children, and offers the way back to it', () => {
    const session = { students: [student(ola), student(kari, 'consent')] };
    expect(landingPath(session)).toBeNull();
    expect(hasStudentChoice(session)).toBe(true);
    expect(hasStudentChoice({ students: [student(ola)] })).toBe(false);
  });

  it('shows the (empty) list when there is nobody to see, rather than a page that cannot load', () => {
    expect(landingPath({ students: [] })).toBeNull();
  });

  it('escapes the student id in a path', () => {
    expect(homePaths.access('a/b')).toBe('/hjem/elev/a%2Fb/innsyn');
  });
});
