import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/core/redact/redact';
import { PaymentError, isPaymentError } from '../../../src/core/errors';

const CARD = '4242 4242 4242 4242';

describe('redact', () => {
  describe('given values under sensitive keys', () => {
    it.each(['cvc', 'CVV', 'card_number', 'cardNumber', 'password', 'clientSecret', 'client_secret', 'token', 'accessToken', 'Authorization', 'cookie', 'Set-Cookie', 'x-api-key', 'apiKey', 'pan'])(
      'replaces the value of %s with [REDACTED]',
      (key) => {
        expect(redact({ [key]: 'value-123', keep: 'ok' })).toEqual({ [key]: '[REDACTED]', keep: 'ok' });
      },
    );

    it('redacts whole objects and numbers under a sensitive key, but keeps null, undefined and booleans', () => {
      expect(redact({ cvc: 123, secret: { a: 1 }, password: null, token: undefined, hasToken: true })).toEqual({
        cvc: '[REDACTED]',
        secret: '[REDACTED]',
        password: null,
        token: undefined,
        hasToken: true,
      });
    });

    it('redacts a payment method token under `token` but keeps `paymentMethodId` readable', () => {
      expect(redact({ method: { type: 'card', token: 'tok_visa' }, paymentMethodId: 'pm_123' })).toEqual({
        method: { type: 'card', token: '[REDACTED]' },
        paymentMethodId: 'pm_123',
      });
    });
  });

  describe('given values under id-like keys and manual instructions', () => {
    it('keeps digit runs readable, even Luhn-valid ones', () => {
      const value = {
        checkoutId: '4242424242424242',
        paymentId: 'pay_5555555555554444',
        idempotencyKey: '4000056655665556',
        reference: 'RSP 4242 4242 4242 4242',
        checkout_id: '5555555555554444',
      };
      expect(redact(value)).toEqual(value);
    });

    it('keeps only the listed id keys readable: other ids are redacted by content', () => {
      expect(redact({ orderId: 4242424242424242, gatewayId: 'stripe 4242424242424242', paymentMethodId: 'pm_123' })).toEqual({
        orderId: '[card ••••4242]',
        gatewayId: 'stripe [card ••••4242]',
        paymentMethodId: 'pm_123',
      });
    });

    it('keeps ManualInstructions readable wherever they appear', () => {
      const instructions = {
        method: 'bank_transfer',
        reference: '4242424242424242',
        amount: { amount: 4999, currency: 'EUR' },
        iban: 'DE89370400440532013000',
        note: 'questions: billing@shop.example',
      };
      expect(redact({ state: { status: 'pending_manual', instructions } })).toEqual({ state: { status: 'pending_manual', instructions } });
      expect(redact([instructions])).toEqual([instructions]);
    });

    it('still masks secrets inside readable values', () => {
      expect(redact({ reference: 'sk_live_abc123' })).toEqual({ reference: 'sk_live_[REDACTED]' });
    });
  });

  describe('given plain values', () => {
    it('masks card numbers in strings and numbers, keeps other numbers and dates', () => {
      const at = new Date(1764864000000);
      const out = redact({ note: `card ${CARD}`, n: 4242424242424242, amount: 4999, ts: 1764864000000, at, big: 5555555555554444n });
      expect(out).toEqual({ note: 'card [card ••••4242]', n: '[card ••••4242]', amount: 4999, ts: 1764864000000, at, big: '[card ••••4444]' });
      expect(out.at).not.toBe(at);
    });

    it('copies arrays, Maps and Sets', () => {
      const input = { list: [CARD], map: new Map<unknown, unknown>([['cvc', '123'], ['note', CARD]]), set: new Set([CARD, 'x']) };
      const out = redact(input);
      expect(out.list).toEqual(['[card ••••4242]']);
      expect(out.map).toEqual(new Map([['cvc', '[REDACTED]'], ['note', '[card ••••4242]']]));
      expect(out.set).toEqual(new Set(['[card ••••4242]', 'x']));
      expect(out.map).not.toBe(input.map);
    });

    it('turns Headers into a plain object with auth headers masked', () => {
      const headers = new Headers({ Authorization: 'Bearer abc', 'Retry-After': '3' });
      expect(redact({ headers })).toEqual({ headers: { authorization: '[REDACTED]', 'retry-after': '3' } });
    });

    it('redacts URLs to their masked href', () => {
      expect(redact(new URL('https://x.test/?client_secret=pi_1_secret_2'))).toBe('https://x.test/?client_secret=[REDACTED]');
    });

    it('leaves primitives and functions as they are', () => {
      const fn = () => 1;
      expect(redact(42)).toBe(42);
      expect(redact(null)).toBe(null);
      expect(redact(undefined)).toBe(undefined);
      expect(redact(fn)).toBe(fn);
      expect(redact('pay 4242424242424242')).toBe('pay [card ••••4242]');
    });

    it('does not let a __proto__ key change the prototype of the copy', () => {
      const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
      const out = redact(input);
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    });
  });

  describe('given errors', () => {
    it('keeps the prototype, name, message, stack and cause, all redacted', () => {
      const root = new Error(`declined ${CARD}`);
      const error = new TypeError('wrapped sk_live_abc', { cause: root });
      const out = redact(error);
      expect(out).toBeInstanceOf(TypeError);
      expect(out).not.toBe(error);
      expect(out.name).toBe('TypeError');
      expect(out.message).toBe('wrapped sk_live_[REDACTED]');
      expect(out.stack).toContain('sk_live_[REDACTED]');
      expect(out.stack).not.toContain('sk_live_abc');
      expect((out.cause as Error).message).toBe('declined [card ••••4242]');
      expect(error.message).toBe('wrapped sk_live_abc');
    });

    it('keeps a PaymentError recognisable', () => {
      const out = redact(new PaymentError({ code: 'timeout', gatewayId: 'stripe' }));
      expect(isPaymentError(out)).toBe(true);
      expect(out.code).toBe('timeout');
    });

    it('copies DOMExceptions with their name', () => {
      const out = redact(new DOMException('The operation was aborted.', 'AbortError'));
      expect(out.name).toBe('AbortError');
      expect(out.message).toBe('The operation was aborted.');
    });
  });

  describe('given cycles and shared references', () => {
    it('marks a reference back to an ancestor as [Circular] and stays JSON-safe', () => {
      const a: Record<string, unknown> = { note: CARD };
      a.self = a;
      a.list = [a];
      const out = redact(a);
      expect(out).toEqual({ note: '[card ••••4242]', self: '[Circular]', list: ['[Circular]'] });
      expect(() => JSON.stringify(out)).not.toThrow();
    });

    it('handles a cyclic error cause chain', () => {
      const e = new Error('x');
      (e as { cause?: unknown }).cause = e;
      expect((redact(e) as { cause?: unknown }).cause).toBe('[Circular]');
    });

    it('shares one copy for a value referenced twice (not a cycle)', () => {
      const shared = { note: CARD };
      const out = redact({ a: shared, b: shared });
      expect(out.a).toEqual({ note: '[card ••••4242]' });
      expect(out.a).toBe(out.b);
    });

    it('cuts off absurd nesting instead of overflowing the stack', () => {
      let deep: Record<string, unknown> = {};
      const root = deep;
      for (let i = 0; i < 100_000; i++) deep = deep.next = {};
      expect(() => redact(root)).not.toThrow();
      expect(JSON.stringify(redact(root))).toContain('[Truncated]');
    });
  });

  it('survives getters that throw', () => {
    const input = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('nope');
      },
    });
    expect(redact(input)).toEqual({ boom: '[Unreadable]' });
  });
});
