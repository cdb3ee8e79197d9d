/**
 * How a row's references are looked up: a student by the administrative system's student
 * number (elevnummer), a group by its id in that system or, failing that, by its name in the
 * school year, and a staff member by employee number (ansattnummer). Each lookup answers with
 * the thing found or with the problem to report, in words the user can act on.
 */
import type { ProblemParams } from '../shared/import-problems/problem-text.js';
import { shown, type ProblemCode, type ProblemText } from './import-problems.js';
import type { RowContext } from './read-rows.js';
import { groupKey, type GroupRef, type SchoolReferences, type SchoolYearRef, type StudentRef } from './load-school-references.js';

/** A lookup's problem: what is wrong, and the wording for it. */
export interface NotFound {
  code: ProblemCode;
  text: ProblemText;
  params: ProblemParams;
}

export type Found<T> = { found: T } | NotFound;

export function findStudent(refs: SchoolReferences, studentNumber: string): Found<StudentRef> {
  const student = refs.studentsByExternalId.get(studentNumber);
  if (!student) {
    return { code: 'unknown_student', text: 'unknownStudent', params: { value: shown(studentNumber), school: refs.schoolName } };
  }
  if (student.schoolId !== refs.schoolId) return studentAtOtherSchool(refs, studentNumber);
  return { found: student };
}

export function studentAtOtherSchool(refs: SchoolReferences, studentNumber: string): NotFound {
  return { code: 'student_at_other_school', text: 'studentAtOtherSchool', params: { value: shown(studentNumber), school: refs.schoolName } };
}

/**
 * A group by id, else by name in `year` (the school year of the row's date, or the import's).
 * A group of another school is not found: a file is for one school.
 */
export function findGroup(refs: SchoolReferences, reference: string, year: SchoolYearRef | undefined): Found<GroupRef> {
  const byId = refs.groupsByExternalId.get(reference);
  if (byId && byId.schoolId === refs.schoolId) return { found: byId };
  const named = year ? refs.groupsByName.get(groupKey(year.id, reference)) : undefined;
  if (named?.length === 1) return { found: named[0]! };
  if (named && named.length > 1) {
    return { code: 'ambiguous_group', text: 'ambiguousGroup', params: { value: shown(reference), year: year!.name } };
  }
  const params = { value: shown(reference), school: refs.schoolName };
  return year
    ? { code: 'unknown_group', text: 'unknownGroupInYear', params: { ...params, year: year.name } }
    : { code: 'unknown_group', text: 'unknownGroup', params };
}

export function findStaff(refs: SchoolReferences, employeeNumber: string): Found<string> {
  const id = refs.staffByExternalId.get(employeeNumber);
  if (id) return { found: id };
  return { code: 'unknown_staff', text: 'unknownStaff', params: { value: shown(employeeNumber) } };
}

/** Reports a failed lookup in the row and answers undefined; passes a found value on. */
export function orReport<T, K extends string>(
  result: Found<T>,
  row: RowContext<K>,
  key: NoInfer<K>,
): T | undefined {
  if ('found' in result) return result.found;
  row.report(result.code, key, result.text, result.params);
  return undefined;
}
