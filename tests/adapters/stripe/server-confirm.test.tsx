import { describe, expect, it, vi } from 'vitest';
import { createStripeAdapter } from '../../../src/adapters/stripe';
import { PaymentError } from '../../../src/core/errors';
import type { ServerConfirmHandler } from '../../../src/core/types';
import { asStripe, attemptContext, CLIENT_SECRET, createFakeStripe, deferred, intent, PI_ID, rejection, REQUEST, stripeError } from './fake-stripe';
import { mountForm } from './mount-form';

function setup(options: Record<string, unknown> = {}) {
  const fake = createFakeStripe();
  const adapter = createStripeAdapter({ stripe: asStripe(fake), mode: 'server-confirm', ...options });
  return { fake, adapter };
}

describe('Stripe adapter, server-confirm', () => {
  it('submits Elements, creates a ConfirmationToken, then hands its id and the idempotency key to onPaymentSubmit', async () => {
    const { fake, adapter } = setup();
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>(async () => ({ status: 'succeeded', paymentId: PI_ID }));
    await mountForm(adapter, { session: { onPaymentSubmit } });
    const ctx = attemptContext({ onPaymentSubmit }, { idempotencyKey: 'idem-42', attempt: 2 });
    expect(await adapter.confirm(REQUEST, ctx)).toEqual({ status: 'succeeded', paymentId: PI_ID });
    expect(fake.elementsGroup.submit).toHaveBeenCalledTimes(1);
    expect(fake.createConfirmationToken).toHaveBeenCalledWith({ elements: fake.elementsGroup });
    expect(onPaymentSubmit).toHaveBeenCalledWith('ctoken_1', { idempotencyKey: 'idem-42', signal: ctx.signal, gatewayId: 'stripe', attempt: 2 });
    const order = [fake.elementsGroup.submit, fake.createConfirmationToken, onPaymentSubmit].map((fn) => fn.mock.invocationCallOrder[0]!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('a retry under the same key sends the same token (Stripe rejects a reused key with different parameters)', async () => {
    const { fake, adapter } = setup();
    let n = 0;
    fake.createConfirmationToken.mockImplementation(async () => ({ confirmationToken: { id: `ctoken_${++n}` } }));
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue({ status: 'succeeded', paymentId: PI_ID });
    await mountForm(adapter, { session: { onPaymentSubmit } });
    await rejection(adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit }, { idempotencyKey: 'k1', attempt: 1 })));
    await adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit }, { idempotencyKey: 'k1', attempt: 2 }));
    expect(onPaymentSubmit.mock.calls.map((call) => [call[0], call[1].idempotencyKey])).toEqual([
      ['ctoken_1', 'k1'],
      ['ctoken_1', 'k1'],
    ]);
    // A new key (a new submit) gets a fresh token.
    await adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit }, { idempotencyKey: 'k2' }));
    expect(onPaymentSubmit).toHaveBeenLastCalledWith('ctoken_2', expect.objectContaining({ idempotencyKey: 'k2' }));
  });

  it('a { clientSecret } answer is looked up: requires_action, then handleAction runs handleNextAction', async () => {
    const { fake, adapter } = setup();
    fake.retrievePaymentIntent.mockResolvedValueOnce({ paymentIntent: intent('requires_action', { next_action: { type: 'use_stripe_sdk' } }) });
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>(async () => ({ clientSecret: CLIENT_SECRET }));
    await mountForm(adapter, { session: { onPaymentSubmit } });
    const first = await adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit }));
    expect(first).toMatchObject({ status: 'requires_action', paymentId: PI_ID, action: { type: 'three_d_secure' } });
    if (first.status !== 'requires_action') throw new Error('expected requires_action');
    expect(await adapter.handleAction(first.action, attemptContext({ onPaymentSubmit }))).toEqual({ status: 'succeeded', paymentId: PI_ID });
    expect(fake.handleNextAction).toHaveBeenCalledWith({ clientSecret: CLIENT_SECRET });
  });

  it('3DS failure after server confirm → failed authentication_failed', async () => {
    const { fake, adapter } = setup();
    fake.retrievePaymentIntent.mockResolvedValueOnce({ paymentIntent: intent('requires_action') });
    fake.handleNextAction.mockResolvedValueOnce({ error: stripeError('card_error', { code: 'payment_intent_authentication_failure' }) });
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>(async () => ({ clientSecret: CLIENT_SECRET }));
    await mountForm(adapter, { session: { onPaymentSubmit } });
    const first = await adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit }));
    if (first.status !== 'requires_action') throw new Error('expected requires_action');
    expect(await adapter.handleAction(first.action, attemptContext({}))).toMatchObject({ status: 'failed', error: { code: 'authentication_failed' } });
  });

  it('a Stripe card error thrown by the merchant callback is a definite decline', async () => {
    const { adapter } = setup();
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>(async () => {
      throw stripeError('card_error', { code: 'card_declined', decline_code: 'stolen_card' });
    });
    await mountForm(adapter, { session: { onPaymentSubmit } });
    const result = await adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit }));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'card_declined', declineCode: 'stolen_card', messageKey: 'error.card_declined' } });
  });

  it('a PaymentError thrown by the merchant callback keeps its code and outcome', async () => {
    const { adapter } = setup();
    const thrown = new PaymentError({ code: 'rate_limited', retryAfterMs: 1000 });
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>(async () => {
      throw thrown;
    });
    await mountForm(adapter, { session: { onPaymentSubmit } });
    expect(await rejection(adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit })))).toMatchObject({ code: 'rate_limited', retryAfterMs: 1000, chargeOutcome: 'none', gatewayId: 'stripe' });
  });

  it.each([
    ['nothing, and no client secret', undefined],
    ['an unknown shape', { ok: true }],
    ['succeeded without a paymentId', { status: 'succeeded' }],
  ])('an answer of %s is a configuration_error with an unknown outcome (it may hide a charge)', async (_name, answer) => {
    const { adapter } = setup();
    const onPaymentSubmit = vi.fn(async () => answer) as unknown as ServerConfirmHandler;
    await mountForm(adapter, { session: { onPaymentSubmit } });
    const error = await rejection(adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit })));
    expect(error).toMatchObject({ code: 'configuration_error', chargeOutcome: 'unknown' });
    expect(error.message).toContain('onPaymentSubmit');
  });

  it('a validation error from elements.submit() stops before any token or server call', async () => {
    const { fake, adapter } = setup();
    fake.elementsGroup.submit.mockResolvedValueOnce({ error: stripeError('validation_error', { code: 'incomplete_cvc' }) } as never);
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>();
    await mountForm(adapter, { session: { onPaymentSubmit } });
    expect(await adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit }))).toMatchObject({ status: 'failed', error: { code: 'incorrect_cvc' } });
    expect(fake.createConfirmationToken).not.toHaveBeenCalled();
    expect(onPaymentSubmit).not.toHaveBeenCalled();
  });

  it('cancel while the token is being created: the merchant server is never called', async () => {
    const { fake, adapter } = setup();
    const token = deferred<unknown>();
    fake.createConfirmationToken.mockReturnValueOnce(token.promise);
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>();
    await mountForm(adapter, { session: { onPaymentSubmit } });
    const controller = new AbortController();
    const pending = adapter.confirm(REQUEST, attemptContext({ onPaymentSubmit }, { signal: controller.signal }));
    await vi.waitFor(() => expect(fake.createConfirmationToken).toHaveBeenCalled());
    controller.abort();
    token.resolve({ confirmationToken: { id: 'ctoken_late' } });
    expect(await rejection(pending)).toMatchObject({ code: 'canceled', chargeOutcome: 'none' });
    expect(onPaymentSubmit).not.toHaveBeenCalled();
  });

  it('without onPaymentSubmit: configuration_error naming it', async () => {
    const { adapter } = setup();
    await mountForm(adapter);
    const error = await rejection(adapter.confirm(REQUEST, attemptContext({})));
    expect(error.message).toContain('onPaymentSubmit');
  });

  describe('retrieve with lookupPayment', () => {
    it('asks the merchant server by idempotency key and interprets the answer', async () => {
      const lookupPayment = vi.fn(async () => ({ clientSecret: CLIENT_SECRET }));
      const { fake, adapter } = setup({ lookupPayment });
      fake.retrievePaymentIntent.mockResolvedValueOnce({ paymentIntent: intent('succeeded') });
      const ref = { checkoutId: 'co_1', idempotencyKey: 'k9' };
      expect(await adapter.retrieve(ref, attemptContext({}))).toEqual({ status: 'succeeded', paymentId: PI_ID });
      expect(lookupPayment).toHaveBeenCalledWith(ref, { signal: expect.any(AbortSignal) });
    });

    it('no payment under the key → failed (nothing charged)', async () => {
      const { adapter } = setup({ lookupPayment: async () => undefined });
      expect(await adapter.retrieve({ checkoutId: 'co_1', idempotencyKey: 'k9' }, attemptContext({}))).toMatchObject({
        status: 'failed',
        error: { chargeOutcome: 'none' },
      });
    });
  });
});

describe('Stripe adapter, server-confirm polling', () => {
  it('a processing intent found through { clientSecret } can be polled by payment id without a session', async () => {
    const fake = createFakeStripe();
    fake.retrievePaymentIntent
      .mockResolvedValueOnce({ paymentIntent: intent('processing') })
      .mockResolvedValueOnce({ paymentIntent: intent('succeeded') });
    const adapter = createStripeAdapter({ stripe: asStripe(fake), mode: 'server-confirm' });
    const onPaymentSubmit = vi.fn<ServerConfirmHandler>(async () => ({ clientSecret: CLIENT_SECRET }));
    const first = await adapter.confirm({ ...REQUEST, method: { type: 'confirmation_token', token: 'ctoken_x' } }, attemptContext({ onPaymentSubmit }));
    expect(first).toEqual({ status: 'processing', paymentId: PI_ID });
    expect(await adapter.retrieve({ checkoutId: 'co_1', idempotencyKey: 'other', paymentId: PI_ID }, attemptContext({}))).toEqual({
      status: 'succeeded',
      paymentId: PI_ID,
    });
  });
});
