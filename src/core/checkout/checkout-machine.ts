import type { PaymentError } from '../errors/payment-error';
import type { CheckoutState, CheckoutStatus, FallbackOption, ManualInstructions, NextAction } from '../types';

/**
 * What can happen to a checkout. The `Checkout` runs effects (gateway calls,
 * sleeps) and feeds their outcomes to `transition` as these events.
 */
export type CheckoutEvent =
  | { type: 'ATTEMPT'; gatewayId: string; attempt: number }
  | { type: 'RETRY'; gatewayId: string; attempt: number; retryAt: number; error: PaymentError; maxAttempts?: number }
  | { type: 'RECONCILE'; gatewayId: string; error: PaymentError }
  | { type: 'ACTION_REQUIRED'; gatewayId: string; action: NextAction; error?: PaymentError }
  | { type: 'SUCCEEDED'; gatewayId: string; paymentId: string }
  | { type: 'PROCESSING'; gatewayId: string; paymentId: string }
  | { type: 'FAILED'; error: PaymentError }
  | { type: 'FALLBACK_OFFERED'; error: PaymentError; options: FallbackOption[] }
  | { type: 'PENDING_MANUAL'; gatewayId: string; instructions: ManualInstructions }
  | { type: 'SELECT_GATEWAY'; gatewayId: string }
  | { type: 'CANCEL' };

/** States nothing can leave. */
const FINAL: readonly CheckoutStatus[] = ['succeeded', 'pending_manual', 'canceled'];

/** States a checkout may rest in (invariant 3: every checkout reaches one). */
export const SETTLED_STATUSES: readonly CheckoutStatus[] = [
  'succeeded',
  'processing',
  'failed',
  'fallback_offered',
  'pending_manual',
  'requires_action',
  'canceled',
];

/** Whether `submit` may start a run from `state` (idle, failed, fallback_offered). */
export function canSubmit(state: CheckoutState): boolean {
  return state.status === 'idle' || state.status === 'failed' || state.status === 'fallback_offered';
}

/**
 * The checkout's pure transition function: the next state for `event`, or
 * `state` itself (same reference) when the event is not allowed there.
 * `succeeded`, `pending_manual` and `canceled` are final; `SELECT_GATEWAY`
 * is allowed only from `idle` and `fallback_offered` (to an offered gateway);
 * `CANCEL` from every state that is not final.
 */
export function transition(state: CheckoutState, event: CheckoutEvent): CheckoutState {
  if (FINAL.includes(state.status)) return state;
  switch (event.type) {
    case 'ATTEMPT':
      return { status: 'submitting', gatewayId: event.gatewayId, attempt: event.attempt };
    case 'RETRY':
      return event.maxAttempts === undefined
        ? { status: 'retrying', gatewayId: event.gatewayId, attempt: event.attempt, retryAt: event.retryAt, error: event.error }
        : { status: 'retrying', gatewayId: event.gatewayId, attempt: event.attempt, retryAt: event.retryAt, error: event.error, maxAttempts: event.maxAttempts };
    case 'RECONCILE':
      return { status: 'reconciling', gatewayId: event.gatewayId, error: event.error };
    case 'ACTION_REQUIRED':
      return event.error
        ? { status: 'requires_action', gatewayId: event.gatewayId, action: event.action, error: event.error }
        : { status: 'requires_action', gatewayId: event.gatewayId, action: event.action };
    case 'SUCCEEDED':
      return { status: 'succeeded', gatewayId: event.gatewayId, paymentId: event.paymentId };
    case 'PROCESSING':
      return { status: 'processing', gatewayId: event.gatewayId, paymentId: event.paymentId };
    case 'FAILED':
      return { status: 'failed', error: event.error };
    case 'FALLBACK_OFFERED':
      return { status: 'fallback_offered', error: event.error, options: event.options };
    case 'PENDING_MANUAL':
      return { status: 'pending_manual', gatewayId: event.gatewayId, instructions: event.instructions };
    case 'SELECT_GATEWAY':
      if (state.status === 'idle') return { status: 'idle', gatewayId: event.gatewayId };
      if (state.status === 'fallback_offered' && state.options.some((o) => o.gatewayId === event.gatewayId)) {
        return { status: 'idle', gatewayId: event.gatewayId };
      }
      return state;
    case 'CANCEL':
      return { status: 'canceled' };
  }
}
