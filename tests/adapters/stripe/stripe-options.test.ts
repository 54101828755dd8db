import { describe, expect, it } from 'vitest';
import { createStripeAdapter, type StripeAdapterOptions } from '../../../src/adapters/stripe';
import { isPaymentError, type PaymentError } from '../../../src/core/errors';
import { asStripe, createFakeStripe } from './fake-stripe';

function thrown(options: unknown): PaymentError {
  try {
    createStripeAdapter(options as StripeAdapterOptions);
  } catch (error) {
    expect(isPaymentError(error)).toBe(true);
    return error as PaymentError;
  }
  throw new Error('expected createStripeAdapter to throw');
}

describe('createStripeAdapter options', () => {
  it('accepts a publishable key and applies defaults, touching no browser global', () => {
    const adapter = createStripeAdapter({ publishableKey: 'pk_test_123abc', mode: 'client-confirm' });
    expect(adapter).toMatchObject({ id: 'stripe', label: 'Card', kind: 'online', mode: 'client-confirm' });
    expect(document.querySelector('script[src*="js.stripe.com"]')).toBeNull();
  });

  it('accepts a Stripe instance, a promise of one, or null', () => {
    const fake = asStripe(createFakeStripe());
    expect(createStripeAdapter({ stripe: fake, mode: 'server-confirm', id: 'stripe-eu', label: 'Karte' })).toMatchObject({ id: 'stripe-eu', label: 'Karte' });
    expect(() => createStripeAdapter({ stripe: Promise.resolve(fake), mode: 'client-confirm' })).not.toThrow();
    expect(() => createStripeAdapter({ stripe: null, mode: 'client-confirm' })).not.toThrow();
  });

  it.each([
    ['options', null],
    ['publishableKey', { mode: 'client-confirm' }],
    ['publishableKey', { publishableKey: 'not-a-key', mode: 'client-confirm' }],
    ['publishableKey', { publishableKey: 42, mode: 'client-confirm' }],
    ['stripe', { stripe: { not: 'stripe' }, mode: 'client-confirm' }],
    ['mode', { publishableKey: 'pk_test_1', mode: 'both' }],
    ['mode', { publishableKey: 'pk_test_1' }],
    ['id', { publishableKey: 'pk_test_1', mode: 'client-confirm', id: '' }],
    ['label', { publishableKey: 'pk_test_1', mode: 'client-confirm', label: '  ' }],
    ['returnUrl', { publishableKey: 'pk_test_1', mode: 'client-confirm', returnUrl: '/relative' }],
    ['appearance', { publishableKey: 'pk_test_1', mode: 'client-confirm', appearance: 'night' }],
    ['paymentElementOptions', { publishableKey: 'pk_test_1', mode: 'client-confirm', paymentElementOptions: 3 }],
    ['loadRetry.attempts', { publishableKey: 'pk_test_1', mode: 'client-confirm', loadRetry: { attempts: 0 } }],
    ['loadRetry.baseDelayMs', { publishableKey: 'pk_test_1', mode: 'client-confirm', loadRetry: { baseDelayMs: -1 } }],
    ['loadRetry.sleep', { publishableKey: 'pk_test_1', mode: 'client-confirm', loadRetry: { sleep: 'soon' } }],
    ['lookupPayment', { publishableKey: 'pk_test_1', mode: 'server-confirm', lookupPayment: {} }],
    ['challengeTimeoutMs', { publishableKey: 'pk_test_1', mode: 'client-confirm', challengeTimeoutMs: 0 }],
  ])('rejects a bad %s with a configuration_error naming it', (field, options) => {
    const error = thrown(options);
    expect(error).toMatchObject({ code: 'configuration_error', chargeOutcome: 'none' });
    expect(error.message).toContain(`\`${field}\``);
  });

  it.each(['sk_live_51Hxyz0123456789SECRET', 'rk_test_51Hxyz0123456789SECRET', 'sk_test_abc'])(
    'refuses a secret or restricted key (%s) without echoing it',
    (key) => {
      const error = thrown({ publishableKey: key, mode: 'client-confirm' });
      expect(error.message).toContain('secret or restricted');
      expect(error.message).not.toContain(key);
      expect(JSON.stringify(error.toJSON())).not.toContain(key.slice(8));
    },
  );

  describe('call bounds for 3-D Secure challenges', () => {
    it('bounds confirm and handleAction by challengeTimeoutMs (default 10 minutes) in client-confirm mode', () => {
      expect(createStripeAdapter({ publishableKey: 'pk_test_1', mode: 'client-confirm' }).timeouts).toEqual({
        confirmMs: 600_000,
        handleActionMs: 600_000,
      });
    });

    it('bounds only handleAction in server-confirm mode (confirm is the merchant server call)', () => {
      expect(createStripeAdapter({ publishableKey: 'pk_test_1', mode: 'server-confirm', challengeTimeoutMs: 120_000 }).timeouts).toEqual({
        handleActionMs: 120_000,
      });
    });
  });
});
