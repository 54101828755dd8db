import type { Appearance, Stripe, StripePaymentElementOptions } from '@stripe/stripe-js';
import { PaymentError } from '../../core/errors/payment-error';
import type { PaymentReference, ServerConfirmResponse } from '../../core/types';

/** How Stripe.js loading is retried when the script fails to load. */
export interface StripeLoadRetryOptions {
  /** Load attempts in all, the first included. Default 3. */
  attempts?: number;
  /** Delay before the second attempt; doubles each time. Default 500. */
  baseDelayMs?: number;
  /** Injected sleep (tests, or the payment client's clock). Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Options of `createStripeAdapter`.
 *
 * - `client-confirm`: the storefront passes the PaymentIntent's client secret
 *   (`session.clientSecret`); the browser confirms with `stripe.confirmPayment`.
 * - `server-confirm`: the browser creates a ConfirmationToken and hands it to
 *   `session.onPaymentSubmit`, whose server confirms with the checkout's
 *   idempotency key as Stripe's `Idempotency-Key`.
 */
export interface StripeAdapterOptions {
  /** `pk_test_…` or `pk_live_…`. Stripe.js is loaded on first use only. */
  publishableKey?: string;
  /** A Stripe instance, a promise of one (e.g. your own `loadStripe(…)`), or null (not available). Wins over `publishableKey`. */
  stripe?: Stripe | PromiseLike<Stripe | null> | null;
  mode: 'client-confirm' | 'server-confirm';
  /** Elements appearance (theme, variables). */
  appearance?: Appearance;
  /** Where Stripe sends the shopper back after a redirect. Default: the current page. */
  returnUrl?: string;
  /** Passed to `<PaymentElement options>`. */
  paymentElementOptions?: StripePaymentElementOptions;
  /** Gateway id. Default `'stripe'`. */
  id?: string;
  /** Shopper-facing name. Default `'Card'`. */
  label?: string;
  loadRetry?: StripeLoadRetryOptions;
  /**
   * Server-confirm only: looks a payment up on your server by idempotency key
   * (reconcile after an unknown outcome, when no client secret is known).
   * Answer a `GatewayResult`, `{ clientSecret }`, or nothing when no payment
   * exists under that key.
   */
  lookupPayment?: (ref: PaymentReference, ctx: { signal: AbortSignal }) => Promise<ServerConfirmResponse>;
  /**
   * Bound of the calls that may hold a 3-D Secure challenge (`confirmPayment`
   * in client-confirm mode, `handleNextAction` in both), in ms. Default
   * 600000 (10 minutes): a shopper finding their banking app must not turn
   * into an unknown outcome after the client's 20 s `attemptTimeoutMs`.
   */
  challengeTimeoutMs?: number;
}

/** Where the Stripe instance comes from, parsed once (like react-stripe-js's `parseStripeProp`). */
export type StripeSource =
  | { tag: 'sync'; stripe: Stripe }
  | { tag: 'async'; promise: PromiseLike<Stripe | null> }
  | { tag: 'key'; publishableKey: string }
  | { tag: 'empty' };

/** Options after validation, with defaults applied. */
export interface ResolvedStripeOptions {
  source: StripeSource;
  mode: 'client-confirm' | 'server-confirm';
  id: string;
  label: string;
  appearance?: Appearance;
  returnUrl?: string;
  paymentElementOptions?: StripePaymentElementOptions;
  attempts: number;
  baseDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  lookupPayment?: StripeAdapterOptions['lookupPayment'];
  challengeTimeoutMs: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isFn = (value: unknown): boolean => typeof value === 'function';

function fail(field: string, problem: string): never {
  throw new PaymentError({
    code: 'configuration_error',
    chargeOutcome: 'none',
    message: `createStripeAdapter: \`${field}\` ${problem}`,
  });
}

function parseSource(options: Record<string, unknown>): StripeSource {
  const { stripe, publishableKey } = options;
  if (stripe !== undefined) {
    if (stripe === null) return { tag: 'empty' };
    if (isObject(stripe) && isFn(stripe.then)) return { tag: 'async', promise: stripe as unknown as PromiseLike<Stripe | null> };
    if (isObject(stripe) && isFn(stripe.elements) && isFn(stripe.confirmPayment)) return { tag: 'sync', stripe: stripe as unknown as Stripe };
    fail('stripe', 'must be a Stripe instance, a Promise<Stripe | null>, or null.');
  }
  if (typeof publishableKey !== 'string') fail('publishableKey', 'is required (or pass `stripe`).');
  // Never echo the value: it may be a secret key pasted by mistake.
  if (/^(sk|rk)_/.test(publishableKey)) {
    fail('publishableKey', 'is a secret or restricted API key. Never ship it to a browser: roll it in the Stripe Dashboard and pass the pk_… publishable key.');
  }
  if (!/^pk_(test|live)_\w+$/.test(publishableKey)) fail('publishableKey', 'must be a Stripe publishable key starting with pk_test_ or pk_live_.');
  return { tag: 'key', publishableKey };
}

function optionalObject(options: Record<string, unknown>, field: string): void {
  if (options[field] !== undefined && !isObject(options[field])) fail(field, 'must be an object.');
}

/**
 * Validates `createStripeAdapter` options. Bad input throws a
 * `configuration_error` naming the field; a secret key is refused without
 * being echoed.
 */
export function resolveStripeOptions(input: unknown): ResolvedStripeOptions {
  if (!isObject(input)) fail('options', 'must be an object.');
  const source = parseSource(input);
  const { mode, id = 'stripe', label = 'Card', returnUrl, loadRetry = {}, lookupPayment, challengeTimeoutMs = 600_000 } = input;
  if (typeof challengeTimeoutMs !== 'number' || !Number.isFinite(challengeTimeoutMs) || challengeTimeoutMs < 1) {
    fail('challengeTimeoutMs', 'must be a number of milliseconds ≥ 1.');
  }
  if (mode !== 'client-confirm' && mode !== 'server-confirm') fail('mode', "must be 'client-confirm' or 'server-confirm'.");
  if (typeof id !== 'string' || !/^[\w.-]+$/.test(id)) fail('id', 'must be a non-empty string of letters, digits, _ . or -.');
  if (typeof label !== 'string' || label.trim() === '') fail('label', 'must be a non-empty string.');
  if (returnUrl !== undefined && (typeof returnUrl !== 'string' || !/^https?:\/\/\S+$/.test(returnUrl))) {
    fail('returnUrl', 'must be an absolute http(s) URL.');
  }
  optionalObject(input, 'appearance');
  optionalObject(input, 'paymentElementOptions');
  optionalObject(input, 'loadRetry');
  if (lookupPayment !== undefined && !isFn(lookupPayment)) fail('lookupPayment', 'must be a function.');
  const retry = loadRetry as Record<string, unknown>;
  const { attempts = 3, baseDelayMs = 500, sleep } = retry;
  if (typeof attempts !== 'number' || !Number.isInteger(attempts) || attempts < 1 || attempts > 10) fail('loadRetry.attempts', 'must be an integer from 1 to 10.');
  if (typeof baseDelayMs !== 'number' || !Number.isFinite(baseDelayMs) || baseDelayMs < 0) fail('loadRetry.baseDelayMs', 'must be a number ≥ 0.');
  if (sleep !== undefined && !isFn(sleep)) fail('loadRetry.sleep', 'must be a function.');

  return {
    source,
    mode,
    id,
    label,
    attempts,
    baseDelayMs,
    appearance: input.appearance as Appearance | undefined,
    returnUrl,
    paymentElementOptions: input.paymentElementOptions as StripePaymentElementOptions | undefined,
    sleep: sleep as ResolvedStripeOptions['sleep'],
    lookupPayment: lookupPayment as StripeAdapterOptions['lookupPayment'],
    challengeTimeoutMs,
  };
}
