/**
 * How far the server lets its JavaScript heap grow between two full collections. V8's default
 * lets it reach up to four times what is alive; checking a file of millions of bad rows makes
 * garbage that outlives the young generation (zod's issues for every bad cell), so the heap
 * grew by some 400 MB of it (`npm run bench:imports`, issue 10). At 20 % the same import adds
 * about 120 MB; the cost is more frequent, short full collections, which a server that mostly
 * waits for its users does not notice. Imported first by src/server/main.ts, before anything
 * has been allocated.
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--heap-growing-percent=20');
