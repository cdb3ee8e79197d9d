/**
 * Laying out a weekly timetable: which lessons (weekday 1–5, lesson 1–8) each subject of a class
 * gets, and which teacher takes each teaching group without being in two places at once.
 *
 * A class's day runs from lesson 1 without gaps, so the first lesson of the day is where late
 * arrivals happen. Subjects come mostly as double lessons on different days, as in a vgs.
 */
import type { SubjectArea } from './curriculum.js';
import type { Rng } from './random.js';

export interface Cell {
  weekday: number;
  lesson: number;
}

export const LESSONS_PER_DAY = 8;

/** A stable number for a cell, for sets of busy cells. */
export const cellKey = (cell: Cell) => cell.weekday * 10 + cell.lesson;

/**
 * How many lessons each weekday (Monday first) for a week of `total` lessons: as even as
 * possible, the longer days in the middle of the week.
 */
export function lessonsPerDay(total: number): number[] {
  if (total < 5 || total > 5 * LESSONS_PER_DAY) throw new RangeError(`Cannot lay out ${total} lessons in a week`);
  const counts = [0, 0, 0, 0, 0].map(() => Math.floor(total / 5));
  const longerDaysFirst = [1, 2, 3, 0, 4];
  for (let i = 0; i < total % 5; i++) counts[longerDaysFirst[i]!]!++;
  return counts;
}

/** Double lessons where possible, a single one for an odd count. */
function chunksOf(lessons: number): number[] {
  const chunks = Array.from({ length: Math.floor(lessons / 2) }, () => 2);
  if (lessons % 2 === 1) chunks.push(1);
  return chunks;
}

/**
 * Gives each bundle (a subject, or a set of parallel groups meeting at the same hours) its cells
 * among the class's lessons, skipping cells already `taken` (by blocks shared with sister
 * classes). The bundles must fill the free cells exactly, unless `partial` (when the blocks are
 * laid out first and the class's own subjects fill the rest later).
 */
export function layoutWeek(
  dayCounts: readonly number[],
  bundles: ReadonlyArray<{ key: string; lessons: number }>,
  rng: Rng,
  options: { taken?: readonly Cell[]; partial?: boolean } = {},
): Map<string, Cell[]> {
  const { taken = [], partial = false } = options;
  // free[day][lesson], day 0 = Monday, lessons 1..count.
  const free = dayCounts.map((count) => Array.from({ length: LESSONS_PER_DAY + 1 }, (_, l) => l >= 1 && l <= count));
  for (const cell of taken) free[cell.weekday - 1]![cell.lesson] = false;
  const freeTotal = free.reduce((sum, day) => sum + day.filter(Boolean).length, 0);
  const needed = bundles.reduce((sum, b) => sum + b.lessons, 0);
  if (partial ? needed > freeTotal : needed !== freeTotal) {
    throw new RangeError(`The week has ${freeTotal} free lessons for ${needed}`);
  }

  const freeCount = (day: number) => free[day]!.filter(Boolean).length;
  const runStarts = (day: number, size: number) => {
    const starts: number[] = [];
    for (let l = 1; l + size - 1 <= LESSONS_PER_DAY; l++) {
      let ok = true;
      for (let k = 0; k < size; k++) if (!free[day]![l + k]) ok = false;
      if (ok) starts.push(l);
    }
    return starts;
  };

  const result = new Map<string, Cell[]>();
  const ordered = [...bundles].sort((a, b) => b.lessons - a.lessons || a.key.localeCompare(b.key));
  for (const bundle of ordered) {
    const cells: Cell[] = [];
    const usedDays = new Set<number>();
    const take = (day: number, start: number, size: number) => {
      for (let k = 0; k < size; k++) {
        free[day]![start + k] = false;
        cells.push({ weekday: day + 1, lesson: start + k });
      }
      usedDays.add(day);
    };
    const place = (size: number): void => {
      // Prefer a day the subject does not have yet, and among those the emptiest.
      const days = rng.shuffle([0, 1, 2, 3, 4]).filter((d) => runStarts(d, size).length > 0);
      days.sort((a, b) => Number(usedDays.has(a)) - Number(usedDays.has(b)) || freeCount(b) - freeCount(a));
      const day = days[0];
      if (day !== undefined) {
        take(day, rng.pick(runStarts(day, size)), size);
        return;
      }
      for (let k = 0; k < size; k++) place(1);
    };
    for (const size of chunksOf(bundle.lessons)) place(size);
    result.set(bundle.key, cells.sort((a, b) => a.weekday - b.weekday || a.lesson - b.lesson));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Teachers
// ---------------------------------------------------------------------------------------------

export interface Teacher {
  staffId: string;
  areas: SubjectArea[];
  /** Cells in which the teacher already teaches. */
  busy: Set<number>;
  load: number;
  maxLoad: number;
  subjectCodes: Set<string>;
  /** The classes (basisgrupper) whose students the teacher meets. */
  classIds: Set<string>;
}

export interface TeachingNeed {
  subjectCode: string;
  area: SubjectArea;
  cells: readonly Cell[];
  classIds: readonly string[];
}

/**
 * The teacher for a teaching group: qualified, free at all its hours and with room in the week.
 * A teacher who already has the subject is preferred (teachers specialise), then the one with
 * the fuller week (so the school does not hire more than it needs). Hires when no one fits.
 */
export function chooseTeacher(need: TeachingNeed, teachers: Teacher[], hire: (area: SubjectArea) => Teacher): Teacher {
  const keys = need.cells.map(cellKey);
  let best: Teacher | undefined;
  let bestScore = -Infinity;
  for (const teacher of teachers) {
    if (!teacher.areas.includes(need.area)) continue;
    if (teacher.load + keys.length > teacher.maxLoad) continue;
    if (keys.some((k) => teacher.busy.has(k))) continue;
    const score = (teacher.subjectCodes.has(need.subjectCode) ? 100 : 0) + teacher.load;
    if (score > bestScore) {
      best = teacher;
      bestScore = score;
    }
  }
  const chosen = best ?? hire(need.area);
  giveLessons(chosen, need);
  return chosen;
}

export function giveLessons(teacher: Teacher, need: TeachingNeed): void {
  for (const cell of need.cells) teacher.busy.add(cellKey(cell));
  teacher.load += need.cells.length;
  teacher.subjectCodes.add(need.subjectCode);
  for (const classId of need.classIds) teacher.classIds.add(classId);
}

/** A usual second subject for a teacher of `area` (teacher education pairs them so). */
export function secondArea(area: SubjectArea, rng: Rng): SubjectArea | undefined {
  const pairs: Record<SubjectArea, SubjectArea[]> = {
    norsk: ['engelsk', 'samfunnsfag', 'spansk'],
    engelsk: ['norsk', 'samfunnsfag', 'tysk'],
    matematikk: ['realfag'],
    realfag: ['matematikk', 'kroppsoving'],
    samfunnsfag: ['norsk', 'engelsk'],
    kroppsoving: ['realfag', 'samfunnsfag'],
    spansk: ['norsk', 'engelsk'],
    tysk: ['engelsk', 'norsk'],
    helsefag: [],
    elektrofag: ['matematikk'],
    estetiske: ['norsk', 'mat_og_helse'],
    mat_og_helse: ['realfag', 'estetiske'],
  };
  const options = pairs[area];
  return options.length > 0 && rng.chance(0.8) ? rng.pick(options) : undefined;
}
