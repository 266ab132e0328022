/**
 * Failed-sign-in accounting as pure functions over one LoginThrottle row, so the
 * window arithmetic is testable without a database or a clock.
 */
export interface ThrottleRule {
  /** Failures inside one window that lock the key. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

const MINUTE = 60_000;

/** Per email address: a guesser gets five tries a quarter hour. */
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

/**
 * Per client address: looser, because a classroom or office shares one address,
 * but it stops one machine from trying a few passwords on many accounts.
 */
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

/** Milliseconds until the key may try again; 0 when it may try now. */
export function lockRemaining(state: ThrottleState | null, now: Date): number {
  if (state === null || state.lockedUntil === null) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

function windowOpen(state: ThrottleState, now: Date, rule: ThrottleRule): boolean {
  return now.getTime() - state.windowStart.getTime() < rule.windowMs;
}

/** One more failure; reaching the limit inside the window locks the key from now. */
export function afterFailure(state: ThrottleState | null, now: Date, rule: ThrottleRule): ThrottleState {
  if (state !== null && lockRemaining(state, now) > 0) return state;
  // A lock that has run out starts a fresh window: the next tries are allowed again.
  const counting = state !== null && state.lockedUntil === null && windowOpen(state, now, rule);
  const base = counting ? state : { failures: 0, windowStart: now, lockedUntil: null };
  const failures = base.failures + 1;
  const lockedUntil = failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs) : null;
  return { failures, windowStart: base.windowStart, lockedUntil };
}

/** Whole minutes to wait, rounded up, never 0 (a lock with seconds left still says 1). */
export function minutesToWait(remainingMs: number): number {
  return Math.max(1, Math.ceil(remainingMs / MINUTE));
}
