/**
 * `react-secure-payments/core`: the framework-free engine. No React, no DOM
 * requirement; runs in browsers and Node.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './errors';
export { redact, redactString } from './redact/redact';
export * from './money';
export { createPaymentClient } from './client/create-payment-client';
export { systemClock } from './clock/system-clock';
export { computeBackoffDelay, type BackoffInput } from './resilience/backoff';
export { CircuitBreaker, type CircuitBreakerConfig, type CircuitPermit, type CircuitSnapshot, type CircuitState } from './resilience/circuit-breaker';
export { withTimeout, type WithTimeoutOptions } from './resilience/with-timeout';
export { transition, canSubmit, SETTLED_STATUSES, type CheckoutEvent } from './checkout/checkout-machine';
export { isGatewayEnabled, gatewayFlag } from './flags/gateway-flags';
export { gatewayResultSchemas, validateGatewayResult } from './validation/gateway-result-schema';
export { IN_FLIGHT_STORAGE_KEY, type InFlightRecord } from './storage/in-flight-store';
