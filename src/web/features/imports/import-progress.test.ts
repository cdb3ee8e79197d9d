import { describe, expect, it } from 'vitest';
import type { ImportProgressLine } from '../../../shared/api';
import { importParams } from '../../../shared/api';
import { importKinds } from '../../../domain/vocabulary';
import { announceEveryMs, progressBar, shouldAnnounce } from './import-progress';

const reading = (rowsRead: number): ImportProgressLine => ({ type: 'progress', phase: 'reading', rowsRead, rowsWritten: 0 });
const writing = (rowsWritten: number, rowsToWrite = 100): ImportProgressLine => ({
  type: 'progress',
  phase: 'writing',
  rowsRead: 100,
  rowsWritten,
  rowsToWrite,
});

describe('importKinds', () => {
  it('offers every kind the server imports, once', () => {
    expect([...importKinds].sort()).toEqual([...importParams.shape.kind.options].sort());
  });
});

describe('progressBar', () => {
  it('is indeterminate while reading and evaluating, and measures the writing', () => {
    expect(progressBar(null, false)).toEqual({});
    expect(progressBar(reading(8192), false)).toEqual({});
    expect(progressBar(writing(25), false)).toEqual({ value: 25, max: 100 });
    expect(progressBar({ type: 'progress', phase: 'evaluating', rowsRead: 100, rowsWritten: 100 }, false)).toEqual({});
  });

  it('is full when the import is over, and never past its end', () => {
    expect(progressBar(reading(3), true)).toEqual({ value: 1, max: 1 });
    expect(progressBar(writing(120), false)).toEqual({ value: 100, max: 100 });
  });
});

describe('shouldAnnounce', () => {
  it('announces the first line, every new phase and the end of the writing at once', () => {
    expect(shouldAnnounce(null, 0, reading(1), 0)).toBe(true);
    expect(shouldAnnounce(reading(1), 0, writing(0), 10)).toBe(true);
    expect(shouldAnnounce(writing(10), 0, writing(100), 10)).toBe(true);
  });

  it('otherwise waits a few seconds between announcements', () => {
    expect(shouldAnnounce(reading(1), 0, reading(8192), announceEveryMs - 1)).toBe(false);
    expect(shouldAnnounce(reading(1), 0, reading(8192), announceEveryMs)).toBe(true);
  });
});
