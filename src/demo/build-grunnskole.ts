/**
 * One demo grunnskole (a barneskole, trinn 1–7, or an ungdomsskole, 8–10): its school year and
 * calendar, classes (basisgrupper, "3A", "8B") with their students, a teaching group per subject
 * of each class and the choices of ungdomstrinnet across the classes of a trinn, with a weekly
 * timetable, and the staff — leadership, the skolemiljøteam's people, contact teachers and
 * subject teachers. The families are the municipality's, made by the caller across its schools
 * (siblings attend different schools).
 *
 * A barneskole's contact teacher (allmennlærer) teaches the own class most of the week: norsk,
 * matematikk, naturfag, samfunnsfag and KRLE; specialists and colleagues take the rest. In an
 * ungdomsskole the contact teacher teaches the class one subject of weight, as in a vgs.
 */
import { splitEvenly, type BuiltTeachingGroup, type SupportRole } from './build-school.js';
import type { Option, Subject, SubjectArea } from './curriculum.js';
import type { DemoDataset } from './demo-dataset.js';
import {
  buildGroup,
  buildSchool,
  buildStaff,
  buildStaffRole,
  buildStudent,
  buildTimetableSlot,
  type GroupRow,
  type SchoolRow,
  type SchoolYearRow,
  type StudentRow,
} from './factories.js';
import { contactTeacherSubjects, shortKeyOf, trinnPlan, type TrinnPlan } from './grunnskole-curriculum.js';
import type { DemoSchoolYear } from './norwegian-school-year.js';
import type { Rng } from './random.js';
import { chooseTeacher, giveLessons, layoutWeek, lessonsPerDay, secondArea, type Cell, type Teacher } from './timetable.js';
import type { RoleCode } from '../domain/vocabulary.js';
import { schoolLevels } from '../domain/vocabulary.js';

export type GrunnskoleKind = 'barneskole' | 'ungdomsskole';

export interface GrunnskoleSpec {
  name: string;
  kind: GrunnskoleKind;
  municipality: string;
  students: number;
}

export interface BuiltGrunnskoleClass {
  group: GroupRow;
  trinn: number;
  plan: TrinnPlan;
  students: StudentRow[];
  contactTeacherId: string;
}

export interface BuiltGrunnskole {
  school: SchoolRow;
  schoolYear: SchoolYearRow;
  classes: BuiltGrunnskoleClass[];
  teachingGroups: BuiltTeachingGroup[];
  classOfStudent: Map<string, BuiltGrunnskoleClass>;
  supportStaff: Map<SupportRole, string[]>;
  teachers: Teacher[];
}

/** The most students in one class (basisgruppe): a trinn larger than this gets parallel classes. */
const MAX_CLASS_SIZE: Record<GrunnskoleKind, number> = { barneskole: 26, ungdomsskole: 28 };
/** Choice groups larger than this are split. */
const MAX_CHOICE_GROUP = 24;
/** Lessons a week: grunnskole teachers teach more lessons than in a vgs (shorter preparation). */
const TEACHER_MAX_LOAD: Record<GrunnskoleKind, number> = { barneskole: 24, ungdomsskole: 22 };
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function buildGrunnskoleData(context: {
  dataset: DemoDataset;
  rng: Rng;
  ownerId: string;
  spec: GrunnskoleSpec;
  year: DemoSchoolYear;
  emailsInUse: Set<string>;
  emailDomain: string;
}): BuiltGrunnskole {
  const { dataset, rng, ownerId, spec, year } = context;

  // --- The school and its calendar -----------------------------------------------------------
  const calendarRng = rng.fork('calendar');
  const school = buildSchool({ rng: calendarRng, ownerId, name: spec.name, kind: spec.kind, municipality: spec.municipality });
  dataset.schools.push(school);
  const schoolYear: SchoolYearRow = { id: calendarRng.uuid(), ownerId, schoolId: school.id, name: year.name, startsOn: year.startsOn, endsOn: year.endsOn };
  dataset.schoolYears.push(schoolYear);
  for (const term of year.terms) dataset.terms.push({ id: calendarRng.uuid(), ownerId, schoolYearId: schoolYear.id, ...term });
  for (const pause of year.breaks) dataset.calendarBreaks.push({ id: calendarRng.uuid(), ownerId, schoolYearId: schoolYear.id, ...pause });
  const groupBase = { ownerId, schoolId: school.id, schoolYearId: schoolYear.id };

  // --- Classes and students ------------------------------------------------------------------
  const classRng = rng.fork('classes');
  const trinns = schoolLevels[spec.kind].map(Number);
  const classes: BuiltGrunnskoleClass[] = [];
  const classOfStudent = new Map<string, BuiltGrunnskoleClass>();
  splitEvenly(spec.students, trinns.length).forEach((cohort, t) => {
    const trinn = trinns[t]!;
    const plan = trinnPlan(trinn);
    const sizes = splitEvenly(cohort, Math.max(1, Math.ceil(cohort / MAX_CLASS_SIZE[spec.kind])));
    sizes.forEach((size, letter) => {
      const group = buildGroup({ rng: classRng, ...groupBase, name: `${trinn}${LETTERS[letter % LETTERS.length]}`, kind: 'basisgruppe', level: String(trinn) });
      dataset.groups.push(group);
      const built: BuiltGrunnskoleClass = { group, trinn, plan, students: [], contactTeacherId: '' };
      for (let k = 0; k < size; k++) {
        // Children start school the year they turn six; a very few started a year late.
        const birthYear = year.startYear - 5 - trinn - (classRng.chance(0.01) ? 1 : 0);
        const student = buildStudent({ rng: classRng, ownerId, schoolId: school.id, birthYear });
        dataset.students.push(student);
        dataset.groupMemberships.push({ ownerId, groupId: group.id, studentId: student.id });
        built.students.push(student);
        classOfStudent.set(student.id, built);
      }
      classes.push(built);
    });
  });

  // --- Teaching groups and the timetable -----------------------------------------------------
  const groupRng = rng.fork('groups');
  const timetableRng = rng.fork('timetable');
  const teachingGroups: BuiltTeachingGroup[] = [];
  const addTeachingGroup = (name: string, trinn: number, subject: Subject, cells: Cell[], students: readonly StudentRow[]) => {
    const group = buildGroup({
      rng: groupRng,
      ...groupBase,
      name,
      kind: 'undervisningsgruppe',
      level: String(trinn),
      subjectCode: subject.code,
      subjectName: subject.name,
    });
    dataset.groups.push(group);
    for (const student of students) dataset.groupMemberships.push({ ownerId, groupId: group.id, studentId: student.id });
    for (const cell of cells) {
      dataset.timetableSlots.push(buildTimetableSlot({ rng: groupRng, ownerId, groupId: group.id, weekday: cell.weekday, lessonNumber: cell.lesson }));
    }
    const classIds = [...new Set(students.map((s) => classOfStudent.get(s.id)!.group.id))];
    const built: BuiltTeachingGroup = { group, subject, cells, studentIds: students.map((s) => s.id), classIds, teacherId: '' };
    teachingGroups.push(built);
    return built;
  };

  // The choices of ungdomstrinnet first: the same hours in every class of the trinn.
  const blockCellsOfTrinn = new Map<number, Cell[]>();
  for (const trinn of new Set(classes.map((c) => c.trinn))) {
    const plan = trinnPlan(trinn);
    if (plan.blocks.length === 0) continue;
    const cohort = classes.filter((c) => c.trinn === trinn);
    const cells = layoutWeek(lessonsPerDay(weekOf(plan)), plan.blocks.map((b) => ({ key: b.label, lessons: b.lessons })), timetableRng, { partial: true });
    blockCellsOfTrinn.set(trinn, [...cells.values()].flat());
    for (const block of plan.blocks) {
      for (const [subject, students] of chooseOptions(groupRng, cohort.flatMap((c) => c.students), block.options)) {
        const parts = splitInto(groupRng.shuffle(students), Math.ceil(students.length / MAX_CHOICE_GROUP));
        parts.forEach((part, i) => {
          const suffix = parts.length > 1 ? `-${i + 1}` : '';
          addTeachingGroup(`${trinn}-${block.label}/${shortKeyOf(subject)}${suffix}`, trinn, subject, cells.get(block.label)!, part);
        });
      }
    }
  }
  const classGroupOf = new Map<string, BuiltTeachingGroup>();
  for (const c of classes) {
    const cells = layoutWeek(
      lessonsPerDay(weekOf(c.plan)),
      c.plan.common.map((item) => ({ key: item.subject.code, lessons: item.lessons })),
      timetableRng,
      { taken: blockCellsOfTrinn.get(c.trinn) ?? [] },
    );
    for (const item of c.plan.common) {
      const built = addTeachingGroup(`${c.group.name}/${shortKeyOf(item.subject)}`, c.trinn, item.subject, cells.get(item.subject.code)!, c.students);
      classGroupOf.set(`${c.group.id}:${item.subject.code}`, built);
    }
  }

  // --- Staff ---------------------------------------------------------------------------------
  const staffRng = rng.fork('staff');
  const newStaff = (roles: Array<{ role: RoleCode; title: string | null }>) => {
    const person = buildStaff({ rng: staffRng, ownerId, emailsInUse: context.emailsInUse, emailDomain: context.emailDomain });
    dataset.staff.push(person);
    for (const { role, title } of roles) {
      dataset.staffRoles.push(buildStaffRole({ rng: staffRng, ownerId, staffId: person.id, role, schoolId: school.id, title }));
    }
    return person.id;
  };
  const supportStaff = new Map<SupportRole, string[]>();
  const addSupport = (key: SupportRole, role: RoleCode, count: number, title: string) => {
    supportStaff.set(key, Array.from({ length: count }, () => newStaff([{ role, title }])));
  };
  const n = spec.students;
  addSupport('rektor', 'skoleleder', 1, 'Rektor');
  // A barneskole's deputy is its inspektør; an ungdomsskole has avdelingsledere for its trinn.
  addSupport('avdelingsleder', 'skoleleder', Math.max(1, Math.round(n / 250)), spec.kind === 'barneskole' ? 'Inspektør' : 'Avdelingsleder');
  if (spec.kind === 'ungdomsskole') addSupport('radgiver', 'radgiver', Math.max(1, Math.round(n / 300)), 'Sosialpedagogisk rådgiver');
  addSupport('helsesykepleier', 'helsesykepleier', Math.max(1, Math.round(n / 450)), 'Helsesykepleier');
  // The skolemiljøteam: the sosiallærer and the miljøterapeuter, with leadership and the nurse.
  addSupport('sosiallaerer', 'sosiallaerer', 1, 'Sosiallærer, skolemiljøteamet');
  addSupport('miljoterapeut', 'miljoterapeut', Math.max(1, Math.round(n / 300)), 'Miljøterapeut, skolemiljøteamet');

  const maxLoad = TEACHER_MAX_LOAD[spec.kind];
  const teachers: Teacher[] = [];
  const newTeacher = (areas: SubjectArea[], contactClass?: string) => {
    const roles: Array<{ role: RoleCode; title: string | null }> = [{ role: 'faglaerer', title: null }];
    if (contactClass) roles.unshift({ role: 'kontaktlaerer', title: `Kontaktlærer ${contactClass}` });
    const teacher: Teacher = { staffId: newStaff(roles), areas, busy: new Set(), load: 0, maxLoad, subjectCodes: new Set(), classIds: new Set() };
    teachers.push(teacher);
    return teacher;
  };
  const areasFor = (area: SubjectArea) => {
    const second = secondArea(area, staffRng);
    return second ? [area, second] : [area];
  };
  const teach = (built: BuiltTeachingGroup, teacher: Teacher) => {
    built.teacherId = teacher.staffId;
    dataset.groupTeachers.push({ ownerId, groupId: built.group.id, staffId: teacher.staffId, role: 'faglaerer' });
  };
  const need = (built: BuiltTeachingGroup) => ({ subjectCode: built.subject.code, area: built.subject.area, cells: built.cells, classIds: built.classIds });

  for (const c of classes) {
    let own: BuiltTeachingGroup[];
    let areas: SubjectArea[];
    if (spec.kind === 'barneskole') {
      own = c.plan.common.filter((item) => contactTeacherSubjects.has(item.subject.code)).map((item) => classGroupOf.get(`${c.group.id}:${item.subject.code}`)!);
      areas = ['norsk', 'matematikk', 'realfag', 'samfunnsfag', staffRng.pick(['engelsk', 'kroppsoving', 'estetiske'] as const)];
    } else {
      const weighty = c.plan.common.filter((item) => item.lessons >= 3 && item.subject.area !== 'kroppsoving');
      own = [classGroupOf.get(`${c.group.id}:${staffRng.pick(weighty).subject.code}`)!];
      areas = areasFor(own[0]!.subject.area);
    }
    const teacher = newTeacher(areas, c.group.name);
    c.contactTeacherId = teacher.staffId;
    dataset.groupTeachers.push({ ownerId, groupId: c.group.id, staffId: teacher.staffId, role: 'kontaktlaerer' });
    for (const built of own) {
      giveLessons(teacher, need(built));
      teach(built, teacher);
    }
  }
  for (const built of teachingGroups) {
    if (built.teacherId) continue;
    teach(built, chooseTeacher(need(built), teachers, (area) => newTeacher(areasFor(area))));
  }

  return { school, schoolYear, classes, teachingGroups, classOfStudent, supportStaff, teachers };
}

function weekOf(plan: TrinnPlan): number {
  const sum = (items: ReadonlyArray<{ lessons: number }>) => items.reduce((total, item) => total + item.lessons, 0);
  return sum(plan.common) + sum(plan.blocks);
}

/** Each student's choice among the options; options nobody chose are left out. */
function chooseOptions(rng: Rng, students: readonly StudentRow[], options: readonly Option[]): Map<Subject, StudentRow[]> {
  const weights = options.map((o) => [o.subject, o.weight] as const);
  const chosen = new Map<Subject, StudentRow[]>();
  for (const student of students) {
    const subject = rng.weighted(weights);
    const list = chosen.get(subject);
    if (list) list.push(student);
    else chosen.set(subject, [student]);
  }
  return new Map(options.filter((o) => chosen.has(o.subject)).map((o) => [o.subject, chosen.get(o.subject)!]));
}

function splitInto<T>(items: T[], count: number): T[][] {
  const parts: T[][] = [];
  let start = 0;
  for (const size of splitEvenly(items.length, Math.max(1, count))) {
    parts.push(items.slice(start, start + size));
    start += size;
  }
  return parts;
}
