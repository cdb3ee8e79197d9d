import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { deadlineReason, reminderDay, shouldRemind } from './deadline-reminder.js';

// 2026-11-23 is a Monday. An autumn break in week 40, and Christmas from 21 December.
const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-21', endsOn: '2027-01-01' },
  ],
};

describe('the day a deadline is reminded of', () => {
  it('is two school days before it', () => {
    expect(reminderDay(calendar, '2026-11-26')).toBe('2026-11-24');
    // Due Monday: reminded on the Thursday before, the weekend skipped.
    expect(reminderDay(calendar, '2026-11-30')).toBe('2026-11-26');
    expect(reminderDay(calendar, '2026-11-25')).toBe('2026-11-23');
  });

  it('skips the school\'s breaks', () => {
    // Due the Monday after the autumn break: reminded on the Thursday before it.
    expect(reminderDay(calendar, '2026-10-05')).toBe('2026-09-24');
    expect(reminderDay(calendar, '2027-01-04')).toBe('2026-12-17');
  });

  it('counts weekdays where the school has no calendar', () => {
    expect(reminderDay(undefined, '2026-11-30')).toBe('2026-11-26');
    expect(reminderDay(calendar, '2027-08-02')).toBe('2027-07-29');
  });
});

describe('whether to remind today', () => {
  it('reminds on the day, and not before', () => {
    expect(shouldRemind(calendar, '2026-11-26', '2026-11-23')).toBe(false);
    expect(shouldRemind(calendar, '2026-11-26', '2026-11-24')).toBe(true);
  });

  it('catches a missed day up before the deadline, the deadline day included', () => {
    expect(shouldRemind(calendar, '2026-11-26', '2026-11-25')).toBe(true);
    expect(shouldRemind(calendar, '2026-11-26', '2026-11-26')).toBe(true);
  });

  it('never reminds after the deadline', () => {
    expect(shouldRemind(calendar, '2026-11-26', '2026-11-27')).toBe(false);
    expect(shouldRemind(calendar, '2026-11-20', '2026-11-23')).toBe(false);
  });

  it('names the case, the step and the deadline in the reason', () => {
    expect(deadlineReason('c1', 'kartlegging', '2026-11-26')).toBe('deadline:c1:kartlegging:2026-11-26');
  });
});
