import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { activeWheel, buildWheel, dateInSchoolYear, schoolYearStart, type WheelEntry } from './build-wheel.js';
import { editWheelMap, seedWheelMap, type WheelEdit, type WheelMap } from './edit-wheel-map.js';
import { isWheelActivityCode, wheelActivities, wheelActivity, wheelActivityCodes, wheelProgressKinds, wheelRounds, wheelScopes } from './wheel-activities.js';
import { dateMoveReasons } from './wheel-dates.js';

// 2026/27 as an upper secondary school in the east publishes it: start Monday 17 August (week 34),
// høstferie in week 40, a planning day on Friday 13 November, juleferie from Saturday 19 December.
const year2026: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Planleggingsdag', startsOn: '2026-11-13', endsOn: '2026-11-13' },
    { name: 'Juleferie', startsOn: '2026-12-19', endsOn: '2027-01-03' },
    { name: 'Vinterferie', startsOn: '2027-02-22', endsOn: '2027-02-26' },
    { name: 'Påskeferie', startsOn: '2027-03-22', endsOn: '2027-03-29' },
    { name: 'Kristi himmelfartsdag', startsOn: '2027-05-06', endsOn: '2027-05-06' },
    { name: 'Planleggingsdag', startsOn: '2027-05-07', endsOn: '2027-05-07' },
    { name: '17. mai og 2. pinsedag', startsOn: '2027-05-17', endsOn: '2027-05-17' },
  ],
};

// 2023/24: Easter Monday was 1 April, the last day of påskeferie.
const year2023: SchoolCalendar = {
  startsOn: '2023-08-21',
  endsOn: '2024-06-20',
  breaks: [
    { name: 'Høstferie', startsOn: '2023-10-02', endsOn: '2023-10-06' },
    { name: 'Juleferie', startsOn: '2023-12-23', endsOn: '2024-01-01' },
    { name: 'Påskeferie', startsOn: '2024-03-25', endsOn: '2024-04-01' },
  ],
};

// 2027/28: 15 January 2028 is a Saturday.
const year2027: SchoolCalendar = {
  startsOn: '2027-08-16',
  endsOn: '2028-06-20',
  breaks: [
    { name: 'Høstferie', startsOn: '2027-10-04', endsOn: '2027-10-08' },
    { name: 'Juleferie', startsOn: '2027-12-18', endsOn: '2028-01-02' },
  ],
};

function entry(wheel: readonly WheelEntry[], key: string): WheelEntry {
  const found = wheel.find((e) => e.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

function dates(wheel: readonly WheelEntry[]): Record<string, string> {
  return Object.fromEntries(wheel.map((e) => [e.key, e.dueOn]));
}

function edited(edits: WheelEdit[], calendar = year2026, from: WheelMap = seedWheelMap): WheelMap {
  const result = editWheelMap(from, { baseVersion: from.version, edits }, calendar);
  if (!result.ok) throw new Error(result.problem);
  return result.map;
}

describe('the annual wheel of 2026/27, counted from the first school day', () => {
  // Built inside each test: a wheel that fails to build must fail the tests, not their collection.
  const wheel = () => buildWheel({ calendar: year2026 });

  it('dates every activity of the seed on the school calendar', () => {
    expect(dates(wheel())).toEqual({
      // Before the start: the Friday before Monday 17 August is the planning day.
      inntaksanalyse: '2026-08-13',
      klassesammensetting: '2026-08-13',
      informer_kontaktlaerere: '2026-08-14',
      // At the start.
      informer_om_elevsamtale: '2026-08-17',
      // Within three, four and five weeks: 15, 20 and 25 school days after the first.
      kartlegging_a: '2026-09-07',
      kartlegging_b: '2026-09-14',
      kartlegging_c: '2026-09-14',
      klasselaerermote_oppstart: '2026-09-21',
      // 1 November 2026 is a Sunday: Monday 2 November. The meeting two weeks on skips the
      // planning day of 13 November; leadership's review a week after the meeting.
      midtveisvurdering_host: '2026-11-02',
      klasselaerermote_host: '2026-11-17',
      registrering_host: '2026-11-17',
      gjennomgang_host: '2026-11-24',
      halvaarsvurdering: '2027-01-15',
      klasselaerermote_halvaar: '2027-01-29',
      registrering_halvaar: '2027-01-29',
      gjennomgang_halvaar: '2027-02-05',
      midtveisvurdering_var: '2027-04-01',
      klasselaerermote_var: '2027-04-15',
      registrering_var: '2027-04-15',
      gjennomgang_var: '2027-04-22',
    });
  });

  it('gives Kartlegging A the day the intake flags’ interview tasks fall due', () => {
    // intake-rules.ts: addSchoolDays(start, 15) — the same three weeks.
    expect(entry(wheel(), 'kartlegging_a').dueOn).toBe('2026-09-07');
  });

  it('lists the activities in date order, the seed’s order on the same day', () => {
    expect(wheel().map((e) => e.key)).toEqual(wheelActivityCodes);
    expect(wheel()).toHaveLength(20);
  });

  it('says that 1 November moved forward off a weekend, and that the other dates did not move', () => {
    expect(entry(wheel(), 'midtveisvurdering_host').moved).toEqual({ from: '2026-11-01', to: '2026-11-02', direction: 'fram', because: 'helg', breakName: null });
    expect(wheel().filter((e) => e.moved !== null).map((e) => e.key)).toEqual(['midtveisvurdering_host']);
  });

  it('gives each activity the responsible roles of the seed’s ansvarskart', () => {
    expect(Object.fromEntries(wheel().map((e) => [e.key, e.roles.join('/')]))).toEqual({
      inntaksanalyse: 'radgiver',
      klassesammensetting: 'skoleleder',
      informer_kontaktlaerere: 'radgiver',
      informer_om_elevsamtale: 'skoleleder',
      kartlegging_a: 'kontaktlaerer',
      kartlegging_b: 'kontaktlaerer',
      kartlegging_c: 'faglaerer',
      klasselaerermote_oppstart: 'kontaktlaerer/radgiver',
      midtveisvurdering_host: 'faglaerer',
      klasselaerermote_host: 'kontaktlaerer/radgiver',
      registrering_host: 'kontaktlaerer',
      gjennomgang_host: 'skoleleder',
      halvaarsvurdering: 'faglaerer',
      klasselaerermote_halvaar: 'kontaktlaerer/radgiver',
      registrering_halvaar: 'kontaktlaerer',
      gjennomgang_halvaar: 'skoleleder',
      midtveisvurdering_var: 'faglaerer',
      klasselaerermote_var: 'kontaktlaerer/radgiver',
      registrering_var: 'kontaktlaerer',
      gjennomgang_var: 'skoleleder',
    });
  });

  it('keeps the seed’s roles, scope, round and way of measuring', () => {
    const a = entry(wheel(), 'kartlegging_a');
    expect(a).toMatchObject({ code: 'kartlegging_a', title: null, round: 'oppstart', scope: 'klasse', roles: ['kontaktlaerer'], progress: 'samtaler_identifiserte' });
    expect(entry(wheel(), 'kartlegging_b').progress).toBe('registrert');
    expect(entry(wheel(), 'kartlegging_c').roles).toEqual(['faglaerer']);
    expect(entry(wheel(), 'klasselaerermote_oppstart')).toMatchObject({ roles: ['kontaktlaerer', 'radgiver'], progress: 'klasselaerermote_holdt' });
    expect(entry(wheel(), 'inntaksanalyse')).toMatchObject({ scope: 'skole', roles: ['radgiver'], progress: 'registrert' });
    expect(entry(wheel(), 'klassesammensetting').roles).toEqual(['skoleleder']);
    expect(entry(wheel(), 'informer_om_elevsamtale').roles).toEqual(['skoleleder']);
    expect(entry(wheel(), 'gjennomgang_var')).toMatchObject({ round: 'midtveis_var', scope: 'skole', roles: ['skoleleder'] });
    expect(entry(wheel(), 'halvaarsvurdering')).toMatchObject({ round: 'halvaar', scope: 'klasse', roles: ['faglaerer'], progress: 'vurderinger_satt' });
  });

  it('marks nothing as the school’s: no requested date, none removed', () => {
    expect(wheel().every((e) => e.requestedOn === null && !e.removed && e.seedDueOn === e.dueOn)).toBe(true);
  });

  it('has one definition per code', () => {
    expect(wheelActivities.map((a) => a.code)).toEqual(wheelActivityCodes);
    expect(wheelActivity('kartlegging_b').code).toBe('kartlegging_b');
    expect(isWheelActivityCode('kartlegging_b')).toBe(true);
    expect(isWheelActivityCode('foreldremote')).toBe(false);
  });

  it('uses only the closed lists the database and the contract will check against', () => {
    for (const e of wheel()) {
      expect(wheelRounds).toContain(e.round);
      expect(wheelScopes).toContain(e.scope);
      expect(wheelProgressKinds).toContain(e.progress);
    }
    expect(new Set(wheel().map((e) => e.round)).size).toBe(wheelRounds.length);
    expect(new Set(wheel().map((e) => e.scope)).size).toBe(wheelScopes.length);
    expect(new Set(wheel().map((e) => e.progress)).size).toBe(wheelProgressKinds.length);
    expect([...dateMoveReasons].sort()).toEqual(['fri', 'helg', 'utenfor_skoleaaret']);
  });
});

describe('the wheel on other real calendars', () => {
  it('moves 1 April 2024, Easter Monday in påskeferie, forward to Tuesday 2 April, and says why', () => {
    const wheel = buildWheel({ calendar: year2023 });
    expect(entry(wheel, 'midtveisvurdering_var')).toMatchObject({
      dueOn: '2024-04-02',
      moved: { from: '2024-04-01', to: '2024-04-02', direction: 'fram', because: 'fri', breakName: 'Påskeferie' },
    });
    // 1 November 2023 was a Wednesday, 15 January 2024 a Monday.
    expect(entry(wheel, 'midtveisvurdering_host').dueOn).toBe('2023-11-01');
    expect(entry(wheel, 'halvaarsvurdering').dueOn).toBe('2024-01-15');
    // The meeting after 2 April counts its two weeks from the moved date.
    expect(entry(wheel, 'klasselaerermote_var').dueOn).toBe('2024-04-16');
    // Start Monday 21 August; Kartlegging B is four weeks later.
    expect(entry(wheel, 'kartlegging_b').dueOn).toBe('2023-09-18');
    expect(entry(wheel, 'informer_kontaktlaerere').dueOn).toBe('2023-08-18');
  });

  it('moves 15 January 2028, a Saturday, to Monday 17 January', () => {
    const wheel = buildWheel({ calendar: year2027 });
    expect(entry(wheel, 'halvaarsvurdering')).toMatchObject({ dueOn: '2028-01-17', moved: { from: '2028-01-15', because: 'helg', direction: 'fram' } });
    expect(entry(wheel, 'midtveisvurdering_host').dueOn).toBe('2027-11-01');
  });

  it('puts the dates of August to December in the year the school year starts, the rest in the next', () => {
    expect(schoolYearStart(year2026)).toBe(2026);
    const wheel = buildWheel({ calendar: year2026 });
    expect(entry(wheel, 'midtveisvurdering_host').dueOn.slice(0, 4)).toBe('2026');
    expect(entry(wheel, 'halvaarsvurdering').dueOn.slice(0, 4)).toBe('2027');
  });

  it('dates August in the start year and July in the next', () => {
    expect(dateInSchoolYear(2026, 8, 1)).toBe('2026-08-01');
    expect(dateInSchoolYear(2026, 7, 31)).toBe('2027-07-31');
    expect(dateInSchoolYear(2026, 12, 5)).toBe('2026-12-05');
    expect(dateInSchoolYear(2026, 1, 15)).toBe('2027-01-15');
  });

  it('starts from the first school day when the calendar’s first day is not one', () => {
    // The calendar opens on a Saturday; teaching starts on Monday 17 August.
    const wheel = buildWheel({ calendar: { ...year2026, startsOn: '2026-08-15' } });
    expect(schoolYearStart({ ...year2026, startsOn: '2026-08-15' })).toBe(2026);
    expect(entry(wheel, 'informer_om_elevsamtale').dueOn).toBe('2026-08-17');
    expect(entry(wheel, 'kartlegging_a').dueOn).toBe('2026-09-07');
  });

  it('counts the weeks in school days: a høstferie inside the first five weeks pushes the deadlines', () => {
    // A late start (Monday 7 September) with høstferie in week 40: the klasselærermøte's five
    // weeks skip the holiday week.
    const late: SchoolCalendar = { startsOn: '2026-09-07', endsOn: '2027-06-18', breaks: [{ name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' }] };
    const wheel = buildWheel({ calendar: late });
    expect(entry(wheel, 'kartlegging_a').dueOn).toBe('2026-10-05');
    expect(entry(wheel, 'klasselaerermote_oppstart').dueOn).toBe('2026-10-19');
  });
});

describe('the planning day before the start', () => {
  it('takes the school’s own planning day, the analysis and classes the working day before', () => {
    const wheel = buildWheel({ calendar: year2026, planningDay: '2026-08-13' });
    expect(entry(wheel, 'informer_kontaktlaerere').dueOn).toBe('2026-08-13');
    expect(entry(wheel, 'inntaksanalyse').dueOn).toBe('2026-08-12');
  });

  it('skips the weekend back to Friday when the planning day is a Monday', () => {
    const wheel = buildWheel({ calendar: year2026, planningDay: '2026-08-10' });
    expect(entry(wheel, 'klassesammensetting').dueOn).toBe('2026-08-07');
  });

  it('ignores a planning day on a weekend, on the first school day or after it', () => {
    for (const planningDay of ['2026-08-15', '2026-08-17', '2026-08-18', null]) {
      expect(entry(buildWheel({ calendar: year2026, planningDay }), 'informer_kontaktlaerere').dueOn).toBe('2026-08-14');
    }
  });

  it('takes a planning day on the day before the first school day', () => {
    // Teaching starts on a Tuesday; the planning day is the Monday.
    const tuesdayStart = { ...year2026, startsOn: '2026-08-18' };
    expect(entry(buildWheel({ calendar: tuesdayStart, planningDay: '2026-08-17' }), 'informer_kontaktlaerere').dueOn).toBe('2026-08-17');
  });
});

describe('the school’s own dates on the wheel', () => {
  it('moves a date that falls in høstferie forward to the first school day after, and says why', () => {
    const map = edited([{ kind: 'flytt', activity: 'klasselaerermote_oppstart', to: '2026-09-30' }]);
    expect(entry(buildWheel({ calendar: year2026, map }), 'klasselaerermote_oppstart')).toMatchObject({
      seedDueOn: '2026-09-21',
      requestedOn: '2026-09-30',
      dueOn: '2026-10-05',
      moved: { from: '2026-09-30', to: '2026-10-05', direction: 'fram', because: 'fri', breakName: 'Høstferie' },
    });
  });

  it('moves a date on a Saturday in juleferie forward, naming the holiday rather than the weekend', () => {
    const map = edited([{ kind: 'flytt', activity: 'halvaarsvurdering', to: '2027-01-02' }]);
    expect(entry(buildWheel({ calendar: year2026, map }), 'halvaarsvurdering').moved).toEqual({
      from: '2027-01-02',
      to: '2027-01-04',
      direction: 'fram',
      because: 'fri',
      breakName: 'Juleferie',
    });
  });

  it('moves a date before the start that falls on a Sunday back to the Friday', () => {
    const map = edited([{ kind: 'flytt', activity: 'inntaksanalyse', to: '2026-08-09' }]);
    expect(entry(buildWheel({ calendar: year2026, map }), 'inntaksanalyse')).toMatchObject({
      dueOn: '2026-08-07',
      moved: { from: '2026-08-09', to: '2026-08-07', direction: 'tilbake', because: 'helg', breakName: null },
    });
  });

  it('keeps a moved school day as it is', () => {
    const map = edited([{ kind: 'flytt', activity: 'kartlegging_b', to: '2026-09-10' }]);
    expect(entry(buildWheel({ calendar: year2026, map }), 'kartlegging_b')).toMatchObject({ requestedOn: '2026-09-10', dueOn: '2026-09-10', moved: null, seedDueOn: '2026-09-14' });
  });

  it('takes the meeting and the review along when the assessment moves, unless the school moved them too', () => {
    const map = edited([{ kind: 'flytt', activity: 'midtveisvurdering_host', to: '2026-10-26' }]);
    const wheel = buildWheel({ calendar: year2026, map });
    expect(entry(wheel, 'klasselaerermote_host')).toMatchObject({ dueOn: '2026-11-09', seedDueOn: '2026-11-09', requestedOn: null });
    expect(entry(wheel, 'gjennomgang_host').dueOn).toBe('2026-11-17');

    const both = edited([{ kind: 'flytt', activity: 'klasselaerermote_host', to: '2026-11-20' }], year2026, map);
    const wheel2 = buildWheel({ calendar: year2026, map: both });
    expect(entry(wheel2, 'klasselaerermote_host').dueOn).toBe('2026-11-20');
    expect(entry(wheel2, 'gjennomgang_host').dueOn).toBe('2026-11-27');
  });

  it('marks the activities the school left out, and leaves them out of the active wheel', () => {
    const map = edited([{ kind: 'fjern', activity: 'kartlegging_c' }]);
    const wheel = buildWheel({ calendar: year2026, map });
    expect(entry(wheel, 'kartlegging_c').removed).toBe(true);
    expect(wheel.filter((e) => e.removed).map((e) => e.key)).toEqual(['kartlegging_c']);
    expect(activeWheel(wheel).map((e) => e.key)).not.toContain('kartlegging_c');
    expect(activeWheel(wheel)).toHaveLength(19);
  });

  it('places the school’s own activities among the seed’s by date, after the seed’s on the same day', () => {
    const map = edited([
      { kind: 'legg_til', activity: { id: 'foreldremote', title: 'Foreldremøte Vg1', scope: 'skole', roles: ['skoleleder'], dueOn: '2026-09-14' } },
      { kind: 'legg_til', activity: { id: 'sommerbrev', title: 'Brev til nye elever', scope: 'skole', roles: ['radgiver'], dueOn: '2026-08-02' } },
    ]);
    const wheel = buildWheel({ calendar: year2026, map });
    const keys = wheel.map((e) => e.key);
    expect(keys.slice(0, 2)).toEqual(['sommerbrev', 'inntaksanalyse']);
    expect(keys.slice(6, 9)).toEqual(['kartlegging_b', 'kartlegging_c', 'foreldremote']);
    expect(entry(wheel, 'foreldremote')).toEqual({
      key: 'foreldremote',
      code: 'egen',
      title: 'Foreldremøte Vg1',
      round: null,
      scope: 'skole',
      roles: ['skoleleder'],
      progress: 'registrert',
      seedDueOn: null,
      requestedOn: '2026-09-14',
      dueOn: '2026-09-14',
      moved: null,
      removed: false,
    });
    // 2 August 2026 is a Sunday before the start: back to Friday 31 July.
    expect(entry(wheel, 'sommerbrev')).toMatchObject({ dueOn: '2026-07-31', moved: { direction: 'tilbake', because: 'helg' } });
  });

  it('moves an own activity set on a holiday forward', () => {
    const map = edited([{ kind: 'legg_til', activity: { id: 'x', title: 'Skolemiljødag', scope: 'skole', roles: ['skoleleder'], dueOn: '2026-11-13' } }]);
    expect(entry(buildWheel({ calendar: year2026, map }), 'x')).toMatchObject({ dueOn: '2026-11-16', moved: { because: 'fri', breakName: 'Planleggingsdag' } });
  });
});
