import type { PaymentErrorCode } from '../../core/errors/classification';

/**
 * How one Stripe error maps onto the library's taxonomy. Everything not given
 * here (retryable, chargeOutcome, messageKey) comes from the core
 * classification table for `code`.
 */
export interface StripeErrorRow {
  /** The core code the Stripe error becomes. */
  code: PaymentErrorCode;
  /** Stripe's documentation for this row, relative to https://docs.stripe.com/. */
  doc: string;
  /** Override of the classification default (rare; each one is explained in docs/stripe.md). */
  retryable?: boolean;
  /** Override of the classification default. */
  chargeOutcome?: 'none' | 'unknown';
}

type Spec = PaymentErrorCode | [PaymentErrorCode, retryable: boolean, chargeOutcome: 'none' | 'unknown'];

function table(specs: Record<string, Spec>, doc: (key: string) => string): Readonly<Record<string, StripeErrorRow>> {
  const rows: Record<string, StripeErrorRow> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const [code, retryable, chargeOutcome] = typeof spec === 'string' ? [spec] : spec;
    rows[key] = retryable === undefined ? { code, doc: doc(key) } : { code, doc: doc(key), retryable, chargeOutcome };
  }
  return Object.freeze(rows);
}

const DECLINED = 'card_declined';
const SUBMIT = 'js/elements_object/submit';

/**
 * Issuer decline codes (`error.decline_code`), each documented at
 * https://docs.stripe.com/declines/codes. Checked first for card errors.
 *
 * Declines are never repeated automatically (DESIGN invariant 2), even the
 * ones Stripe says may succeed later (`try_again_later`, `issuer_not_available`,
 * `reenter_transaction`, `approve_with_id`): the shopper may submit again
 * themselves. Lost, stolen, picked-up and fraudulent cards become
 * `card_declined`, whose shopper message is the generic decline — Stripe asks
 * that the real reason is never shown to the shopper (`fraud_suspected`'s
 * message, "for security reasons", would say too much). The original decline
 * code is kept on `PaymentError.declineCode` for support.
 */
export const STRIPE_DECLINE_CODES = table(
  {
    generic_decline: DECLINED,
    insufficient_funds: 'insufficient_funds',
    do_not_honor: DECLINED,
    lost_card: DECLINED,
    stolen_card: DECLINED,
    pickup_card: DECLINED,
    fraudulent: DECLINED,
    merchant_blacklist: DECLINED,
    card_velocity_exceeded: DECLINED,
    try_again_later: DECLINED,
    issuer_not_available: DECLINED,
    reenter_transaction: DECLINED,
    do_not_try_again: DECLINED,
    call_issuer: DECLINED,
    approve_with_id: DECLINED,
    expired_card: 'expired_card',
    incorrect_cvc: 'incorrect_cvc',
    invalid_cvc: 'incorrect_cvc',
    incorrect_number: 'incorrect_number',
    invalid_number: 'incorrect_number',
    authentication_required: 'authentication_required',
    // Nothing was taken; Stripe says to try again.
    processing_error: ['processing_error', true, 'none'],
  },
  () => 'declines/codes',
);

/**
 * Error codes (`error.code`), checked when no decline code matched. Each is
 * documented at https://docs.stripe.com/error-codes#<code-with-dashes>, except
 * the Payment Element's own input codes (`incomplete_*`), documented with
 * `elements.submit()`.
 */
export const STRIPE_ERROR_CODES = table(
  {
    card_declined: DECLINED,
    expired_card: 'expired_card',
    incorrect_cvc: 'incorrect_cvc',
    invalid_cvc: 'incorrect_cvc',
    incorrect_number: 'incorrect_number',
    invalid_number: 'incorrect_number',
    invalid_expiry_month: 'expired_card',
    invalid_expiry_year: 'expired_card',
    // A card error: the charge failed and nothing was taken; Stripe says to try again.
    processing_error: ['processing_error', true, 'none'],
    authentication_required: 'authentication_required',
    payment_intent_authentication_failure: 'authentication_failed',
    // The intent is not in a state that allows this call: it may already have
    // succeeded (a confirm that reached Stripe before a timeout). Reconcile.
    payment_intent_unexpected_state: 'outcome_unknown',
    // Another request holds the intent's lock (possibly our own earlier attempt). Safe to repeat; outcome unknown.
    lock_timeout: ['processing_error', true, 'unknown'],
    rate_limit: 'rate_limited',
    amount_too_small: 'invalid_request',
    amount_too_large: 'invalid_request',
    resource_missing: 'configuration_error',
    // Shopper input the Payment Element rejected before anything was sent.
    incomplete_number: 'incorrect_number',
    incomplete_cvc: 'incorrect_cvc',
    incomplete_expiry: 'invalid_request',
    invalid_expiry_year_past: 'expired_card',
  },
  (key) => (/^incomplete_|_past$/.test(key) ? SUBMIT : `error-codes#${key.replace(/_/g, '-')}`),
);

const TYPE_DOCS: Record<string, string> = {
  api_connection_error: 'error-low-level#network-errors',
  api_error: 'error-low-level#server-errors',
  rate_limit_error: 'rate-limits',
  idempotency_error: 'error-low-level#idempotency',
  validation_error: SUBMIT,
};

/**
 * Error types (`error.type`), the last resort. See
 * https://docs.stripe.com/api/errors#errors-type and https://docs.stripe.com/error-low-level.
 */
export const STRIPE_ERROR_TYPES = table(
  {
    // The request may or may not have reached Stripe.
    api_connection_error: 'network_error',
    // A problem on Stripe's side after the request arrived: outcome unknown.
    api_error: 'processing_error',
    rate_limit_error: 'rate_limited',
    authentication_error: 'configuration_error',
    invalid_request_error: 'invalid_request',
    // The key was used before for a different request, which may have charged:
    // never repeat, and reconcile rather than assume nothing happened.
    idempotency_error: ['configuration_error', false, 'unknown'],
    // Client-side validation by Stripe.js: nothing was sent.
    validation_error: 'invalid_request',
    card_error: DECLINED,
  },
  (key) => TYPE_DOCS[key] ?? 'api/errors#errors-type',
);

/**
 * `invalid_request_error` params that point at the merchant's integration
 * (keys, secrets, URLs) rather than at what the shopper entered.
 */
export const STRIPE_CONFIGURATION_PARAMS: readonly string[] = ['client_secret', 'return_url', 'key', 'payment_intent', 'elements'];
