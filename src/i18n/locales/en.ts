import type { PaymentErrorCode } from '../../core/errors/classification';

/**
 * English shopper-facing text for every error `messageKey` (`error.<code>`).
 * Each says what happened and what to do next. Never raw gateway text; a
 * suspected fraud reads like any other decline, and nothing blames the shopper.
 * Typed by code, so a new `PaymentErrorCode` without a message fails to compile.
 */
export const errorMessagesEn: Readonly<Record<`error.${PaymentErrorCode}`, string>> = Object.freeze({
  'error.network_error': 'We couldn’t reach the payment service. Check your connection and try again.',
  'error.timeout': 'The payment service took too long to answer. Please try again in a moment.',
  'error.rate_limited': 'The payment service is busy right now. Please wait a moment and try again.',
  'error.gateway_unavailable': 'This payment method is unavailable right now. Try again shortly or choose another way to pay.',
  'error.processing_error': 'Something went wrong while processing your payment. Please try again.',
  'error.card_declined': 'Your card was declined. Please use a different card or payment method.',
  'error.insufficient_funds': 'Your card was declined because of insufficient funds. Please use a different card or payment method.',
  'error.expired_card': 'Your card has expired. Please use a different card.',
  'error.incorrect_cvc': 'The security code doesn’t match your card. Check it and try again, or use a different card.',
  'error.incorrect_number': 'The card number isn’t valid. Check it and try again, or use a different card.',
  'error.authentication_failed': 'Your bank couldn’t verify this payment. Try again or use a different card or payment method.',
  'error.fraud_suspected': 'Your card was declined. Please use a different card or payment method, or contact your bank.',
  'error.authentication_required': 'Your bank needs you to confirm this payment. Please complete the verification to continue.',
  'error.risk_blocked': 'We can’t accept this payment right now. Please contact the shop for help.',
  'error.canceled': 'The payment was canceled. You can start again whenever you’re ready.',
  'error.outcome_unknown':
    'We couldn’t confirm whether your payment went through. Please don’t pay again yet: check your bank statement or contact the shop.',
  'error.invalid_request': 'This payment couldn’t be started because of a problem on the shop’s side. Please contact the shop.',
  'error.configuration_error': 'Payments aren’t set up correctly on this shop yet. Please contact the shop.',
  'error.unknown': 'Something unexpected went wrong with your payment. Before trying again, check whether you were charged or contact the shop.',
});
