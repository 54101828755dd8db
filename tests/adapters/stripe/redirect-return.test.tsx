import { afterEach, describe, expect, it } from 'vitest';
import { createStripeAdapter, readStripeRedirectReturn, withoutStripeRedirectParams } from '../../../src/adapters/stripe';
import { asStripe, attemptContext, CLIENT_SECRET, createFakeStripe, intent, PI_ID, REQUEST } from './fake-stripe';
import { mountForm } from './mount-form';

const RETURN = `https://shop.example/checkout?order=7&payment_intent=${PI_ID}&payment_intent_client_secret=${CLIENT_SECRET}&redirect_status=succeeded`;

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('readStripeRedirectReturn', () => {
  it('reads the client secret, intent id and redirect status from a return URL', () => {
    expect(readStripeRedirectReturn(RETURN)).toEqual({ clientSecret: CLIENT_SECRET, paymentIntentId: PI_ID, redirectStatus: 'succeeded' });
  });

  it('reads location.href by default', () => {
    window.history.replaceState(null, '', `/checkout?payment_intent_client_secret=${CLIENT_SECRET}&redirect_status=failed`);
    expect(readStripeRedirectReturn()).toEqual({ clientSecret: CLIENT_SECRET, redirectStatus: 'failed' });
  });

  it.each([
    ['no parameters', 'https://shop.example/checkout'],
    ['a malformed secret', 'https://shop.example/?payment_intent_client_secret=<script>'],
    ['not a URL', 'not a url'],
  ])('returns null for %s', (_name, url) => {
    expect(readStripeRedirectReturn(url)).toBeNull();
  });

  it('ignores a payment_intent id that does not own the secret', () => {
    expect(readStripeRedirectReturn(`https://s.example/?payment_intent=pi_other&payment_intent_client_secret=${CLIENT_SECRET}`)).toEqual({
      clientSecret: CLIENT_SECRET,
    });
  });

  it('withoutStripeRedirectParams strips only Stripe parameters', () => {
    expect(withoutStripeRedirectParams(RETURN)).toBe('https://shop.example/checkout?order=7');
  });
});

describe('resuming after a redirect', () => {
  it('submit with the same client secret retrieves the intent instead of confirming it again (once)', async () => {
    window.history.replaceState(null, '', `/checkout?payment_intent=${PI_ID}&payment_intent_client_secret=${CLIENT_SECRET}&redirect_status=succeeded`);
    const fake = createFakeStripe();
    const adapter = createStripeAdapter({ stripe: asStripe(fake), mode: 'client-confirm' });
    await mountForm(adapter, { session: { clientSecret: CLIENT_SECRET } });
    expect(await adapter.confirm(REQUEST, attemptContext({ clientSecret: CLIENT_SECRET }))).toEqual({ status: 'succeeded', paymentId: PI_ID });
    expect(fake.retrievePaymentIntent).toHaveBeenCalledWith(CLIENT_SECRET);
    expect(fake.confirmPayment).not.toHaveBeenCalled();
    // A later submit (the shopper tries again) confirms normally.
    await adapter.confirm(REQUEST, attemptContext({ clientSecret: CLIENT_SECRET }, { idempotencyKey: 'key-2' }));
    expect(fake.confirmPayment).toHaveBeenCalledTimes(1);
  });

  it('a failed redirect resumes as a definite failure', async () => {
    window.history.replaceState(null, '', `/checkout?payment_intent=${PI_ID}&payment_intent_client_secret=${CLIENT_SECRET}&redirect_status=failed`);
    const fake = createFakeStripe();
    fake.retrievePaymentIntent.mockResolvedValueOnce({
      paymentIntent: intent('requires_payment_method', { last_payment_error: { type: 'invalid_request_error', code: 'payment_intent_authentication_failure' } }),
    });
    const adapter = createStripeAdapter({ stripe: asStripe(fake), mode: 'client-confirm' });
    await mountForm(adapter, { session: { clientSecret: CLIENT_SECRET } });
    expect(await adapter.confirm(REQUEST, attemptContext({ clientSecret: CLIENT_SECRET }))).toMatchObject({
      status: 'failed',
      error: { code: 'authentication_failed', chargeOutcome: 'none' },
    });
  });

  it('retrieve (client.resume after a reload) finds the client secret in the URL', async () => {
    window.history.replaceState(null, '', `/checkout?payment_intent=${PI_ID}&payment_intent_client_secret=${CLIENT_SECRET}&redirect_status=processing`);
    const fake = createFakeStripe();
    fake.retrievePaymentIntent.mockResolvedValueOnce({ paymentIntent: intent('processing') });
    const adapter = createStripeAdapter({ stripe: asStripe(fake), mode: 'client-confirm' });
    expect(await adapter.retrieve({ checkoutId: 'co_1', idempotencyKey: 'k', paymentId: PI_ID }, attemptContext({}))).toEqual({
      status: 'processing',
      paymentId: PI_ID,
    });
    // …but not for another payment.
    await expect(adapter.retrieve({ checkoutId: 'co_2', idempotencyKey: 'k2', paymentId: 'pi_other' }, attemptContext({}))).rejects.toMatchObject({
      code: 'outcome_unknown',
    });
  });
});
