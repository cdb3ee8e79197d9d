import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delayAt, scoreAfterFailure, signInThrottleSettings } from './sign-in-throttle.js';

const { username, address } = signInThrottleSettings(10);

describe('the sign-in delay', () => {
  it('costs nothing within the free failures, then doubles per failure up to the cap', () => {
    expect([5, 6, 7, 8, 12, 13, 40].map((score) => delayAt(score, username) / 1000)).toEqual([0, 1, 2, 4, 60, 60, 60]);
    expect([10, 11, 20, 21, 1e6].map((score) => delayAt(score, address) / 1000)).toEqual([0, 1, 512, 900, 900]);
  });

  it('never exceeds the cap nor shrinks as failures grow', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (score, more) => {
        const delay = delayAt(score, username);
        expect(delay).toBeLessThanOrEqual(username.maxDelayMs);
        expect(delayAt(score + more, username)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });
});

describe('the failure score', () => {
  it('starts at one and halves its past every half-life', () => {
    const at = new Date('2026-11-23T10:00:00Z');
    expect(scoreAfterFailure(undefined, at, username.halfLifeMs)).toBe(1);
    expect(scoreAfterFailure({ score: 4, at }, at, username.halfLifeMs)).toBe(5);
    expect(scoreAfterFailure({ score: 4, at }, new Date(at.getTime() + username.halfLifeMs), username.halfLifeMs)).toBe(3);
  });
});
