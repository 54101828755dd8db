/**
 * One gateway call the way a bare SDK makes it: no engine in between, bounded
 * by the same per-call timeout the engine uses.
 */
import { PaymentError } from '../../../src/core/errors/payment-error';
import type { GatewayAdapter, GatewayResult, Money, PaymentMethodRef } from '../../../src/core/types';
import type { VirtualClock } from '../../../src/testing/virtual-clock';
import type { CheckoutOutcome } from '../metrics';

/** The engine's default `attemptTimeoutMs`, used for the baselines too. */
export const CALL_TIMEOUT_MS = 20_000;

/** What every simulated shopper pays. */
export const MONEY: Money = { amount: 4999, currency: 'EUR' };

/** The shopper's card, as a simulated-gateway test token. */
export const CARD: PaymentMethodRef = { type: 'test_card', token: 'tok_success' };

/** Abort reason once a call has settled (a constant: `abort()` without one builds a DOMException every time). */
const CALL_SETTLED = Object.freeze({ reason: 'bench: call settled' });

/** A call's answer or its normalised error. */
export type BareCallResult = { ok: true; result: GatewayResult } | { ok: false; error: PaymentError };

/** Calls `adapter.confirm` once, bounded by `CALL_TIMEOUT_MS` of virtual time. */
export async function bareConfirm(
  clock: VirtualClock,
  adapter: GatewayAdapter,
  checkoutId: string,
  idempotencyKey: string,
  attempt: number,
): Promise<BareCallResult> {
  const controller = new AbortController();
  const method = adapter.kind === 'manual' ? undefined : CARD;
  const timeout = clock.sleep(CALL_TIMEOUT_MS, controller.signal).then(
    () => {
      throw new PaymentError({ code: 'timeout', gatewayId: adapter.id, message: 'bench: call timed out' });
    },
    () => undefined as never,
  );
  try {
    const result = await Promise.race([
      adapter.confirm({ checkoutId, money: MONEY, ...(method ? { method } : {}) }, { idempotencyKey, attempt, signal: controller.signal }),
      timeout,
    ]);
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: error instanceof PaymentError ? error : adapter.normalizeError(error) };
  } finally {
    controller.abort(CALL_SETTLED);
  }
}

/** The outcome a shopper sees for a bare call's answer. */
export function outcomeOf(call: BareCallResult): CheckoutOutcome {
  if (!call.ok) return 'failed';
  switch (call.result.status) {
    case 'succeeded':
    case 'processing':
    case 'pending_manual':
    case 'failed':
      return call.result.status;
    default:
      return 'other';
  }
}
