/**
 * The demo municipality beside the county: "Varde kommune", an owner of its own, with "Varde
 * barneskule" (trinn 1–7) and "Varde ungdomsskule" (8–10) — about 200 students each by default
 * — or, for a large `students`, a municipality of barneskoler of 150–450 students and
 * ungdomsskoler of 200–500. Its schools follow the absence routine for grunnskolen (their kind's
 * rule profile), on the municipality's own calendar (buildMunicipalSchoolYear).
 *
 * Every student is a minor with at least one guardian with parental responsibility; brothers and
 * sisters may attend different schools of the municipality. No grades or intake data: grunnskolen
 * has no midterm grades, and what the rules look at here is absence.
 */
import { addDays, isoWeekday } from '../domain/school-calendar.js';
import type { RoleCode } from '../domain/vocabulary.js';
import { buildFamilies, type FamilyMember } from './build-families.js';
import { buildGrunnskoleData, type BuiltGrunnskole, type GrunnskoleSpec } from './build-grunnskole.js';
import { splitEvenly } from './build-school.js';
import type { DemoAbsenceProfile, DemoDataset } from './demo-dataset.js';
import { buildOwner, buildStaff, buildStaffRole, buildTeacherReport, osloTime } from './factories.js';
import { buildMunicipalSchoolYear, type DemoSchoolYear } from './norwegian-school-year.js';
import { planGrunnskoleAbsence } from './plan-grunnskole-absence.js';
import type { Rng } from './random.js';

export const MUNICIPALITY_NAME = 'Varde kommune';
export const DEMO_BARNESKOLE_NAME = 'Varde barneskule';
export const DEMO_UNGDOMSSKOLE_NAME = 'Varde ungdomsskule';
/** The class of gs-kontaktlaerer, at the demo ungdomsskole. */
export const DEMO_GRUNNSKOLE_CLASS = '9A';
/** Staff of the municipality write from here; `.example` reaches no mailbox (RFC 2606). */
const EMAIL_DOMAIN = 'varde-kommune.example';
const TWO_SCHOOLS_MAX = 1000;
export const MIN_MUNICIPALITY_STUDENTS = 40;

/**
 * Adds the municipality to the dataset and returns the accounts of its demo sign-ins (username →
 * staff), for generate-demo-school.ts to list with the county's.
 */
export function addDemoMunicipality(dataset: DemoDataset, options: { rng: Rng; startYear: number; students: number; today: string }): Record<string, string> {
  const { rng, students, today } = options;
  const year = buildMunicipalSchoolYear(options.startYear);
  const owner = buildOwner({ rng: rng.fork('owner'), name: MUNICIPALITY_NAME, kind: 'kommune', maalform: 'nn' });
  dataset.owners.push(owner);
  const ownerId = owner.id;
  const emailsInUse = new Set<string>();

  // The owner's own people: the head of the municipality's schools (skoleeier) and Varde's administrator.
  const ownerRng = rng.fork('owner-staff');
  for (const [role, title] of [['skoleeier', 'Kommunalsjef oppvekst'], ['administrator', 'Systemansvarlig']] as const) {
    const person = buildStaff({ rng: ownerRng, ownerId, emailsInUse, emailDomain: EMAIL_DOMAIN });
    dataset.staff.push(person);
    dataset.staffRoles.push(buildStaffRole({ rng: ownerRng, ownerId, staffId: person.id, role: role as RoleCode, schoolId: null, title }));
  }

  const built = planMunicipalSchools(students, rng.fork('schools')).map((spec, i) =>
    buildGrunnskoleData({ dataset, rng: rng.fork(`school:${i}`), ownerId, spec, year, emailsInUse, emailDomain: EMAIL_DOMAIN }),
  );
  const barneskole = built.find((b) => b.school.kind === 'barneskole')!;
  const ungdomsskole = built.find((b) => b.school.kind === 'ungdomsskole')!;

  const members: FamilyMember[] = built.flatMap((b) =>
    b.classes.flatMap((c) => c.students.map((student) => ({ student, classId: c.group.id, levelIndex: c.trinn - 1 }))),
  );
  const siblingPairs = buildFamilies({
    dataset,
    rng: rng.fork('families'),
    members,
    // Families often have two children in grunnskolen at once.
    siblingPairs: Math.max(3, Math.round(members.length * 0.07)),
    emailsInUse,
    ownerId,
  });

  const profiles = planGrunnskoleAbsence({
    rng: rng.fork('absence-profiles'),
    schools: built,
    siblingPairs,
    showcase: { schoolId: ungdomsskole.school.id, className: DEMO_GRUNNSKOLE_CLASS },
  });
  awaySiblingsInShowcase(profiles, siblingPairs, ungdomsskole, barneskole);
  dataset.absenceProfiles.push(...profiles);
  addConcernReports(dataset, rng.fork('reports'), ungdomsskole, year, today);

  dataset.municipality = { ownerId, barneskoleId: barneskole.school.id, ungdomsskoleId: ungdomsskole.school.id };
  const ownClass = ungdomsskole.classes.find((c) => c.group.name === DEMO_GRUNNSKOLE_CLASS) ?? ungdomsskole.classes[0]!;
  return {
    'gs-kontaktlaerer': ownClass.contactTeacherId,
    'gs-rektor': ungdomsskole.supportStaff.get('rektor')![0]!,
  };
}

/**
 * Siblings away together at two schools, one of them in gs-kontaktlaerer's class, so that its
 * Ukesjekken shows a sibling at the barneskole: a pair of children with no other pattern is given
 * the siblings' shared days. Made after the plan, so that no other child's absence changes (each
 * child's absence has its own random stream, generate-absence.ts).
 */
function awaySiblingsInShowcase(profiles: DemoAbsenceProfile[], pairs: ReadonlyArray<readonly [string, string]>, ungdomsskole: BuiltGrunnskole, barneskole: BuiltGrunnskole): void {
  const showcase = new Set(ungdomsskole.classes.find((c) => c.group.name === DEMO_GRUNNSKOLE_CLASS)?.students.map((st) => st.id));
  const children = new Set(barneskole.classes.flatMap((c) => c.students.map((st) => st.id)));
  const profileOf = new Map(profiles.map((p) => [p.studentId, p]));
  const together = profiles.filter((p) => p.pattern === 'siblings');
  if (together.some((p) => showcase.has(p.studentId))) return;
  const pair = pairs.find(([a, b]) => showcase.has(a) && children.has(b) && profileOf.get(a)?.pattern === 'ordinary' && profileOf.get(b)?.pattern === 'ordinary');
  if (!pair) return;
  const siblingKey = `${pair[0]}+${pair[1]}`;
  for (const id of pair) Object.assign(profileOf.get(id)!, { pattern: 'siblings', siblingKey });
}

/**
 * Two schools up to 1 000 students (the barneskole a little smaller: it has seven trinn to the
 * ungdomsskole's three, but an ungdomsskole takes in from several barneskoler); above that, seven
 * tenths in barneskoler of 150–450 and the rest in ungdomsskoler of 200–500, the first of each the
 * demo's.
 */
function planMunicipalSchools(total: number, rng: Rng): GrunnskoleSpec[] {
  if (total <= TWO_SCHOOLS_MAX) {
    const children = Math.round(total * 0.49);
    return [
      { name: DEMO_BARNESKOLE_NAME, kind: 'barneskole', municipality: 'Varde', students: children },
      { name: DEMO_UNGDOMSSKOLE_NAME, kind: 'ungdomsskole', municipality: 'Varde', students: total - children },
    ];
  }
  const children = Math.round(total * 0.7);
  const places = rng.shuffle([...placeNames]);
  const named = (kind: 'barneskole' | 'ungdomsskole', i: number) => {
    if (i === 0) return kind === 'barneskole' ? DEMO_BARNESKOLE_NAME : DEMO_UNGDOMSSKOLE_NAME;
    const place = places[(i - 1) % places.length]!;
    const round = Math.floor((i - 1) / places.length);
    return `${place} ${kind === 'barneskole' ? 'skule' : 'ungdomsskule'}${round > 0 ? ` ${round + 1}` : ''}`;
  };
  const spread = (kind: 'barneskole' | 'ungdomsskole', students: number, mean: number, min: number, max: number) =>
    varySizes(splitEvenly(students, Math.ceil(students / mean)), rng, min, max).map((size, i) => ({
      name: named(kind, i),
      kind,
      municipality: 'Varde',
      students: size,
    }));
  return [...spread('barneskole', children, 300, 150, 450), ...spread('ungdomsskole', total - children, 350, 200, 500)];
}

/** Moves students between schools so that they differ in size, within `min`–`max`. */
function varySizes(sizes: number[], rng: Rng, min: number, max: number): number[] {
  for (let k = 0; k < sizes.length * 3; k++) {
    const from = rng.int(0, sizes.length - 1);
    const to = rng.int(0, sizes.length - 1);
    const moved = rng.int(0, 80);
    if (from !== to && sizes[from]! - moved >= min && sizes[to]! + moved <= max) {
      sizes[from]! -= moved;
      sizes[to]! += moved;
    }
  }
  return sizes;
}

/**
 * A few concern reports in the ungdomsskole, from a teacher of the student, about students whose
 * absence is worrying: the grunnskole profile reads them too (rule 9).
 */
function addConcernReports(dataset: DemoDataset, rng: Rng, school: BuiltGrunnskole, year: DemoSchoolYear, today: string): void {
  const worrying = dataset.absenceProfiles.filter((p) => p.schoolId === school.school.id && (p.pattern === 'school_refusal' || p.pattern === 'avoids_subject'));
  const texts = {
    mistrivsel: 'Virker lei seg og trekker seg unna de andre i friminuttene. Har sagt at det er vondt å komme på skolen om morgenen.',
    skolemiljo: 'Blir holdt utenfor i gymtimene og i garderoben; forteller selv at det har vart en stund.',
  } as const;
  worrying.slice(0, 2).forEach((profile, i) => {
    const kind = i === 0 ? 'mistrivsel' : 'skolemiljo';
    const group = school.teachingGroups.find((g) => g.studentIds.includes(profile.studentId) && g.teacherId);
    if (!group) return;
    // Some weeks into the term, on a weekday.
    let reportedOn = addDays(today, -rng.int(5, 20));
    while (isoWeekday(reportedOn) > 5) reportedOn = addDays(reportedOn, -1);
    if (reportedOn < addDays(year.startsOn, 10)) return;
    dataset.teacherReports.push(
      buildTeacherReport({
        rng,
        ownerId: school.school.ownerId,
        studentId: profile.studentId,
        reportedBy: group.teacherId,
        kind,
        text: texts[kind],
        createdAt: osloTime(reportedOn, '14:30'),
      }),
    );
  });
}

/** Invented places of the invented municipality, in its nynorsk. */
const placeNames = [
  'Haugen', 'Bøen', 'Lia', 'Nesset', 'Dalen', 'Myra', 'Vika', 'Tveit', 'Berge', 'Holmen',
  'Eide', 'Sætre', 'Botn', 'Hamre', 'Kleiva', 'Moen', 'Rud', 'Stølen', 'Teigen', 'Voll',
  'Øyra', 'Åsane', 'Fjellstad', 'Grinde', 'Hovland', 'Kvamme', 'Lunde', 'Nordbø', 'Sandvik', 'Tjørn',
];
