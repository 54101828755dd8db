/**
 * Payment references for bank transfers: short, deterministic per checkout,
 * and easy to read aloud or type (no 0/O, 1/I confusion).
 */

/** 32 symbols without 0, 1, I and O. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * The reference for `checkoutId`, e.g. `RSP-7KQ2-M9XD`: the prefix, then 40
 * bits of a hash of the id as two groups of four symbols. The same checkout
 * always gets the same reference.
 */
export function transferReference(checkoutId: string, prefix: string): string {
  const high = hash32(checkoutId, 0x811c9dc5);
  const low = hash32(checkoutId, 0x01000193 ^ 0x5bd1e995);
  // 20 bits from each hash give eight symbols of 5 bits.
  const bits = [high >>> 12, low >>> 12];
  let symbols = '';
  for (const chunk of bits) {
    for (let shift = 15; shift >= 0; shift -= 5) symbols += ALPHABET[(chunk >>> shift) & 31];
  }
  return `${prefix}-${symbols.slice(0, 4)}-${symbols.slice(4, 8)}`;
}

/** FNV-1a over UTF-16 code units with a final avalanche, seeded. */
function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
