import { isPaymentError, PaymentError } from '../../core/errors/payment-error';
import { toPaymentError } from '../../core/errors/to-payment-error';
import {
  STRIPE_CONFIGURATION_PARAMS,
  STRIPE_DECLINE_CODES,
  STRIPE_ERROR_CODES,
  STRIPE_ERROR_TYPES,
  type StripeErrorRow,
} from './stripe-error-table';
import { maskStripeSecrets } from './mask-stripe-secrets';

/** The fields of a Stripe.js error object this adapter reads. */
export interface StripeErrorLike {
  type: string;
  code?: string;
  decline_code?: string;
  message?: string;
  param?: string;
  payment_intent?: unknown;
}

const own = (table: Readonly<Record<string, StripeErrorRow>>, key: unknown): StripeErrorRow | undefined =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** Whether `value` looks like an error object returned by Stripe.js (`{ type, code?, … }`). */
export function isStripeErrorLike(value: unknown): value is StripeErrorLike {
  return typeof value === 'object' && value !== null && !isPaymentError(value) && typeof (value as { type?: unknown }).type === 'string' &&
    !(value instanceof Error);
}

/**
 * The table row for a Stripe error: decline code first (card errors), then
 * error code, then type. `invalid_request_error`s about keys, secrets or URLs
 * are the merchant's configuration, not the shopper's input.
 */
export function findStripeErrorRow(error: StripeErrorLike): StripeErrorRow | undefined {
  const row = own(STRIPE_DECLINE_CODES, error.decline_code) ?? own(STRIPE_ERROR_CODES, error.code);
  if (row) return row;
  if (error.type === 'invalid_request_error' && typeof error.param === 'string' && STRIPE_CONFIGURATION_PARAMS.includes(error.param)) {
    return { code: 'configuration_error', doc: 'api/errors#errors-param' };
  }
  return own(STRIPE_ERROR_TYPES, error.type);
}

/**
 * Turns anything Stripe.js returns or throws into a `PaymentError`. Never throws.
 *
 * - Stripe error objects go through the one table (`stripe-error-table.ts`).
 *   The original `decline_code` is kept as `declineCode`; Stripe's own text
 *   never becomes shopper-facing (shoppers see `messageKey`), and the developer
 *   message names the type, code and doc link only.
 * - `IntegrationError`s thrown by Stripe.js (wrong usage) are
 *   `configuration_error`s; nothing was sent.
 * - Anything else (a `PaymentError`, fetch and abort errors from the
 *   merchant's server call, …) goes through the core `toPaymentError`.
 */
export function normalizeStripeError(error: unknown, gatewayId: string): PaymentError {
  try {
    return normalize(error, gatewayId);
  } catch {
    // Hostile input (throwing getters, revoked proxies): never throw from here.
    return new PaymentError({ code: 'unknown', gatewayId, message: 'Unreadable error from Stripe.' });
  }
}

function normalize(error: unknown, gatewayId: string): PaymentError {
  if (isStripeErrorLike(error)) {
    const row = findStripeErrorRow(error);
    const tag = [error.type, error.code, error.decline_code].filter((part): part is string => typeof part === 'string').join('/');
    return new PaymentError({
      code: row?.code ?? 'unknown',
      gatewayId,
      message: `Stripe ${tag}${error.param ? ` (param ${error.param})` : ''}${row ? `: see https://docs.stripe.com/${row.doc}` : ''}`,
      cause: { type: error.type, code: error.code, decline_code: error.decline_code, param: error.param },
      declineCode: typeof error.decline_code === 'string' ? error.decline_code : undefined,
      retryable: row?.retryable,
      chargeOutcome: row?.chargeOutcome,
    });
  }
  if (error instanceof Error && error.name === 'IntegrationError') {
    return new PaymentError({
      code: 'configuration_error',
      gatewayId,
      chargeOutcome: 'none',
      message: `Stripe.js rejected the call: ${maskStripeSecrets(error.message)}`,
    });
  }
  return toPaymentError(error, gatewayId);
}

/**
 * The same error, marked as definitely not charged: used when Stripe reports
 * the intent back in `requires_payment_method` or `canceled`.
 */
export function asDefiniteFailure(error: PaymentError): PaymentError {
  if (error.chargeOutcome === 'none') return error;
  const { code, message, retryable, gatewayId, declineCode } = error;
  return new PaymentError({ code, message, retryable, gatewayId, declineCode, chargeOutcome: 'none' });
}
