/**
 * The demo accounts' password hash in the test databases: argon2id as in production, at the
 * lowest cost argon2 allows. Every database test that signs in verifies it, some hundreds of
 * times a run, and at the real cost (src/lib/password.ts) each check takes a fifth of a second on
 * a loaded two-core machine. The real cost is still what src/lib/password.test.ts and
 * src/demo/load-demo-school.db.test.ts (the demo loaded as the app loads it) hash and verify with.
 */
import { hash } from '@node-rs/argon2';

// Algorithm.Argon2id; the package's enum is an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;

export function cheapTestPasswordHash(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 8, timeCost: 1, parallelism: 1 });
}
