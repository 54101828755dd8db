/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the
 * same sequence of numbers in [0, 1) on every platform. For tests and
 * simulations only — never for anything secret.
 *
 * ```ts
 * const random = createSeededRandom(42);
 * createPaymentClient({ gateways, random });
 * ```
 */
export function createSeededRandom(seed: number): () => number {
  if (!Number.isFinite(seed)) {
    throw new TypeError(`createSeededRandom: seed must be a finite number, got ${String(seed)}.`);
  }
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
