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

const r = (code: PaymentErrorCode, doc: string, retryable?: boolean, chargeOutcome?: 'none' | 'unknown'): StripeErrorRow => {
  const row: StripeErrorRow = { code, doc };
  if (retryable !== undefined) row.retryable = retryable;
  if (chargeOutcome !== undefined) row.chargeOutcome = chargeOutcome;
  return row;
};

const DECLINES = 'declines/codes';

/**
 * Issuer decline codes (`error.decline_code`). Checked first for card errors.
 *
 * Declines are never repeated automatically (DESIGN invariant 2), even the
 * ones Stripe says may succeed later (`try_again_later`, `issuer_not_available`,
 * `reenter_transaction`, `approve_with_id`): the shopper may submit again
 * themselves. Lost, stolen, picked-up and fraudulent cards become
 * `card_declined`, whose shopper message is the generic decline — Stripe asks
 * that the real reason is never shown to the shopper. The original
 * decline code is kept on `PaymentError.declineCode` for support.
 */
export const STRIPE_DECLINE_CODES: Readonly<Record<string, StripeErrorRow>> = {
  generic_decline: r('card_declined', DECLINES),
  insufficient_funds: r('insufficient_funds', DECLINES),
  do_not_honor: r('card_declined', DECLINES),
  lost_card: r('card_declined', DECLINES),
  stolen_card: r('card_declined', DECLINES),
  pickup_card: r('card_declined', DECLINES),
  // Stripe: present as a generic decline; `fraud_suspected`'s message ("for security reasons") says too much.
  fraudulent: r('card_declined', DECLINES),
  merchant_blacklist: r('card_declined', DECLINES),
  card_velocity_exceeded: r('card_declined', DECLINES),
  try_again_later: r('card_declined', DECLINES),
  issuer_not_available: r('card_declined', DECLINES),
  reenter_transaction: r('card_declined', DECLINES),
  do_not_try_again: r('card_declined', DECLINES),
  call_issuer: r('card_declined', DECLINES),
  approve_with_id: r('card_declined', DECLINES),
  expired_card: r('expired_card', DECLINES),
  incorrect_cvc: r('incorrect_cvc', DECLINES),
  invalid_cvc: r('incorrect_cvc', DECLINES),
  incorrect_number: r('incorrect_number', DECLINES),
  invalid_number: r('incorrect_number', DECLINES),
  authentication_required: r('authentication_required', DECLINES),
  processing_error: r('processing_error', DECLINES, true, 'none'),
};

/**
 * Error codes (`error.code`), checked when no decline code matched. Anchors
 * follow https://docs.stripe.com/error-codes.
 */
export const STRIPE_ERROR_CODES: Readonly<Record<string, StripeErrorRow>> = {
  card_declined: r('card_declined', 'error-codes#card-declined'),
  expired_card: r('expired_card', 'error-codes#expired-card'),
  incorrect_cvc: r('incorrect_cvc', 'error-codes#incorrect-cvc'),
  invalid_cvc: r('incorrect_cvc', 'error-codes#invalid-cvc'),
  incorrect_number: r('incorrect_number', 'error-codes#incorrect-number'),
  invalid_number: r('incorrect_number', 'error-codes#invalid-number'),
  invalid_expiry_month: r('expired_card', 'error-codes#invalid-expiry-month'),
  invalid_expiry_year: r('expired_card', 'error-codes#invalid-expiry-year'),
  // A card error: the charge failed and nothing was taken; Stripe says to try again.
  processing_error: r('processing_error', 'error-codes#processing-error', true, 'none'),
  authentication_required: r('authentication_required', 'error-codes#authentication-required'),
  payment_intent_authentication_failure: r('authentication_failed', 'error-codes#payment-intent-authentication-failure'),
  // The intent is not in a state that allows this call: it may already have
  // succeeded (a confirm that reached Stripe before a timeout). Reconcile.
  payment_intent_unexpected_state: r('outcome_unknown', 'error-codes#payment-intent-unexpected-state'),
  // Another request holds the intent's lock (possibly our own earlier attempt). Safe to repeat.
  lock_timeout: r('processing_error', 'error-codes#lock-timeout', true, 'unknown'),
  rate_limit: r('rate_limited', 'error-codes#rate-limit'),
  amount_too_small: r('invalid_request', 'error-codes#amount-too-small'),
  amount_too_large: r('invalid_request', 'error-codes#amount-too-large'),
  resource_missing: r('configuration_error', 'error-codes#resource-missing'),
  // Shopper input the Payment Element rejected before anything was sent.
  incomplete_number: r('incorrect_number', 'js/elements_object/submit'),
  incomplete_cvc: r('incorrect_cvc', 'js/elements_object/submit'),
  incomplete_expiry: r('invalid_request', 'js/elements_object/submit'),
  invalid_expiry_year_past: r('expired_card', 'js/elements_object/submit'),
};

/**
 * Error types (`error.type`), the last resort before `toPaymentError`.
 * See https://docs.stripe.com/api/errors and https://docs.stripe.com/error-low-level.
 */
export const STRIPE_ERROR_TYPES: Readonly<Record<string, StripeErrorRow>> = {
  // The request may or may not have reached Stripe.
  api_connection_error: r('network_error', 'error-low-level#network-errors'),
  // A problem on Stripe's side after the request arrived: outcome unknown.
  api_error: r('processing_error', 'error-low-level#server-errors'),
  rate_limit_error: r('rate_limited', 'rate-limits'),
  authentication_error: r('configuration_error', 'api/errors#errors-type'),
  invalid_request_error: r('invalid_request', 'api/errors#errors-type'),
  // The key was used before for a different request, which may have charged:
  // never repeat, and reconcile rather than assume nothing happened.
  idempotency_error: r('configuration_error', 'error-low-level#idempotency', false, 'unknown'),
  // Client-side validation by Stripe.js: nothing was sent.
  validation_error: r('invalid_request', 'js/elements_object/submit'),
  card_error: r('card_declined', 'api/errors#errors-type'),
};

/**
 * `invalid_request_error` params that point at the merchant's integration
 * (keys, secrets, URLs) rather than at what the shopper entered.
 */
export const STRIPE_CONFIGURATION_PARAMS: readonly string[] = ['client_secret', 'return_url', 'key', 'payment_intent', 'elements'];
