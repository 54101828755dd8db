import { describe, expect, it } from 'vitest';
import {
  PAYMENT_ERROR_CLASSIFICATION,
  PAYMENT_ERROR_CODES,
  PaymentError,
  isPaymentError,
  isPaymentErrorCode,
  type PaymentErrorCode,
} from '../../../src/core/errors';

// Each row pinned by hand: a change to policy must change this table on purpose.
const expected: Record<PaymentErrorCode, [retryable: boolean, outcome: 'none' | 'unknown', category: string, next: string]> = {
  network_error: [true, 'unknown', 'transient', 'retry'],
  timeout: [true, 'unknown', 'transient', 'retry'],
  rate_limited: [true, 'none', 'transient', 'retry'],
  gateway_unavailable: [true, 'unknown', 'transient', 'retry'],
  processing_error: [true, 'unknown', 'transient', 'retry'],
  card_declined: [false, 'none', 'decline', 'new_method'],
  insufficient_funds: [false, 'none', 'decline', 'new_method'],
  expired_card: [false, 'none', 'decline', 'new_method'],
  incorrect_cvc: [false, 'none', 'decline', 'new_method'],
  incorrect_number: [false, 'none', 'decline', 'new_method'],
  authentication_failed: [false, 'none', 'decline', 'new_method'],
  fraud_suspected: [false, 'none', 'decline', 'new_method'],
  authentication_required: [false, 'none', 'flow', 'authenticate'],
  risk_blocked: [false, 'none', 'flow', 'contact_merchant'],
  canceled: [false, 'unknown', 'flow', 'none'],
  outcome_unknown: [false, 'unknown', 'flow', 'contact_merchant'],
  invalid_request: [false, 'none', 'integration', 'contact_merchant'],
  configuration_error: [false, 'none', 'integration', 'contact_merchant'],
  unknown: [false, 'unknown', 'integration', 'contact_merchant'],
};

describe('classification table', () => {
  it('has a row for every code and no other', () => {
    expect([...PAYMENT_ERROR_CODES].sort()).toEqual(Object.keys(expected).sort());
  });

  describe.each(Object.entries(expected) as [PaymentErrorCode, (typeof expected)[PaymentErrorCode]][])(
    'given code %s',
    (code, [retryable, outcome, category, next]) => {
      it('decides retryable, chargeOutcome, category, next step and messageKey', () => {
        expect(PAYMENT_ERROR_CLASSIFICATION[code]).toEqual({
          retryable,
          chargeOutcome: outcome,
          category,
          nextStep: next,
          messageKey: `error.${code}`,
        });
      });

      it('gives a PaymentError its defaults from the table', () => {
        const error = new PaymentError({ code });
        expect(error.retryable).toBe(retryable);
        expect(error.chargeOutcome).toBe(outcome);
        expect(error.messageKey).toBe(`error.${code}`);
        expect(error.code).toBe(code);
      });
    },
  );

  it('recognises codes', () => {
    expect(isPaymentErrorCode('timeout')).toBe(true);
    expect(isPaymentErrorCode('toString')).toBe(false);
    expect(isPaymentErrorCode(42)).toBe(false);
  });
});

describe('PaymentError', () => {
  it('a code outside the union (untyped callers) becomes unknown instead of crashing, naming what was given', () => {
    const e = new PaymentError({ code: 'card_expired' as PaymentErrorCode });
    expect(e).toMatchObject({ code: 'unknown', retryable: false, messageKey: 'error.unknown' });
    expect(e.message).toContain('"card_expired"');
    expect(isPaymentError(e)).toBe(true);
    expect(new PaymentError({ code: 'nope' as PaymentErrorCode, message: 'kept', chargeOutcome: 'none' })).toMatchObject({
      code: 'unknown',
      message: 'kept',
      chargeOutcome: 'none',
    });
    expect(new PaymentError(undefined as never).code).toBe('unknown');
  });

  it('lets the thrower override the chargeOutcome default', () => {
    expect(new PaymentError({ code: 'network_error', chargeOutcome: 'none' }).chargeOutcome).toBe('none');
  });

  it('is recognised across copies of the library by its brand, not instanceof', () => {
    const error = new PaymentError({ code: 'timeout' });
    const fromAnotherCopy = Object.assign(Object.create(null), {
      [Symbol.for('react-secure-payments.PaymentError')]: true,
    });
    expect(isPaymentError(error)).toBe(true);
    expect(isPaymentError(fromAnotherCopy)).toBe(true);
    expect(isPaymentError(new Error('timeout'))).toBe(false);
    expect(isPaymentError({ code: 'timeout' })).toBe(false);
    expect(isPaymentError(null)).toBe(false);
  });

  it('serialises with toJSON and keeps support fields', () => {
    const error = new PaymentError({ code: 'card_declined', gatewayId: 'stripe', declineCode: 'do_not_honor' });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'PaymentError',
      code: 'card_declined',
      gatewayId: 'stripe',
      declineCode: 'do_not_honor',
      messageKey: 'error.card_declined',
      retryable: false,
      chargeOutcome: 'none',
    });
  });
});
