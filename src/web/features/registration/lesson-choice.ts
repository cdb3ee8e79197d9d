/** Which lesson the register opens on, when the teacher has not chosen one. */
import type { LessonRegister } from '../../../shared/api';

export type LessonSlot = LessonRegister['lessonsThatDay'][number];

const hhmm = (time: string) => time.slice(0, 5);

/**
 * On today's date, the lesson going on now, or else the last one that has begun (a teacher often
 * registers just after the lesson); before the first lesson and on other dates, the first lesson.
 */
export function defaultLesson(lessons: readonly LessonSlot[], isToday: boolean, timeNow: string): number | null {
  const sorted = [...lessons].sort((a, b) => a.lessonNumber - b.lessonNumber);
  const first = sorted[0];
  if (!first) return null;
  if (!isToday) return first.lessonNumber;
  const now = hhmm(timeNow);
  const begun = sorted.filter((l) => hhmm(l.startsAt) <= now);
  return (begun.at(-1) ?? first).lessonNumber;
}

/** The time now in Norway, HH:MM. */
export function timeInNorway(now: Date = new Date()): string {
  return now.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });
}
