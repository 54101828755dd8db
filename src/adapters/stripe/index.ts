/**
 * `react-secure-payments/stripe`: the Stripe adapter (Payment Element, client-
 * or server-confirm, 3-D Secure, reconcile, and the Stripe error table).
 * `@stripe/stripe-js` and `@stripe/react-stripe-js` are optional peer
 * dependencies; Stripe.js itself is injected only on first use.
 *
 * @packageDocumentation
 */
export { createStripeAdapter, type StripeAdapter } from './create-stripe-adapter';
export type { StripeAdapterOptions, StripeLoadRetryOptions } from './stripe-options';
export { normalizeStripeError, findStripeErrorRow, type StripeErrorLike } from './normalize-stripe-error';
export { STRIPE_DECLINE_CODES, STRIPE_ERROR_CODES, STRIPE_ERROR_TYPES, type StripeErrorRow } from './stripe-error-table';
export { readStripeRedirectReturn, withoutStripeRedirectParams, type StripeRedirectReturn } from './redirect-return';
export { mapPaymentIntent } from './map-payment-intent';
