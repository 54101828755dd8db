import { describe, expect, it } from 'vitest';
import { PaymentError, isPaymentError } from '../../../src/core/errors/payment-error';
import { validateGatewayResult } from '../../../src/core/validation/gateway-result-schema';
import { validatePaymentClientOptions } from '../../../src/core/validation/options-schema';
import { createFakeGateway } from '../helpers/fake-gateway';

function thrown(fn: () => unknown): PaymentError {
  try {
    fn();
  } catch (error) {
    if (isPaymentError(error)) return error;
  }
  throw new Error('expected a PaymentError');
}

describe('validateGatewayResult', () => {
  it('accepts every well-formed result', () => {
    const results = [
      { status: 'succeeded', paymentId: 'p' },
      { status: 'processing', paymentId: 'p' },
      { status: 'requires_action', paymentId: 'p', action: { type: 'three_d_secure', url: 'https://x', data: { a: 1 } } },
      { status: 'pending_manual', instructions: { method: 'bank_transfer', reference: 'R', amount: { amount: 1, currency: 'EUR' } } },
      { status: 'failed', error: new PaymentError({ code: 'card_declined' }) },
    ];
    for (const r of results) expect(validateGatewayResult(r, 'g', 'confirm')).toBe(r);
  });

  it('names the adapter, the call and the field of a malformed result; outcome unknown', () => {
    const cases: [unknown, string][] = [
      [{ status: 'succeeded' }, 'paymentId'],
      [{ status: 'succeeded', paymentId: '' }, 'paymentId'],
      [{ status: 'failed', error: new Error('x') }, 'error'],
      [{ status: 'requires_action', paymentId: 'p', action: {} }, 'action.type'],
      [{ status: 'pending_manual', instructions: { method: 'x', amount: { amount: 1, currency: 'EUR' } } }, 'instructions.reference'],
      [{ status: 'done' }, 'status'],
      [undefined, 'status'],
    ];
    for (const [value, field] of cases) {
      const error = thrown(() => validateGatewayResult(value, 'stripe', 'confirm'));
      expect(error.code).toBe('configuration_error');
      expect(error.chargeOutcome).toBe('unknown');
      expect(error.gatewayId).toBe('stripe');
      expect(error.message).toContain('Gateway "stripe" confirm()');
      expect(error.message).toContain(field);
    }
  });
});

describe('validatePaymentClientOptions', () => {
  it('names the bad field', () => {
    const a = createFakeGateway({ id: 'a' });
    const cases: [unknown, string][] = [
      [undefined, 'options.(value)'],
      [{ gateways: [{ ...a, kind: 'offline' }] }, 'options.gateways.0.kind'],
      [{ gateways: [{ ...a, normalizeError: undefined }] }, 'options.gateways.0.normalizeError'],
      [{ gateways: [a], retry: { attemptTimeoutMs: 0 } }, 'options.retry.attemptTimeoutMs'],
      [{ gateways: [a], circuitBreaker: { failureThreshold: 1.5 } }, 'options.circuitBreaker'],
      [{ gateways: [a], processing: { pollIntervalMs: -1 } }, 'options.processing.pollIntervalMs'],
      [{ gateways: [a], storage: { getItem: () => null } }, 'options.storage.setItem'],
      [{ gateways: [a], notifiers: [{ name: 'n' }] }, 'options.notifiers.0.notify'],
    ];
    for (const [options, field] of cases) {
      const error = thrown(() => validatePaymentClientOptions(options));
      expect(error.code).toBe('configuration_error');
      expect(error.message).toContain(field);
    }
    expect(validatePaymentClientOptions({ gateways: [a], circuitBreaker: false })).toBeTruthy();
  });
});
