import { describe, expect, it } from 'vitest';
import { shownCount, smallCount } from './shown-count.js';

describe('shownCount', () => {
  it('hides one to four, shows none and from five', () => {
    expect(smallCount).toBe(5);
    expect([0, 1, 4, 5, 37].map(shownCount)).toEqual([0, null, null, 5, 37]);
  });
});
