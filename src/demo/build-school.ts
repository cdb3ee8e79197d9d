/**
 * One demo school: its school year and calendar, classes (basisgrupper) and students with their
 * families, teaching groups (undervisningsgrupper) with a weekly timetable, and the staff —
 * leadership, support staff, contact teachers and subject teachers, each in the right groups.
 */
import type { RoleCode } from '../domain/vocabulary.js';
import { groupBy } from '../lib/group-by.js';
import { buildFamilies, type FamilyMember } from './build-families.js';
import {
  classKindCycle,
  classPlans,
  programmeNames,
  weeklyLessons,
  type ClassKind,
  type ClassPlan,
  type Option,
  type Subject,
  type SubjectArea,
} from './curriculum.js';
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
import type { DemoSchoolYear } from './norwegian-school-year.js';
import type { Rng } from './random.js';
import { chooseTeacher, giveLessons, layoutWeek, lessonsPerDay, secondArea, type Cell, type Teacher } from './timetable.js';

export interface SchoolSpec {
  name: string;
  municipality: string;
  students: number;
}

export interface BuiltClass {
  group: GroupRow;
  kind: ClassKind;
  plan: ClassPlan;
  levelIndex: number;
  students: StudentRow[];
  contactTeacherId: string;
}

export interface BuiltTeachingGroup {
  group: GroupRow;
  subject: Subject;
  cells: Cell[];
  studentIds: string[];
  classIds: string[];
  teacherId: string;
}

/** The school-level roles other than teaching, by the name the demo accounts use. */
export type SupportRole = 'rektor' | 'avdelingsleder' | 'radgiver' | 'helsesykepleier' | 'sosiallaerer' | 'miljoterapeut';

export interface BuiltSchool {
  school: SchoolRow;
  schoolYear: SchoolYearRow;
  classes: BuiltClass[];
  teachingGroups: BuiltTeachingGroup[];
  classOfStudent: Map<string, BuiltClass>;
  siblingPairs: Array<[string, string]>;
  supportStaff: Map<SupportRole, string[]>;
  teachers: Teacher[];
}

/** Teaching groups larger than this are split into parallel groups. */
const MAX_GROUP_SIZE = 32;
const TEACHER_MAX_LOAD = 18;
const CONTACT_TEACHER_MAX_LOAD = 16;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function buildSchoolData(context: {
  dataset: DemoDataset;
  rng: Rng;
  spec: SchoolSpec;
  year: DemoSchoolYear;
  emailsInUse: Set<string>;
}): BuiltSchool {
  const { dataset, rng, spec, year } = context;
  const ownerId = dataset.ownerId;

  // --- The school and its calendar -----------------------------------------------------------
  const calendarRng = rng.fork('calendar');
  const school = buildSchool({ rng: calendarRng, ownerId, name: spec.name, municipality: spec.municipality });
  dataset.schools.push(school);
  const schoolYear: SchoolYearRow = {
    id: calendarRng.uuid(),
    ownerId,
    schoolId: school.id,
    name: year.name,
    startsOn: year.startsOn,
    endsOn: year.endsOn,
  };
  dataset.schoolYears.push(schoolYear);
  for (const term of year.terms) dataset.terms.push({ id: calendarRng.uuid(), ownerId, schoolYearId: schoolYear.id, ...term });
  for (const pause of year.breaks) {
    dataset.calendarBreaks.push({ id: calendarRng.uuid(), ownerId, schoolYearId: schoolYear.id, ...pause });
  }
  const groupBase = { ownerId, schoolId: school.id, schoolYearId: schoolYear.id };

  // --- Classes and students ------------------------------------------------------------------
  const classRng = rng.fork('classes');
  const classCount = Math.max(classKindCycle.length, Math.round(spec.students / 29));
  const sizes = splitEvenly(spec.students, classCount);
  const letterCount = new Map<ClassKind, number>();
  const classes: BuiltClass[] = [];
  const classOfStudent = new Map<string, BuiltClass>();
  for (let i = 0; i < classCount; i++) {
    const kind = classKindCycle[i % classKindCycle.length]!;
    const plan = classPlans[kind];
    const letter = letterCount.get(kind) ?? 0;
    letterCount.set(kind, letter + 1);
    const levelIndex = Number(plan.level.slice(2)) - 1;
    const group = buildGroup({
      rng: classRng,
      ...groupBase,
      name: `${kind}${LETTERS[letter]}`,
      kind: 'basisgruppe',
      level: plan.level,
      programme: programmeNames[plan.programme],
    });
    dataset.groups.push(group);
    const built: BuiltClass = { group, kind, plan, levelIndex, students: [], contactTeacherId: '' };
    for (let k = 0; k < sizes[i]!; k++) {
      // Vg1 students turn 16 in the year the school year starts; a few are a year older.
      const birthYear = year.startYear - 16 - levelIndex - (classRng.chance(0.06) ? 1 : 0);
      const student = buildStudent({ rng: classRng, ownerId, schoolId: school.id, birthYear });
      dataset.students.push(student);
      dataset.groupMemberships.push({ ownerId, groupId: group.id, studentId: student.id });
      built.students.push(student);
      classOfStudent.set(student.id, built);
    }
    classes.push(built);
  }

  const members: FamilyMember[] = classes.flatMap((c) =>
    c.students.map((student) => ({ student, classId: c.group.id, levelIndex: c.levelIndex })),
  );
  const siblingPairs = buildFamilies({
    dataset,
    rng: rng.fork('families'),
    members,
    siblingPairs: Math.max(2, Math.round(spec.students * 0.035)),
    emailsInUse: context.emailsInUse,
  });

  // --- Teaching groups and the timetable -----------------------------------------------------
  const groupRng = rng.fork('groups');
  const timetableRng = rng.fork('timetable');
  const teachingGroups: BuiltTeachingGroup[] = [];
  const addTeachingGroup = (name: string, plan: ClassPlan, subject: Subject, cells: Cell[], students: readonly StudentRow[]) => {
    const group = buildGroup({
      rng: groupRng,
      ...groupBase,
      name,
      kind: 'undervisningsgruppe',
      level: plan.level,
      programme: programmeNames[plan.programme],
      subjectCode: subject.code,
      subjectName: subject.name,
    });
    dataset.groups.push(group);
    for (const student of students) dataset.groupMemberships.push({ ownerId, groupId: group.id, studentId: student.id });
    for (const cell of cells) {
      dataset.timetableSlots.push(
        buildTimetableSlot({ rng: groupRng, ownerId, groupId: group.id, weekday: cell.weekday, lessonNumber: cell.lesson }),
      );
    }
    const classIds = [...new Set(students.map((s) => classOfStudent.get(s.id)!.group.id))];
    const built: BuiltTeachingGroup = { group, subject, cells, studentIds: students.map((s) => s.id), classIds, teacherId: '' };
    teachingGroups.push(built);
    return built;
  };

  // Blocks first: their hours are the same in every class of the cohort.
  const blockCellsByKind = new Map<ClassKind, Cell[]>();
  for (const kind of new Set(classes.map((c) => c.kind))) {
    const plan = classPlans[kind];
    if (plan.blocks.length === 0) continue;
    const cohort = classes.filter((c) => c.kind === kind);
    const cells = layoutWeek(
      lessonsPerDay(weeklyLessons(plan)),
      plan.blocks.map((b) => ({ key: b.label, lessons: b.lessons })),
      timetableRng,
      { partial: true },
    );
    blockCellsByKind.set(kind, [...cells.values()].flat());
    for (const block of plan.blocks) {
      const chosen = chooseOptions(groupRng, cohort.flatMap((c) => c.students), block.options);
      for (const [subject, students] of chosen) {
        const parts = splitIntoGroups(groupRng.shuffle(students));
        parts.forEach((part, i) => {
          const suffix = parts.length > 1 ? `-${i + 1}` : '';
          addTeachingGroup(`${kind}-${block.label}/${subject.code}${suffix}`, plan, subject, cells.get(block.label)!, part);
        });
      }
    }
  }

  // Then each class's own subjects around the blocks.
  const commonGroupOf = new Map<string, BuiltTeachingGroup>();
  for (const c of classes) {
    const bundles = [
      ...c.plan.common.map((item) => ({ key: item.subject.code, lessons: item.lessons })),
      ...c.plan.choices.map((choice, i) => ({ key: `choice-${i}`, lessons: choice.lessons })),
    ];
    const cells = layoutWeek(lessonsPerDay(weeklyLessons(c.plan)), bundles, timetableRng, {
      taken: blockCellsByKind.get(c.kind) ?? [],
    });
    for (const item of c.plan.common) {
      const built = addTeachingGroup(`${c.group.name}/${item.subject.code}`, c.plan, item.subject, cells.get(item.subject.code)!, c.students);
      commonGroupOf.set(`${c.group.id}:${item.subject.code}`, built);
    }
    c.plan.choices.forEach((choice, i) => {
      for (const [subject, students] of chooseOptions(groupRng, c.students, choice.options)) {
        addTeachingGroup(`${c.group.name}/${subject.code}`, c.plan, subject, cells.get(`choice-${i}`)!, students);
      }
    });
  }

  // --- Staff ---------------------------------------------------------------------------------
  const staffRng = rng.fork('staff');
  const newStaff = (roles: Array<{ role: RoleCode; title: string | null }>) => {
    const person = buildStaff({ rng: staffRng, ownerId, emailsInUse: context.emailsInUse });
    dataset.staff.push(person);
    for (const { role, title } of roles) {
      dataset.staffRoles.push(buildStaffRole({ rng: staffRng, ownerId, staffId: person.id, role, schoolId: school.id, title }));
    }
    return person.id;
  };

  const supportStaff = new Map<SupportRole, string[]>();
  const addSupport = (key: SupportRole, role: RoleCode, count: number, title: (i: number) => string) => {
    supportStaff.set(key, Array.from({ length: count }, (_, i) => newStaff([{ role, title: title(i) }])));
  };
  const n = spec.students;
  addSupport('rektor', 'skoleleder', 1, () => 'Rektor');
  addSupport('avdelingsleder', 'skoleleder', Math.max(1, Math.round(n / 250)), () => 'Avdelingsleder');
  addSupport('radgiver', 'radgiver', Math.max(1, Math.round(n / 300)), (i) => (i === 0 ? 'Rådgiver og IKO-ansvarlig' : 'Rådgiver'));
  addSupport('helsesykepleier', 'helsesykepleier', Math.max(1, Math.round(n / 450)), () => 'Helsesykepleier');
  addSupport('sosiallaerer', 'sosiallaerer', 1, () => 'Sosiallærer');
  addSupport('miljoterapeut', 'miljoterapeut', Math.max(1, Math.round(n / 400)), () => 'Miljøterapeut');

  const teachers: Teacher[] = [];
  const newTeacher = (areas: SubjectArea[], contactClass?: string) => {
    const roles: Array<{ role: RoleCode; title: string | null }> = [{ role: 'faglaerer', title: null }];
    if (contactClass) roles.unshift({ role: 'kontaktlaerer', title: `Kontaktlærer ${contactClass}` });
    const teacher: Teacher = {
      staffId: newStaff(roles),
      areas,
      busy: new Set(),
      load: 0,
      maxLoad: contactClass ? CONTACT_TEACHER_MAX_LOAD : TEACHER_MAX_LOAD,
      subjectCodes: new Set(),
      classIds: new Set(),
    };
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
  const need = (built: BuiltTeachingGroup) => ({
    subjectCode: built.subject.code,
    area: built.subject.area,
    cells: built.cells,
    classIds: built.classIds,
  });

  // Each class gets a contact teacher who also teaches it a subject of some weight.
  for (const c of classes) {
    const candidates = c.plan.common.filter((item) => item.lessons >= 3 && item.subject.area !== 'kroppsoving');
    const own = commonGroupOf.get(`${c.group.id}:${staffRng.pick(candidates).subject.code}`)!;
    const teacher = newTeacher(areasFor(own.subject.area), c.group.name);
    c.contactTeacherId = teacher.staffId;
    dataset.groupTeachers.push({ ownerId, groupId: c.group.id, staffId: teacher.staffId, role: 'kontaktlaerer' });
    giveLessons(teacher, need(own));
    teach(own, teacher);
  }
  // The rest, in the order they were made: the blocks first, whose parallel groups meet at the
  // same hours and each need a teacher of their own.
  for (const built of teachingGroups) {
    if (built.teacherId) continue;
    teach(built, chooseTeacher(need(built), teachers, (area) => newTeacher(areasFor(area))));
  }

  return { school, schoolYear, classes, teachingGroups, classOfStudent, siblingPairs, supportStaff, teachers };
}

/** `total` split into `parts` sizes that differ by at most one. */
export function splitEvenly(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** Each student's choice among the options; options nobody chose are left out. */
function chooseOptions(rng: Rng, students: readonly StudentRow[], options: readonly Option[]): Map<Subject, StudentRow[]> {
  const weights = options.map((o) => [o.subject, o.weight] as const);
  const chosen = groupBy(students, () => rng.weighted(weights));
  return new Map(options.filter((o) => chosen.has(o.subject)).map((o) => [o.subject, chosen.get(o.subject)!]));
}

function splitIntoGroups<T>(items: T[]): T[][] {
  const count = Math.max(1, Math.ceil(items.length / MAX_GROUP_SIZE));
  const sizes = splitEvenly(items.length, count);
  const parts: T[][] = [];
  let start = 0;
  for (const size of sizes) {
    parts.push(items.slice(start, start + size));
    start += size;
  }
  return parts;
}
