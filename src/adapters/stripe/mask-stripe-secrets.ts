/**
 * Masks Stripe client secrets (`pi_…_secret_…`, `seti_…_secret_…`, `cuss_secret_…`,
 * URL-encoded bytes included) and secret or restricted keys (`sk_…`, `rk_…`) in a
 * developer message, before it reaches a `PaymentError` (whose own redaction is
 * the second line of defence).
 */
export function maskStripeSecrets(text: string): string {
  return text.replace(/\b\w+_secret_(?:\w|%[0-9A-Fa-f]{2})+/g, '[REDACTED]').replace(/(?<![A-Za-z])[sr]k_(?:live|test)_\w+/g, '[REDACTED]');
}
