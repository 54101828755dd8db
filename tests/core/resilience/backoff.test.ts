import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBackoffDelay } from '../../../src/core/resilience/backoff';

describe('computeBackoffDelay', () => {
  it('is random() * min(maxDelayMs, baseDelayMs * 2^n)', () => {
    expect(computeBackoffDelay({ retryIndex: 0, baseDelayMs: 250, maxDelayMs: 4000, random: () => 0.5 })).toBe(125);
    expect(computeBackoffDelay({ retryIndex: 3, baseDelayMs: 250, maxDelayMs: 4000, random: () => 0.5 })).toBe(1000);
    expect(computeBackoffDelay({ retryIndex: 10, baseDelayMs: 250, maxDelayMs: 4000, random: () => 0.5 })).toBe(2000);
    expect(computeBackoffDelay({ retryIndex: 2, baseDelayMs: 250, maxDelayMs: 4000, random: () => 0 })).toBe(0);
  });

  it('is never less than retryAfterMs, and gives up when retryAfterMs is above maxDelayMs', () => {
    expect(computeBackoffDelay({ retryIndex: 0, baseDelayMs: 250, maxDelayMs: 4000, random: () => 0.1, retryAfterMs: 3000 })).toBe(3000);
    expect(computeBackoffDelay({ retryIndex: 0, baseDelayMs: 250, maxDelayMs: 4000, random: () => 0.1, retryAfterMs: 4000 })).toBe(4000);
    expect(computeBackoffDelay({ retryIndex: 0, baseDelayMs: 250, maxDelayMs: 4000, random: () => 0.1, retryAfterMs: 4001 })).toBe('give_up');
  });

  it('property: stays within the formula and the cap, and honours Retry-After', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 40 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 120_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
        (retryIndex, baseDelayMs, maxDelayMs, r, retryAfterMs) => {
          const delay = computeBackoffDelay({ retryIndex, baseDelayMs, maxDelayMs, random: () => r, retryAfterMs });
          if (retryAfterMs !== undefined && retryAfterMs > maxDelayMs) return delay === 'give_up';
          const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** retryIndex);
          if (delay === 'give_up') return false;
          return delay >= 0 && delay <= Math.max(cap, retryAfterMs ?? 0) && delay >= (retryAfterMs ?? 0) && delay === Math.max(r * cap, retryAfterMs ?? 0);
        },
      ),
    );
  });
});
