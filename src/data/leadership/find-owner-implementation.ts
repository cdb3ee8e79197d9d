/**
 * The owner's view of implementation quality: per school and for all the owner's schools, the
 * chain's steps and the pitfalls as counts only, small counts hidden (src/domain/owner/shown-count.ts),
 * never a name. Each school is read as its leadership reads it, so the figures agree.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { owners, schools } from '../../db/schema.js';
import { findPitfalls } from '../../domain/leadership/find-pitfalls.js';
import { implementationSteps, measureImplementation, type ImplementationFigures } from '../../domain/leadership/measure-implementation.js';
import { pitfallKeys, type PitfallKey } from '../../domain/leadership/pitfall-thresholds.js';
import { shownCount } from '../../domain/owner/shown-count.js';
import { readSchoolsFollowThrough } from './read-school-follow-through.js';
import { median } from '../../domain/statistics/median.js';

interface Counted {
  students: number;
  steps: Record<(typeof implementationSteps)[number], number>;
  pitfalls: Record<PitfallKey, number>;
  mappingDays: number[];
  followUpDays: number[];
}

function shown(counted: Counted) {
  return {
    students: counted.students,
    steps: Object.fromEntries(implementationSteps.map((s) => [s, shownCount(counted.steps[s])])) as Record<(typeof implementationSteps)[number], number | null>,
    pitfalls: Object.fromEntries(pitfallKeys.map((k) => [k, shownCount(counted.pitfalls[k])])) as Record<PitfallKey, number | null>,
    // A median over fewer than five students could be one student's own wait: hidden as well.
    medianSchoolDaysToMapping: shownCount(counted.mappingDays.length) === null ? null : median(counted.mappingDays),
    medianSchoolDaysToFollowUp: shownCount(counted.followUpDays.length) === null ? null : median(counted.followUpDays),
  };
}

export async function findOwnerImplementation(db: Db, ownerId: string, today: string) {
  const [owner] = await db.select({ id: owners.id, name: owners.name }).from(owners).where(eq(owners.id, ownerId));
  const schoolRows = await db.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.ownerId, ownerId)).orderBy(asc(schools.name));
  const all: Counted = { students: 0, steps: zero(implementationSteps), pitfalls: zero(pitfallKeys), mappingDays: [], followUpDays: [] };
  const rows = [];
  const read = await readSchoolsFollowThrough(db, ownerId, schoolRows.map((s) => s.id), today);
  for (const row of schoolRows) {
    const school = read.get(row.id);
    const counted: Counted = { students: 0, steps: zero(implementationSteps), pitfalls: zero(pitfallKeys), mappingDays: [], followUpDays: [] };
    if (school) {
      const figures = measureImplementation(school.students, school.context, []).school;
      const report = findPitfalls(school.students, school.context);
      fill(counted, figures, report, school.students.length);
      fill(all, figures, report, school.students.length);
    }
    rows.push({ id: row.id, name: row.name, ...shown(counted) });
  }
  return { owner: owner!, schools: rows, total: shown(all) };
}

function zero<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function fill(into: Counted, figures: ImplementationFigures, report: ReturnType<typeof findPitfalls>, students: number) {
  into.students += students;
  for (const step of implementationSteps) into.steps[step] += figures.steps[step].length;
  for (const key of pitfallKeys) into.pitfalls[key] += report[key].length;
  into.mappingDays.push(...figures.identificationToMapping.finishedDays);
  into.followUpDays.push(...figures.mappingToFollowUp.finishedDays);
}
