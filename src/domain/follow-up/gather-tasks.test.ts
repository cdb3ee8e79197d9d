import { describe, expect, it } from 'vitest';
import { arrangeTasks, gatherFrom, taskSource, type GatherableTask, type TaskListEntry } from './gather-tasks.js';

type T = GatherableTask & { id: string };
const school = 'skole-1';
const summons = (id: string, student: string, dueOn: string, state: 'overdue' | 'open' | 'done' = 'open', schoolId = school): T => ({
  id,
  kind: 'innkall_foresatte',
  schoolId,
  dueOn,
  overdue: state === 'overdue',
  doneAt: state === 'done' ? '2026-11-20T10:00:00Z' : null,
  student: { id: student },
  flag: { id: `flag-${id}` },
  caseId: null,
  activity: null,
});
const fromCase = (id: string, student: string, dueOn: string): T => ({ ...summons(id, student, dueOn), kind: 'hold_kartleggingssamtale', flag: null, caseId: `case-${id}` });
const wheel = (id: string, dueOn: string): T => ({ ...summons(id, 'x', dueOn), kind: 'arshjul', student: null, flag: null, activity: { code: id } });

/** Each entry as a short line: an item's kind and task ids, a group's student and task ids. */
const shape = (entries: TaskListEntry<T>[]) => entries.map((e) => (e.type === 'samlet' ? `samlet ${e.gathered.kind}: ${e.gathered.tasks.map((t) => t.id).join(' ')}` : `${e.group.studentId}: ${e.group.tasks.map((t) => t.id).join(' ')}`));

describe('taskSource', () => {
  it('tells a flag’s task from a case’s and the rest, and never gathers the wheel’s or a task without a student', () => {
    expect(taskSource(summons('a', 's', '2026-12-14'))).toBe('flagg');
    expect(taskSource(fromCase('b', 's', '2026-12-14'))).toBe('sak');
    expect(taskSource({ ...summons('c', 's', '2026-12-14'), kind: 'vurder_tettere_oppfolging', flag: null })).toBe('annet');
    expect(taskSource(wheel('kartlegging_a', '2026-12-14'))).toBeNull();
    expect(taskSource({ ...summons('d', 's', '2026-12-14'), student: null })).toBeNull();
  });

  it('never gathers the annual wheel’s tasks, not even ones that name a student', () => {
    const forStudent = (id: string, student: string): T => ({ ...wheel(id, '2026-12-14'), student: { id: student } });
    expect(taskSource(forStudent('a', 'anna'))).toBeNull();
    expect(shape(arrangeTasks([forStudent('a', 'anna'), forStudent('b', 'bo'), forStudent('c', 'cecilie')]))).toEqual(['anna: a', 'bo: b', 'cecilie: c']);
  });
});

describe('arrangeTasks', () => {
  it('gathers from three open tasks of one kind and source: due the earliest, overdue if any is, the overdue first inside', () => {
    expect(gatherFrom).toBe(3);
    const entries = arrangeTasks([summons('a', 'anna', '2026-12-14'), summons('b', 'bo', '2026-12-10'), summons('c', 'cecilie', '2026-12-12'), summons('d', 'david', '2026-12-15', 'overdue')]);
    expect(shape(entries)).toEqual(['samlet innkall_foresatte: d b c a']);
    const item = entries[0]!;
    expect(item.type === 'samlet' && item.gathered).toMatchObject({ source: 'flagg', schoolId: school, dueOn: '2026-12-10', overdueCount: 1 });
  });

  it('keeps two as single tasks in their students’ groups', () => {
    expect(shape(arrangeTasks([summons('a', 'anna', '2026-12-14'), summons('b', 'bo', '2026-12-10')]))).toEqual(['bo: b', 'anna: a']);
  });

  it('gathers neither done tasks nor across sources or schools, and each task shows once', () => {
    const tasks = [
      summons('a', 'anna', '2026-12-14'),
      summons('b', 'bo', '2026-12-10'),
      summons('c', 'cecilie', '2026-12-12', 'done'),
      summons('e', 'emil', '2026-12-11', 'open', 'skole-2'),
      fromCase('f', 'frida', '2026-12-09'),
      { ...fromCase('g', 'gro', '2026-12-09'), kind: 'innkall_foresatte' },
    ];
    const entries = arrangeTasks(tasks);
    expect(entries.every((e) => e.type === 'elev')).toBe(true);
    expect(entries.flatMap((e) => (e.type === 'elev' ? e.group.tasks.map((t) => t.id) : [])).sort()).toEqual(['a', 'b', 'c', 'e', 'f', 'g']);
  });

  it('leaves a student’s other tasks in the student’s group beside the item', () => {
    const other = { ...summons('k', 'anna', '2026-12-08'), kind: 'kontakt_hjem' };
    const entries = arrangeTasks([summons('a', 'anna', '2026-12-14'), summons('b', 'bo', '2026-12-10'), summons('c', 'cecilie', '2026-12-12'), other, summons('z', 'anna', '2026-11-01', 'done')]);
    expect(shape(entries)).toEqual(['anna: k z', 'samlet innkall_foresatte: b c a']);
  });

  it('orders the item among the groups by urgency: overdue first, then the earliest date, the item before a group of the same day, the finished last', () => {
    const entries = arrangeTasks([
      summons('a', 'anna', '2026-12-14'),
      summons('b', 'bo', '2026-12-10'),
      summons('c', 'cecilie', '2026-12-12'),
      { ...summons('k', 'kari', '2026-12-01', 'overdue'), kind: 'kontakt_hjem' },
      { ...summons('l', 'lars', '2026-12-10'), kind: 'informer_rektor' },
      { ...summons('m', 'mia', '2026-12-20'), kind: 'vurder_tiltak' },
      { ...summons('n', 'nils', '2026-11-20', 'done'), kind: 'kontakt_hjem' },
      wheel('kartlegging_a', '2026-12-11'),
    ]);
    expect(shape(entries)).toEqual(['kari: k', 'samlet innkall_foresatte: b c a', 'lars: l', 'null: kartlegging_a', 'mia: m', 'nils: n']);
  });

  it('puts what has an overdue task first, an item or a student, even before an open task due earlier', () => {
    // A task can be overdue by its own rule (a case step past its deadline) with a later date than another's open task.
    const overdueItem = [summons('a', 'anna', '2026-12-10', 'overdue'), summons('b', 'bo', '2026-12-12'), summons('c', 'cecilie', '2026-12-14')];
    const openItem = [summons('a', 'anna', '2026-12-05'), summons('b', 'bo', '2026-12-12'), summons('c', 'cecilie', '2026-12-14')];
    const lars = { ...summons('l', 'lars', '2026-12-05'), kind: 'informer_rektor' };
    const kari = { ...summons('k', 'kari', '2026-12-10', 'overdue'), kind: 'kontakt_hjem' };
    expect(shape(arrangeTasks([...overdueItem, lars]))).toEqual(['samlet innkall_foresatte: a b c', 'lars: l']);
    expect(shape(arrangeTasks([...openItem, kari]))).toEqual(['kari: k', 'samlet innkall_foresatte: a b c']);
  });

  it('puts an item before a student whose tasks are all done', () => {
    const nils = { ...summons('n', 'nils', '2026-11-20', 'done'), kind: 'kontakt_hjem' };
    expect(shape(arrangeTasks([nils, summons('a', 'anna', '2026-12-14'), summons('b', 'bo', '2026-12-10'), summons('c', 'cecilie', '2026-12-12')]))).toEqual([
      'samlet innkall_foresatte: b c a',
      'nils: n',
    ]);
  });

  it('puts the item with more overdue tasks first when the earliest dates are the same', () => {
    const summonsItem = [summons('a', 'anna', '2026-12-01', 'overdue'), summons('b', 'bo', '2026-12-08'), summons('c', 'cecilie', '2026-12-09')];
    const contactItem = ['d', 'e', 'f'].map((id) => ({ ...summons(id, `elev-${id}`, '2026-12-01', 'overdue'), kind: 'kontakt_hjem' }));
    expect(shape(arrangeTasks([...summonsItem, ...contactItem]))).toEqual(['samlet kontakt_hjem: d e f', 'samlet innkall_foresatte: a b c']);
  });

  it('orders items that are equally urgent by kind, whatever order the tasks come in', () => {
    const item = (kind: string, ...ids: string[]) => ids.map((id) => ({ ...summons(id, `elev-${id}`, '2026-12-10'), kind }));
    const tasks = [...item('innkall_foresatte', 'a', 'b', 'c'), ...item('informer_rektor', 'd', 'e', 'f'), ...item('kontakt_hjem', 'g', 'h', 'i')];
    expect(shape(arrangeTasks(tasks))).toEqual(['samlet informer_rektor: d e f', 'samlet innkall_foresatte: a b c', 'samlet kontakt_hjem: g h i']);
    const kinds = (entries: TaskListEntry<T>[]) => entries.map((e) => (e.type === 'samlet' ? e.gathered.kind : null));
    expect(kinds(arrangeTasks([...tasks].reverse()))).toEqual(['informer_rektor', 'innkall_foresatte', 'kontakt_hjem']);
  });

  it('keeps the students of the same day in their order beside an item, the tasks without a student after them', () => {
    const other = (id: string, student: string, kind: string) => ({ ...summons(id, student, '2026-12-10'), kind });
    const entries = arrangeTasks([
      wheel('kartlegging_a', '2026-12-10'),
      other('o', 'ola', 'kontakt_hjem'),
      other('b2', 'bo', 'informer_rektor'),
      other('a2', 'anna', 'vurder_tiltak'),
      summons('a', 'anna', '2026-12-10'),
      summons('b', 'bo', '2026-12-12'),
      summons('c', 'cecilie', '2026-12-14'),
    ]);
    expect(shape(entries)).toEqual(['samlet innkall_foresatte: a b c', 'anna: a2', 'bo: b2', 'ola: o', 'null: kartlegging_a']);
  });

  it('gathers every kind the same way, a case’s steps too, at the threshold asked for', () => {
    const entries = arrangeTasks([fromCase('a', 'anna', '2026-12-14'), fromCase('b', 'bo', '2026-12-10')], 2);
    expect(shape(entries)).toEqual(['samlet hold_kartleggingssamtale: b a']);
  });
});
