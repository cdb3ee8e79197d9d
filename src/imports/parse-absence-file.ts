/**
 * The absence file (fravær): one row per lesson missed (timefravær, omfang «time») or per whole
 * school day (dagsfravær, omfang «dag»), as the administrative systems export it. See
 * docs/imports/absence.md.
 *
 * Files run to a county's school year, a million rows and more, so the valid rows are kept in
 * columns (one array per field, the repeated texts shared) rather than as a million objects.
 *
 * A row without its own id (fraværs-id) gets one made from what identifies it in the school
 * day — `fravær:<dato>:<time|dag>:<elevnummer>` — so that importing the same file again, or a
 * later export that repeats the row, updates the record instead of adding a second one. The
 * type is deliberately not part of it: when a doctor's note turns «udokumentert» into
 * «dokumentert», the next export corrects the record in place.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db } from '../db/database.js';
import { absenceTypes, type AbsenceScope, type AbsenceType } from '../domain/vocabulary.js';
import { choice, date, optionalChoice, optionalDecimal, optionalInteger, optionalText, parseDate, spellings, text, yesNo, yesNoValue } from './field-schemas.js';
import type { PlanBuilder } from './file-import-kind.js';
import { findGroup, findStaff, findStudent, orReport, studentAtOtherSchool, type Found } from './find-references.js';
import { float64Column, int16Column, int32Column, TextTable, uint8Column, type GrowableColumn } from './growable-column.js';
import { shown, type ProblemList } from './import-problems.js';
import { findStudentsElsewhere, schoolYearOn, type GroupRef, type SchoolReferences, type SchoolYearRef, type StudentRef } from './load-school-references.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';
import { arrayLiteral, batches } from '../lib/sql-arrays.js';

export const absenceColumns = [
  { key: 'id', name: 'fraværs-id', aliases: ['fraværsid', 'fravær-id'], required: false },
  { key: 'date', name: 'dato', aliases: ['fraværsdato'], required: true },
  { key: 'student', name: 'elevnummer', aliases: ['elevnr', 'elev-id'], required: true },
  { key: 'scope', name: 'omfang', aliases: ['fraværsomfang'], required: false },
  { key: 'lesson', name: 'time', aliases: ['timenummer', 'skoletime'], required: false },
  { key: 'group', name: 'gruppe', aliases: ['gruppe-id', 'undervisningsgruppe'], required: false },
  { key: 'hours', name: 'timer', aliases: ['antall timer'], required: false },
  { key: 'type', name: 'fraværstype', aliases: ['type'], required: true },
  { key: 'cause', name: 'årsak', aliases: ['merknad'], required: false },
  { key: 'notice', name: 'melding fra hjemmet', aliases: ['melding hjemmefra', 'melding fra foresatte'], required: false },
  { key: 'minutesLate', name: 'minutter for sent', aliases: ['minutter sent'], required: false },
  { key: 'registeredBy', name: 'registrert av', aliases: [], required: false },
] as const satisfies readonly ColumnSpec[];
export type AbsenceColumn = (typeof absenceColumns)[number]['key'];

export const absenceTypeSpellings = spellings<AbsenceType>([
  ['dokumentert', 'dokumentert', 'dokumentert fravær'],
  ['udokumentert', 'udokumentert', 'udokumentert fravær'],
  ['sykdom', 'sykdom', 'syk'],
  ['permisjon', 'permisjon'],
  ['forsentkomming', 'forsentkomming', 'for sent', 'forsent', 'for sent-komming'],
  ['ikke_mott', 'ikke møtt', 'ikke_mott', 'ikke mott', 'ikke møtt uten melding', 'ikkemøtt'],
]);
const absenceTypesShown = ['dokumentert', 'udokumentert', 'sykdom', 'permisjon', 'forsentkomming', 'ikke møtt'];

const scopeSpellings = spellings<AbsenceScope>([
  ['time', 'time', 'timefravær', 'enkelttime'],
  ['dag', 'dag', 'dagsfravær', 'heldag'],
]);

export const absenceFields = {
  id: optionalText({ max: 100 }),
  date: date(),
  student: text({ max: 50 }),
  scope: optionalChoice(scopeSpellings, ['time', 'dag']),
  lesson: optionalInteger({ min: 1, max: 15 }),
  group: optionalText({ max: 100 }),
  hours: optionalDecimal({ min: 0, max: 12 }),
  type: choice(absenceTypeSpellings, absenceTypesShown),
  cause: optionalText({ max: 500 }),
  notice: yesNo(false),
  minutesLate: optionalInteger({ min: 1, max: 600 }),
  registeredBy: optionalText({ max: 50 }),
};
export const absenceRowSchema = z.object(absenceFields);
export type AbsenceRow = z.infer<typeof absenceRowSchema>;

/** An integer cell in plain digits within the range, null when empty; undefined for anything else. */
function plainInteger(v: string, min: number, max: number): number | null | undefined {
  if (v === '') return null;
  if (v.length > 6 || !/^\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
}

/**
 * The row as `absenceRowSchema` parses it, when every cell is in the plain form that an export
 * writes (ISO or Norwegian dates, digits, known spellings); undefined otherwise, and the row
 * goes through the schema. A county's file has a million rows: zod took about half of the time
 * spent reading one. parse-absence-file.test.ts holds the two to the same answers.
 */
export function parseAbsenceRowFast(v: Record<AbsenceColumn, string>): AbsenceRow | undefined {
  if (v.id.length > 100 || v.student === '' || v.student.length > 50 || v.group.length > 100 || v.cause.length > 500 || v.registeredBy.length > 50) return undefined;
  const date = v.date === '' ? undefined : parseDate(v.date);
  if (date === undefined) return undefined;
  const scope = v.scope === '' ? null : scopeSpellings.get(v.scope.toLowerCase());
  if (scope === undefined) return undefined;
  const lesson = plainInteger(v.lesson, 1, 15);
  if (lesson === undefined) return undefined;
  let hours: number | null = null;
  if (v.hours !== '') {
    if (v.hours.length > 8 || !/^\d+(\.\d+)?$/.test(v.hours)) return undefined;
    hours = Number(v.hours);
    if (hours > 12) return undefined;
  }
  const type = v.type === '' ? undefined : absenceTypeSpellings.get(v.type.toLowerCase());
  if (type === undefined) return undefined;
  const notice = v.notice === '' ? false : yesNoValue(v.notice);
  if (notice === undefined) return undefined;
  const minutesLate = plainInteger(v.minutesLate, 1, 600);
  if (minutesLate === undefined) return undefined;
  return {
    id: v.id === '' ? null : v.id,
    date,
    student: v.student,
    scope,
    lesson,
    group: v.group === '' ? null : v.group,
    hours,
    type,
    cause: v.cause === '' ? null : v.cause,
    notice,
    minutesLate,
    registeredBy: v.registeredBy === '' ? null : v.registeredBy,
  };
}

/**
 * The valid rows, column by column: row i is the i-th entry of every column. Texts that repeat
 * (student numbers, dates, causes, ids) are numbered in tables; -1 is "none".
 */
export interface AbsencePlan {
  count: number;
  /** Student numbers of the file, and the Varde id of each (undefined for an unknown one). */
  studentNumbers: TextTable;
  studentIds: Array<string | undefined>;
  dates: TextTable;
  groupIds: TextTable;
  staffIds: TextTable;
  causes: TextTable;
  student: GrowableColumn<Int32Array>;
  date: GrowableColumn<Int32Array>;
  /** The lesson number; 0 for a whole day (dagsfravær). */
  lesson: GrowableColumn<Int16Array>;
  group: GrowableColumn<Int32Array>;
  hours: GrowableColumn<Float64Array>;
  minutesLate: GrowableColumn<Int16Array>;
  /** The index in `absenceTypes`. */
  type: GrowableColumn<Uint8Array>;
  cause: GrowableColumn<Int32Array>;
  notice: GrowableColumn<Uint8Array>;
  registeredBy: GrowableColumn<Int32Array>;
  /** The file's own fraværs-id, by row index, where it gives one. */
  ownIds: Map<number, string>;
  /** The columns the file has: one it lacks leaves that field of a known record as it is. */
  present: ReadonlySet<AbsenceColumn>;
}

export function derivedAbsenceId(studentNumber: string, date: string, lessonNumber: number | null): string {
  return `fravær:${date}:${lessonNumber ?? 'dag'}:${studentNumber}`;
}

/** The external id of row i of a plan: the file's own, or one derived from what identifies it. */
export function absenceIdOf(plan: AbsencePlan, i: number): string {
  const lesson = plan.lesson.get(i);
  return plan.ownIds.get(i) ?? derivedAbsenceId(plan.studentNumbers.texts[plan.student.get(i)]!, plan.dates.texts[plan.date.get(i)]!, lesson === 0 ? null : lesson);
}

/** Names looked up and remembered, of each kind (students, groups, staff): far more than a school has. */
const LOOKUPS_KEPT = 20_000;

// A duplicate key packs student, date and lesson into one exact double: up to 2^24 student
// numbers and 2^20 dates in a file, and lessons 0–15.
const DATE_SLOTS = 2 ** 20;

export function planAbsence(refs: SchoolReferences): PlanBuilder<AbsenceColumn, AbsenceRow, AbsencePlan> {
  const plan: AbsencePlan = {
    count: 0,
    studentNumbers: new TextTable(),
    studentIds: [],
    dates: new TextTable(),
    groupIds: new TextTable(),
    staffIds: new TextTable(),
    causes: new TextTable(),
    student: int32Column(),
    date: int32Column(),
    lesson: int16Column(),
    group: int32Column(),
    hours: float64Column(),
    minutesLate: int16Column(),
    type: uint8Column(),
    cause: int32Column(),
    notice: uint8Column(),
    registeredBy: int32Column(),
    ownIds: new Map(),
    present: new Set(),
  };
  // The same student, group or staff member is looked up once, however many rows name them (up
  // to LOOKUPS_KEPT names each: a file of millions of different unknown numbers is looked up row
  // by row rather than held).
  const students = new Map<string, Found<StudentRef>>();
  const groupsByYear = new Map<string, Map<string, Found<GroupRef>>>();
  const staff = new Map<string, Found<string>>();
  const remember = <T>(cache: Map<string, T>, key: string, value: T): T => {
    if (cache.size < LOOKUPS_KEPT) cache.set(key, value);
    return value;
  };
  let unknownNumbered = 0;
  const yearOfDate = new Map<string, SchoolYearRef | undefined>();
  // A group named in the row is looked for in the school year of the row's date.
  const yearOf = (date: string) => {
    if (!yearOfDate.has(date)) yearOfDate.set(date, schoolYearOn(refs, date) ?? refs.schoolYear);
    return yearOfDate.get(date);
  };
  const keys = float64Column();
  const keyRows = int32Column();
  const firstRowOfId = new Map<string, number>();

  return {
    add(row: Partial<AbsenceRow>, context: RowContext<AbsenceColumn>) {
      const { lesson, type, minutesLate, hours } = row;
      // Without «omfang», a lesson number makes it timefravær and its absence dagsfravær.
      const scope: AbsenceScope | undefined =
        row.scope === undefined ? undefined : (row.scope ?? (lesson === undefined ? undefined : lesson === null ? 'dag' : 'time'));
      if (scope === 'time' && lesson === null) context.report('inconsistent_row', 'lesson', 'lessonMissing');
      if (scope === 'dag' && typeof lesson === 'number') context.report('inconsistent_row', 'lesson', 'dayWithLesson');
      if (type === 'forsentkomming') {
        if (scope === 'dag') context.report('inconsistent_row', 'scope', 'lateArrivalWholeDay');
        if (minutesLate === null) context.report('inconsistent_row', 'minutesLate', 'lateArrivalMinutesMissing');
      } else if (type !== undefined && typeof minutesLate === 'number') {
        context.report('inconsistent_row', 'minutesLate', 'minutesLateWithoutLateArrival');
      }
      if (scope === 'dag' && hours === null) context.report('inconsistent_row', 'hours', 'dayWithoutHours');

      let student: StudentRef | undefined;
      let number = -1;
      if (row.student !== undefined) {
        const found = students.get(row.student) ?? remember(students, row.student, findStudent(refs, row.student));
        student = orReport(found, context, 'student');
        // An unknown student's number serves only to find duplicate rows among such rows: a file
        // with more different unknown numbers than LOOKUPS_KEPT is not searched for those.
        if (student || unknownNumbered < LOOKUPS_KEPT || plan.studentNumbers.has(row.student)) {
          number = plan.studentNumbers.number(row.student);
          if (number === plan.studentIds.length) {
            plan.studentIds.push(student?.id);
            if (!student) unknownNumbered++;
          }
        }
      }
      let group = -1;
      if (row.group) {
        const year = row.date === undefined ? refs.schoolYear : yearOf(row.date);
        let ofYear = groupsByYear.get(year?.id ?? '');
        if (!ofYear) groupsByYear.set(year?.id ?? '', (ofYear = new Map()));
        const found = ofYear.get(row.group) ?? remember(ofYear, row.group, findGroup(refs, row.group, year));
        const id = orReport(found, context, 'group')?.id;
        if (id) group = plan.groupIds.number(id);
      }
      let registeredBy = -1;
      if (row.registeredBy) {
        const found = staff.get(row.registeredBy) ?? remember(staff, row.registeredBy, findStaff(refs, row.registeredBy));
        const id = orReport(found, context, 'registeredBy');
        if (id) registeredBy = plan.staffIds.number(id);
      }
      // Duplicates are found once the whole file is read (finish), from one number per row.
      const dateNumber = row.date === undefined ? -1 : plan.dates.number(row.date);
      if (number >= 0 && dateNumber >= 0 && scope !== undefined && lesson !== undefined) {
        keys.push((number * DATE_SLOTS + dateNumber) * 16 + (scope === 'dag' ? 0 : lesson!));
        keyRows.push(context.row);
      }
      if (row.id) {
        const earlierId = firstRowOfId.get(row.id);
        if (earlierId !== undefined) context.report('duplicate_row', 'id', 'duplicateAbsenceId', { value: shown(row.id), first: earlierId });
        else firstRowOfId.set(row.id, context.row);
      }
      if (!context.ok) return;

      const r = row as AbsenceRow;
      if (r.id !== null) plan.ownIds.set(plan.count, r.id);
      plan.student.push(number);
      plan.date.push(dateNumber);
      plan.lesson.push(scope === 'dag' ? 0 : r.lesson!);
      plan.group.push(group);
      plan.hours.push(r.hours ?? (r.type === 'forsentkomming' ? 0 : 1));
      plan.minutesLate.push(r.minutesLate ?? -1);
      plan.type.push(absenceTypes.indexOf(r.type));
      plan.cause.push(r.cause === null ? -1 : plan.causes.number(r.cause));
      plan.notice.push(r.notice ? 1 : 0);
      plan.registeredBy.push(registeredBy);
      plan.count++;
    },

    async finish(db: Db, problems: ProblemList, present: ReadonlySet<AbsenceColumn>) {
      if (refs.ofSchoolOnly) await reportStudentsElsewhere(db, refs, problems);
      reportDuplicates(keys, keyRows, problems, present);
      await checkIdsOfOtherSchools(db, refs, firstRowOfId, problems);
      return { ...plan, present };
    },
  };
}

/**
 * The references hold only this school's students, so a number of another school's student was
 * reported as unknown: such reports are made what they are, in place, with one query for the file.
 */
async function reportStudentsElsewhere(db: Db, refs: SchoolReferences, problems: ProblemList) {
  const unknown = problems.items.filter((p) => p.code === 'unknown_student' && p.value !== undefined);
  const elsewhere = await findStudentsElsewhere(db, refs, [...new Set(unknown.map((p) => p.value!))]);
  for (const problem of unknown) {
    if (!elsewhere.has(problem.value!)) continue;
    Object.assign(problem, studentAtOtherSchool(refs, problem.value!));
  }
}

/** Rows with the same student, date and lesson (or whole day): each later one is reported. */
function reportDuplicates(keys: GrowableColumn<Float64Array>, rows: GrowableColumn<Int32Array>, problems: ProblemList, present: ReadonlySet<AbsenceColumn>) {
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const k = keys.values;
  const r = rows.values;
  // By key, and by row within a key, so that the first row of a key comes first.
  order.sort((a, b) => k[a]! - k[b]! || r[a]! - r[b]!);
  const column = present.has('student') ? 'elevnummer' : null;
  for (let i = 1; i < order.length; i++) {
    const here = order[i]!;
    let first = i - 1;
    if (k[here] !== k[order[first]!]) continue;
    while (first > 0 && k[order[first - 1]!] === k[here]) first--;
    const lesson = k[here]! % 16;
    const earlier = r[order[first]!]!;
    problems.add({
      code: 'duplicate_row',
      row: r[here]!,
      column,
      ...(lesson === 0
        ? { text: 'duplicateAbsenceDay', params: { first: earlier } }
        : { text: 'duplicateAbsenceLesson', params: { lesson, first: earlier } }),
    });
  }
}

/**
 * A fraværs-id the file gives must not belong to another school's record: the owner's ids are
 * one namespace, and the import would otherwise move that record here.
 */
async function checkIdsOfOtherSchools(db: Db, refs: SchoolReferences, rowOfId: Map<string, number>, problems: ProblemList) {
  const ids = [...rowOfId.keys()];
  for (const [start, end] of batches(ids.length, 20_000)) {
    const taken = await queryRows<{ external_id: string }>(
      db,
      sql`select external_id from absence_records
          where owner_id = ${refs.ownerId} and school_id <> ${refs.schoolId}
            and external_id = any(${arrayLiteral(ids.slice(start, end))}::text::text[])`,
    );
    for (const { external_id: id } of taken) {
      problems.add({
        code: 'external_id_in_use',
        row: rowOfId.get(id)!,
        column: 'fraværs-id',
        value: id,
        text: 'absenceIdAtOtherSchool',
        params: { value: shown(id) },
      });
    }
  }
}
