import { describe, expect, it } from 'vitest';
import { fieldPath, problemsAt, problemWords, unplacedProblems } from './ot-problems';

describe('placing the server’s problems', () => {
  const details = [
    { path: 'body.on', message: 'must not be after today (2026-12-06)' },
    { path: 'body.steps.0.what', message: 'Too small: expected string to have >=1 characters' },
    { path: 'body', message: 'something else' },
  ];

  it('strips the part of the request from the path', () => {
    expect(fieldPath('body.steps.0.what')).toBe('steps.0.what');
    expect(fieldPath('querystring.on')).toBe('on');
    expect(fieldPath('body')).toBe('');
  });

  it('gives a field its own problems and those inside it, and the form the rest', () => {
    expect(problemsAt(details, 'on')).toEqual([details[0]]);
    expect(problemsAt(details, 'steps')).toEqual([details[1]]);
    expect(problemsAt(details, 'steps.0.what', (p) => p)).toEqual([details[1]]);
    expect(problemsAt(details, 'steps.2.what', (p) => p.replace('steps.0', 'steps.2'))).toEqual([details[1]]);
    expect(unplacedProblems(details, ['on', 'steps'])).toEqual([details[2]]);
  });
});

describe('problemWords', () => {
  it('knows the date windows, an empty field and a text too long', () => {
    expect(problemWords('must not be after today (2026-12-06)')).toEqual({ key: 'ot.problem.notAfterToday' });
    expect(problemWords('must be on or after 2025-12-05')).toEqual({ key: 'ot.problem.onOrAfter', values: { date: '2025-12-05' } });
    expect(problemWords('must be on or before 2028-12-06')).toEqual({ key: 'ot.problem.onOrBefore', values: { date: '2028-12-06' } });
    expect(problemWords('is not a day in the calendar')).toEqual({ key: 'ot.problem.notADay' });
    expect(problemWords('must be a date written YYYY-MM-DD')).toEqual({ key: 'ot.problem.notADay' });
    expect(problemWords('Too small: expected string to have >=1 characters')).toEqual({ key: 'ot.problem.missing' });
    expect(problemWords('Too small: expected array to have >=1 items')).toEqual({ key: 'ot.problem.missing' });
    expect(problemWords('Too big: expected string to have <=2000 characters')).toEqual({ key: 'ot.problem.tooLong', values: { max: 2000 } });
  });

  it('leaves other messages to be shown as the server wrote them', () => {
    expect(problemWords('no such OT advisor')).toBeNull();
    expect(problemWords('must be on or after yesterday')).toBeNull();
  });
});
