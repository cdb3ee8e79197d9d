/**
 * How a row's references are looked up: a student by the administrative system's student
 * number (elevnummer), a group by its id in that system or, failing that, by its name in the
 * school year, and a staff member by employee number (ansattnummer). Each lookup answers with
 * the thing found or with the problem to report, in words the user can act on.
 */
import { quote, type ProblemCode } from './import-problems.js';
import type { RowContext } from './read-rows.js';
import { groupKey, type GroupRef, type SchoolReferences, type SchoolYearRef, type StudentRef } from './load-school-references.js';

export type Found<T> = { found: T } | { code: ProblemCode; message: string };

export function findStudent(refs: SchoolReferences, studentNumber: string): Found<StudentRef> {
  const student = refs.studentsByExternalId.get(studentNumber);
  if (!student) {
    return {
      code: 'unknown_student',
      message: `Fant ingen elev med elevnummer ${quote(studentNumber)} ved ${refs.schoolName}. Importer elevfilen først, eller rett elevnummeret.`,
    };
  }
  if (student.schoolId !== refs.schoolId) return studentAtOtherSchool(refs, studentNumber);
  return { found: student };
}

export function studentAtOtherSchool(refs: SchoolReferences, studentNumber: string): { code: ProblemCode; message: string } {
  return {
    code: 'student_at_other_school',
    message: `Eleven med elevnummer ${quote(studentNumber)} går ved en annen skole i Varde, ikke ved ${refs.schoolName}.`,
  };
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
    return {
      code: 'ambiguous_group',
      message: `Flere grupper heter ${quote(reference)} i skoleåret ${year!.name}. Bruk gruppe-id-en fra gruppefilen i stedet for navnet.`,
    };
  }
  const when = year ? ` i skoleåret ${year.name}` : '';
  return {
    code: 'unknown_group',
    message: `Fant ingen gruppe ${quote(reference)} ved ${refs.schoolName}${when}. Bruk gruppe-id-en eller gruppenavnet fra gruppefilen, og importer gruppefilen først.`,
  };
}

export function findStaff(refs: SchoolReferences, employeeNumber: string): Found<string> {
  const id = refs.staffByExternalId.get(employeeNumber);
  if (id) return { found: id };
  return {
    code: 'unknown_staff',
    message: `Fant ingen ansatt med ansattnummer ${quote(employeeNumber)}. Importer ansattfilen først, eller rett ansattnummeret.`,
  };
}

/** Reports a failed lookup in the row and answers undefined; passes a found value on. */
export function orReport<T, K extends string>(
  result: Found<T>,
  row: RowContext<K>,
  key: NoInfer<K>,
): T | undefined {
  if ('found' in result) return result.found;
  row.report(result.code, key, result.message);
  return undefined;
}
