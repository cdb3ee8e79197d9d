/**
 * The intake file (søkerdata): what the admission system knows of each new student before the
 * school year starts — the grade average from lower secondary, whether the student was
 * admitted on the first choice or a lower one, subjects with grade 1 or no grade, a notice of
 * special-education need, and the absence in lower secondary. One row per student; the data
 * belongs to the import's school year. See docs/imports/intake.md.
 */
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { optionalDate, optionalDecimal, optionalInteger, optionalText, text, yesNo } from './field-schemas.js';
import type { PlanBuilder } from './file-import-kind.js';
import { findStudent, orReport } from './find-references.js';
import type { ProblemList } from './import-problems.js';
import type { SchoolReferences } from './load-school-references.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';

export const intakeColumns = [
  { key: 'studentNumber', name: 'elevnummer', aliases: ['elevnr', 'elev-id'], required: true },
  { key: 'gradeAverage', name: 'karaktersnitt', aliases: ['snitt', 'gjennomsnitt', 'poengsnitt'], required: false },
  { key: 'admittedChoice', name: 'inntatt på ønske', aliases: ['ønske', 'søkerønske', 'inntatt på ønske nr'], required: false },
  { key: 'weakSubjects', name: 'fag med 1 eller uten karakter', aliases: ['fag med 1 eller ikke vurdert', 'fag med karakter 1 eller iv'], required: false },
  { key: 'specialEducation', name: 'melding om spesialundervisning', aliases: ['spesialundervisning'], required: false },
  { key: 'absencePercent', name: 'fravær ungdomsskolen', aliases: ['fravær ungdomsskolen (%)', 'fravær ungdomsskole', 'fraværsprosent'], required: false },
  { key: 'receivedOn', name: 'mottatt', aliases: ['mottatt dato'], required: false },
] as const satisfies readonly ColumnSpec[];
export type IntakeColumn = (typeof intakeColumns)[number]['key'];

export const intakeFields = {
  studentNumber: text({ max: 50 }),
  gradeAverage: optionalDecimal({ min: 1, max: 6 }),
  admittedChoice: optionalInteger({ min: 1, max: 20 }),
  // Subjects separated by commas (or semicolons, in an Excel cell).
  weakSubjects: optionalText({ max: 1000 }).transform((v) => (v === null ? [] : v.split(/[,;|]/).map((s) => s.trim()).filter((s) => s !== ''))),
  specialEducation: yesNo(false),
  absencePercent: optionalDecimal({ min: 0, max: 100 }),
  receivedOn: optionalDate(),
};
export const intakeRowSchema = z.object(intakeFields);
export type IntakeFileRow = z.infer<typeof intakeRowSchema>;

export interface PlannedIntake {
  studentId: string;
  gradeAverage: number | null;
  admittedChoice: number | null;
  weakSubjects: string[];
  specialEducation: boolean;
  absencePercent: number | null;
  receivedOn: string | null;
}

export interface IntakePlan {
  rows: PlannedIntake[];
  present: ReadonlySet<IntakeColumn>;
}

export function planIntake(refs: SchoolReferences): PlanBuilder<IntakeColumn, IntakeFileRow, IntakePlan> {
  const planned: PlannedIntake[] = [];
  const firstRow = new Map<string, number>();
  return {
    add(row: Partial<IntakeFileRow>, context: RowContext<IntakeColumn>) {
      const student = row.studentNumber === undefined ? undefined : orReport(findStudent(refs, row.studentNumber), context, 'studentNumber');
      if (row.studentNumber !== undefined) {
        const earlier = firstRow.get(row.studentNumber);
        if (earlier !== undefined) context.report('duplicate_row', 'studentNumber', 'duplicateIntake', { first: earlier });
        else firstRow.set(row.studentNumber, context.row);
      }
      if (!context.ok || !student) return;
      const r = row as IntakeFileRow;
      planned.push({
        studentId: student.id,
        // Stored with two decimals, as the admission system rounds it.
        gradeAverage: r.gradeAverage === null ? null : Math.round(r.gradeAverage * 100) / 100,
        admittedChoice: r.admittedChoice,
        weakSubjects: r.weakSubjects,
        specialEducation: r.specialEducation,
        absencePercent: r.absencePercent === null ? null : Math.round(r.absencePercent * 100) / 100,
        receivedOn: r.receivedOn,
      });
    },

    async finish(_db: Db, _problems: ProblemList, present: ReadonlySet<IntakeColumn>) {
      return { rows: planned, present };
    },
  };
}
