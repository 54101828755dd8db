import { describe, expect, it } from 'vitest';
import { SETTLED_STATUSES, canSubmit, transition, type CheckoutEvent } from '../../../src/core/checkout/checkout-machine';
import { PaymentError } from '../../../src/core/errors/payment-error';
import type { CheckoutState, CheckoutStatus } from '../../../src/core/types';

const error = new PaymentError({ code: 'network_error' });
const idle: CheckoutState = { status: 'idle' };

describe('transition', () => {
  const cases: [CheckoutEvent, CheckoutStatus][] = [
    [{ type: 'ATTEMPT', gatewayId: 'a', attempt: 1 }, 'submitting'],
    [{ type: 'RETRY', gatewayId: 'a', attempt: 2, retryAt: 10, error }, 'retrying'],
    [{ type: 'RECONCILE', gatewayId: 'a', error }, 'reconciling'],
    [{ type: 'ACTION_REQUIRED', gatewayId: 'a', action: { type: 'three_d_secure' } }, 'requires_action'],
    [{ type: 'SUCCEEDED', gatewayId: 'a', paymentId: 'p' }, 'succeeded'],
    [{ type: 'PROCESSING', gatewayId: 'a', paymentId: 'p' }, 'processing'],
    [{ type: 'FAILED', error }, 'failed'],
    [{ type: 'FALLBACK_OFFERED', error, options: [{ gatewayId: 'b', label: 'B', kind: 'online' }] }, 'fallback_offered'],
    [{ type: 'PENDING_MANUAL', gatewayId: 'bank', instructions: { method: 'bank_transfer', reference: 'r', amount: { amount: 1, currency: 'EUR' } } }, 'pending_manual'],
    [{ type: 'SELECT_GATEWAY', gatewayId: 'b' }, 'idle'],
    [{ type: 'CANCEL' }, 'canceled'],
  ];

  it.each(cases)('%o reaches %s', (event, status) => {
    expect(transition(idle, event).status).toBe(status);
  });

  it('reaches every CheckoutState status', () => {
    const reached = new Set(cases.map(([event]) => transition(idle, event).status));
    expect([...reached].sort()).toEqual(
      ['idle', 'submitting', 'retrying', 'requires_action', 'reconciling', 'succeeded', 'processing', 'failed', 'fallback_offered', 'pending_manual', 'canceled'].sort(),
    );
  });

  it('keeps the same reference for final states and for events not allowed', () => {
    for (const final of [
      { status: 'succeeded', gatewayId: 'a', paymentId: 'p' },
      { status: 'canceled' },
      { status: 'pending_manual', gatewayId: 'bank', instructions: { method: 'bank_transfer', reference: 'r', amount: { amount: 1, currency: 'EUR' } } },
    ] as CheckoutState[]) {
      for (const [event] of cases) expect(transition(final, event)).toBe(final);
    }
    const offered: CheckoutState = { status: 'fallback_offered', error, options: [{ gatewayId: 'b', label: 'B', kind: 'online' }] };
    expect(transition(offered, { type: 'SELECT_GATEWAY', gatewayId: 'zzz' })).toBe(offered);
    expect(transition(offered, { type: 'SELECT_GATEWAY', gatewayId: 'b' })).toEqual({ status: 'idle', gatewayId: 'b' });
    const failed: CheckoutState = { status: 'failed', error };
    expect(transition(failed, { type: 'SELECT_GATEWAY', gatewayId: 'b' })).toBe(failed);
  });

  it('carries retrying.maxAttempts when given', () => {
    expect(transition(idle, { type: 'RETRY', gatewayId: 'a', attempt: 2, retryAt: 5, error, maxAttempts: 3 })).toEqual({
      status: 'retrying',
      gatewayId: 'a',
      attempt: 2,
      retryAt: 5,
      error,
      maxAttempts: 3,
    });
  });

  it('allows submit from idle, failed and fallback_offered only', () => {
    const allowed = cases.map(([event]) => transition(idle, event)).filter(canSubmit).map((s) => s.status);
    expect(allowed.sort()).toEqual(['failed', 'fallback_offered', 'idle']);
    expect(SETTLED_STATUSES).not.toContain('submitting');
  });
});
