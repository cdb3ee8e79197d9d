import { describe, expect, it } from 'vitest';
import {
  enteredGradeKindsAt,
  enteredGradeKindsOf,
  followThroughOf,
  gradeKindsAt,
  hasAbsenceLimit,
  levelWordOf,
  readLevel,
  schoolKindFeatures,
} from './school-kind-features.js';
import { schoolKinds, schoolLevels } from './vocabulary.js';

describe('what differs between the kinds of school', () => {
  it('gives no grades on barnetrinnet, in a barneskole or on trinn 1–7 of a kombinert skole', () => {
    for (const level of schoolLevels.barneskole) {
      expect(gradeKindsAt('barneskole', level)).toEqual([]);
      expect(gradeKindsAt('kombinert', level)).toEqual([]);
    }
    expect(gradeKindsAt('barneskole', null)).toEqual([]);
    expect(enteredGradeKindsOf('barneskole')).toEqual([]);
  });

  it('gives half-year grades on ungdomstrinnet and final grades in 10, never midterm grades', () => {
    for (const kind of ['ungdomsskole', 'kombinert'] as const) {
      expect(gradeKindsAt(kind, '8')).toEqual(['halvaar']);
      expect(gradeKindsAt(kind, '9')).toEqual(['halvaar']);
      expect(gradeKindsAt(kind, '10')).toEqual(['halvaar', 'standpunkt']);
      expect(enteredGradeKindsAt(kind, '10')).toEqual(['halvaar']);
    }
  });

  it('gives midterm, half-year and final grades on every level of videregående', () => {
    for (const level of schoolLevels.vgs) {
      expect(gradeKindsAt('vgs', level)).toEqual(['midtveis', 'halvaar', 'standpunkt']);
      expect(enteredGradeKindsAt('vgs', level)).toEqual(['midtveis', 'halvaar']);
    }
  });

  it('gives midterm grades in videregående only, whatever the level', () => {
    for (const kind of schoolKinds) {
      const levels = [null, ...schoolLevels[kind], 'Vg1', '8'];
      const midterm = levels.some((level) => gradeKindsAt(kind, level).includes('midtveis'));
      expect({ kind, midterm }).toEqual({ kind, midterm: kind === 'vgs' });
    }
  });

  it('takes a level the school does not have, or none, as any level of the kind', () => {
    expect(gradeKindsAt('ungdomsskole', null)).toEqual(['halvaar', 'standpunkt']);
    expect(gradeKindsAt('kombinert', null)).toEqual(['halvaar', 'standpunkt']);
    // A Vg level stored on an ungdomsskole's group does not make it give midterm grades.
    expect(gradeKindsAt('ungdomsskole', 'Vg1')).toEqual(['halvaar', 'standpunkt']);
    expect(gradeKindsAt('barneskole', '9')).toEqual([]);
    expect(gradeKindsAt('vgs', '9')).toEqual(['midtveis', 'halvaar', 'standpunkt']);
  });

  it('holds the absence limit in videregående only, by the kind or by its profile', () => {
    expect(schoolKinds.filter(hasAbsenceLimit)).toEqual(['vgs']);
    expect(hasAbsenceLimit('grunnskole')).toBe(false);
  });

  it('names year groups as trinn in grunnskole and Vg in videregående', () => {
    expect(schoolKinds.map((k) => [k, levelWordOf(k)])).toEqual([
      ['barneskole', 'trinn'],
      ['ungdomsskole', 'trinn'],
      ['kombinert', 'trinn'],
      ['vgs', 'vg'],
    ]);
  });

  it('reads a stored level by the word of its school: trinn 1–10, or Vg1–Vg3', () => {
    expect(readLevel('ungdomsskole', '8')).toEqual({ word: 'trinn', trinn: 8 });
    expect(readLevel('kombinert', ' 10. trinn ')).toEqual({ word: 'trinn', trinn: 10 });
    expect(readLevel('barneskole', '1 trinn')).toEqual({ word: 'trinn', trinn: 1 });
    expect(readLevel('vgs', 'Vg2')).toEqual({ word: 'vg', vg: 2 });
    expect(readLevel('vgs', 'VG 3')).toEqual({ word: 'vg', vg: 3 });
    expect(readLevel('vgs', '1')).toEqual({ word: 'vg', vg: 1 });
    // What names no year group of the kind is left to be shown as written.
    for (const [kind, text] of [['ungdomsskole', 'Vg1'], ['ungdomsskole', '11'], ['ungdomsskole', '0'], ['vgs', 'Vg4'], ['vgs', '8'], ['vgs', 'påbygg']] as const) {
      expect({ kind, text, read: readLevel(kind, text) }).toEqual({ kind, text, read: null });
    }
  });

  it('gives the grades of a level however it was stored', () => {
    expect(gradeKindsAt('kombinert', '8. trinn')).toEqual(['halvaar']);
    expect(gradeKindsAt('kombinert', '7. trinn')).toEqual([]);
    expect(gradeKindsAt('vgs', 'VG1')).toEqual(['midtveis', 'halvaar', 'standpunkt']);
  });

  it('sums each kind up', () => {
    expect(schoolKindFeatures('barneskole')).toEqual({ midtermGrades: false, halfYearGrades: false, finalGrades: false, absenceLimit: false, levelWord: 'trinn' });
    expect(schoolKindFeatures('ungdomsskole')).toEqual({ midtermGrades: false, halfYearGrades: true, finalGrades: true, absenceLimit: false, levelWord: 'trinn' });
    expect(schoolKindFeatures('kombinert')).toEqual(schoolKindFeatures('ungdomsskole'));
    expect(schoolKindFeatures('vgs')).toEqual({ midtermGrades: true, halfYearGrades: true, finalGrades: true, absenceLimit: true, levelWord: 'vg' });
  });

  it('has leadership follow the IKO model in videregående, the absence routine in every grunnskole', () => {
    expect(schoolKinds.map((kind) => [kind, followThroughOf(kind)])).toEqual([
      ['barneskole', 'fravaersrutine'],
      ['ungdomsskole', 'fravaersrutine'],
      ['kombinert', 'fravaersrutine'],
      ['vgs', 'iko'],
    ]);
  });
});
