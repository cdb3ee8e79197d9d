import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { editWheelMap, seedWheelMap, wheelEditProblems, type CustomWheelActivity, type WheelEdit, type WheelEditResult, type WheelMap } from './edit-wheel-map.js';

const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [{ name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' }],
};

function apply(edits: WheelEdit[], from: WheelMap = seedWheelMap): WheelEditResult {
  return editWheelMap(from, { baseVersion: from.version, edits }, calendar);
}

function map(edits: WheelEdit[], from: WheelMap = seedWheelMap): WheelMap {
  const result = apply(edits, from);
  if (!result.ok) throw new Error(`${result.problem} at ${result.index}`);
  return result.map;
}

const own = (over: Partial<CustomWheelActivity> = {}): CustomWheelActivity => ({
  id: 'foreldremote',
  title: 'Foreldremøte Vg1',
  scope: 'skole',
  roles: ['skoleleder'],
  dueOn: '2026-09-10',
  ...over,
});

describe('versions of the school’s wheel', () => {
  it('makes a new version from the latest, leaving the latest as it was', () => {
    const v1 = map([{ kind: 'flytt', activity: 'kartlegging_b', to: '2026-09-10' }]);
    expect(v1).toEqual({ version: 1, moved: { kartlegging_b: '2026-09-10' }, removed: [], added: [], people: [] });
    const v2 = map([{ kind: 'fjern', activity: 'kartlegging_c' }], v1);
    expect(v2.version).toBe(2);
    expect(v2.moved).toEqual({ kartlegging_b: '2026-09-10' });
    expect(v1.removed).toEqual([]);
    expect(seedWheelMap).toEqual({ version: 0, moved: {}, removed: [], added: [], people: [] });
  });

  it('refuses a change made from an older version', () => {
    const v1 = map([{ kind: 'fjern', activity: 'kartlegging_c' }]);
    expect(editWheelMap(v1, { baseVersion: 0, edits: [] }, calendar)).toEqual({ ok: false, problem: 'stale_version', index: null });
    expect(editWheelMap(v1, { baseVersion: 2, edits: [] }, calendar)).toEqual({ ok: false, problem: 'stale_version', index: null });
  });

  it('applies all edits of a change or none, naming the first that cannot be made', () => {
    const v1 = map([{ kind: 'flytt', activity: 'kartlegging_a', to: '2026-09-03' }]);
    const result = apply(
      [
        { kind: 'flytt', activity: 'kartlegging_b', to: '2026-09-10' },
        { kind: 'flytt', activity: 'nope', to: '2026-09-10' },
        { kind: 'fjern', activity: 'kartlegging_c' },
      ],
      v1,
    );
    expect(result).toEqual({ ok: false, problem: 'unknown_activity', index: 1 });
    expect(v1.moved).toEqual({ kartlegging_a: '2026-09-03' });
  });

  it('names its problems', () => {
    expect(wheelEditProblems).toContain('stale_version');
    expect(new Set(wheelEditProblems).size).toBe(wheelEditProblems.length);
  });
});

describe('moving a date', () => {
  it('keeps the school’s date beside the seed’s, and takes it back on request', () => {
    const v1 = map([{ kind: 'flytt', activity: 'kartlegging_b', to: '2026-09-10' }]);
    const v2 = map([{ kind: 'tilbakestill', activity: 'kartlegging_b' }], v1);
    expect(v2.moved).toEqual({});
    expect(apply([{ kind: 'tilbakestill', activity: 'foreldremote' }])).toEqual({ ok: false, problem: 'unknown_activity', index: 0 });
  });

  it('keeps an activity of the school year inside it: from the first school day to the last day', () => {
    const at = (to: string) => apply([{ kind: 'flytt', activity: 'klasselaerermote_oppstart', to }]);
    expect(at('2026-08-14')).toEqual({ ok: false, problem: 'before_school_start', index: 0 });
    expect(at('2026-08-17').ok).toBe(true);
    expect(at('2027-06-18').ok).toBe(true);
    expect(at('2027-06-19')).toEqual({ ok: false, problem: 'after_school_year', index: 0 });
  });

  it('keeps an activity that prepares the start before the first school day', () => {
    const at = (to: string) => apply([{ kind: 'flytt', activity: 'informer_kontaktlaerere', to }]);
    expect(at('2026-08-14').ok).toBe(true);
    expect(at('2026-08-16').ok).toBe(true);
    expect(at('2026-08-17')).toEqual({ ok: false, problem: 'not_before_school_start', index: 0 });
  });

  it('accepts a date in a holiday (the wheel says where it lands)', () => {
    expect(map([{ kind: 'flytt', activity: 'kartlegging_b', to: '2026-09-30' }]).moved).toEqual({ kartlegging_b: '2026-09-30' });
  });

  it('moves an own activity by changing its own date', () => {
    const v1 = map([{ kind: 'legg_til', activity: own() }]);
    const v2 = map([{ kind: 'flytt', activity: 'foreldremote', to: '2026-08-03' }], v1);
    expect(v2.added).toEqual([own({ dueOn: '2026-08-03' })]);
    expect(v2.moved).toEqual({});
    expect(apply([{ kind: 'flytt', activity: 'foreldremote', to: '2027-06-19' }], v1)).toEqual({ ok: false, problem: 'after_school_year', index: 0 });
  });

  it('moves only the own activity named', () => {
    const v1 = map([{ kind: 'legg_til', activity: own() }, { kind: 'legg_til', activity: own({ id: 'annet', title: 'Annet' }) }]);
    const v2 = map([{ kind: 'flytt', activity: 'annet', to: '2026-09-11' }], v1);
    expect(v2.added.map((a) => [a.id, a.dueOn])).toEqual([
      ['foreldremote', '2026-09-10'],
      ['annet', '2026-09-11'],
    ]);
  });

  it('refuses an unknown activity, though the school has own ones', () => {
    const v1 = map([{ kind: 'legg_til', activity: own() }]);
    expect(apply([{ kind: 'flytt', activity: 'nope', to: '2026-09-10' }], v1)).toEqual({ ok: false, problem: 'unknown_activity', index: 0 });
  });

  it('refuses to move an activity the school left out', () => {
    const v1 = map([{ kind: 'fjern', activity: 'kartlegging_c' }]);
    expect(apply([{ kind: 'flytt', activity: 'kartlegging_c', to: '2026-09-10' }], v1)).toEqual({ ok: false, problem: 'removed_activity', index: 0 });
  });
});

describe('leaving out and restoring', () => {
  it('leaves out a seed activity and restores it', () => {
    const v1 = map([{ kind: 'fjern', activity: 'kartlegging_c' }]);
    expect(v1.removed).toEqual(['kartlegging_c']);
    expect(apply([{ kind: 'fjern', activity: 'kartlegging_c' }], v1)).toEqual({ ok: false, problem: 'removed_activity', index: 0 });
    expect(map([{ kind: 'gjenopprett', activity: 'kartlegging_c' }], v1).removed).toEqual([]);
  });

  it('restores only the activity named', () => {
    const v1 = map([
      { kind: 'fjern', activity: 'kartlegging_c' },
      { kind: 'fjern', activity: 'registrering_host' },
    ]);
    expect(map([{ kind: 'gjenopprett', activity: 'kartlegging_c' }], v1).removed).toEqual(['registrering_host']);
  });

  it('restores only what was left out', () => {
    expect(apply([{ kind: 'gjenopprett', activity: 'kartlegging_c' }])).toEqual({ ok: false, problem: 'not_removed', index: 0 });
    expect(apply([{ kind: 'gjenopprett', activity: 'nope' }])).toEqual({ ok: false, problem: 'unknown_activity', index: 0 });
  });

  it('deletes an own activity instead of marking it left out', () => {
    const v1 = map([{ kind: 'legg_til', activity: own() }, { kind: 'legg_til', activity: own({ id: 'annet' }) }]);
    const v2 = map([{ kind: 'fjern', activity: 'foreldremote' }], v1);
    expect(v2.added.map((a) => a.id)).toEqual(['annet']);
    expect(v2.removed).toEqual([]);
  });

  it('refuses to leave out what does not exist', () => {
    expect(apply([{ kind: 'fjern', activity: 'nope' }])).toEqual({ ok: false, problem: 'unknown_activity', index: 0 });
  });
});

describe('adding an own activity', () => {
  it('adds it with a trimmed title and each role once', () => {
    const v1 = map([{ kind: 'legg_til', activity: own({ title: '  Foreldremøte Vg1 ', roles: ['skoleleder', 'radgiver', 'skoleleder'] }) }]);
    expect(v1.added).toEqual([own({ roles: ['skoleleder', 'radgiver'] })]);
  });

  it('refuses an id that is taken, an empty title, no roles, a date after the year', () => {
    const v1 = map([{ kind: 'legg_til', activity: own() }]);
    expect(apply([{ kind: 'legg_til', activity: own() }], v1)).toEqual({ ok: false, problem: 'duplicate_activity', index: 0 });
    expect(apply([{ kind: 'legg_til', activity: own({ id: 'kartlegging_a' }) }])).toEqual({ ok: false, problem: 'duplicate_activity', index: 0 });
    expect(apply([{ kind: 'legg_til', activity: own({ title: '   ' }) }])).toEqual({ ok: false, problem: 'empty_title', index: 0 });
    expect(apply([{ kind: 'legg_til', activity: own({ roles: [] }) }])).toEqual({ ok: false, problem: 'no_roles', index: 0 });
    expect(apply([{ kind: 'legg_til', activity: own({ dueOn: '2027-06-19' }) }])).toEqual({ ok: false, problem: 'after_school_year', index: 0 });
  });

  it('accepts a date on either side of the start', () => {
    expect(apply([{ kind: 'legg_til', activity: own({ dueOn: '2026-06-15' }) }]).ok).toBe(true);
    expect(apply([{ kind: 'legg_til', activity: own({ dueOn: '2027-06-18' }) }]).ok).toBe(true);
  });
});

describe('naming the people per class and role', () => {
  it('names, renames and clears, one naming per class and role', () => {
    const v1 = map([
      { kind: 'navngi', role: 'kontaktlaerer', classId: '1STA', staffIds: ['kari', 'kari'] },
      { kind: 'navngi', role: 'radgiver', classId: null, staffIds: ['per'] },
      { kind: 'navngi', role: 'kontaktlaerer', classId: '1STB', staffIds: ['ola'] },
    ]);
    expect(v1.people).toEqual([
      { role: 'kontaktlaerer', classId: '1STA', staffIds: ['kari'] },
      { role: 'radgiver', classId: null, staffIds: ['per'] },
      { role: 'kontaktlaerer', classId: '1STB', staffIds: ['ola'] },
    ]);
    const v2 = map([{ kind: 'navngi', role: 'kontaktlaerer', classId: '1STA', staffIds: ['lise'] }], v1);
    expect(v2.people).toContainEqual({ role: 'kontaktlaerer', classId: '1STA', staffIds: ['lise'] });
    expect(v2.people).toHaveLength(3);
    const v3 = map([{ kind: 'navngi', role: 'kontaktlaerer', classId: '1STA', staffIds: [] }], v2);
    expect(v3.people).toEqual([
      { role: 'radgiver', classId: null, staffIds: ['per'] },
      { role: 'kontaktlaerer', classId: '1STB', staffIds: ['ola'] },
    ]);
  });

  it('keeps the roles of a class apart', () => {
    const v1 = map([
      { kind: 'navngi', role: 'kontaktlaerer', classId: '1STA', staffIds: ['kari'] },
      { kind: 'navngi', role: 'radgiver', classId: '1STA', staffIds: ['per'] },
    ]);
    expect(v1.people).toEqual([
      { role: 'kontaktlaerer', classId: '1STA', staffIds: ['kari'] },
      { role: 'radgiver', classId: '1STA', staffIds: ['per'] },
    ]);
  });

  it('keeps a school-wide naming apart from a class’s for the same role', () => {
    const v1 = map([
      { kind: 'navngi', role: 'radgiver', classId: null, staffIds: ['per'] },
      { kind: 'navngi', role: 'radgiver', classId: '1STA', staffIds: ['anne'] },
    ]);
    expect(v1.people).toHaveLength(2);
    expect(map([{ kind: 'navngi', role: 'radgiver', classId: null, staffIds: [] }], v1).people).toEqual([{ role: 'radgiver', classId: '1STA', staffIds: ['anne'] }]);
  });
});
