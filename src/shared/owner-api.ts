/**
 * The contract of the owner's absence team view (fraværsteam, issue 13 part 4): per school and
 * trinn, counts without names. The domain counts and hides (src/domain/owner/count-absence-team.ts);
 * the route is src/server/routes/owner-routes.ts.
 */
import { z } from 'zod';
import { bandsOfConcern } from '../domain/owner/absence-band.js';
import { staircaseOutcomes, staircaseSteps } from '../domain/owner/count-absence-team.js';
import { schoolKinds } from '../domain/vocabulary.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/**
 * A count as the owner sees it: the number; null for 1 to smallCount − 1 ("fewer than five"); or,
 * for a total with a hidden part, at least this many (src/domain/owner/shown-total.ts).
 */
export const shownFigure = z.union([z.number().int(), z.null(), z.object({ atLeast: z.number().int() })]);
export type ShownFigureView = z.infer<typeof shownFigure>;

const record = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, shownFigure])) as Record<K, typeof shownFigure>);

const absenceTeamFigures = z.object({
  /** Students at the school today (not hidden, as the owner's figures show it). */
  students: z.number().int(),
  /** Students by their absence this school year: 5–10 %, 10–20 %, 20 % or more. */
  absence: record(bandsOfConcern),
  /** Open absence cases (the staircase) by the step they stand on, and all of them. */
  steps: record(staircaseSteps),
  openCases: shownFigure,
  /** Calendar days the open cases have been open; null where fewer than five cases stand behind it. */
  openDays: z.object({ median: z.number().nullable(), longest: z.number().int().nullable() }),
  /** Cases closed this school year, by outcome, and all of them. */
  outcomes: record(staircaseOutcomes),
  closedCases: shownFigure,
  closedDays: z.object({ median: z.number().nullable() }),
  /** Students with an absence pattern flag this school year (not dismissed). */
  patternStudents: shownFigure,
  /** Students with an absence case this school year after an earlier one. */
  repeatedCases: shownFigure,
});
export type AbsenceTeamFiguresView = z.infer<typeof absenceTeamFigures>;

export const absenceTeam = z.object({
  smallCount: z.number().int(),
  owner: z.object({ id: z.string().uuid(), name: z.string() }),
  today: isoDate,
  schools: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      kind: z.enum(schoolKinds),
      /** The first school day of this school year; null when the school has no school year around today. */
      absenceFrom: isoDate.nullable(),
      /** A row per trinn (groups.level of the students' class); null: students without a class this year. */
      levels: z.array(absenceTeamFigures.extend({ level: z.string().nullable() })),
      total: absenceTeamFigures,
    }),
  ),
  total: absenceTeamFigures,
});
export type AbsenceTeam = z.infer<typeof absenceTeam>;
