import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { planWheelTasks, wheelTaskKind, wheelTaskLeadSchoolDays, type WheelDuty } from './wheel-task-window.js';

// Høstferie in week 40; Friday 13 November a planning day.
const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Planleggingsdag', startsOn: '2026-11-13', endsOn: '2026-11-13' },
  ],
};

const duty = (over: Partial<WheelDuty> = {}): WheelDuty => ({ title: 'kartlegging_b', dueOn: '2026-11-20', done: false, staffIds: ['a'], ...over });

describe('the wheel’s tasks', () => {
  it('are stored under one kind, the code the task list and the calendar feed know them by', () => {
    expect(wheelTaskKind).toBe('arshjul');
  });

  it('gives a task from ten school days before the date: the planning day and the weekends do not count', () => {
    expect(wheelTaskLeadSchoolDays).toBe(10);
    // The 10th school day after Thursday 5 November is Friday 20 November (13 November is off).
    expect(planWheelTasks([duty()], calendar, '2026-11-05').give).toEqual([{ staffId: 'a', title: 'kartlegging_b', dueOn: '2026-11-20' }]);
    expect(planWheelTasks([duty()], calendar, '2026-11-04').give).toEqual([]);
    // Owed all the same: a task given earlier would stay open.
    expect(planWheelTasks([duty()], calendar, '2026-11-04').owed).toEqual([{ staffId: 'a', title: 'kartlegging_b', dueOn: '2026-11-20' }]);
  });

  it('gives it until ten school days after the date; later the duty is owed but given to nobody anew', () => {
    // The 10th school day after Friday 20 November is Friday 4 December.
    expect(planWheelTasks([duty()], calendar, '2026-12-04').give).toHaveLength(1);
    expect(planWheelTasks([duty()], calendar, '2026-12-05').give).toEqual([]);
    expect(planWheelTasks([duty()], calendar, '2026-12-05').owed).toHaveLength(1);
  });

  it('owes and gives nothing that is done, and nothing to a role nobody holds', () => {
    expect(planWheelTasks([duty({ done: true })], calendar, '2026-11-20')).toEqual({ give: [], owed: [] });
    expect(planWheelTasks([duty({ staffIds: [] })], calendar, '2026-11-20')).toEqual({ give: [], owed: [] });
  });

  it('gives a person one task per activity, dated by the earliest class not done', () => {
    const duties = [
      duty({ dueOn: '2026-11-19', done: true }),
      duty({ dueOn: '2026-11-20', staffIds: ['a', 'b'] }),
      duty({ dueOn: '2026-11-18', staffIds: ['b'] }),
      duty({ title: 'kartlegging_c', dueOn: '2026-11-20' }),
    ];
    expect(planWheelTasks(duties, calendar, '2026-11-16').give).toEqual([
      { staffId: 'b', title: 'kartlegging_b', dueOn: '2026-11-18' },
      { staffId: 'a', title: 'kartlegging_b', dueOn: '2026-11-20' },
      { staffId: 'a', title: 'kartlegging_c', dueOn: '2026-11-20' },
    ]);
  });

  it('keeps the earliest date when a later duty comes after an earlier one', () => {
    const plan = planWheelTasks([duty({ dueOn: '2026-11-18' }), duty({ dueOn: '2026-11-20' })], calendar, '2026-11-16');
    expect(plan.give).toEqual([{ staffId: 'a', title: 'kartlegging_b', dueOn: '2026-11-18' }]);
    expect(plan.owed).toEqual(plan.give);
  });
});
