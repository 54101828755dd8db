import { describe, expect, it, vi } from 'vitest';
import { createStripeAdapter } from '../../../src/adapters/stripe';
import type { PaymentError } from '../../../src/core/errors';
import { asStripe, attemptContext, CLIENT_SECRET, createFakeStripe, deferred, intent, PI_ID, rejection, REQUEST, stripeError } from './fake-stripe';
import { mountForm } from './mount-form';

function setup(overrides: Record<string, unknown> = {}) {
  const fake = createFakeStripe(overrides);
  const adapter = createStripeAdapter({ stripe: asStripe(fake), mode: 'client-confirm', returnUrl: 'https://shop.example/checkout' });
  return { fake, adapter };
}

const session = { clientSecret: CLIENT_SECRET };

describe('Stripe adapter, client-confirm', () => {
  describe('given a mounted form with the client secret', () => {
    it('confirms the Elements group with the client secret, return_url and redirect if_required', async () => {
      const { fake, adapter } = setup();
      await mountForm(adapter, { session });
      const result = await adapter.confirm(REQUEST, attemptContext(session));
      expect(result).toEqual({ status: 'succeeded', paymentId: PI_ID });
      expect(fake.elements).toHaveBeenCalledWith(expect.objectContaining({ clientSecret: CLIENT_SECRET }));
      expect(fake.confirmPayment).toHaveBeenCalledWith({
        elements: fake.elementsGroup,
        clientSecret: CLIENT_SECRET,
        confirmParams: { return_url: 'https://shop.example/checkout' },
        redirect: 'if_required',
      });
      // Client-secret Elements need no elements.submit() before confirmPayment.
      expect(fake.elementsGroup.submit).not.toHaveBeenCalled();
    });

    it.each([
      ['processing', { status: 'processing', paymentId: PI_ID }],
      ['requires_capture', { status: 'succeeded', paymentId: PI_ID }],
    ])('maps a %s intent', async (status, expected) => {
      const { fake, adapter } = setup();
      fake.confirmPayment.mockResolvedValueOnce({ paymentIntent: intent(status) });
      await mountForm(adapter, { session });
      expect(await adapter.confirm(REQUEST, attemptContext(session))).toEqual(expected);
    });

    it('returns a card decline as a definite failed result, keeping the decline code', async () => {
      const { fake, adapter } = setup();
      fake.confirmPayment.mockResolvedValueOnce({ error: stripeError('card_error', { code: 'card_declined', decline_code: 'insufficient_funds' }) });
      await mountForm(adapter, { session });
      const result = await adapter.confirm(REQUEST, attemptContext(session));
      expect(result.status).toBe('failed');
      const error = (result as { error: PaymentError }).error;
      expect(error).toMatchObject({ code: 'insufficient_funds', declineCode: 'insufficient_funds', retryable: false, chargeOutcome: 'none', gatewayId: 'stripe' });
      expect(JSON.stringify(error.toJSON())).not.toContain('Raw Stripe text');
    });

    it('throws connection and API errors for the engine to retry or reconcile', async () => {
      const { fake, adapter } = setup();
      fake.confirmPayment
        .mockResolvedValueOnce({ error: stripeError('api_connection_error') })
        .mockResolvedValueOnce({ error: stripeError('api_error') });
      await mountForm(adapter, { session });
      expect(await rejection(adapter.confirm(REQUEST, attemptContext(session)))).toMatchObject({ code: 'network_error', retryable: true, chargeOutcome: 'unknown' });
      expect(await rejection(adapter.confirm(REQUEST, attemptContext(session)))).toMatchObject({ code: 'processing_error', retryable: true, chargeOutcome: 'unknown' });
    });

    it('takes the intent carried by payment_intent_unexpected_state as the truth (already succeeded)', async () => {
      const { fake, adapter } = setup();
      fake.confirmPayment.mockResolvedValueOnce({
        error: stripeError('invalid_request_error', { code: 'payment_intent_unexpected_state', payment_intent: intent('succeeded') }),
      });
      await mountForm(adapter, { session });
      expect(await adapter.confirm(REQUEST, attemptContext(session))).toEqual({ status: 'succeeded', paymentId: PI_ID });
    });

    it('throws outcome_unknown (reconcile) for payment_intent_unexpected_state without an intent', async () => {
      const { fake, adapter } = setup();
      fake.confirmPayment.mockResolvedValueOnce({ error: stripeError('invalid_request_error', { code: 'payment_intent_unexpected_state' }) });
      await mountForm(adapter, { session });
      expect(await rejection(adapter.confirm(REQUEST, attemptContext(session)))).toMatchObject({ code: 'outcome_unknown', chargeOutcome: 'unknown' });
    });

    it('turns a thrown IntegrationError into a configuration_error that hides the client secret', async () => {
      const { fake, adapter } = setup();
      const integration = new Error(`Invalid value for confirmPayment: clientSecret ${CLIENT_SECRET} is wrong`);
      integration.name = 'IntegrationError';
      fake.confirmPayment.mockRejectedValueOnce(integration);
      await mountForm(adapter, { session });
      const error = await rejection(adapter.confirm(REQUEST, attemptContext(session)));
      expect(error).toMatchObject({ code: 'configuration_error', chargeOutcome: 'none' });
      expect(error.message).not.toContain('_secret_');
    });
  });

  describe('given Elements created without a client secret (deferred intent)', () => {
    it('runs elements.submit() before confirmPayment, and stops on a validation error', async () => {
      const { fake, adapter } = setup();
      await mountForm(adapter, { session: {} });
      expect(fake.elements).toHaveBeenCalledWith(expect.objectContaining({ mode: 'payment', amount: 4999, currency: 'eur' }));
      await adapter.confirm(REQUEST, attemptContext(session));
      expect(fake.elementsGroup.submit).toHaveBeenCalledTimes(1);
      expect(fake.elementsGroup.submit.mock.invocationCallOrder[0]!).toBeLessThan(fake.confirmPayment.mock.invocationCallOrder[0]!);

      fake.elementsGroup.submit.mockResolvedValueOnce({ error: stripeError('validation_error', { code: 'incomplete_number' }) } as never);
      const result = await adapter.confirm(REQUEST, attemptContext(session, { idempotencyKey: 'key-2' }));
      expect(result).toMatchObject({ status: 'failed', error: { code: 'incorrect_number', chargeOutcome: 'none' } });
      expect(fake.confirmPayment).toHaveBeenCalledTimes(1);
    });
  });

  describe('3-D Secure', () => {
    it('returns requires_action, then handleAction completes it with handleNextAction', async () => {
      const { fake, adapter } = setup();
      fake.confirmPayment.mockResolvedValueOnce({ paymentIntent: intent('requires_action', { next_action: { type: 'use_stripe_sdk' } }) });
      await mountForm(adapter, { session });
      const first = await adapter.confirm(REQUEST, attemptContext(session));
      expect(first).toEqual({ status: 'requires_action', paymentId: PI_ID, action: { type: 'three_d_secure', data: { paymentIntentId: PI_ID } } });
      expect(JSON.stringify(first)).not.toContain('_secret_');
      // No session on the action call: the adapter remembers the secret by intent id, in memory.
      if (first.status !== 'requires_action') throw new Error('expected requires_action');
      const done = await adapter.handleAction(first.action, attemptContext({}));
      expect(done).toEqual({ status: 'succeeded', paymentId: PI_ID });
      expect(fake.handleNextAction).toHaveBeenCalledWith({ clientSecret: CLIENT_SECRET });
    });

    it('a failed authentication is a definite authentication_failed result', async () => {
      const { fake, adapter } = setup();
      fake.handleNextAction.mockResolvedValueOnce({
        error: stripeError('invalid_request_error', { code: 'payment_intent_authentication_failure', payment_intent: intent('requires_payment_method') }),
      });
      const result = await adapter.handleAction({ type: 'three_d_secure', data: { paymentIntentId: PI_ID } }, attemptContext(session));
      expect(result).toMatchObject({ status: 'failed', error: { code: 'authentication_failed', chargeOutcome: 'none', retryable: false } });
    });

    it('an intent back in requires_payment_method with last_payment_error after 3DS is failed with that error', async () => {
      const { fake, adapter } = setup();
      fake.handleNextAction.mockResolvedValueOnce({
        paymentIntent: intent('requires_payment_method', {
          last_payment_error: { type: 'invalid_request_error', code: 'payment_intent_authentication_failure' },
        }),
      });
      const result = await adapter.handleAction({ type: 'three_d_secure' }, attemptContext(session));
      expect(result).toMatchObject({ status: 'failed', error: { code: 'authentication_failed', chargeOutcome: 'none' } });
    });

    it('refuses an action whose client secret is unknown', async () => {
      const { adapter } = setup();
      const error = await rejection(adapter.handleAction({ type: 'three_d_secure', data: { paymentIntentId: 'pi_other' } }, attemptContext({})));
      expect(error).toMatchObject({ code: 'configuration_error' });
    });
  });

  describe('bad input', () => {
    it('without a client secret: configuration_error naming clientSecret, nothing sent', async () => {
      const { fake, adapter } = setup();
      await mountForm(adapter, { session: {} });
      const error = await rejection(adapter.confirm(REQUEST, attemptContext({})));
      expect(error).toMatchObject({ code: 'configuration_error', chargeOutcome: 'none' });
      expect(error.message).toContain('clientSecret');
      expect(fake.confirmPayment).not.toHaveBeenCalled();
    });

    it('without a mounted form: configuration_error naming the Form', async () => {
      const { fake, adapter } = setup();
      const error = await rejection(adapter.confirm(REQUEST, attemptContext(session)));
      expect(error.message).toContain('Form');
      expect(fake.confirmPayment).not.toHaveBeenCalled();
    });

    it('unmounting the form unregisters its Elements', async () => {
      const { fake, adapter } = setup();
      const view = await mountForm(adapter, { session });
      view.unmount();
      await rejection(adapter.confirm(REQUEST, attemptContext(session)));
      expect(fake.confirmPayment).not.toHaveBeenCalled();
    });

    it('an aborted signal stops before confirmPayment', async () => {
      const { fake, adapter } = setup();
      await mountForm(adapter, { session });
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(adapter.confirm(REQUEST, attemptContext(session, { signal: controller.signal })));
      expect(error).toMatchObject({ code: 'canceled', chargeOutcome: 'none' });
      expect(fake.confirmPayment).not.toHaveBeenCalled();
    });

    it('a malformed confirmPayment answer is a configuration_error with an unknown outcome', async () => {
      const { fake, adapter } = setup();
      fake.confirmPayment.mockResolvedValueOnce({ paymentIntent: { status: 'succeeded' } });
      await mountForm(adapter, { session });
      expect(await rejection(adapter.confirm(REQUEST, attemptContext(session)))).toMatchObject({ code: 'configuration_error', chargeOutcome: 'unknown' });
    });
  });

  describe('a method token instead of the form', () => {
    it('confirms with payment_method or confirmation_token', async () => {
      const { fake, adapter } = setup();
      await adapter.confirm({ ...REQUEST, method: { type: 'card', token: 'pm_card_visa' } }, attemptContext(session));
      expect(fake.confirmPayment).toHaveBeenLastCalledWith({
        clientSecret: CLIENT_SECRET,
        confirmParams: { return_url: 'https://shop.example/checkout', payment_method: 'pm_card_visa' },
        redirect: 'if_required',
      });
      await adapter.confirm({ ...REQUEST, method: { type: 'confirmation_token', token: 'ctoken_9' } }, attemptContext(session));
      expect(fake.confirmPayment).toHaveBeenLastCalledWith(
        expect.objectContaining({ confirmParams: { return_url: 'https://shop.example/checkout', confirmation_token: 'ctoken_9' } }),
      );
    });
  });

  describe('retrieve (reconcile)', () => {
    it.each([
      ['succeeded', { status: 'succeeded', paymentId: PI_ID }],
      ['processing', { status: 'processing', paymentId: PI_ID }],
    ])('maps a %s intent', async (status, expected) => {
      const { fake, adapter } = setup();
      fake.retrievePaymentIntent.mockResolvedValueOnce({ paymentIntent: intent(status) });
      expect(await adapter.retrieve({ checkoutId: 'co_1', idempotencyKey: 'key-1' }, attemptContext(session))).toEqual(expected);
      expect(fake.retrievePaymentIntent).toHaveBeenCalledWith(CLIENT_SECRET);
    });

    it.each([
      ['requires_payment_method with last_payment_error', intent('requires_payment_method', { last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'do_not_honor' } }), 'card_declined'],
      ['requires_payment_method, never attempted', intent('requires_payment_method'), 'processing_error'],
      ['canceled', intent('canceled'), 'canceled'],
    ])('%s → failed, nothing charged', async (_name, pi, code) => {
      const { fake, adapter } = setup();
      fake.retrievePaymentIntent.mockResolvedValueOnce({ paymentIntent: pi });
      const result = await adapter.retrieve({ checkoutId: 'co_1', idempotencyKey: 'key-1' }, attemptContext(session));
      expect(result).toMatchObject({ status: 'failed', error: { code, chargeOutcome: 'none' } });
    });

    it('not found → failed', async () => {
      const { fake, adapter } = setup();
      fake.retrievePaymentIntent.mockResolvedValueOnce({ error: stripeError('invalid_request_error', { code: 'resource_missing', param: 'intent' }) });
      expect(await adapter.retrieve({ checkoutId: 'co_1', idempotencyKey: 'key-1' }, attemptContext(session))).toMatchObject({ status: 'failed' });
    });

    it('uses the secret remembered for the idempotency key when no session is given', async () => {
      const { fake, adapter } = setup();
      fake.confirmPayment.mockResolvedValueOnce({ error: stripeError('api_error') });
      await adapter.confirm({ ...REQUEST, method: { type: 'card', token: 'pm_1' } }, attemptContext(session)).catch(() => undefined);
      await adapter.retrieve({ checkoutId: 'co_1', idempotencyKey: 'key-1' }, attemptContext({}));
      expect(fake.retrievePaymentIntent).toHaveBeenCalledWith(CLIENT_SECRET);
    });

    it('without any known secret: outcome_unknown, never a guess', async () => {
      const { fake, adapter } = setup();
      const error = await rejection(adapter.retrieve({ checkoutId: 'co_1', idempotencyKey: 'nope' }, attemptContext({})));
      expect(error).toMatchObject({ code: 'outcome_unknown', chargeOutcome: 'unknown' });
      expect(fake.retrievePaymentIntent).not.toHaveBeenCalled();
    });
  });
});

describe('Stripe adapter, abort while Stripe is busy', () => {
  it('settles at once with canceled; the outcome is unknown because confirmPayment may still complete', async () => {
    const fake = createFakeStripe();
    const gate = deferred<unknown>();
    fake.confirmPayment.mockReturnValueOnce(gate.promise);
    const adapter = createStripeAdapter({ stripe: asStripe(fake), mode: 'client-confirm', returnUrl: 'https://shop.example/checkout' });
    await mountForm(adapter, { session });
    const controller = new AbortController();
    const pending = adapter.confirm(REQUEST, attemptContext(session, { signal: controller.signal }));
    await vi.waitFor(() => expect(fake.confirmPayment).toHaveBeenCalled());
    controller.abort();
    expect(await rejection(pending)).toMatchObject({ code: 'canceled', chargeOutcome: 'unknown' });
    gate.resolve({ paymentIntent: intent('succeeded') });
  });
});
