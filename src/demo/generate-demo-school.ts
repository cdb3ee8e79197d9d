/**
 * The seeded demo region: a county (fylkeskommune) with "Varde videregående skole" — about 240
 * students in 8 classes by default — or, for a large `students`, a county of schools of 500–900
 * students each; and beside it a municipality (kommune) with a barneskole and an ungdomsskole,
 * about 400 students by default (generate-demo-municipality.ts). The same seed and `today` give
 * the same dataset, ids included, and the county's rows do not depend on the municipality's size.
 *
 * The data follows a Norwegian vgs: the school year and holidays of the year containing `today`,
 * LK20 subjects and a weekly timetable, families with guardians, staff in every role, absence
 * up to yesterday with the patterns the identification rules look for, intake data, grades and
 * teachers' concern reports. Each module of src/demo says how its part is made.
 */
import { toDayNumber } from '../domain/school-calendar.js';
import type { OwnerKind, RoleCode } from '../domain/vocabulary.js';
import { buildSchoolData, splitEvenly, type BuiltSchool, type SchoolSpec, type SupportRole } from './build-school.js';
import type { DemoAccount, DemoDataset } from './demo-dataset.js';
import { assignDemoIdentities } from './demo-identities.js';
import { buildOwner, buildStaff, buildStaffRole } from './factories.js';
import { generateAbsence } from './generate-absence.js';
import { addDemoMunicipality, MIN_MUNICIPALITY_STUDENTS } from './generate-demo-municipality.js';
import { addGrades, addIntakeData, addTeacherReports } from './generate-assessments.js';
import { buildNorwegianSchoolYear, schoolYearStartFor } from './norwegian-school-year.js';
import { planAbsenceProfiles } from './plan-absence-profiles.js';
import { createRng, type Rng } from './random.js';

/** The password of every demo account (README, "Demo sign-ins"). */
export const DEMO_PASSWORD = 'varde-demo';

export interface DemoSignIn {
  username: string;
  role: RoleCode;
  description: string;
  /** Whose account it is: the county's (Varde videregående skole) or the municipality's (its ungdomsskole). */
  owner: OwnerKind;
}

/** One account per role at the county's vgs, and two at the municipality's ungdomsskole. */
export const demoSignIns: readonly DemoSignIn[] = [
  { username: 'kontaktlaerer', role: 'kontaktlaerer', description: 'Kontaktlærer for 1STA, underviser også i klassen', owner: 'fylkeskommune' },
  { username: 'faglaerer', role: 'faglaerer', description: 'Faglærer i flere undervisningsgrupper, ikke i 1STA', owner: 'fylkeskommune' },
  { username: 'radgiver', role: 'radgiver', description: 'Rådgiver og IKO-ansvarlig', owner: 'fylkeskommune' },
  { username: 'rektor', role: 'skoleleder', description: 'Rektor', owner: 'fylkeskommune' },
  { username: 'avdelingsleder', role: 'skoleleder', description: 'Avdelingsleder', owner: 'fylkeskommune' },
  { username: 'helsesykepleier', role: 'helsesykepleier', description: 'Helsesykepleier', owner: 'fylkeskommune' },
  { username: 'sosiallaerer', role: 'sosiallaerer', description: 'Sosiallærer', owner: 'fylkeskommune' },
  { username: 'miljoterapeut', role: 'miljoterapeut', description: 'Miljøterapeut', owner: 'fylkeskommune' },
  { username: 'ot', role: 'ot_radgiver', description: 'OT-rådgiver i fylkeskommunen (Oppfølgingstjenesten)', owner: 'fylkeskommune' },
  { username: 'skoleeier', role: 'skoleeier', description: 'Skoleeier: fylkeskommunens utdanningsavdeling', owner: 'fylkeskommune' },
  { username: 'admin', role: 'administrator', description: 'Systemansvarlig i fylkeskommunen', owner: 'fylkeskommune' },
  { username: 'gs-kontaktlaerer', role: 'kontaktlaerer', description: 'Kontaktlærer for 9A på Varde ungdomsskule (kommunen)', owner: 'kommune' },
  { username: 'gs-rektor', role: 'skoleleder', description: 'Rektor på Varde ungdomsskule (kommunen)', owner: 'kommune' },
];

export interface GenerateDemoSchoolOptions {
  /** Defaults to 1. */
  seed?: number;
  /** Defaults to 240: one school. Above 900, a county of schools of 500–900 students. */
  students?: number;
  /**
   * The municipality's students: defaults to 400, a barneskole and an ungdomsskole; above 1 000,
   * a municipality of schools; 0 leaves the municipality (and its sign-ins) out.
   */
  municipalityStudents?: number;
  /** YYYY-MM-DD: the school year is the one containing this date; absence runs to the day before. */
  today: string;
}

const DEMO_SCHOOL_NAME = 'Varde videregående skole';
const DEFAULT_MUNICIPALITY_STUDENTS = 400;
const SINGLE_SCHOOL_MAX = 900;
const MIN_STUDENTS = 8;

export function generateDemoSchool(options: GenerateDemoSchoolOptions): DemoDataset {
  const { seed = 1, students = 240, municipalityStudents = DEFAULT_MUNICIPALITY_STUDENTS, today } = options;
  toDayNumber(today); // throws a RangeError naming a malformed date
  if (!Number.isInteger(students) || students < MIN_STUDENTS) {
    throw new RangeError(`students must be a whole number of at least ${MIN_STUDENTS}, not ${students}`);
  }
  if (!Number.isInteger(municipalityStudents) || (municipalityStudents !== 0 && municipalityStudents < MIN_MUNICIPALITY_STUDENTS)) {
    throw new RangeError(`municipalityStudents must be 0 or a whole number of at least ${MIN_MUNICIPALITY_STUDENTS}, not ${municipalityStudents}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);

  const rng = createRng(seed);
  const year = buildNorwegianSchoolYear(schoolYearStartFor(today));
  const owner = buildOwner({ rng: rng.fork('owner') });
  const dataset: DemoDataset = {
    seed,
    today,
    ownerId: owner.id,
    demoSchoolId: '',
    municipality: null,
    owners: [owner],
    schools: [],
    schoolYears: [],
    terms: [],
    calendarBreaks: [],
    students: [],
    guardians: [],
    studentGuardians: [],
    staff: [],
    staffRoles: [],
    accounts: [],
    groups: [],
    groupMemberships: [],
    groupTeachers: [],
    timetableSlots: [],
    absenceRecords: { [Symbol.iterator]: () => generateAbsence(dataset) },
    grades: [],
    intakeData: [],
    teacherReports: [],
    absenceProfiles: [],
  };
  // One set per owner: staff and guardian addresses stay unique across all its schools.
  const emailsInUse = new Set<string>();

  const specs = planSchools(students, rng.fork('schools'));
  const county = addCountyStaff(dataset, rng.fork('county'), emailsInUse, specs.length);

  specs.forEach((spec, i) => {
    const schoolRng = rng.fork(`school:${i}`);
    const built = buildSchoolData({ dataset, rng: schoolRng, spec, year, emailsInUse });
    const profiles = planAbsenceProfiles({
      rng: schoolRng.fork('absence-profiles'),
      built,
      showcaseClassName: i === 0 ? '1STA' : undefined,
    });
    dataset.absenceProfiles.push(...profiles);
    const context = { dataset, built, year, profiles: new Map(profiles.map((p) => [p.studentId, p])) };
    const intakeAverages = addIntakeData({ ...context, rng: schoolRng.fork('intake') });
    addGrades({ ...context, rng: schoolRng.fork('grades'), today, intakeAverages });
    addTeacherReports({ ...context, rng: schoolRng.fork('reports'), today, intakeAverages });
    if (i === 0) {
      dataset.demoSchoolId = built.school.id;
      dataset.accounts = demoAccounts(dataset.ownerId, built, county);
      withoutBirthDate(built, context.profiles);
    }
  });

  if (municipalityStudents > 0) {
    const staffOf = addDemoMunicipality(dataset, { rng: rng.fork('municipality'), startYear: year.startYear, students: municipalityStudents, today });
    for (const s of demoSignIns.filter((s) => s.owner === 'kommune')) {
      dataset.accounts.push({ ownerId: dataset.municipality!.ownerId, staffId: staffOf[s.username]!, username: s.username, role: s.role });
    }
  }
  assignDemoIdentities(dataset, rng.fork('identities'));
  return dataset;
}

/**
 * One student of the demo school whose file lacked a birth date (issue 17), so that the list of
 * students the school must complete is not empty: the last of the first Vg2 class, by name, with
 * ordinary absence (no demo case or flag is built around the student). Set after the rest is
 * generated, so that every other row stays as it was.
 */
function withoutBirthDate(built: BuiltSchool, profiles: ReadonlyMap<string, { pattern: string }>): void {
  const vg2 = built.classes.filter((c) => c.levelIndex === 1).sort((a, b) => a.group.name.localeCompare(b.group.name, 'nb'))[0];
  const ordinary = (vg2?.students ?? []).filter((s) => profiles.get(s.id)?.pattern === 'ordinary');
  const byName = ordinary.sort((a, b) => `${a.familyName} ${a.givenName}`.localeCompare(`${b.familyName} ${b.givenName}`, 'nb'));
  const student = byName.at(-1);
  if (student) student.birthDate = null;
}

/** The owner-level staff: skoleeier, OT-rådgivere and the administrator (school_id null). */
function addCountyStaff(dataset: DemoDataset, rng: Rng, emailsInUse: Set<string>, schoolCount: number) {
  const add = (role: RoleCode, title: string) => {
    const person = buildStaff({ rng, ownerId: dataset.ownerId, emailsInUse });
    dataset.staff.push(person);
    dataset.staffRoles.push(buildStaffRole({ rng, ownerId: dataset.ownerId, staffId: person.id, role, schoolId: null, title }));
    return person.id;
  };
  const skoleeier = add('skoleeier', 'Fagsjef videregående opplæring');
  // OT has about one advisor for every eight schools.
  const ot = Array.from({ length: Math.max(1, Math.round(schoolCount / 8)) }, () => add('ot_radgiver', 'OT-rådgiver'));
  const admin = add('administrator', 'Systemansvarlig');
  return { skoleeier, ot: ot[0]!, admin };
}

function demoAccounts(ownerId: string, built: BuiltSchool, county: { skoleeier: string; ot: string; admin: string }): DemoAccount[] {
  const classA = built.classes.find((c) => c.group.name === '1STA');
  if (!classA) throw new Error('The demo school has no 1STA');
  const support = (role: SupportRole) => built.supportStaff.get(role)![0]!;
  const byUsername: Record<string, string> = {
    kontaktlaerer: classA.contactTeacherId,
    faglaerer: chooseDemoSubjectTeacher(built, classA.group.id),
    radgiver: support('radgiver'),
    rektor: support('rektor'),
    avdelingsleder: support('avdelingsleder'),
    helsesykepleier: support('helsesykepleier'),
    sosiallaerer: support('sosiallaerer'),
    miljoterapeut: support('miljoterapeut'),
    ot: county.ot,
    skoleeier: county.skoleeier,
    admin: county.admin,
  };
  return demoSignIns
    .filter((s) => s.owner === 'fylkeskommune')
    .map((s) => ({ ownerId, staffId: byUsername[s.username]!, username: s.username, role: s.role }));
}

/**
 * The `faglaerer` account: a subject teacher who is no one's contact teacher and has no 1STA
 * students, so that it shows what a subject teacher alone may see. Preferred: several groups
 * with no student in two of them, so that each student is seen through exactly one subject.
 */
function chooseDemoSubjectTeacher(built: BuiltSchool, classAId: string): string {
  const contactTeachers = new Set(built.classes.map((c) => c.contactTeacherId));
  const candidates = built.teachers
    .filter((t) => !contactTeachers.has(t.staffId) && !t.classIds.has(classAId))
    .map((t) => {
      const groups = built.teachingGroups.filter((g) => g.teacherId === t.staffId);
      const students = groups.flatMap((g) => g.studentIds);
      return { id: t.staffId, groups: groups.length, disjoint: new Set(students).size === students.length };
    })
    .filter((c) => c.groups >= 2)
    .sort((a, b) => tier(a) - tier(b) || b.groups - a.groups);
  if (!candidates[0]) throw new Error('The demo school has no subject teacher outside 1STA');
  return candidates[0].id;
}

/** Three or more groups with no student in two of them is best; disjoint groups come next. */
function tier(candidate: { groups: number; disjoint: boolean }): number {
  if (candidate.disjoint) return candidate.groups >= 3 ? 0 : 1;
  return 2;
}

/**
 * One school for up to 900 students; above that, schools of 500–900 students, the first of
 * them the demo school.
 */
function planSchools(total: number, rng: Rng): SchoolSpec[] {
  if (total <= SINGLE_SCHOOL_MAX) return [{ name: DEMO_SCHOOL_NAME, municipality: municipalities[0]!, students: total }];
  const count = Math.ceil(total / 700);
  const sizes = splitEvenly(total, count);
  // Move students between schools so that they differ in size, within 500–900.
  for (let k = 0; k < count * 3; k++) {
    const from = rng.int(0, count - 1);
    const to = rng.int(0, count - 1);
    const moved = rng.int(0, 150);
    if (from !== to && sizes[from]! - moved >= 500 && sizes[to]! + moved <= SINGLE_SCHOOL_MAX) {
      sizes[from]! -= moved;
      sizes[to]! += moved;
    }
  }
  const places = rng.shuffle([...placeNames]);
  return sizes.map((students, i) => {
    if (i === 0) return { name: DEMO_SCHOOL_NAME, municipality: municipalities[0]!, students };
    const place = places[(i - 1) % places.length]!;
    const round = Math.floor((i - 1) / places.length);
    return {
      name: `${place} videregående skole${round > 0 ? ` ${round + 1}` : ''}`,
      municipality: municipalities[i % municipalities.length]!,
      students,
    };
  });
}

/** Invented places of the invented county. */
const municipalities = ['Vardefjell', 'Elvdal', 'Bergvik', 'Nordmo', 'Sørli', 'Fjordby', 'Åsen', 'Skogbygd', 'Strandby', 'Dalheim'];
const placeNames = [
  'Lia', 'Bergtun', 'Solvang', 'Strandvik', 'Åsmyra', 'Haugtun', 'Elvetun', 'Fjellheim', 'Nordbygda', 'Sørbygda',
  'Vesterli', 'Granli', 'Furuly', 'Bjørkely', 'Myrvoll', 'Lysheim', 'Skogstad', 'Åkerby', 'Tjernli', 'Bekkestad',
  'Brekketun', 'Nyvoll', 'Sandtun', 'Ospelia', 'Rognstad', 'Heggeli', 'Storøya', 'Vikaneset', 'Kleivmoen', 'Grønnåsen',
  'Dalbu', 'Flåtten', 'Høgmoen', 'Steinvoll', 'Torvmo', 'Ulvestad', 'Vollan', 'Ørnevik', 'Øvre Åsen', 'Kvernmo',
  'Lerkeli', 'Mosletta', 'Nesvika', 'Rustad', 'Sletta', 'Vangen', 'Bråtastua', 'Tangen', 'Lunden', 'Saga',
];
