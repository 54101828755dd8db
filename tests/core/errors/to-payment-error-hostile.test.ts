import { describe, expect, it } from 'vitest';
import { isPaymentError, toPaymentError } from '../../../src/core/errors';

describe('toPaymentError on hostile values', () => {
  it('returns an unknown PaymentError when reading the value throws', () => {
    const hostile = {
      get name(): string {
        throw new Error('boom');
      },
      get code(): string {
        throw new Error('boom');
      },
    };
    const error = toPaymentError(hostile, 'gw');
    expect(isPaymentError(error)).toBe(true);
    expect(error.code).toBe('unknown');
    expect(error.gatewayId).toBe('gw');
  });

  it('survives a proxy that throws on every access', () => {
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    expect(toPaymentError(proxy).code).toBe('unknown');
  });
});
