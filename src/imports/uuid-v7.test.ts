import { describe, expect, it } from 'vitest';
import { uuidV7 } from './uuid-v7.js';

describe('time-ordered ids', () => {
  it('are version-7 UUIDs with the RFC 9562 variant, carrying the time', () => {
    const at = Date.UTC(2026, 10, 23, 10, 0, 0);
    const id = uuidV7(at + 10_000);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at + 10_000);
  });

  it('sort in the order they were made, also many within one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => uuidV7(Date.UTC(2030, 0, 1)));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
