import { fixedClock } from '../lib/clock.js';

/** The date every database test lives on: the demo school is generated for it. */
export const TEST_TODAY = '2026-11-23';
export const testClock = fixedClock(`${TEST_TODAY}T10:00:00+01:00`);
