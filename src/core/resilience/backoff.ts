/** Inputs of `computeBackoffDelay`. */
export interface BackoffInput {
  /** 0 for the first retry (the second attempt), 1 for the next, … */
  retryIndex: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Jitter source in [0, 1). */
  random: () => number;
  /** The gateway's `Retry-After`, if any: the delay is never shorter. */
  retryAfterMs?: number;
}

/**
 * Full-jitter exponential backoff (invariant 2): before retry `n` wait
 * `random() * min(maxDelayMs, baseDelayMs * 2^n)`, but never less than
 * `retryAfterMs`. A `retryAfterMs` above `maxDelayMs` returns `'give_up'`:
 * the gateway counts as unavailable for this checkout.
 */
export function computeBackoffDelay({ retryIndex, baseDelayMs, maxDelayMs, random, retryAfterMs }: BackoffInput): number | 'give_up' {
  if (retryAfterMs !== undefined && retryAfterMs > maxDelayMs) return 'give_up';
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retryIndex));
  const r = random();
  const jitter = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  return Math.max(jitter * cap, retryAfterMs ?? 0);
}
