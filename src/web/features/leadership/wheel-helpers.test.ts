import { describe, expect, it } from 'vitest';
import type { WheelEntryView } from '../../../shared/leadership-api';
import { ApiFailure } from '../../api/client';
import { wheelChangeRefusal } from './wheel-problem';
import { groupWheel } from './wheel-rounds';

const entry = (key: string, round: WheelEntryView['round'], dueOn: string): WheelEntryView => ({
  key,
  code: key,
  title: round ? null : key,
  round,
  scope: 'skole',
  roles: ['skoleleder'],
  progressKind: 'registrert',
  seedDueOn: round ? dueOn : null,
  requestedOn: null,
  dueOn,
  moved: null,
  removed: false,
  school: null,
  classes: [],
  responsible: [],
});

describe('groupWheel', () => {
  it('groups by round in date order, the school’s own activities last', () => {
    const groups = groupWheel([
      entry('gjennomgang_host', 'midtveis_host', '2026-11-24'),
      entry('egen-1', null, '2026-09-01'),
      entry('kartlegging_a', 'oppstart', '2026-09-07'),
      entry('midtveisvurdering_host', 'midtveis_host', '2026-11-02'),
      entry('inntaksanalyse', 'oppstart', '2026-08-13'),
    ]);
    expect(groups.map((g) => [g.key, g.entries.map((e) => e.key)])).toEqual([
      ['oppstart', ['inntaksanalyse', 'kartlegging_a']],
      ['midtveis_host', ['midtveisvurdering_host', 'gjennomgang_host']],
      ['egne', ['egen-1']],
    ]);
  });
});

describe('wheelChangeRefusal', () => {
  it('reads a stale version, a problem of one edit, and anything else', () => {
    expect(wheelChangeRefusal(null)).toBeNull();
    expect(wheelChangeRefusal(new ApiFailure('conflict', 409, 'x', [{ path: 'body.baseVersion', message: 'stale_version' }]))).toEqual({ kind: 'stale' });
    expect(wheelChangeRefusal(new ApiFailure('validation_failed', 400, 'x', [{ path: 'body.edits.0', message: 'before_school_start: the date is before the first school day' }]))).toEqual({
      kind: 'problem',
      problem: 'before_school_start',
    });
    expect(wheelChangeRefusal(new ApiFailure('validation_failed', 400, 'x', [{ path: 'body.edits.0.to', message: 'must be a date' }]))).toEqual({ kind: 'other' });
    expect(wheelChangeRefusal(new ApiFailure('forbidden', 403, 'x'))).toEqual({ kind: 'other' });
    expect(wheelChangeRefusal(new Error('x'))).toEqual({ kind: 'other' });
  });
});
