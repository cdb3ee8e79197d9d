/**
 * What the progress bar and the live region show while an import runs. The bar follows every
 * progress line; the words in the live region change when the phase changes and otherwise at
 * most every few seconds, so that a screen reader is not flooded by a large file's lines.
 */
import type { ImportProgressLine } from '../../../shared/api';

/** The bar's value and max; no value while the total is unknown (an indeterminate bar). */
export function progressBar(line: ImportProgressLine | null, finished: boolean): { value?: number; max?: number } {
  if (finished) return { value: 1, max: 1 };
  if (line?.phase === 'writing' && line.rowsToWrite !== undefined && line.rowsToWrite > 0) {
    return { value: Math.min(line.rowsWritten, line.rowsToWrite), max: line.rowsToWrite };
  }
  return {};
}

export const announceEveryMs = 3000;

/** Whether a new progress line should replace the words announced at `announcedAt` (ms). */
export function shouldAnnounce(
  announced: ImportProgressLine | null,
  announcedAt: number,
  line: ImportProgressLine,
  now: number,
): boolean {
  if (!announced || announced.phase !== line.phase) return true;
  if (line.phase === 'writing' && line.rowsToWrite !== undefined && line.rowsWritten >= line.rowsToWrite) return true;
  return now - announcedAt >= announceEveryMs;
}
