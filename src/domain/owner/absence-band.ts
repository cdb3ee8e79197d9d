/**
 * Absence levels for the municipality's absence team (fraværsteam): a student's absence this
 * school year as a share, and the band it falls in. The absence seed names no bands, so these
 * are the ones school owners commonly report: under 5 %, 5–10 %, 10–20 % and 20 % or more of the
 * teaching so far. Each band includes its lower edge (exactly 10 % is 10–20 %), as the research
 * anchor reads "at or above 10 %".
 */
import type { AbsenceTotals } from '../absence-totals.js';

export const absenceBands = ['under_5', 'fra_5', 'fra_10', 'fra_20'] as const;
export type AbsenceBand = (typeof absenceBands)[number];

/** The lower edge of each band, in per cent. */
export const absenceBandFloors: Record<AbsenceBand, number> = { under_5: 0, fra_5: 5, fra_10: 10, fra_20: 20 };

/**
 * The bands the owner is shown. Under 5 % is most students and is left out: with the number of
 * students shown beside the bands, a shown "under 5 %" would give away a hidden band.
 */
export const bandsOfConcern = ['fra_5', 'fra_10', 'fra_20'] as const satisfies readonly AbsenceBand[];
export type BandOfConcern = (typeof bandsOfConcern)[number];

/** The band of an absence share (0–1). */
export function absenceBand(share: number): AbsenceBand {
  // Compared as shares: 1/20 is the same number as 5 / 100, so a share at an edge is in the band above.
  let band: AbsenceBand = 'under_5';
  for (const b of absenceBands) if (share >= absenceBandFloors[b] / 100) band = b;
  return band;
}

/**
 * A student's absence as a share of what the school year has held so far: the lessons missed
 * (whole days' lessons included, late arrivals not) over the lessons of the student's timetable
 * on the school days so far, as the school overview counts a class's share
 * (docs/decisions/006-absence-figures.md). A student without a timetable is counted by whole days
 * over school days (single lessons cannot be weighed without one). Null when no school day has
 * passed; never above 1.
 */
export function absenceShare(totals: Pick<AbsenceTotals, 'lessonsMissed' | 'days'>, held: { lessons: number; schoolDays: number }): number | null {
  if (held.lessons > 0) return Math.min(1, totals.lessonsMissed / held.lessons);
  if (held.schoolDays > 0) return Math.min(1, totals.days / held.schoolDays);
  return null;
}
