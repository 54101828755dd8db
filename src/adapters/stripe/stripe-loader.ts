import type { Stripe } from '@stripe/stripe-js';
import { PaymentError } from '../../core/errors/payment-error';
import { abortable } from '../../core/resilience/abortable';
import type { ResolvedStripeOptions } from './stripe-options';

/** Lazily provides the Stripe instance of one adapter. */
export interface StripeLoader {
  /**
   * The Stripe instance, loading Stripe.js on first use with backoff retries.
   * Rejects with a `gateway_unavailable` PaymentError (`chargeOutcome: 'none'`:
   * nothing was sent) when it keeps failing; a later call tries again.
   */
  load(signal?: AbortSignal): Promise<Stripe>;
  /** Resolves with the instance once any load succeeds; never rejects. What `<Elements stripe>` gets. */
  readonly ready: Promise<Stripe | null>;
  /** The instance, if already loaded. */
  current(): Stripe | null;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const noop = (): void => undefined;

/** Creates the loader for `options.source`. Touches no browser global until `load` is called. */
export function createStripeLoader(options: ResolvedStripeOptions): StripeLoader {
  const { source, id: gatewayId } = options;
  const sleep = options.sleep ?? defaultSleep;
  let instance: Stripe | null = source.tag === 'sync' ? source.stripe : null;
  let inflight: Promise<Stripe> | null = null;
  let markReady: (stripe: Stripe) => void = noop;
  const ready = new Promise<Stripe | null>((resolve) => {
    markReady = resolve;
  });
  if (instance) markReady(instance);
  // A promise handed to us must never surface as an unhandled rejection.
  if (source.tag === 'async') Promise.resolve(source.promise).catch(noop);

  async function attemptOnce(): Promise<Stripe | null> {
    if (source.tag === 'async') return await source.promise;
    if (source.tag !== 'key') return null;
    const { loadStripe } = await import('@stripe/stripe-js/pure');
    return await loadStripe(source.publishableKey);
  }

  async function run(): Promise<Stripe> {
    // Retrying only helps when we inject the script ourselves, in a browser.
    const attempts = source.tag === 'key' && typeof window !== 'undefined' ? options.attempts : 1;
    let cause: unknown = 'Stripe.js resolved null (server-side, or no Stripe instance given)';
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      if (attempt > 0) await sleep(options.baseDelayMs * 2 ** (attempt - 1));
      try {
        const stripe = source.tag === 'key' && typeof window === 'undefined' ? null : await attemptOnce();
        if (stripe) {
          instance = stripe;
          markReady(stripe);
          return stripe;
        }
      } catch (error) {
        cause = error;
      }
    }
    throw new PaymentError({
      code: 'gateway_unavailable',
      gatewayId,
      chargeOutcome: 'none',
      message: `Stripe.js could not be loaded after ${attempts} attempt(s); nothing was sent. Check the network and the CSP (script-src https://js.stripe.com).`,
      cause: cause instanceof Error ? { name: cause.name, message: cause.message } : String(cause),
    });
  }

  return {
    ready,
    current: () => instance,
    load(signal) {
      if (instance) return Promise.resolve(instance);
      if (!inflight) {
        const started = run();
        inflight = started;
        started.then(noop, () => {
          if (inflight === started) inflight = null;
        });
      }
      return signal ? abortable(inflight, signal, () => canceled(gatewayId, 'none', 'Stripe.js load was aborted; nothing was sent.')) : inflight;
    },
  };
}

/** A `canceled` PaymentError for an aborted call. */
export function canceled(gatewayId: string, chargeOutcome: 'none' | 'unknown', message: string): PaymentError {
  return new PaymentError({ code: 'canceled', gatewayId, chargeOutcome, message });
}

