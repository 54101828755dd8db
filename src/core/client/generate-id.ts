let counter = 0;

/**
 * `crypto.randomUUID()` where present; otherwise a v4-shaped id from
 * `crypto.getRandomValues`, or (last resort, no Web Crypto at all) from
 * `Math.random` plus a counter — unique within the page, which is what an
 * idempotency key needs.
 */
export function defaultGenerateId(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256) ^ ((counter >> (i % 4) * 8) & 0xff);
  counter += 1;
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
