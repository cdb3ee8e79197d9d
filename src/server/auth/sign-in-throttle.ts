/**
 * Sign-in throttling, per client address and per username separately, kept in the database so
 * that a restart or a second server process does not forget it.
 *
 * Each key has a failure score that halves every `halfLifeMs` without failures. Beyond its free
 * failures, every further failure makes the next attempt wait (429 with Retry-After) for a delay
 * that doubles per failure up to a cap. Nothing is ever locked for good: once the wait has passed
 * the right password gets in, so nobody can lock a named teacher out by guessing at their
 * username. Attempts refused while waiting are not counted, so hammering does not lengthen it.
 * A username's score is cleared by a successful sign-in; an address's is not, so that signing in
 * to one's own account does not buy more guesses at others'.
 *
 * Keys are stored as SHA-256 hashes: the table holds neither addresses nor mistyped usernames.
 */
import { createHash } from 'node:crypto';
import { eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { signInThrottles } from '../../db/schema.js';

export interface ThrottleRule {
  /** Failures that cost nothing. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** How fast failures are forgotten: their weight halves in this time. */
  halfLifeMs: number;
}

export interface SignInThrottleSettings {
  address: ThrottleRule;
  username: ThrottleRule;
}

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

/**
 * A username waits at most a minute: long enough to make guessing slow (at most one try a minute
 * once past its free failures), short enough that a teacher behind someone's guessing waits a
 * minute, not a lesson. An address, usually one attacker's, is stricter: its wait grows to 15
 * minutes and its failures are remembered six times longer. The half-lives are long beside the
 * caps, so that waiting out each delay does not let the score sink back under the free failures.
 * A school whose staff share one address (NAT) can raise `addressFreeFailures` (VARDE_SIGN_IN_LIMIT).
 */
export function signInThrottleSettings(addressFreeFailures = 10): SignInThrottleSettings {
  return {
    address: { freeFailures: addressFreeFailures, firstDelayMs: second, maxDelayMs: 15 * minute, halfLifeMs: 6 * hour },
    username: { freeFailures: 5, firstDelayMs: second, maxDelayMs: minute, halfLifeMs: hour },
  };
}

/** The score after a failure at `now`, from the score at the previous failure. */
export function scoreAfterFailure(previous: { score: number; at: Date } | undefined, now: Date, halfLifeMs: number): number {
  if (!previous) return 1;
  const elapsed = Math.max(0, now.getTime() - previous.at.getTime());
  return previous.score * 0.5 ** (elapsed / halfLifeMs) + 1;
}

/** How long the next attempt must wait at this score: 0 within the free failures. */
export function delayAt(score: number, rule: ThrottleRule): number {
  const beyond = Math.ceil(score - rule.freeFailures - 1e-9);
  if (beyond <= 0) return 0;
  // Capped before exponentiating, so that a huge score cannot overflow to Infinity.
  const doublings = Math.min(beyond - 1, 40);
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** doublings);
}

export interface SignInAttempt {
  address: string;
  username: string;
}

const keyOf = (kind: 'address' | 'username', value: string) => createHash('sha256').update(`${kind}:${value}`).digest('hex');
const keysOf = (attempt: SignInAttempt) => ({
  address: keyOf('address', attempt.address),
  username: keyOf('username', attempt.username.toLowerCase()),
});

/** Milliseconds the attempt must still wait, 0 when it may go ahead. */
export async function signInWait(db: Db, attempt: SignInAttempt, now: Date): Promise<number> {
  const keys = keysOf(attempt);
  const rows = await db
    .select({ blockedUntil: signInThrottles.blockedUntil })
    .from(signInThrottles)
    .where(inArray(signInThrottles.key, [keys.address, keys.username]));
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  return Math.max(0, until - now.getTime());
}

/** Counts a failed sign-in against both the address and the username. */
export async function recordSignInFailure(db: Db, attempt: SignInAttempt, now: Date, settings: SignInThrottleSettings): Promise<void> {
  const keys = keysOf(attempt);
  await db.transaction(async (tx) => {
    // Keys unused for a day have decayed to nothing: forget them.
    await tx.delete(signInThrottles).where(lt(signInThrottles.lastFailureAt, new Date(now.getTime() - 24 * hour)));
    for (const [key, rule] of [
      [keys.address, settings.address],
      [keys.username, settings.username],
    ] as const) {
      // Made first, then locked: two processes counting the same key at once both count.
      await tx.insert(signInThrottles).values({ key, score: 0, lastFailureAt: now }).onConflictDoNothing();
      const [row] = await tx
        .select({ score: signInThrottles.score, at: signInThrottles.lastFailureAt, blockedUntil: signInThrottles.blockedUntil })
        .from(signInThrottles)
        .where(eq(signInThrottles.key, key))
        .for('update');
      const score = scoreAfterFailure(row, now, rule.halfLifeMs);
      const wait = delayAt(score, rule);
      const blockedUntil = wait > 0 ? new Date(Math.max(now.getTime() + wait, row?.blockedUntil?.getTime() ?? 0)) : (row?.blockedUntil ?? null);
      await tx.update(signInThrottles).set({ score, lastFailureAt: now, blockedUntil }).where(eq(signInThrottles.key, key));
    }
  });
}

/** A successful sign-in clears the username's failures (not the address's: see the top). */
export async function clearUsernameFailures(db: Db, username: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, keyOf('username', username.toLowerCase())));
}
