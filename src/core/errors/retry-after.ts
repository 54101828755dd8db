/** An HTTP-date (IMF-fixdate, RFC 850 or asctime) always names a month and a time of day. */
const HTTP_DATE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^:]{1,20}\d\d:\d\d:\d\d/i;

/**
 * Parses an HTTP `Retry-After` value into milliseconds from `now`: either
 * delay-seconds (`"120"`) or an HTTP-date (`"Wed, 21 Oct 2026 07:28:00 GMT"`).
 * A date in the past gives 0. Anything else (empty, negative, fractional,
 * garbage) gives `undefined`: the caller falls back to its own backoff.
 * A number is taken as seconds.
 */
export function parseRetryAfter(value: unknown, now: number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  // Requiring month and time keeps the lenient `Date.parse` from reading garbage such as "hello 2" as a date.
  if (text.length > 64 || !HTTP_DATE.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
