import { PaymentError } from '../../core/errors/payment-error';
import type { GatewayResult } from '../../core/types';
import { asDefiniteFailure, isStripeErrorLike, normalizeStripeError } from './normalize-stripe-error';

/** The PaymentIntent fields this adapter reads (never its client secret). */
interface IntentLike {
  id: string;
  status: string;
  last_payment_error?: unknown;
  next_action?: { type?: unknown } | null;
}

function isIntentLike(value: unknown): value is IntentLike {
  const v = value as IntentLike | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && v.id !== '' && typeof v.status === 'string';
}

/** Nothing was charged and nothing is pending: the intent waits for (another) payment method. */
function notCharged(gatewayId: string, status: string): GatewayResult {
  return {
    status: 'failed',
    error: new PaymentError({
      code: 'processing_error',
      gatewayId,
      chargeOutcome: 'none',
      message: `Stripe PaymentIntent is ${status}: nothing was charged.`,
    }),
  };
}

/**
 * Maps a PaymentIntent to a `GatewayResult` (see the status table in
 * docs/stripe.md and https://docs.stripe.com/payments/paymentintents/lifecycle).
 * A malformed intent is a `configuration_error` with an unknown outcome: it
 * may hide a charge, so the engine reconciles.
 */
export function mapPaymentIntent(intent: unknown, gatewayId: string): GatewayResult {
  if (!isIntentLike(intent)) {
    throw new PaymentError({
      code: 'configuration_error',
      gatewayId,
      chargeOutcome: 'unknown',
      message: 'Stripe returned no PaymentIntent (expected { id, status }).',
    });
  }
  const paymentId = intent.id;
  switch (intent.status) {
    case 'succeeded':
    case 'requires_capture': // authorised; the merchant captures later
      return { status: 'succeeded', paymentId };
    case 'processing':
      return { status: 'processing', paymentId };
    case 'requires_action':
      return {
        status: 'requires_action',
        paymentId,
        action: {
          type: intent.next_action?.type === 'redirect_to_url' ? 'redirect' : 'three_d_secure',
          data: { paymentIntentId: paymentId },
        },
      };
    case 'requires_payment_method':
      return isStripeErrorLike(intent.last_payment_error)
        ? { status: 'failed', error: asDefiniteFailure(normalizeStripeError(intent.last_payment_error, gatewayId)) }
        : notCharged(gatewayId, intent.status);
    case 'requires_confirmation':
      return notCharged(gatewayId, intent.status);
    case 'canceled':
      return {
        status: 'failed',
        error: new PaymentError({ code: 'canceled', gatewayId, chargeOutcome: 'none', message: 'Stripe PaymentIntent was canceled.' }),
      };
    default:
      throw new PaymentError({
        code: 'unknown',
        gatewayId,
        chargeOutcome: 'unknown',
        message: `Stripe PaymentIntent has an unrecognised status "${intent.status.slice(0, 40)}".`,
      });
  }
}
