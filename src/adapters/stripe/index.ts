/**
 * `react-secure-payments/stripe`: the Stripe adapter.
 *
 * @packageDocumentation
 */
export {};
