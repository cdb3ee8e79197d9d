/**
 * What the morning rush of `npm run bench:load` does, planned from the generated county before the
 * server starts: which teachers are signed in, and which lessons they register — each lesson
 * (group, date, lesson number) once, by one of its own teachers, with every student of the group
 * on the day in the body and a few marked absent or late, so that each (student, lesson) pair is
 * sent once and can be counted in the database afterwards.
 */
import type { DemoDataset } from '../../src/demo/demo-dataset.js';
import { createRng } from '../../src/demo/random.js';
import { addDays, isoWeekday } from '../../src/domain/school-calendar.js';
import { groupBy } from '../../src/lib/group-by.js';

export interface PlannedLesson {
  ownerId: string;
  schoolId: string;
  groupId: string;
  date: string;
  lessonNumber: number;
  teacherId: string;
  /** Everyone in the group on the date: the register's body names them all, as the page sends it. */
  studentIds: string[];
  absent: string[];
  late: string[];
}

export interface LoadPlan {
  /** The teachers who register, each to be signed in (owner, staff). */
  teachers: Array<{ ownerId: string; staffId: string }>;
  /** In the order they are sent: the bench day first, lesson 1 before lesson 2, shuffled within. */
  lessons: PlannedLesson[];
  /** The school days used, the bench day first. */
  days: string[];
}

export interface PlanOptions {
  dataset: DemoDataset;
  seed: number;
  /** The server's today: no registration may be for a later day. */
  today: string;
  lessonsNeeded: number;
  /** A fixed number of teachers (then earlier days give the lessons they lack); unset: as many as the bench day needs. */
  teachers?: number;
  absentPerLesson: number;
  latePerLesson: number;
  /** Whether the date is a school day at the school (its calendar, read from the database). */
  isSchoolDay: (schoolId: string, date: string) => boolean;
  /** Students with a whole-day record on the date already: not marked absent in a lesson (the day covers it). */
  awayAllDay?: (date: string) => ReadonlySet<string>;
}

const DAYS_BACK = 28;

export function planLoad(options: PlanOptions): LoadPlan {
  const { dataset, today } = options;
  const rng = createRng(`bench-load:${options.seed}`);
  const groupOf = new Map(dataset.groups.map((g) => [g.id, g]));
  const slotsOf = groupBy(dataset.timetableSlots, (s) => s.groupId);
  const membersOf = groupBy(dataset.groupMemberships, (m) => m.groupId);
  const groupsOf = new Map<string, { ownerId: string; groupIds: string[] }>();
  for (const t of dataset.groupTeachers) {
    if (!slotsOf.has(t.groupId)) continue;
    const mine = groupsOf.get(t.staffId) ?? { ownerId: t.ownerId, groupIds: [] };
    if (!mine.groupIds.includes(t.groupId)) mine.groupIds.push(t.groupId);
    groupsOf.set(t.staffId, mine);
  }
  const everyTeacher = rng.shuffle([...groupsOf.keys()].sort());
  const days = Array.from({ length: DAYS_BACK }, (_, i) => addDays(today, -i)).filter((d) => isoWeekday(d) <= 5);

  const taken = new Set<string>();
  const lessonsOf = (staffId: string, date: string): PlannedLesson[] => {
    const { ownerId, groupIds } = groupsOf.get(staffId)!;
    const found: PlannedLesson[] = [];
    for (const groupId of groupIds) {
      const group = groupOf.get(groupId)!;
      if (!options.isSchoolDay(group.schoolId, date)) continue;
      for (const slot of slotsOf.get(groupId) ?? []) {
        if (slot.weekday !== isoWeekday(date)) continue;
        const key = `${groupId}|${date}|${slot.lessonNumber}`;
        if (taken.has(key)) continue;
        const studentIds = (membersOf.get(groupId) ?? []).filter((m) => !m.endsOn || m.endsOn >= date).map((m) => m.studentId);
        if (studentIds.length === 0) continue;
        taken.add(key);
        found.push({ ownerId, schoolId: group.schoolId, groupId, date, lessonNumber: slot.lessonNumber, teacherId: staffId, studentIds, absent: [], late: [] });
      }
    }
    return found;
  };

  const teachers: string[] = [];
  const byDay = new Map<string, PlannedLesson[]>();
  const add = (date: string, lessons: PlannedLesson[]) => byDay.set(date, [...(byDay.get(date) ?? []), ...lessons]);
  let count = 0;
  if (options.teachers === undefined) {
    // As many teachers as the bench day needs; when all of them are not enough, earlier days too.
    for (const staffId of everyTeacher) {
      if (count >= options.lessonsNeeded) break;
      const lessons = lessonsOf(staffId, days[0]!);
      if (lessons.length === 0) continue;
      teachers.push(staffId);
      add(days[0]!, lessons);
      count += lessons.length;
    }
  } else {
    teachers.push(...everyTeacher.slice(0, options.teachers));
  }
  for (const date of days) {
    if (count >= options.lessonsNeeded) break;
    for (const staffId of teachers) {
      const lessons = lessonsOf(staffId, date);
      add(date, lessons);
      count += lessons.length;
    }
  }
  if (count < options.lessonsNeeded) {
    throw new Error(`The county has ${count} lessons for ${teachers.length} teachers in the last ${DAYS_BACK} days; the load needs ${options.lessonsNeeded} (fewer per second, a shorter run or more teachers)`);
  }

  const lessons: PlannedLesson[] = [];
  for (const date of days) {
    const ofDay = byDay.get(date) ?? [];
    const away = options.awayAllDay?.(date) ?? new Set<string>();
    const byLesson = groupBy(ofDay, (l) => l.lessonNumber);
    for (const number of [...byLesson.keys()].sort((a, b) => a - b)) {
      for (const lesson of rng.shuffle(byLesson.get(number)!)) {
        const marked = rng.sample(
          lesson.studentIds.filter((id) => !away.has(id)),
          options.absentPerLesson + options.latePerLesson,
        );
        lesson.absent = marked.slice(0, options.absentPerLesson);
        lesson.late = marked.slice(options.absentPerLesson);
        lessons.push(lesson);
      }
    }
  }
  return {
    teachers: teachers.map((staffId) => ({ ownerId: groupsOf.get(staffId)!.ownerId, staffId })),
    lessons: lessons.slice(0, options.lessonsNeeded),
    days: days.filter((d) => byDay.has(d)),
  };
}

/** The register's body as the page sends it: everyone present but the marked ones. */
export function attendanceBodyOf(lesson: PlannedLesson): string {
  const absent = new Set(lesson.absent);
  const late = new Set(lesson.late);
  return JSON.stringify({
    date: lesson.date,
    lessonNumber: lesson.lessonNumber,
    entries: lesson.studentIds.map((studentId) =>
      absent.has(studentId)
        ? { studentId, status: 'fravaer', type: 'sykdom' }
        : late.has(studentId)
          ? { studentId, status: 'forsent', minutesLate: 10 }
          : { studentId, status: 'tilstede' },
    ),
  });
}
