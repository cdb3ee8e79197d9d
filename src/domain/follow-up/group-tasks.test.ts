import { describe, expect, it } from 'vitest';
import { groupTasksByStudent, type GroupableTask } from './group-tasks.js';

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
