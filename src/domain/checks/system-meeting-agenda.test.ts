import { describe, expect, it } from 'vitest';
import { systemMeetingAgenda } from './system-meeting-agenda.js';

const records = (type: 'sykdom' | 'udokumentert' | 'permisjon', students: number, hours = 2) =>
  Array.from({ length: students }, (_, i) => ({ studentId: `${type}-${i}`, type, hours }));

describe("the system meeting's item on absence", () => {
  it('counts the students of each cause and their hours, in the vocabulary’s order, leaving out the causes nobody had', () => {
    const agenda = systemMeetingAgenda({ records: [...records('udokumentert', 6, 3), ...records('sykdom', 7), ...records('sykdom', 7)], students: [] });
    expect(agenda.causes).toEqual([
      { type: 'udokumentert', students: 6, hours: 18 },
      // Two records of one student count the student once, and both records' hours.
      { type: 'sykdom', students: 7, hours: 28 },
    ]);
  });

  it('hides a cause of one to four students, its hours with it', () => {
    const agenda = systemMeetingAgenda({ records: [...records('permisjon', 4, 6), ...records('sykdom', 5)], students: [] });
    expect(agenda.causes).toEqual([
      { type: 'sykdom', students: 5, hours: 10 },
      { type: 'permisjon', students: null, hours: null },
    ]);
  });

  it('counts the students with a pattern, a red light and over the borderline, each apart, one to four as fewer than five', () => {
    const student = (pattern: boolean, red: boolean, overBorderline: boolean) => ({ pattern, red, overBorderline });
    const students = [...Array.from({ length: 5 }, () => student(true, true, false)), student(false, true, true), student(false, false, true)];
    expect(systemMeetingAgenda({ records: [], students })).toEqual({ causes: [], withPattern: 5, withRedLight: 6, overBorderline: null });
    expect(systemMeetingAgenda({ records: [], students: [] })).toMatchObject({ withPattern: 0, withRedLight: 0, overBorderline: 0 });
  });
});
