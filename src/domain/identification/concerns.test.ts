import { describe, expect, it } from 'vitest';
import { lightCounts, studentLight } from './concerns.js';

const flag = (level: 'gul' | 'rod') => ({ level });

describe('studentLight', () => {
  it('is grønn without open flags, else the highest level, with the rød reasons first', () => {
    expect(studentLight([])).toEqual({ level: 'gronn', reasons: [] });
    expect(studentLight([flag('gul')]).level).toBe('gul');
    const light = studentLight([flag('gul'), flag('rod')]);
    expect(light.level).toBe('rod');
    expect(light.reasons.map((f) => f.level)).toEqual(['rod', 'gul']);
  });
});

describe('lightCounts', () => {
  it('counts each student once, at the level of the student’s one light', () => {
    const students = [[], [flag('gul')], [flag('gul'), flag('gul')], [flag('gul'), flag('rod')], [flag('rod')], []];
    expect(lightCounts(students)).toEqual({ gronn: 2, gul: 2, rod: 2 });
    const counts = lightCounts(students);
    expect(counts.gronn + counts.gul + counts.rod).toBe(students.length);
  });
  it('is all zero for a class without students', () => {
    expect(lightCounts([])).toEqual({ gronn: 0, gul: 0, rod: 0 });
  });
});
