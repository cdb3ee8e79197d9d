/**
 * The absence records of a demo dataset, from the first school day up to the day before `today`,
 * on school days only, in each student's own lessons. Generated lazily, student by student, from
 * a stream seeded by the dataset's seed and the student's id: iterating twice gives the same
 * records, and a county of 30 000 students never has to hold them all at once.
 *
 * Whole days are `dag` records (hours = the student's lessons that day, registered by the contact
 * teacher); single lessons are `time` records in the teaching group of the lesson (registered by
 * its teacher); late arrivals are `forsentkomming` with minutes and no hours.
 */
import {
  addDays,
  isoWeekday,
  schoolDaysBetween,
  toDayNumber,
  type IsoDate,
  type SchoolCalendar,
} from '../domain/school-calendar.js';
import type { AbsenceType } from '../domain/vocabulary.js';
import type { AbsenceStage, DemoAbsenceProfile, DemoDataset } from './demo-dataset.js';
import { buildAbsenceRecord, osloTime, type AbsenceRecordRow } from './factories.js';
import { createRng, type Rng } from './random.js';

interface SchoolDay {
  index: number;
  date: IsoDate;
  weekday: number;
  /** The first school day, or the first after a holiday or planning day. */
  afterBreak: boolean;
  /** 0 or 1, alternating week by week. */
  weekParity: number;
  /** 0 on the first day of the window, 1 on the last. */
  progress: number;
}

interface Lesson {
  lesson: number;
  groupId: string;
  teacherId: string | null;
  startsAt: string;
}

/** What a whole day or a run of lessons was recorded as. */
interface Reason {
  type: AbsenceType;
  cause: string | null;
  notice: boolean;
}

type IllnessKind = 'sykdom' | 'dokumentert' | 'permisjon' | 'ikke_mott' | 'udokumentert';
type LessonEventKind = 'appointment' | 'went_home' | 'skipped' | 'undocumented' | 'leave';

/**
 * How absence is spread at each stage. In upper secondary about two thirds of it is whole days
 * and the rest single lessons, some of them skipped. Younger children are away whole days, ill or
 * on a family errand, seldom single lessons and hardly ever without the home's word; their
 * illness follows the season (colds and influenza from November to March). An ungdomsskole is in
 * between: more lessons missed, the odd one skipped.
 */
interface StageShape {
  /** The share of a student's absence that comes as whole days of illness (or an errand). */
  wholeDays: number;
  /** The mean length of such an episode, in school days. */
  episodeMean: number;
  episodeDays: ReadonlyArray<readonly [number, number]>;
  /** Single-lesson events a day, per unit of the student's base share. */
  lessonEvents: number;
  /** Whether illness follows the season. */
  seasonal: boolean;
  wholeDayKinds: ReadonlyArray<readonly [IllnessKind, number]>;
  lessonKinds: ReadonlyArray<readonly [LessonEventKind, number]>;
}

const stageShapes: Record<AbsenceStage, StageShape> = {
  vgs: {
    wholeDays: 0.65,
    episodeMean: 1.6,
    episodeDays: [[1, 60], [2, 25], [3, 10], [4, 5]],
    lessonEvents: 0.9,
    seasonal: false,
    wholeDayKinds: [['sykdom', 84], ['dokumentert', 5], ['permisjon', 6], ['ikke_mott', 3], ['udokumentert', 2]],
    lessonKinds: [['appointment', 40], ['went_home', 25], ['skipped', 20], ['undocumented', 10], ['leave', 5]],
  },
  barneskole: {
    wholeDays: 0.9,
    episodeMean: 1.74,
    episodeDays: [[1, 52], [2, 29], [3, 13], [4, 5], [5, 1]],
    lessonEvents: 0.12,
    seasonal: true,
    wholeDayKinds: [['sykdom', 90], ['dokumentert', 2], ['permisjon', 8]],
    lessonKinds: [['appointment', 55], ['went_home', 35], ['leave', 10]],
  },
  ungdomsskole: {
    wholeDays: 0.8,
    episodeMean: 1.7,
    episodeDays: [[1, 55], [2, 27], [3, 12], [4, 5], [5, 1]],
    lessonEvents: 0.45,
    seasonal: true,
    wholeDayKinds: [['sykdom', 87], ['dokumentert', 4], ['permisjon', 8], ['ikke_mott', 1]],
    lessonKinds: [['appointment', 48], ['went_home', 32], ['skipped', 7], ['undocumented', 3], ['leave', 10]],
  },
};

/** How much more (or less) illness than the year's mean a month has, January to December. */
const illnessByMonth = [1.6, 1.5, 1.2, 0.9, 0.7, 0.5, 0.5, 0.5, 0.8, 1.0, 1.3, 1.5];

const ordinaryProfile = (studentId: string, schoolId: string): DemoAbsenceProfile => ({
  studentId,
  schoolId,
  pattern: 'ordinary',
  baseShare: 0.01,
  lateRate: 0.01,
});

export function* generateAbsence(dataset: DemoDataset): Generator<AbsenceRecordRow> {
  const index = indexDataset(dataset);
  const root = createRng(dataset.seed).fork('absence');
  const siblingPlans = new Map<string, Map<number, Reason>>();

  for (const student of dataset.students) {
    const days = index.daysBySchool.get(student.schoolId) ?? [];
    if (days.length === 0) continue;
    const profile = index.profiles.get(student.id) ?? ordinaryProfile(student.id, student.schoolId);
    const { week, contactTeacherId } = timetableOf(student.id, index);
    let siblingDays: Map<number, Reason> | undefined;
    if (profile.siblingKey) {
      siblingDays = siblingPlans.get(profile.siblingKey);
      if (!siblingDays) {
        siblingDays = planSiblingDays(createRng(dataset.seed).fork(`siblings:${profile.siblingKey}`), days);
        siblingPlans.set(profile.siblingKey, siblingDays);
      }
    }
    yield* studentAbsence({
      rng: root.fork(student.id),
      row: { ownerId: student.ownerId, schoolId: student.schoolId, studentId: student.id },
      profile,
      days,
      week,
      contactTeacherId,
      siblingDays,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// One student
// ---------------------------------------------------------------------------------------------

function* studentAbsence(context: {
  rng: Rng;
  row: { ownerId: string; schoolId: string; studentId: string };
  profile: DemoAbsenceProfile;
  days: readonly SchoolDay[];
  week: ReadonlyArray<readonly Lesson[]>;
  contactTeacherId: string | null;
  siblingDays: Map<number, Reason> | undefined;
}): Generator<AbsenceRecordRow> {
  const { rng, profile, days, week } = context;
  const shape = stageShapes[profile.stage ?? 'vgs'];
  // Most of an ordinary student's absence is illness on whole days (in episodes of a few days),
  // the rest single lessons: appointments, going home ill, a skipped lesson.
  const illnessRate = (shape.wholeDays * profile.baseShare) / shape.episodeMean;
  const lessonEventRate = shape.lessonEvents * profile.baseShare;
  const illnessOn = (day: SchoolDay) => (shape.seasonal ? illnessRate * illnessByMonth[Number(day.date.slice(5, 7)) - 1]! : illnessRate);
  const refusalDays = profile.pattern === 'school_refusal' ? pickRefusalDays(rng, days, profile.refusalShare ?? 0.2) : undefined;

  const wholeDay = (day: SchoolDay, lessons: readonly Lesson[], reason: Reason) =>
    buildAbsenceRecord({
      rng,
      ...context.row,
      date: day.date,
      scope: 'dag',
      lessonNumber: null,
      groupId: null,
      hours: lessons.length,
      type: reason.type,
      cause: reason.cause,
      noticeFromHome: reason.notice,
      registeredBy: context.contactTeacherId,
      registeredAt: osloTime(day.date, lessons[0]!.startsAt),
    });
  const oneLesson = (day: SchoolDay, lesson: Lesson, reason: Reason) =>
    buildAbsenceRecord({
      rng,
      ...context.row,
      date: day.date,
      scope: 'time',
      lessonNumber: lesson.lesson,
      groupId: lesson.groupId,
      hours: 1,
      type: reason.type,
      cause: reason.cause,
      noticeFromHome: reason.notice,
      registeredBy: lesson.teacherId,
      registeredAt: osloTime(day.date, lesson.startsAt),
    });

  let illness: { reason: Reason; daysLeft: number } | undefined;
  for (const day of days) {
    const lessons = week[day.weekday] ?? [];
    if (lessons.length === 0) continue;

    // Whole days: an illness going on, the siblings' shared days, a refusal day, a pattern day,
    // or a new illness.
    let reason: Reason | undefined;
    if (illness) {
      reason = illness.reason;
      if (--illness.daysLeft <= 0) illness = undefined;
    } else if (context.siblingDays?.has(day.index)) {
      reason = context.siblingDays.get(day.index);
    } else if (refusalDays?.has(day.index)) {
      if (rng.chance(0.7)) {
        reason = refusalReason(rng);
      } else {
        // Part of the day: arriving hours late, or going home early.
        if (rng.chance(0.5)) {
          const until = rng.int(1, Math.max(1, lessons.length - 2));
          const late = rng.chance(0.6) ? reasons.notShownUp : reasons.undocumented(rng);
          for (const lesson of lessons.slice(0, until)) yield oneLesson(day, lesson, late);
        } else {
          const from = rng.int(1, Math.max(1, lessons.length - 1));
          const wentHome = { type: 'sykdom', cause: 'Dro hjem, vondt i magen', notice: true } as const;
          for (const lesson of lessons.slice(from)) yield oneLesson(day, lesson, wentHome);
        }
        continue;
      }
    } else if (rng.chance(patternDayChance(profile, day))) {
      reason = profile.pattern === 'around_breaks' && profile.stage && profile.stage !== 'vgs' ? familyTripReason(rng) : patternReason(rng);
    } else if (rng.chance(illnessOn(day))) {
      const started = startIllness(rng, shape);
      reason = started.reason;
      if (started.days > 1) illness = { reason, daysLeft: started.days - 1 };
    }
    if (reason) {
      yield wholeDay(day, lessons, reason);
      continue;
    }

    // Single lessons.
    const missed = new Set<number>();
    if (rng.chance(lessonEventRate)) {
      for (const [lesson, why] of lessonEvent(rng, lessons, shape)) {
        missed.add(lesson.lesson);
        yield oneLesson(day, lesson, why);
      }
    }
    if (profile.avoidedGroupId) {
      for (const lesson of lessons) {
        if (lesson.groupId !== profile.avoidedGroupId || missed.has(lesson.lesson) || !rng.chance(0.45)) continue;
        missed.add(lesson.lesson);
        yield oneLesson(day, lesson, rng.chance(0.55) ? reasons.notShownUp : reasons.undocumented(rng));
      }
    }
    const first = lessons[0]!;
    if (!missed.has(first.lesson) && rng.chance(profile.lateRate)) {
      yield buildAbsenceRecord({
        rng,
        ...context.row,
        date: day.date,
        scope: 'time',
        lessonNumber: first.lesson,
        groupId: first.groupId,
        hours: 0,
        minutesLate: rng.int(5, 20),
        type: 'forsentkomming',
        cause: null,
        noticeFromHome: false,
        registeredBy: first.teacherId,
        registeredAt: osloTime(day.date, first.startsAt),
      });
    }
  }
}

const reasons = {
  notShownUp: { type: 'ikke_mott', cause: null, notice: false } as Reason,
  undocumented: (rng: Rng): Reason => ({
    type: 'udokumentert',
    // What the student said afterwards, when anything.
    cause: rng.weighted([[null, 5], ['Forsov seg', 3], ['Bussen var forsinket', 1], ['Ble hjemme', 1]]),
    notice: false,
  }),
  ill: (rng: Rng, causes: readonly string[]): Reason => ({ type: 'sykdom', cause: rng.pick(causes), notice: true }),
};

const illnessCauses = ['Syk', 'Syk', 'Syk', 'Feber', 'Omgangssyke', 'Forkjølet', 'Migrene', 'Influensa'] as const;
const vagueCauses = ['Syk', 'Vondt i magen', 'Hodepine', 'Kvalm', 'Sliten'] as const;

function startIllness(rng: Rng, shape: StageShape): { reason: Reason; days: number } {
  switch (rng.weighted(shape.wholeDayKinds)) {
    case 'sykdom':
      return { reason: reasons.ill(rng, illnessCauses), days: rng.weighted(shape.episodeDays) };
    case 'dokumentert':
      return { reason: { type: 'dokumentert', cause: rng.pick(['Legeerklæring', 'Sykehusinnleggelse']), notice: true }, days: rng.int(1, 3) };
    case 'permisjon':
      return { reason: { type: 'permisjon', cause: rng.pick(['Begravelse', 'Familiebegivenhet', 'Bryllup i familien']), notice: true }, days: 1 };
    case 'ikke_mott':
      return { reason: reasons.notShownUp, days: 1 };
    case 'udokumentert':
      return { reason: reasons.undocumented(rng), days: 1 };
  }
}

/**
 * A grunnskole family stretching a holiday: a trip the school granted leave for, one it did not
 * (the home said so, but it is not leave), or a child said to be ill.
 */
function familyTripReason(rng: Rng): Reason {
  const roll = rng.next();
  if (roll < 0.45) return { type: 'permisjon', cause: 'Ferie med familien', notice: true };
  if (roll < 0.8) return { type: 'udokumentert', cause: 'Ferie med familien, ikke innvilget permisjon', notice: true };
  return reasons.ill(rng, vagueCauses);
}

/** A day missed in a pattern: often reported as illness, often not reported at all. */
function patternReason(rng: Rng): Reason {
  const roll = rng.next();
  if (roll < 0.55) return reasons.ill(rng, vagueCauses);
  if (roll < 0.85) return reasons.notShownUp;
  return reasons.undocumented(rng);
}

function refusalReason(rng: Rng): Reason {
  const roll = rng.next();
  if (roll < 0.5) return reasons.ill(rng, vagueCauses);
  if (roll < 0.8) return reasons.notShownUp;
  if (roll < 0.9) return reasons.undocumented(rng);
  return { type: 'dokumentert', cause: 'Legetime', notice: true };
}

function patternDayChance(profile: DemoAbsenceProfile, day: SchoolDay): number {
  switch (profile.pattern) {
    case 'mondays':
      return day.weekday === 1 ? 0.4 : 0;
    case 'around_breaks':
      if (day.afterBreak) return 0.65;
      return day.weekday === 5 ? 0.2 : day.weekday === 1 ? 0.1 : 0;
    case 'every_other_week':
      return day.weekday === profile.weekday && day.weekParity === profile.weekParity ? 0.75 : 0;
    default:
      return 0;
  }
}

/** Single lessons missed on an ordinary day, each with its reason. */
function lessonEvent(rng: Rng, lessons: readonly Lesson[], shape: StageShape): Array<[Lesson, Reason]> {
  const run = (from: number, length: number, reason: Reason) =>
    lessons.slice(from, from + length).map((lesson) => [lesson, reason] as [Lesson, Reason]);
  switch (rng.weighted(shape.lessonKinds)) {
    case 'appointment': {
      const cause = rng.pick(['Tannlege', 'Legetime', 'Tannregulering', 'Fysioterapi', 'Time hos optiker']);
      return run(rng.int(0, lessons.length - 1), rng.int(1, 2), { type: 'dokumentert', cause, notice: true });
    }
    case 'went_home': {
      const from = rng.int(Math.min(1, lessons.length - 1), lessons.length - 1);
      return run(from, lessons.length, { type: 'sykdom', cause: 'Dro hjem syk', notice: true });
    }
    case 'skipped':
      return run(rng.int(0, lessons.length - 1), 1, reasons.notShownUp);
    case 'undocumented':
      return run(rng.int(0, lessons.length - 1), 1, reasons.undocumented(rng));
    case 'leave': {
      const cause = rng.pick(['Oppkjøring', 'Idrettsarrangement', 'Begravelse']);
      return run(rng.int(0, lessons.length - 1), rng.int(1, 3), { type: 'permisjon', cause, notice: true });
    }
  }
}

/**
 * The days of a school-refusal case: `share` of all days, chosen with weights that grow through
 * the term (weighted sampling without replacement, Efraimidis–Spirakis), so that the absence
 * starts sporadic and becomes frequent.
 */
function pickRefusalDays(rng: Rng, days: readonly SchoolDay[], share: number): Set<number> {
  const count = Math.round(share * days.length);
  const keyed = days.map((day) => ({ index: day.index, key: Math.pow(1 - rng.next(), 1 / (0.1 + day.progress ** 1.5)) }));
  keyed.sort((a, b) => b.key - a.key);
  return new Set(keyed.slice(0, count).map((k) => k.index));
}

/** The days siblings are away together (about one in twelve), with one reason for both. */
function planSiblingDays(rng: Rng, days: readonly SchoolDay[]): Map<number, Reason> {
  const plan = new Map<number, Reason>();
  for (const day of rng.sample(days, Math.round(days.length / 12))) {
    const roll = rng.next();
    plan.set(
      day.index,
      roll < 0.45
        ? { type: 'sykdom', cause: 'Syk', notice: true }
        : roll < 0.8
          ? reasons.notShownUp
          : { type: 'permisjon', cause: 'Familiære forhold', notice: true },
    );
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Indexes over the dataset
// ---------------------------------------------------------------------------------------------

interface DatasetIndex {
  daysBySchool: Map<string, SchoolDay[]>;
  groups: Map<string, { basis: boolean; teacherId: string | null; slots: Array<{ weekday: number; lesson: number; startsAt: string }> }>;
  contactTeacherOfClass: Map<string, string>;
  groupsOfStudent: Map<string, string[]>;
  profiles: Map<string, DemoAbsenceProfile>;
}

function indexDataset(dataset: DemoDataset): DatasetIndex {
  const lastDay = addDays(dataset.today, -1);
  const daysBySchool = new Map<string, SchoolDay[]>();
  for (const year of dataset.schoolYears) {
    const calendar: SchoolCalendar = {
      startsOn: year.startsOn,
      endsOn: year.endsOn,
      breaks: dataset.calendarBreaks.filter((b) => b.schoolYearId === year.id),
    };
    const to = lastDay < year.endsOn ? lastDay : year.endsOn;
    daysBySchool.set(year.schoolId, schoolDays(calendar, to));
  }

  const groups: DatasetIndex['groups'] = new Map();
  for (const group of dataset.groups) groups.set(group.id, { basis: group.kind === 'basisgruppe', teacherId: null, slots: [] });
  const contactTeacherOfClass = new Map<string, string>();
  for (const gt of dataset.groupTeachers) {
    if (gt.role === 'kontaktlaerer') contactTeacherOfClass.set(gt.groupId, gt.staffId);
    else {
      const group = groups.get(gt.groupId);
      if (group && !group.teacherId) group.teacherId = gt.staffId;
    }
  }
  for (const slot of dataset.timetableSlots) {
    groups.get(slot.groupId)?.slots.push({ weekday: slot.weekday, lesson: slot.lessonNumber, startsAt: slot.startsAt });
  }
  const groupsOfStudent = new Map<string, string[]>();
  for (const m of dataset.groupMemberships) {
    const list = groupsOfStudent.get(m.studentId);
    if (list) list.push(m.groupId);
    else groupsOfStudent.set(m.studentId, [m.groupId]);
  }
  return {
    daysBySchool,
    groups,
    contactTeacherOfClass,
    groupsOfStudent,
    profiles: new Map(dataset.absenceProfiles.map((p) => [p.studentId, p])),
  };
}

function schoolDays(calendar: SchoolCalendar, to: IsoDate): SchoolDay[] {
  if (to < calendar.startsOn) return [];
  const dates = schoolDaysBetween(calendar, calendar.startsOn, to);
  return dates.map((date, index) => {
    const weekday = isoWeekday(date);
    const previousWeekday = addDays(date, weekday === 1 ? -3 : -1);
    const dayNumber = toDayNumber(date);
    return {
      index,
      date,
      weekday,
      afterBreak: index === 0 || dates[index - 1] !== previousWeekday,
      // Day 4 of the epoch (1970-01-05) was a Monday.
      weekParity: Math.floor((dayNumber - 4) / 7) % 2,
      progress: dates.length > 1 ? index / (dates.length - 1) : 1,
    };
  });
}

/** The student's lessons on each weekday (index 1–5), in order, and the contact teacher. */
function timetableOf(studentId: string, index: DatasetIndex) {
  const week: Lesson[][] = [[], [], [], [], [], []];
  let contactTeacherId: string | null = null;
  for (const groupId of index.groupsOfStudent.get(studentId) ?? []) {
    const group = index.groups.get(groupId);
    if (!group) continue;
    if (group.basis) {
      contactTeacherId ??= index.contactTeacherOfClass.get(groupId) ?? null;
      continue;
    }
    for (const slot of group.slots) {
      week[slot.weekday]?.push({ lesson: slot.lesson, groupId, teacherId: group.teacherId, startsAt: slot.startsAt });
    }
  }
  for (const day of week) day.sort((a, b) => a.lesson - b.lesson);
  return { week, contactTeacherId };
}
