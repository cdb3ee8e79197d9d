import { describe, expect, it } from 'vitest';
import { groupTasksByStudent, taskOrder, type GroupableTask } from './group-tasks.js';

type T = GroupableTask & { id: string };
const task = (id: string, student: string | null, dueOn: string, state: 'overdue' | 'open' | 'done' = 'open'): T => ({
  id,
  dueOn,
  overdue: state === 'overdue',
  doneAt: state === 'done' ? '2026-11-20T10:00:00Z' : null,
  student: student ? { id: student } : null,
});

describe('groupTasksByStudent', () => {
  it('puts the student with an overdue task first, then by the earliest open due date, the finished last', () => {
    const groups = groupTasksByStudent([
      task('a1', 'anna', '2026-11-30'),
      task('b1', 'bo', '2026-11-26'),
      task('c1', 'cecilie', '2026-11-28'),
      task('c2', 'cecilie', '2026-11-20', 'overdue'),
      task('d1', 'david', '2026-11-10', 'done'),
    ]);
    expect(groups.map((g) => g.studentId)).toEqual(['cecilie', 'bo', 'anna', 'david']);
    expect(groups[0]).toMatchObject({ openCount: 2, overdueCount: 1, nextDueOn: '2026-11-20' });
    expect(groups[3]).toMatchObject({ openCount: 0, overdueCount: 0, nextDueOn: null });
  });

  it('orders a group open before done, overdue first, then by due date', () => {
    const [group] = groupTasksByStudent([task('done', 's', '2026-11-01', 'done'), task('later', 's', '2026-12-01'), task('sooner', 's', '2026-11-25'), task('late', 's', '2026-11-20', 'overdue')]);
    expect(group!.tasks.map((t) => t.id)).toEqual(['late', 'sooner', 'later', 'done']);
  });

  it('keeps the tasks without a student together', () => {
    const groups = groupTasksByStudent([task('x', null, '2026-11-25'), task('y', 'yara', '2026-11-25'), task('z', null, '2026-11-26')]);
    expect(groups.map((g) => [g.studentId, g.tasks.map((t) => t.id)])).toEqual([
      ['yara', ['y']],
      [null, ['x', 'z']],
    ]);
  });
});

describe('groupTasksByStudent, students who are otherwise equal', () => {
  it('puts the student with more overdue tasks first when the earliest open dates are the same', () => {
    const groups = groupTasksByStudent([task('a1', 'anna', '2026-11-20', 'overdue'), task('b1', 'bo', '2026-11-20', 'overdue'), task('b2', 'bo', '2026-11-21', 'overdue')]);
    expect(groups.map((g) => [g.studentId, g.overdueCount])).toEqual([
      ['bo', 2],
      ['anna', 1],
    ]);
  });

  it('orders students with the same tasks by their id, the tasks without a student last', () => {
    const groups = groupTasksByStudent([task('x', null, '2026-11-25'), task('c', 'cecilie', '2026-11-25'), task('a', 'anna', '2026-11-25')]);
    expect(groups.map((g) => g.studentId)).toEqual(['anna', 'cecilie', null]);
  });

  it('orders the finished students by id, after everyone with an open task', () => {
    const groups = groupTasksByStudent([task('d', 'david', '2026-11-01', 'done'), task('b', 'bo', '2026-11-02', 'done'), task('e', 'eva', '2026-12-24')]);
    expect(groups.map((g) => g.studentId)).toEqual(['eva', 'bo', 'david']);
    expect(groups[1]).toMatchObject({ openCount: 0, overdueCount: 0, nextDueOn: null });
  });

  it('does not count a finished task as overdue or as the next one due', () => {
    const [group] = groupTasksByStudent([{ ...task('old', 's', '2026-11-01', 'done'), overdue: true }, task('next', 's', '2026-11-30')]);
    expect(group).toMatchObject({ openCount: 1, overdueCount: 0, nextDueOn: '2026-11-30' });
  });
});

describe('taskOrder', () => {
  it('puts overdue before open before done, then the earlier due date', () => {
    expect(taskOrder(task('a', 's', '2026-12-01', 'overdue'), task('b', 's', '2026-11-01'))).toBeLessThan(0);
    expect(taskOrder(task('a', 's', '2026-11-01', 'done'), task('b', 's', '2026-12-01'))).toBeGreaterThan(0);
    expect(taskOrder(task('a', 's', '2026-11-01'), task('b', 's', '2026-11-02'))).toBeLessThan(0);
    expect(taskOrder(task('a', 's', '2026-11-02'), task('b', 's', '2026-11-01'))).toBeGreaterThan(0);
    expect(taskOrder(task('a', 's', '2026-11-02'), task('b', 's', '2026-11-02'))).toBe(0);
  });
});

describe('groupTasksByStudent, the overdue student first', () => {
  it('puts a student with an overdue task before one whose open task is due earlier', () => {
    // A task can be overdue by its own rule (a case step past its deadline) with a later date than another's open task.
    const overdueLater = { ...task('b1', 'bo', '2026-11-22'), overdue: true };
    const groups = groupTasksByStudent([task('a1', 'anna', '2026-11-20'), overdueLater]);
    expect(groups.map((g) => g.studentId)).toEqual(['bo', 'anna']);
  });

  it('puts the tasks without a student after a student with the same dates, whichever comes first', () => {
    for (const id of ['anna', 'ola']) {
      expect(groupTasksByStudent([task('x', null, '2026-11-25'), task('s', id, '2026-11-25')]).map((g) => g.studentId)).toEqual([id, null]);
      expect(groupTasksByStudent([task('s', id, '2026-11-25'), task('x', null, '2026-11-25')]).map((g) => g.studentId)).toEqual([id, null]);
    }
  });
});
