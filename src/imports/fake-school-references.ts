/**
 * A small school as plain data, for the unit tests of the file formats: the checks of a row
 * need the school's students, groups and staff, not a database.
 */
import { groupKey, type GroupRef, type SchoolReferences } from './load-school-references.js';

export const FAKE_SCHOOL_ID = 'school-1';
const year = { id: 'year-2026', name: '2026–2027', startsOn: '2026-08-17', endsOn: '2027-06-18' };

export function fakeSchoolReferences(): SchoolReferences {
  const groups: GroupRef[] = [
    { id: 'g-1sta', schoolId: FAKE_SCHOOL_ID, schoolYearId: year.id, externalId: 'G-1STA', name: '1STA', kind: 'basisgruppe', subjectCode: null, subjectName: null },
    { id: 'g-1sta-nor', schoolId: FAKE_SCHOOL_ID, schoolYearId: year.id, externalId: null, name: '1STA/NOR1260', kind: 'undervisningsgruppe', subjectCode: 'NOR1260', subjectName: 'Norsk' },
    { id: 'g-1sta-eng', schoolId: FAKE_SCHOOL_ID, schoolYearId: year.id, externalId: 'G-1STA-ENG', name: '1STA/ENG1007', kind: 'undervisningsgruppe', subjectCode: 'ENG1007', subjectName: 'Engelsk' },
    { id: 'g-other', schoolId: 'school-2', schoolYearId: 'year-other', externalId: 'G-OTHER', name: '1STA', kind: 'basisgruppe', subjectCode: null, subjectName: null },
  ];
  const groupsByName = new Map<string, GroupRef[]>();
  for (const g of groups.filter((g) => g.schoolId === FAKE_SCHOOL_ID)) groupsByName.set(groupKey(g.schoolYearId, g.name), [g]);
  return {
    ownerId: 'owner-1',
    schoolId: FAKE_SCHOOL_ID,
    schoolName: 'Varde videregående skole',
    schoolOrgNumber: '912345678',
    schoolKind: 'vgs',
    schoolYears: [year],
    schoolYear: year,
    studentsByExternalId: new Map([
      ['1001', { id: 's-1001', schoolId: FAKE_SCHOOL_ID }],
      ['1002', { id: 's-1002', schoolId: FAKE_SCHOOL_ID }],
      ['2001', { id: 's-2001', schoolId: 'school-2' }],
    ]),
    groupsByExternalId: new Map(groups.filter((g) => g.externalId).map((g) => [g.externalId!, g])),
    groupsByName,
    staffByExternalId: new Map([['A1', 'staff-a1']]),
    subjects: new Map([
      ['NOR1260', 'Norsk'],
      ['ENG1007', 'Engelsk'],
    ]),
  };
}
