import { describe, expect, it } from 'vitest';
import { defaultLesson, timeInNorway } from './lesson-choice';

const day = [
  { lessonNumber: 5, startsAt: '12:15', endsAt: '13:00' },
  { lessonNumber: 3, startsAt: '10:15', endsAt: '11:00' },
  { lessonNumber: 4, startsAt: '11:05', endsAt: '11:50' },
];

describe('defaultLesson', () => {
  it('opens today on the lesson going on, or the last one begun', () => {
    expect(defaultLesson(day, true, '10:30')).toBe(3);
    expect(defaultLesson(day, true, '11:02')).toBe(3);
    expect(defaultLesson(day, true, '15:00')).toBe(5);
  });

  it('opens on the first lesson before school and on other days', () => {
    expect(defaultLesson(day, true, '07:45')).toBe(3);
    expect(defaultLesson(day, false, '10:30')).toBe(3);
  });

  it('has nothing to open when the group has no lessons that day', () => {
    expect(defaultLesson([], true, '10:30')).toBeNull();
  });

  it('reads the time in Norway', () => {
    expect(timeInNorway(new Date('2026-11-23T09:30:00Z'))).toBe('10:30');
  });
});
