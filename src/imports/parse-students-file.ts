/**
 * The student file (elever): one row per student, with the class (basisgruppe) when the export
 * has it. See docs/imports/students.md.
 *
 * A student the file gives an end date and a reason code (sluttdato, sluttårsak) has left: the
 * import writes the student out as the school would in Varde, and the youth enters OT's list.
 *
 * An empty birth date does not refuse the row (issue 17): the student is imported with a warning
 * at the cell, and the school completes the date in Varde. A birth date Varde already has is kept
 * when a later file has none (import-students.ts); a wrongly written one is still refused.
 *
 * Students are known by the administrative system's student number (elevnummer). A student
 * already in Varde without one (entered by hand, or from the demo) is recognised by name and
 * birth date at the school, the first time, and gets the number: the file then updates that
 * student instead of adding a second one.
 */
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { students } from '../db/schema.js';
import { leaveReasons, type LeaveReason } from '../domain/ot/ot-codes.js';
import { arrayParam } from '../lib/sql-arrays.js';
import { nationalIdShown, optionalChoice, optionalDate, optionalNationalId, optionalText, spellings, text } from './field-schemas.js';
import { birthDateNotes, type MissingBirthDate } from './birth-date-notes.js';
import type { PlanBuilder, PlanDependencies } from './file-import-kind.js';
import { findGroup, orReport } from './find-references.js';
import { findNationalIdHolders, NationalIdsInFile } from './national-ids-in-file.js';
import { shown, type ImportNote, type ProblemList } from './import-problems.js';
import type { SchoolReferences } from './load-school-references.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';

export const studentColumns = [
  { key: 'studentNumber', name: 'elevnummer', aliases: ['elevnr', 'elev-id'], required: true },
  { key: 'givenName', name: 'fornavn', aliases: ['fornavn og mellomnavn'], required: true },
  { key: 'familyName', name: 'etternavn', aliases: [], required: true },
  { key: 'birthDate', name: 'fødselsdato', aliases: ['født', 'fodselsdato'], required: true },
  { key: 'className', name: 'klasse', aliases: ['basisgruppe', 'klassenavn'], required: false },
  // A student who has left (issue 12): the end date and the reason code as the school system exports them.
  { key: 'leftOn', name: 'sluttdato', aliases: ['end date', 'utmeldt', 'utmeldingsdato', 'dato utmeldt'], required: false },
  { key: 'leaveReason', name: 'sluttårsak', aliases: ['sluttarsak', 'leave reason', 'sluttkode', 'årsakskode'], required: false },
  // ID-porten's sign-in of an adult student (issue 14): kept only as a keyed hash.
  { key: 'nationalId', name: 'fødselsnummer', aliases: ['fodselsnummer', 'fnr', 'personnummer', 'd-nummer'], required: false, shownAs: nationalIdShown },
] as const satisfies readonly ColumnSpec[];
export type StudentColumn = (typeof studentColumns)[number]['key'];

export const studentFields = {
  studentNumber: text({ max: 50 }),
  givenName: text({ max: 100 }),
  familyName: text({ max: 100 }),
  /** Empty when the school's system lacks it: imported with a warning (birth_date_missing). */
  birthDate: optionalDate(),
  className: optionalText({ max: 100 }),
  leftOn: optionalDate(),
  leaveReason: optionalChoice(spellings(leaveReasons.map((r) => [r, r] as const)), leaveReasons),
  nationalId: optionalNationalId(),
};
export const studentRowSchema = z.object(studentFields);
export type StudentFileRow = z.infer<typeof studentRowSchema>;

export interface PlannedStudent {
  row: number;
  externalId: string;
  givenName: string;
  familyName: string;
  /** Null when the file has none: a birth date Varde has is kept, else the student is imported without. */
  birthDate: string | null;
  /** The class the file puts the student in; undefined when the file says nothing. */
  classGroupId: string | undefined;
  /** A student already at the school without a student number, recognised by name and birth date. */
  adoptId?: string;
  /** The file says the student has left: written out, and into OT's list (src/data/ot/register-departure.ts). */
  departure?: { leftOn: string; reason: LeaveReason };
  /** The keyed hash of the file's national identity number; null or absent keeps the one Varde has. */
  nationalIdHash?: string | null;
}

export interface StudentsPlan {
  students: PlannedStudent[];
  /** Warnings of students imported without a birth date (birth-date-notes.ts). */
  notes: ImportNote[];
}

export function planStudents(refs: SchoolReferences, dependencies: PlanDependencies): PlanBuilder<StudentColumn, StudentFileRow, StudentsPlan> {
  const planned: PlannedStudent[] = [];
  const nationalIds = new NationalIdsInFile<StudentColumn>('nationalId', dependencies.hashNationalId);
  const firstRow = new Map<string, number>();
  const withoutBirthDate: Array<MissingBirthDate & { externalId: string }> = [];
  return {
    add(row: Partial<StudentFileRow>, context: RowContext<StudentColumn>) {
      const { studentNumber, className } = row;
      if (studentNumber !== undefined) {
        const earlier = firstRow.get(studentNumber);
        if (earlier !== undefined) context.report('duplicate_row', 'studentNumber', 'duplicateStudent', { first: earlier });
        else firstRow.set(studentNumber, context.row);
        const known = refs.studentsByExternalId.get(studentNumber);
        if (known && known.schoolId !== refs.schoolId) {
          context.report('student_at_other_school', 'studentNumber', 'studentMovesSchool', { value: shown(studentNumber) });
        }
      }
      let classGroupId: string | undefined;
      if (className) {
        if (!refs.schoolYear) {
          context.report('unknown_school_year', 'className', 'noSchoolYearForClass', { school: refs.schoolName });
        } else {
          const group = orReport(findGroup(refs, className, refs.schoolYear), context, 'className');
          if (group && group.kind !== 'basisgruppe') {
            context.report('inconsistent_row', 'className', 'classIsTeachingGroup', { value: shown(className) });
          }
          classGroupId = group?.id;
        }
      }
      // The end date and the reason go together: named in the column the row does fill.
      const { leftOn, leaveReason } = row;
      if (leftOn && leaveReason === null) context.report('inconsistent_row', 'leftOn', 'leaveReasonMissing', { choices: { oneOf: [...leaveReasons] } });
      if (leaveReason && leftOn === null) context.report('inconsistent_row', 'leaveReason', 'leaveDateMissing');
      const nationalIdHash = row.nationalId && studentNumber !== undefined ? nationalIds.add(row.nationalId, studentNumber, context) : null;
      if (!context.ok) return;
      const r = row as StudentFileRow;
      if (r.birthDate === null) {
        withoutBirthDate.push({ row: context.row, column: context.columnName('birthDate'), name: `${r.givenName} ${r.familyName}`, externalId: r.studentNumber });
      }
      planned.push({
        row: context.row,
        externalId: r.studentNumber,
        givenName: r.givenName,
        familyName: r.familyName,
        birthDate: r.birthDate,
        classGroupId,
        ...(r.leftOn && r.leaveReason ? { departure: { leftOn: r.leftOn, reason: r.leaveReason } } : {}),
        nationalIdHash,
      });
    },

    async finish(db: Db, problems: ProblemList) {
      await recogniseStudentsWithoutNumber(db, refs, planned);
      const holders = await findNationalIdHolders(db, 'students', refs.ownerId, nationalIds.hashes());
      for (const p of planned) {
        const holder = p.nationalIdHash ? holders.get(p.nationalIdHash) : undefined;
        if (holder && holder.externalId !== p.externalId && holder.id !== p.adoptId) nationalIds.reportHeld(problems, p.externalId, holder.name);
      }
      const keeps = await studentsWithBirthDate(db, refs.ownerId, withoutBirthDate.map((m) => m.externalId));
      return { students: planned, notes: birthDateNotes(withoutBirthDate.filter((m) => !keeps.has(m.externalId))) };
    },
  };
}

/**
 * Of these student numbers, those whose student Varde has with a birth date: a file without one
 * keeps it, and has nothing to warn of.
 */
export async function studentsWithBirthDate(db: Db, ownerId: string, externalIds: readonly string[]): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const rows = await db
    .select({ externalId: students.externalId })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), sql`${students.externalId} = any(${arrayParam(externalIds, 'text')})`, isNotNull(students.birthDate)));
  return new Set(rows.map((r) => r.externalId!));
}

/**
 * Students of the school without a student number, matched by name and birth date when exactly
 * one fits. Never by name alone: a row or a student without a birth date is not recognised.
 */
async function recogniseStudentsWithoutNumber(db: Db, refs: SchoolReferences, planned: PlannedStudent[]): Promise<void> {
  const newcomers = planned.filter((p) => p.birthDate !== null && !refs.studentsByExternalId.has(p.externalId));
  if (newcomers.length === 0) return;
  const unnumbered = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate })
    .from(students)
    .where(and(eq(students.ownerId, refs.ownerId), eq(students.schoolId, refs.schoolId), isNull(students.externalId), isNotNull(students.birthDate)));
  const byPerson = new Map<string, string[]>();
  for (const s of unnumbered) {
    const key = personKey(s.givenName, s.familyName, s.birthDate!);
    byPerson.set(key, [...(byPerson.get(key) ?? []), s.id]);
  }
  const taken = new Set<string>();
  for (const p of newcomers) {
    const candidates = byPerson.get(personKey(p.givenName, p.familyName, p.birthDate!));
    if (candidates?.length === 1 && !taken.has(candidates[0]!)) {
      p.adoptId = candidates[0]!;
      taken.add(p.adoptId);
    }
  }
}

function personKey(givenName: string, familyName: string, birthDate: string): string {
  return `${givenName.toLowerCase()}\u0000${familyName.toLowerCase()}\u0000${birthDate}`;
}
