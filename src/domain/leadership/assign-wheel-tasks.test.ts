import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { assignWheelTasks, responsiblePeople, type WheelClass } from './assign-wheel-tasks.js';
import { buildWheel } from './build-wheel.js';
import { editWheelMap, seedWheelMap, type WheelEdit, type WheelMap } from './edit-wheel-map.js';

const calendar: SchoolCalendar = { startsOn: '2026-08-17', endsOn: '2027-06-18', breaks: [] };

function edited(edits: WheelEdit[]): WheelMap {
  const result = editWheelMap(seedWheelMap, { baseVersion: 0, edits }, calendar);
  if (!result.ok) throw new Error(result.problem);
  return result.map;
}

const classA: WheelClass = { classId: '1STA', holders: { kontaktlaerer: ['kari'], faglaerer: ['ola', 'lise'] } };
const classB: WheelClass = { classId: '1STB', holders: { kontaktlaerer: [] } };
const school = { radgiver: ['per'], skoleleder: ['rektor'], kontaktlaerer: ['fallback'] };

describe('who is responsible (the ansvarskart)', () => {
  it('takes those named for the class first', () => {
    const map = edited([
      { kind: 'navngi', role: 'kontaktlaerer', classId: '1STA', staffIds: ['anne'] },
      { kind: 'navngi', role: 'kontaktlaerer', classId: null, staffIds: ['skolenavn'] },
    ]);
    expect(responsiblePeople(map, 'kontaktlaerer', classA, school)).toEqual(['anne']);
  });

  it('then those who hold the role in the class', () => {
    const map = edited([{ kind: 'navngi', role: 'kontaktlaerer', classId: null, staffIds: ['skolenavn'] }]);
    expect(responsiblePeople(map, 'kontaktlaerer', classA, school)).toEqual(['kari']);
  });

  it('then those named for the school, then those who hold the role at the school', () => {
    const map = edited([{ kind: 'navngi', role: 'kontaktlaerer', classId: null, staffIds: ['skolenavn'] }]);
    expect(responsiblePeople(map, 'kontaktlaerer', classB, school)).toEqual(['skolenavn']);
    expect(responsiblePeople(seedWheelMap, 'kontaktlaerer', classB, school)).toEqual(['fallback']);
    expect(responsiblePeople(seedWheelMap, 'radgiver', null, school)).toEqual(['per']);
  });

  it('does not take a naming for another role in the class', () => {
    const map = edited([{ kind: 'navngi', role: 'radgiver', classId: '1STA', staffIds: ['anne'] }]);
    expect(responsiblePeople(map, 'kontaktlaerer', classA, school)).toEqual(['kari']);
  });

  it('does not take another class’s naming', () => {
    const map = edited([{ kind: 'navngi', role: 'radgiver', classId: '1STA', staffIds: ['anne'] }]);
    expect(responsiblePeople(map, 'radgiver', classB, school)).toEqual(['per']);
    expect(responsiblePeople(map, 'radgiver', null, school)).toEqual(['per']);
  });

  it('finds nobody when nobody is named or holds the role', () => {
    expect(responsiblePeople(seedWheelMap, 'helsesykepleier', classA, school)).toEqual([]);
  });
});

describe('the tasks of the wheel', () => {
  // Built inside each test: a wheel that fails to build must fail the tests, not their collection.
  const wheel = () => buildWheel({ calendar });
  const tasks = () => assignWheelTasks({ wheel: wheel(), map: seedWheelMap, classes: [classA, classB], school });

  it('gives each class’s people a task for an activity done per class', () => {
    expect(tasks().filter((t) => t.activityKey === 'kartlegging_a')).toEqual([
      { activityKey: 'kartlegging_a', classId: '1STA', role: 'kontaktlaerer', staffId: 'kari', dueOn: '2026-09-07' },
      { activityKey: 'kartlegging_a', classId: '1STB', role: 'kontaktlaerer', staffId: 'fallback', dueOn: '2026-09-07' },
    ]);
  });

  it('gives every subject teacher of the class a task of their own', () => {
    expect(tasks().filter((t) => t.activityKey === 'kartlegging_c' && t.classId === '1STA').map((t) => t.staffId)).toEqual(['ola', 'lise']);
  });

  it('gives each role of a shared activity its task', () => {
    expect(tasks().filter((t) => t.activityKey === 'klasselaerermote_oppstart' && t.classId === '1STA').map((t) => [t.role, t.staffId])).toEqual([
      ['kontaktlaerer', 'kari'],
      ['radgiver', 'per'],
    ]);
  });

  it('gives an activity of the school one task, for no class', () => {
    expect(tasks().filter((t) => t.activityKey === 'inntaksanalyse')).toEqual([{ activityKey: 'inntaksanalyse', classId: null, role: 'radgiver', staffId: 'per', dueOn: '2026-08-13' }]);
  });

  it('shows a gap when nobody holds the role, instead of dropping the task', () => {
    expect(tasks().filter((t) => t.activityKey === 'kartlegging_c' && t.classId === '1STB')).toEqual([
      { activityKey: 'kartlegging_c', classId: '1STB', role: 'faglaerer', staffId: null, dueOn: '2026-09-14' },
    ]);
  });

  it('gives no tasks for an activity the school left out, and tasks for its own', () => {
    const map = edited([
      { kind: 'fjern', activity: 'kartlegging_c' },
      { kind: 'legg_til', activity: { id: 'foreldremote', title: 'Foreldremøte', scope: 'klasse', roles: ['kontaktlaerer'], dueOn: '2026-09-03' } },
    ]);
    const own = assignWheelTasks({ wheel: buildWheel({ calendar, map }), map, classes: [classA], school });
    expect(own.some((t) => t.activityKey === 'kartlegging_c')).toBe(false);
    expect(own.filter((t) => t.activityKey === 'foreldremote')).toEqual([{ activityKey: 'foreldremote', classId: '1STA', role: 'kontaktlaerer', staffId: 'kari', dueOn: '2026-09-03' }]);
  });

  it('gives no class tasks to a school without classes, but still the school’s', () => {
    const none = assignWheelTasks({ wheel: wheel(), map: seedWheelMap, classes: [], school });
    expect(none.every((t) => t.classId === null)).toBe(true);
    expect(none.map((t) => t.activityKey)).toEqual([
      'inntaksanalyse',
      'klassesammensetting',
      'informer_kontaktlaerere',
      'informer_om_elevsamtale',
      'gjennomgang_host',
      'gjennomgang_halvaar',
      'gjennomgang_var',
    ]);
  });
});
