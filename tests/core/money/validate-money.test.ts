import { describe, expect, it } from 'vitest';
import { isPaymentError, type PaymentError } from '../../../src/core/errors';
import { isValidMoney, moneySchema, validateMoney } from '../../../src/core/money';

function rejection(money: unknown, field?: string): PaymentError {
  try {
    validateMoney(money, field);
  } catch (error) {
    if (isPaymentError(error)) return error;
    throw error;
  }
  throw new Error('expected validateMoney to throw');
}

describe('validateMoney', () => {
  it('returns a clean copy of valid money', () => {
    const input = { amount: 4999, currency: 'EUR', extra: 'dropped' };
    const out = validateMoney(input);
    expect(out).toEqual({ amount: 4999, currency: 'EUR' });
    expect(out).not.toBe(input);
  });

  it.each([
    [{ amount: 1, currency: 'JPY' }],
    [{ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }],
    [{ amount: 1500, currency: 'KWD' }],
    [{ amount: 10000, currency: 'CLF' }],
  ])('accepts %j', (money) => {
    expect(validateMoney(money)).toEqual(money);
    expect(isValidMoney(money)).toBe(true);
  });

  describe('given a bad amount', () => {
    it.each([
      [49.99, 'money.amount must be a positive integer number of minor units (got 49.99).'],
      [0, 'money.amount must be a positive integer number of minor units (got 0).'],
      [-100, 'money.amount must be a positive integer number of minor units (got -100).'],
      ['4999', "money.amount must be a positive integer number of minor units (got '4999')."],
      [Number.NaN, 'money.amount must be a positive integer number of minor units (got NaN).'],
      [Number.POSITIVE_INFINITY, 'money.amount must be a positive integer number of minor units (got Infinity).'],
      [undefined, 'money.amount must be a positive integer number of minor units (got undefined).'],
      [Number.MAX_SAFE_INTEGER + 1, 'money.amount must be at most Number.MAX_SAFE_INTEGER minor units (got 9007199254740992).'],
    ])('rejects %s naming the field and the rule', (amount, message) => {
      const error = rejection({ amount, currency: 'EUR' });
      expect(error.code).toBe('invalid_request');
      expect(error.message).toBe(message);
      expect(isValidMoney({ amount, currency: 'EUR' })).toBe(false);
    });
  });

  describe('given a bad currency', () => {
    it.each([
      ['eur', "money.currency must be a known ISO 4217 code in upper case (got 'eur'; use 'EUR')."],
      ['EUX', "money.currency must be a known ISO 4217 code in upper case (got 'EUX')."],
      ['XTS', "money.currency must be a known ISO 4217 code in upper case (got 'XTS')."],
      ['', "money.currency must be a known ISO 4217 code in upper case (got '')."],
      [978, 'money.currency must be a known ISO 4217 code in upper case (got 978).'],
      [null, 'money.currency must be a known ISO 4217 code in upper case (got null).'],
    ])('rejects %j naming the field and the rule', (currency, message) => {
      const error = rejection({ amount: 100, currency });
      expect(error).toMatchObject({ code: 'invalid_request', message });
    });
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [4999, '4999'],
    ['49.99 EUR', "'49.99 EUR'"],
    [[4999, 'EUR'], 'an array'],
  ])('rejects a non-object %j', (money, shown) => {
    expect(rejection(money).message).toBe(`money must be an object { amount, currency } (got ${shown}).`);
  });

  it('uses the given field name', () => {
    expect(rejection({ amount: 1.5, currency: 'EUR' }, 'props.amount').message).toMatch(/^props\.amount\.amount must be/);
    expect(rejection({ amount: 100, currency: 'eur' }, 'request.money').message).toMatch(/^request\.money\.currency must be/);
  });

  it('reports the amount before the currency when both are wrong', () => {
    expect(rejection({ amount: -1, currency: 'x' }).message).toMatch(/^money\.amount/);
  });

  it('exposes the zod/mini schema', () => {
    expect(moneySchema.safeParse({ amount: 100, currency: 'EUR' }).success).toBe(true);
    expect(moneySchema.safeParse({ amount: 1.5, currency: 'EUR' }).success).toBe(false);
  });
});
