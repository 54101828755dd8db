/**
 * The one classification table. Every policy decision that depends on an error
 * code (is it worth repeating? can something have been charged? which message
 * does the shopper see? what should they do next?) is read from here and
 * nowhere else.
 */

/** Every error code the library speaks, across gateways. */
export type PaymentErrorCode =
  // transient: the same gateway may succeed if asked again
  | 'network_error'
  | 'timeout'
  | 'rate_limited'
  | 'gateway_unavailable'
  | 'processing_error'
  // declines and card problems: asking again with the same method will not help
  | 'card_declined'
  | 'insufficient_funds'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'incorrect_number'
  | 'authentication_failed'
  | 'fraud_suspected'
  // flow
  | 'authentication_required'
  | 'risk_blocked'
  | 'canceled'
  | 'outcome_unknown'
  // ours or the merchant's mistake
  | 'invalid_request'
  | 'configuration_error'
  | 'unknown';

/** Broad family of an error code. */
export type PaymentErrorCategory = 'transient' | 'decline' | 'flow' | 'integration';

/** What the shopper can usefully do next. */
export type PaymentNextStep =
  /** Try again with the same method (transient problems). */
  | 'retry'
  /** Use another card or payment method. */
  | 'new_method'
  /** Complete authentication (3-D Secure) and continue. */
  | 'authenticate'
  /** Wait / contact the shop: the outcome is not known yet. */
  | 'contact_merchant'
  /** Nothing to do (they canceled). */
  | 'none';

/** One row of the classification table. */
export interface PaymentErrorClassification {
  category: PaymentErrorCategory;
  /** Safe and useful to repeat on the same gateway with the same idempotency key. */
  retryable: boolean;
  /** Default charge outcome when the thrower does not know better. */
  chargeOutcome: 'none' | 'unknown';
  /** i18n key of the shopper-facing message. */
  messageKey: string;
  nextStep: PaymentNextStep;
}

const row = (
  category: PaymentErrorCategory,
  retryable: boolean,
  chargeOutcome: 'none' | 'unknown',
  code: PaymentErrorCode,
  nextStep: PaymentNextStep,
): PaymentErrorClassification => ({ category, retryable, chargeOutcome, messageKey: `error.${code}`, nextStep });

/**
 * Defaults per code. `chargeOutcome` defaults to `'unknown'` for anything that
 * may have reached the gateway; only a thrower that knows nothing was sent
 * (connection refused, SDK not loaded) may say `'none'` for a transient code.
 * 429 is the exception: the gateway answered that it did not process.
 */
export const PAYMENT_ERROR_CLASSIFICATION: Readonly<Record<PaymentErrorCode, Readonly<PaymentErrorClassification>>> =
  Object.freeze({
    network_error: row('transient', true, 'unknown', 'network_error', 'retry'),
    timeout: row('transient', true, 'unknown', 'timeout', 'retry'),
    rate_limited: row('transient', true, 'none', 'rate_limited', 'retry'),
    gateway_unavailable: row('transient', true, 'unknown', 'gateway_unavailable', 'retry'),
    processing_error: row('transient', true, 'unknown', 'processing_error', 'retry'),

    card_declined: row('decline', false, 'none', 'card_declined', 'new_method'),
    insufficient_funds: row('decline', false, 'none', 'insufficient_funds', 'new_method'),
    expired_card: row('decline', false, 'none', 'expired_card', 'new_method'),
    incorrect_cvc: row('decline', false, 'none', 'incorrect_cvc', 'new_method'),
    incorrect_number: row('decline', false, 'none', 'incorrect_number', 'new_method'),
    authentication_failed: row('decline', false, 'none', 'authentication_failed', 'new_method'),
    fraud_suspected: row('decline', false, 'none', 'fraud_suspected', 'new_method'),

    authentication_required: row('flow', false, 'none', 'authentication_required', 'authenticate'),
    risk_blocked: row('flow', false, 'none', 'risk_blocked', 'contact_merchant'),
    canceled: row('flow', false, 'unknown', 'canceled', 'none'),
    outcome_unknown: row('flow', false, 'unknown', 'outcome_unknown', 'contact_merchant'),

    invalid_request: row('integration', false, 'none', 'invalid_request', 'contact_merchant'),
    configuration_error: row('integration', false, 'none', 'configuration_error', 'contact_merchant'),
    unknown: row('integration', false, 'unknown', 'unknown', 'contact_merchant'),
  });

/** Every code, in table order. */
export const PAYMENT_ERROR_CODES = Object.freeze(Object.keys(PAYMENT_ERROR_CLASSIFICATION) as PaymentErrorCode[]);

/** Whether `value` is a known `PaymentErrorCode`. */
export function isPaymentErrorCode(value: unknown): value is PaymentErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PAYMENT_ERROR_CLASSIFICATION, value);
}

/** The row for `code`. */
export function classifyPaymentError(code: PaymentErrorCode): Readonly<PaymentErrorClassification> {
  return PAYMENT_ERROR_CLASSIFICATION[code];
}

/** Whether the gateway answered with a decline (the card, not the gateway, was the problem). */
export function isDeclineCode(code: PaymentErrorCode): boolean {
  return PAYMENT_ERROR_CLASSIFICATION[code].category === 'decline';
}
