import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { buildWheel } from './build-wheel.js';
import { editWheelMap, seedWheelMap } from './edit-wheel-map.js';
import {
  assessmentLeadDays,
  conversationProgress,
  gradeProgress,
  identifiedForKartleggingA,
  meetingProgress,
  recordedProgress,
  roundGradeKind,
  roundWindows,
  wheelStatuses,
  type RoundWindow,
} from './measure-wheel-progress.js';

const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-19', endsOn: '2027-01-03' },
  ],
};

// Kartlegging A of 2026/27 falls due on Monday 7 September.
const dueOn = '2026-09-07';

describe('Kartlegging A for a class: each identified student with a held IKO interview', () => {
  const identified = ['ada', 'bo', 'cai'];

  it('is under way before the date with some held, and names who is left', () => {
    const p = conversationProgress({ students: identified, held: [{ studentId: 'bo', heldOn: '2026-08-25' }], dueOn, today: '2026-09-07' });
    expect(p).toEqual({ total: 3, done: 1, doneInTime: 1, share: 1 / 3, status: 'pagar', missing: ['ada', 'cai'] });
  });

  it('is late from the day after the date', () => {
    const held = [{ studentId: 'bo', heldOn: '2026-08-25' }];
    expect(conversationProgress({ students: identified, held, dueOn, today: '2026-09-08' }).status).toBe('forsinket');
  });

  it('is done when every identified student has had one, in time or not', () => {
    const held = [
      { studentId: 'ada', heldOn: '2026-09-07' },
      { studentId: 'bo', heldOn: '2026-08-25' },
      { studentId: 'cai', heldOn: '2026-09-08' },
      // A second interview with the same student counts once.
      { studentId: 'bo', heldOn: '2026-09-01' },
    ];
    expect(conversationProgress({ students: identified, held, dueOn, today: '2026-09-10' })).toEqual({
      total: 3,
      done: 3,
      doneInTime: 2,
      share: 1,
      status: 'ferdig',
      missing: [],
    });
  });

  it('counts the first interview of a student for in-time, however the records are ordered', () => {
    const held = [
      { studentId: 'ada', heldOn: '2026-09-09' },
      { studentId: 'ada', heldOn: '2026-09-01' },
    ];
    expect(conversationProgress({ students: ['ada'], held, dueOn, today: '2026-09-10' }).doneInTime).toBe(1);
  });

  it('does not count an interview dated after today, nor another student’s', () => {
    const held = [
      { studentId: 'ada', heldOn: '2026-09-04' },
      { studentId: 'zed', heldOn: '2026-09-01' },
    ];
    const p = conversationProgress({ students: ['ada', 'bo'], held, dueOn, today: '2026-09-03' });
    expect(p).toMatchObject({ done: 0, missing: ['ada', 'bo'], share: 0 });
  });

  it('counts a student listed twice once', () => {
    expect(conversationProgress({ students: ['ada', 'ada'], held: [], dueOn, today: '2026-09-01' }).total).toBe(1);
  });

  it('has nothing to do in a class with no identified students', () => {
    expect(conversationProgress({ students: [], held: [], dueOn, today: '2026-09-20' })).toEqual({ total: 0, done: 0, doneInTime: 0, share: null, status: 'ferdig', missing: [] });
  });
});

describe('who Kartlegging A is for', () => {
  it('is every student with an intake flag raised by A’s date, whatever became of the flag', () => {
    const flags = [
      { studentId: 'cai', ruleCode: 'inntak_fravaer', raisedOn: '2026-08-01' },
      { studentId: 'ada', ruleCode: 'inntak_forsteonske', raisedOn: '2026-09-07' },
      { studentId: 'cai', ruleCode: 'inntak_karakter', raisedOn: '2026-08-01' },
      { studentId: 'bo', ruleCode: 'inntak_spesialundervisning', raisedOn: '2026-09-08' },
      { studentId: 'dan', ruleCode: 'karakter', raisedOn: '2026-08-20' },
      { studentId: 'eli', ruleCode: 'fravaer_halvaar', raisedOn: '2026-08-20' },
    ] as const;
    expect(identifiedForKartleggingA(flags, dueOn)).toEqual(['ada', 'cai']);
  });
});

describe('the rounds of the year', () => {
  // Built inside each test: a wheel that fails to build must fail the tests, not their collection.
  const wheel = () => buildWheel({ calendar });

  it('cut the year at two weeks before each assessment', () => {
    expect(assessmentLeadDays).toBe(14);
    expect(roundWindows(wheel(), calendar)).toEqual([
      { round: 'oppstart', from: '2026-08-17', to: '2026-10-18' },
      // The autumn assessment is Monday 2 November (1 November is a Sunday).
      { round: 'midtveis_host', from: '2026-10-19', to: '2026-12-31' },
      { round: 'halvaar', from: '2027-01-01', to: '2027-03-17' },
      { round: 'midtveis_var', from: '2027-03-18', to: '2027-06-18' },
    ]);
  });

  it('follow the school’s dates, also of an assessment it left out', () => {
    const result = editWheelMap(
      seedWheelMap,
      {
        baseVersion: 0,
        edits: [
          { kind: 'flytt', activity: 'midtveisvurdering_host', to: '2026-11-09' },
          { kind: 'fjern', activity: 'halvaarsvurdering' },
        ],
      },
      calendar,
    );
    if (!result.ok) throw new Error(result.problem);
    const windows = roundWindows(buildWheel({ calendar, map: result.map }), calendar);
    expect(windows[0]!.to).toBe('2026-10-25');
    expect(windows[1]!.from).toBe('2026-10-26');
    expect(windows[2]!.from).toBe('2027-01-01');
  });

  it('ask for midterm grades in the midterm rounds and half-year grades in the half-year round', () => {
    expect(roundGradeKind).toEqual({ midtveis_host: 'midtveis', halvaar: 'halvaar', midtveis_var: 'midtveis' });
  });
});

describe('the midterm assessment for a class: the grades given', () => {
  const window: RoundWindow = { round: 'midtveis_host', from: '2026-10-19', to: '2026-12-31' };
  const expected = [
    { studentId: 'ada', subject: 'Norsk' },
    { studentId: 'ada', subject: 'Matematikk' },
    { studentId: 'bo', subject: 'Norsk' },
    { studentId: 'bo', subject: 'Norsk' },
  ];

  it('counts the grades of the round’s kind inside its window, each student and subject once', () => {
    const given = [
      { studentId: 'ada', subject: 'Norsk', kind: 'midtveis', givenOn: '2026-10-19' },
      { studentId: 'ada', subject: 'Matematikk', kind: 'midtveis', givenOn: '2026-11-03' },
      { studentId: 'ada', subject: 'Matematikk', kind: 'midtveis', givenOn: '2026-10-30' },
      { studentId: 'bo', subject: 'Norsk', kind: 'halvaar', givenOn: '2026-11-02' },
    ] as const;
    expect(gradeProgress({ expected, given, round: 'midtveis_host', window, dueOn: '2026-11-02', today: '2026-11-05' })).toEqual({
      total: 3,
      done: 2,
      doneInTime: 2,
      share: 2 / 3,
      status: 'forsinket',
      missing: ['bo'],
    });
  });

  it('counts a grade for the student and subject it was given for only', () => {
    const given = [
      { studentId: 'bo', subject: 'Norsk', kind: 'midtveis', givenOn: '2026-11-02' },
      { studentId: 'ada', subject: 'Engelsk', kind: 'midtveis', givenOn: '2026-11-02' },
    ] as const;
    const p = gradeProgress({ expected, given, round: 'midtveis_host', window, dueOn: '2026-11-02', today: '2026-11-05' });
    expect(p).toMatchObject({ done: 1, missing: ['ada'] });
  });

  it('names the students left in order', () => {
    const expectedOutOfOrder = [
      { studentId: 'cai', subject: 'Norsk' },
      { studentId: 'ada', subject: 'Norsk' },
      { studentId: 'bo', subject: 'Norsk' },
    ];
    expect(gradeProgress({ expected: expectedOutOfOrder, given: [], round: 'midtveis_host', window, dueOn: '2026-11-02', today: '2026-11-05' }).missing).toEqual(['ada', 'bo', 'cai']);
  });

  it('leaves out grades from before or after the window, and after today', () => {
    const given = [
      { studentId: 'ada', subject: 'Norsk', kind: 'midtveis', givenOn: '2026-10-18' },
      { studentId: 'ada', subject: 'Matematikk', kind: 'midtveis', givenOn: '2027-01-01' },
      { studentId: 'bo', subject: 'Norsk', kind: 'midtveis', givenOn: '2026-12-31' },
    ] as const;
    const p = gradeProgress({ expected, given, round: 'midtveis_host', window, dueOn: '2026-11-02', today: '2027-01-05' });
    expect(p).toMatchObject({ done: 1, doneInTime: 0, missing: ['ada'] });
    expect(gradeProgress({ expected, given, round: 'midtveis_host', window, dueOn: '2026-11-02', today: '2026-12-30' }).done).toBe(0);
  });

  it('is done when every grade is given, and in time on the date itself', () => {
    const given = [
      { studentId: 'ada', subject: 'Norsk', kind: 'midtveis', givenOn: '2026-11-02' },
      { studentId: 'ada', subject: 'Matematikk', kind: 'midtveis', givenOn: '2026-11-02' },
      { studentId: 'bo', subject: 'Norsk', kind: 'midtveis', givenOn: '2026-11-02' },
    ] as const;
    expect(gradeProgress({ expected, given, round: 'midtveis_host', window, dueOn: '2026-11-02', today: '2026-11-02' })).toMatchObject({ status: 'ferdig', doneInTime: 3 });
  });

  it('asks half-year grades in the half-year round', () => {
    const given = [{ studentId: 'bo', subject: 'Norsk', kind: 'halvaar', givenOn: '2027-01-15' }] as const;
    const halvaar: RoundWindow = { round: 'halvaar', from: '2027-01-01', to: '2027-03-17' };
    expect(gradeProgress({ expected: [{ studentId: 'bo', subject: 'Norsk' }], given, round: 'halvaar', window: halvaar, dueOn: '2027-01-15', today: '2027-01-20' }).status).toBe('ferdig');
  });
});

describe('the klasselærermøte of a round', () => {
  const window: RoundWindow = { round: 'oppstart', from: '2026-08-17', to: '2026-10-18' };

  it('is done when one is recorded for the class inside the round', () => {
    expect(meetingProgress({ heldOn: ['2026-09-18'], window, dueOn: '2026-09-21', today: '2026-09-22' })).toEqual({
      total: 1,
      done: 1,
      doneInTime: 1,
      share: 1,
      status: 'ferdig',
      missing: [],
    });
  });

  it('counts meetings on the window’s first and last day, not outside it', () => {
    expect(meetingProgress({ heldOn: ['2026-08-17'], window, dueOn: '2026-09-21', today: '2026-10-30' }).done).toBe(1);
    expect(meetingProgress({ heldOn: ['2026-10-18'], window, dueOn: '2026-09-21', today: '2026-10-30' })).toMatchObject({ done: 1, doneInTime: 0 });
    expect(meetingProgress({ heldOn: ['2026-08-16', '2026-10-19'], window, dueOn: '2026-09-21', today: '2026-10-30' })).toMatchObject({ done: 0, status: 'forsinket' });
  });

  it('is under way until the date has passed', () => {
    expect(meetingProgress({ heldOn: [], window, dueOn: '2026-09-21', today: '2026-09-21' }).status).toBe('pagar');
    expect(meetingProgress({ heldOn: ['2026-09-25'], window, dueOn: '2026-09-21', today: '2026-09-24' }).status).toBe('forsinket');
  });
});

describe('the statuses', () => {
  it('are the three a progress can have', () => {
    expect([...wheelStatuses].sort()).toEqual(['ferdig', 'forsinket', 'pagar']);
  });
});

describe('an activity recorded by hand', () => {
  it('is done from the first record up to today', () => {
    expect(recordedProgress({ recordedOn: ['2026-08-20', '2026-08-12'], dueOn: '2026-08-13', today: '2026-08-25' })).toEqual({
      total: 1,
      done: 1,
      doneInTime: 1,
      share: 1,
      status: 'ferdig',
      missing: [],
    });
    expect(recordedProgress({ recordedOn: ['2026-08-14'], dueOn: '2026-08-13', today: '2026-08-13' })).toMatchObject({ done: 0, status: 'pagar' });
    expect(recordedProgress({ recordedOn: [], dueOn: '2026-08-13', today: '2026-08-14' })).toMatchObject({ done: 0, share: 0, status: 'forsinket' });
  });
});
