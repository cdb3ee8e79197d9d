/**
 * The municipality's absence team (fraværsteam, issue 13 part 4): the owner's overview of absence
 * per school and trinn, in counts without names — the absence seed's "oversikt: kommune, skole og
 * trinn/klasse", "hvor lenge har det pågått?" and "mønster i fravær?":
 *
 * - **absence levels**: students by their absence this school year (absence-band.ts);
 * - **the staircase**: open absence cases (kind `fravaer`) by the step they stand on;
 * - **how long**: open cases' median and longest time open so far, and the median time of the
 *   cases closed this school year with their outcomes, in **calendar days** from the day the case
 *   was opened (a case's life runs through holidays, which is part of how long it feels);
 * - **recurring**: students with an absence pattern flag (rule 8, `fravaersmonster`) raised this
 *   school year and not dismissed, and students back in the staircase: a case opened this school
 *   year after an earlier absence case of theirs (this year or before, at any of the owner's schools).
 *
 * Each trinn of a school is a row of cells, each count shown through `shownCount` (1–4 hidden);
 * the school's and the owner's totals are made of the cells only (`shownTotal`: exact when every
 * cell is, else "at least"), so no total gives a hidden cell away. A median or a longest is shown
 * only where the count of cases behind it is shown exactly and is at least five. Pure: the data
 * layer reads, this counts.
 */
import { caseSteps, followUpCaseOutcomes, type CaseOutcome, type CaseStatus } from '../cases/case-workflow.js';
import { toDayNumber, type IsoDate } from '../school-calendar.js';
import { median } from '../statistics/median.js';
import { schoolLevels, type SchoolKind } from '../vocabulary.js';
import { absenceBand, bandsOfConcern, type BandOfConcern } from './absence-band.js';
import { shownCount, smallCount } from './shown-count.js';
import { shownExactly, shownTotal, type ShownFigure } from './shown-total.js';

export const staircaseSteps = caseSteps.fravaer;
export type StaircaseStep = (typeof staircaseSteps)[number];
export const staircaseOutcomes = followUpCaseOutcomes;
export type StaircaseOutcome = (typeof staircaseOutcomes)[number];

export interface TeamSchool {
  id: string;
  kind: SchoolKind;
  /**
   * The day "this school year" begins for cases and flags (1 July, as leadership's follow-through
   * counts it: followThroughYearStart); null when the school has no school year around today.
   */
  yearStartsOn: IsoDate | null;
}

export interface TeamStudent {
  id: string;
  schoolId: string;
  /** The trinn (groups.level) of the student's class this school year; null without a class. */
  level: string | null;
  /** Absence this school year so far as a share (absenceShare); null when there is nothing to measure against. */
  absenceShare: number | null;
  /** An absence pattern flag was raised this school year and not dismissed. */
  patternFlagThisYear: boolean;
}

/** An absence case (kind `fravaer`) of one of the owner's schools, of any year. */
export interface TeamCase {
  id: string;
  studentId: string;
  schoolId: string;
  /** The student's trinn at the case's school this school year; null without a class there. */
  level: string | null;
  step: string;
  status: CaseStatus;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  outcome: CaseOutcome | null;
}

export interface AbsenceTeamFigures {
  /** Students at the school (or trinn) today: not hidden, as the owner's figures show it. */
  students: number;
  absence: Record<BandOfConcern, ShownFigure>;
  steps: Record<StaircaseStep, ShownFigure>;
  openCases: ShownFigure;
  /** Calendar days the open cases have been open; null where not shown. */
  openDays: { median: number | null; longest: number | null };
  outcomes: Record<StaircaseOutcome, ShownFigure>;
  closedCases: ShownFigure;
  /** Calendar days from opening to closing of the cases closed this school year; null where not shown. */
  closedDays: { median: number | null };
  patternStudents: ShownFigure;
  repeatedCases: ShownFigure;
}

export interface AbsenceTeamLevel extends AbsenceTeamFigures {
  level: string | null;
}

export interface AbsenceTeamSchool {
  id: string;
  levels: AbsenceTeamLevel[];
  total: AbsenceTeamFigures;
}

export interface AbsenceTeamCounts {
  schools: AbsenceTeamSchool[];
  total: AbsenceTeamFigures;
}

/** A row as counted, before anything is hidden. */
interface Raw {
  students: number;
  absence: Record<BandOfConcern, number>;
  steps: Record<StaircaseStep, number>;
  openDays: number[];
  outcomes: Record<StaircaseOutcome, number>;
  closedDays: number[];
  patternStudents: number;
  repeatedCases: number;
}

/** A row as shown, with the durations it pools kept for the totals above it. */
interface Shown {
  figures: AbsenceTeamFigures;
  openDays: number[];
  closedDays: number[];
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const emptyRaw = (): Raw => ({
  students: 0,
  absence: zeros(bandsOfConcern),
  steps: zeros(staircaseSteps),
  openDays: [],
  outcomes: zeros(staircaseOutcomes),
  closedDays: [],
  patternStudents: 0,
  repeatedCases: 0,
});

const daysBetween = (from: IsoDate, to: IsoDate) => toDayNumber(to) - toDayNumber(from);
const isStep = (step: string): step is StaircaseStep => (staircaseSteps as readonly string[]).includes(step);
const isOutcome = (outcome: string | null): outcome is StaircaseOutcome => (staircaseOutcomes as readonly (string | null)[]).includes(outcome);

export function countAbsenceTeam(input: { schools: readonly TeamSchool[]; students: readonly TeamStudent[]; cases: readonly TeamCase[]; today: IsoDate }): AbsenceTeamCounts {
  const { today } = input;
  const yearStartOf = new Map(input.schools.map((s) => [s.id, s.yearStartsOn]));
  const rows = new Map<string, Map<string | null, Raw>>(input.schools.map((s) => [s.id, new Map()]));
  const rowOf = (schoolId: string, level: string | null): Raw | undefined => {
    const levels = rows.get(schoolId);
    if (!levels) return undefined;
    let raw = levels.get(level);
    if (!raw) levels.set(level, (raw = emptyRaw()));
    return raw;
  };

  for (const student of input.students) {
    const raw = rowOf(student.schoolId, student.level);
    if (!raw) continue;
    raw.students++;
    if (student.absenceShare !== null) {
      const band = absenceBand(student.absenceShare);
      if (band !== 'under_5') raw.absence[band]++;
    }
    if (student.patternFlagThisYear) raw.patternStudents++;
  }

  for (const c of input.cases) {
    const raw = rowOf(c.schoolId, c.level);
    if (!raw) continue;
    const yearStart = yearStartOf.get(c.schoolId) ?? null;
    if (c.status === 'aapen') {
      if (!isStep(c.step)) continue;
      raw.steps[c.step]++;
      raw.openDays.push(daysBetween(c.openedOn, today));
    } else if (c.closedOn !== null && yearStart !== null && c.closedOn >= yearStart && isOutcome(c.outcome)) {
      raw.outcomes[c.outcome]++;
      raw.closedDays.push(daysBetween(c.openedOn, c.closedOn));
    }
  }

  // Back in the staircase: a case opened this school year after an earlier one of the student's,
  // counted once per student, in the row of the latest such case.
  const casesOf = new Map<string, TeamCase[]>();
  for (const c of input.cases) casesOf.set(c.studentId, [...(casesOf.get(c.studentId) ?? []), c]);
  for (const own of casesOf.values()) {
    const inOrder = [...own].sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.id.localeCompare(b.id));
    const again = inOrder.slice(1).filter((c) => {
      const yearStart = yearStartOf.get(c.schoolId) ?? null;
      return yearStart !== null && c.openedOn >= yearStart;
    });
    const latest = again.at(-1);
    if (latest) {
      const raw = rowOf(latest.schoolId, latest.level);
      if (raw) raw.repeatedCases++;
    }
  }

  const schools = input.schools.map((school) => {
    const levels = [...rows.get(school.id)!].sort(([a], [b]) => levelOrder(school.kind, a, b)).map(([level, raw]) => ({ level, shown: showCell(raw) }));
    return { id: school.id, levels, total: combine(levels.map((l) => l.shown)) };
  });
  return {
    schools: schools.map((s) => ({ id: s.id, levels: s.levels.map((l) => ({ level: l.level, ...l.shown.figures })), total: s.total.figures })),
    total: combine(schools.map((s) => s.total)).figures,
  };
}

/** A trinn of a school: every count a cell of its own, 1–4 hidden; its open and closed cases the totals of its steps and outcomes. */
function showCell(raw: Raw): Shown {
  const cells = <K extends string>(counts: Record<K, number>) => Object.fromEntries(Object.entries<number>(counts).map(([k, n]) => [k, shownCount(n)])) as Record<K, ShownFigure>;
  return present({
    students: raw.students,
    absence: cells(raw.absence),
    steps: cells(raw.steps),
    outcomes: cells(raw.outcomes),
    patternStudents: shownCount(raw.patternStudents),
    repeatedCases: shownCount(raw.repeatedCases),
    openDays: raw.openDays,
    closedDays: raw.closedDays,
  });
}

/** A total of rows: each figure the total of the same figure in the rows, the durations pooled. */
function combine(parts: readonly Shown[]): Shown {
  const totals = <K extends string>(keys: readonly K[], of: (f: AbsenceTeamFigures) => Record<K, ShownFigure>) =>
    Object.fromEntries(keys.map((k) => [k, shownTotal(parts.map((p) => of(p.figures)[k]))])) as Record<K, ShownFigure>;
  return present({
    students: parts.reduce((sum, p) => sum + p.figures.students, 0),
    absence: totals(bandsOfConcern, (f) => f.absence),
    steps: totals(staircaseSteps, (f) => f.steps),
    outcomes: totals(staircaseOutcomes, (f) => f.outcomes),
    patternStudents: shownTotal(parts.map((p) => p.figures.patternStudents)),
    repeatedCases: shownTotal(parts.map((p) => p.figures.repeatedCases)),
    openDays: parts.flatMap((p) => p.openDays),
    closedDays: parts.flatMap((p) => p.closedDays),
  });
}

function present(row: Omit<AbsenceTeamFigures, 'openCases' | 'closedCases' | 'openDays' | 'closedDays'> & { openDays: number[]; closedDays: number[] }): Shown {
  const { openDays, closedDays, ...figures } = row;
  const openCases = shownTotal(Object.values(row.steps));
  const closedCases = shownTotal(Object.values(row.outcomes));
  const openShown = shownExactly(openCases, smallCount);
  return {
    figures: {
      ...figures,
      openCases,
      openDays: { median: openShown ? median(openDays) : null, longest: openShown ? openDays.reduce((a, b) => Math.max(a, b)) : null },
      closedCases,
      closedDays: { median: shownExactly(closedCases, smallCount) ? median(closedDays) : null },
    },
    openDays,
    closedDays,
  };
}

/** The trinn in the school kind's order, any other level after them by name, students without a class last. */
function levelOrder(kind: SchoolKind, a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const known = schoolLevels[kind];
  const rank = (level: string) => (known.includes(level) ? known.indexOf(level) : known.length);
  return rank(a) - rank(b) || a.localeCompare(b, 'nb', { numeric: true });
}
