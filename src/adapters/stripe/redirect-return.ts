/** What Stripe appends to `return_url` after a redirect-based payment method or authentication. */
export interface StripeRedirectReturn {
  /** The PaymentIntent's client secret (`payment_intent_client_secret`). Keep it in memory only. */
  clientSecret: string;
  /** The PaymentIntent id (`payment_intent`), when present. */
  paymentIntentId?: string;
  /** `redirect_status`: `succeeded`, `processing`, `failed`, … Advisory only: retrieve the intent for the truth. */
  redirectStatus?: string;
}

/** A PaymentIntent client secret (`pi_…_secret_…`). Internal. */
export const SECRET = /^pi_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/;

/**
 * Detects a return from a Stripe redirect (`payment_intent_client_secret`,
 * `payment_intent`, `redirect_status` in the URL). SSR-safe: with no `url` and
 * no `location` (on a server) it returns null.
 *
 * On a return, resume the checkout rather than start a new one: either call
 * `client.resume()` (the adapter's `retrieve` finds the client secret in the
 * URL), or submit with `session: { clientSecret }` — the adapter then retrieves
 * the intent instead of confirming it again. Afterwards remove the parameters
 * with {@link withoutStripeRedirectParams} and `history.replaceState`.
 */
export function readStripeRedirectReturn(url?: string | URL): StripeRedirectReturn | null {
  const href = url ?? (typeof location === 'undefined' ? undefined : location.href);
  if (href === undefined) return null;
  let params: URLSearchParams;
  try {
    params = new URL(href).searchParams;
  } catch {
    return null;
  }
  const clientSecret = params.get('payment_intent_client_secret');
  if (clientSecret === null || !SECRET.test(clientSecret)) return null;
  const result: StripeRedirectReturn = { clientSecret };
  const id = params.get('payment_intent');
  const status = params.get('redirect_status');
  if (id !== null && clientSecret.startsWith(`${id}_secret_`)) result.paymentIntentId = id;
  if (status !== null) result.redirectStatus = status;
  return result;
}

/** `url` without Stripe's redirect parameters, for `history.replaceState` after resuming. */
export function withoutStripeRedirectParams(url: string | URL): string {
  const next = new URL(url);
  for (const key of ['payment_intent', 'payment_intent_client_secret', 'redirect_status']) next.searchParams.delete(key);
  return next.toString();
}
