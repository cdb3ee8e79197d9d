/**
 * The grade file (karakterer): midterm grades (midtveisvurdering), half-year grades
 * (halvårsvurdering) and final grades (standpunkt), 1–6 or IV (ikke vurderingsgrunnlag), one
 * row per student, subject, kind and date. See docs/imports/grades.md.
 *
 * A grade is known by student, subject code, kind and date: the same four in a later file
 * change the grade given (a corrected grade), they do not add a second one — also when the
 * grade was entered in Varde by the subject teacher.
 */
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { gradeKindsAt } from '../domain/school-kind-features.js';
import type { GradeKind, GradeValue } from '../domain/vocabulary.js';
import { choice, date, optionalText, spellings, text } from './field-schemas.js';
import type { PlanBuilder } from './file-import-kind.js';
import { findGroup, findStudent, orReport } from './find-references.js';
import { shown, type ProblemList } from './import-problems.js';
import { schoolYearOn, type SchoolReferences } from './load-school-references.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';

export const gradeColumns = [
  { key: 'studentNumber', name: 'elevnummer', aliases: ['elevnr', 'elev-id'], required: true },
  { key: 'subjectCode', name: 'fagkode', aliases: [], required: true },
  { key: 'subjectName', name: 'fagnavn', aliases: ['fag'], required: false },
  { key: 'group', name: 'gruppe', aliases: ['gruppe-id', 'undervisningsgruppe'], required: false },
  { key: 'kind', name: 'vurdering', aliases: ['vurderingstype', 'karaktertype'], required: true },
  { key: 'value', name: 'karakter', aliases: [], required: true },
  { key: 'givenOn', name: 'dato', aliases: ['vurderingsdato'], required: true },
] as const satisfies readonly ColumnSpec[];
export type GradeColumn = (typeof gradeColumns)[number]['key'];

const kindSpellings = spellings<GradeKind>([
  ['midtveis', 'midtveis', 'midtveisvurdering', 'midtvurdering'],
  ['halvaar', 'halvår', 'halvaar', 'halvårsvurdering', 'halvårskarakter', '1. halvår'],
  ['standpunkt', 'standpunkt', 'standpunktkarakter', 'standpunktskarakter'],
]);
const valueSpellings = spellings<GradeValue>([
  ['1', '1'],
  ['2', '2'],
  ['3', '3'],
  ['4', '4'],
  ['5', '5'],
  ['6', '6'],
  ['IV', 'iv', 'ikke vurdert', 'ikke vurderingsgrunnlag'],
]);

/** A kind of grade as the file's column says it (the first spelling above). */
const gradeKindWords: Record<GradeKind, string> = { midtveis: 'midtveis', halvaar: 'halvår', standpunkt: 'standpunkt' };

export const gradeFields = {
  studentNumber: text({ max: 50 }),
  subjectCode: text({ max: 20 }),
  subjectName: optionalText({ max: 200 }),
  group: optionalText({ max: 100 }),
  kind: choice(kindSpellings, ['midtveis', 'halvår', 'standpunkt']),
  value: choice(valueSpellings, ['1', '2', '3', '4', '5', '6', 'IV']),
  givenOn: date(),
};
export const gradeRowSchema = z.object(gradeFields);
export type GradeFileRow = z.infer<typeof gradeRowSchema>;

export interface PlannedGrade {
  studentId: string;
  subjectCode: string;
  subjectName: string;
  groupId: string | null;
  kind: GradeKind;
  value: GradeValue;
  givenOn: string;
}

export interface GradesPlan {
  grades: PlannedGrade[];
  present: ReadonlySet<GradeColumn>;
}

export function planGrades(refs: SchoolReferences): PlanBuilder<GradeColumn, GradeFileRow, GradesPlan> {
  const planned: PlannedGrade[] = [];
  const firstRow = new Map<string, number>();
  return {
    add(row: Partial<GradeFileRow>, context: RowContext<GradeColumn>) {
      const { subjectCode } = row;
      const student = row.studentNumber === undefined ? undefined : orReport(findStudent(refs, row.studentNumber), context, 'studentNumber');
      // The grades the school's kind gives (src/domain/school-kind-features.ts): no midterm grades in grunnskole, none in barneskole.
      if (row.kind !== undefined && !gradeKindsAt(refs.schoolKind, null).includes(row.kind)) {
        context.report('grade_not_given', 'kind', 'gradeNotGiven', { school: refs.schoolName, grade: gradeKindWords[row.kind] });
      }
      if (subjectCode !== undefined && !refs.subjects.has(subjectCode)) {
        context.report('unknown_subject', 'subjectCode', 'unknownSubject', { subject: shown(subjectCode), school: refs.schoolName });
      }
      let groupId: string | null = null;
      if (row.group) {
        const year = row.givenOn ? (schoolYearOn(refs, row.givenOn) ?? refs.schoolYear) : refs.schoolYear;
        const group = orReport(findGroup(refs, row.group, year), context, 'group');
        if (group && subjectCode !== undefined && group.subjectCode !== subjectCode) {
          const params = { group: shown(row.group), subject: shown(subjectCode) };
          if (group.subjectCode === null) context.report('group_subject_mismatch', 'group', 'groupWithoutSubject', params);
          else context.report('group_subject_mismatch', 'group', 'groupSubjectMismatch', { ...params, groupSubject: group.subjectCode });
        }
        groupId = group?.id ?? null;
      }
      if (row.studentNumber !== undefined && subjectCode !== undefined && row.kind !== undefined && row.givenOn !== undefined) {
        const key = `${row.studentNumber}\u0000${subjectCode}\u0000${row.kind}\u0000${row.givenOn}`;
        const earlier = firstRow.get(key);
        if (earlier !== undefined) context.report('duplicate_row', 'value', 'duplicateGrade', { first: earlier });
        else firstRow.set(key, context.row);
      }
      if (!context.ok || !student) return;
      const r = row as GradeFileRow;
      planned.push({
        studentId: student.id,
        subjectCode: r.subjectCode,
        subjectName: r.subjectName ?? refs.subjects.get(r.subjectCode)!,
        groupId,
        kind: r.kind,
        value: r.value,
        givenOn: r.givenOn,
      });
    },

    async finish(_db: Db, _problems: ProblemList, present: ReadonlySet<GradeColumn>) {
      return { grades: planned, present };
    },
  };
}
