import { loadStripe } from '@stripe/stripe-js/pure';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStripeAdapter } from '../../../src/adapters/stripe';
import { asStripe, attemptContext, CLIENT_SECRET, createFakeStripe, deferred, PI_ID, rejection, REQUEST } from './fake-stripe';
import { mountForm } from './mount-form';

vi.mock('@stripe/stripe-js/pure', () => ({ loadStripe: vi.fn() }));
const mockedLoadStripe = vi.mocked(loadStripe);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
  mockedLoadStripe.mockReset();
});

afterEach(async () => {
  // Give any stray rejection a chance to surface before checking.
  await new Promise((resolve) => setTimeout(resolve, 0));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

function adapterWithSleeps(attempts = 3) {
  const sleeps: number[] = [];
  const adapter = createStripeAdapter({
    publishableKey: 'pk_test_abc',
    mode: 'client-confirm',
    returnUrl: 'https://shop.example/pay',
    loadRetry: { attempts, baseDelayMs: 100, sleep: async (ms) => void sleeps.push(ms) },
  });
  return { adapter, sleeps };
}

describe('Stripe.js loading', () => {
  it('does not load anything until first use, then loads once with the publishable key', async () => {
    const fake = createFakeStripe();
    mockedLoadStripe.mockResolvedValue(asStripe(fake));
    const { adapter } = adapterWithSleeps();
    expect(mockedLoadStripe).not.toHaveBeenCalled();
    await adapter.load(new AbortController().signal);
    await adapter.load(new AbortController().signal);
    expect(mockedLoadStripe).toHaveBeenCalledTimes(1);
    expect(mockedLoadStripe).toHaveBeenCalledWith('pk_test_abc');
  });

  it('retries a failed script load with doubling delays, then succeeds', async () => {
    const fake = createFakeStripe();
    mockedLoadStripe
      .mockRejectedValueOnce(new Error('Failed to load Stripe.js'))
      .mockRejectedValueOnce(new Error('Failed to load Stripe.js'))
      .mockResolvedValueOnce(asStripe(fake));
    const { adapter, sleeps } = adapterWithSleeps();
    await adapter.load(new AbortController().signal);
    expect(mockedLoadStripe).toHaveBeenCalledTimes(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('when it keeps failing: gateway_unavailable with nothing sent, no unhandled rejection; a later call recovers', async () => {
    mockedLoadStripe.mockRejectedValue(new Error('Failed to load Stripe.js'));
    const { adapter } = adapterWithSleeps(2);
    const error = await rejection(adapter.load(new AbortController().signal));
    expect(error).toMatchObject({ code: 'gateway_unavailable', chargeOutcome: 'none', retryable: true, gatewayId: 'stripe' });
    // confirm fails the same way, before touching anything else.
    expect(await rejection(adapter.confirm(REQUEST, attemptContext({ clientSecret: CLIENT_SECRET })))).toMatchObject({ code: 'gateway_unavailable', chargeOutcome: 'none' });

    const fake = createFakeStripe();
    mockedLoadStripe.mockReset();
    mockedLoadStripe.mockResolvedValue(asStripe(fake));
    await adapter.load(new AbortController().signal);
    expect(await adapter.confirm({ ...REQUEST, method: { type: 'card', token: 'pm_1' } }, attemptContext({ clientSecret: CLIENT_SECRET }))).toEqual({
      status: 'succeeded',
      paymentId: PI_ID,
    });
  });

  it('Stripe.js resolving null counts as a failed load', async () => {
    mockedLoadStripe.mockResolvedValue(null);
    const { adapter } = adapterWithSleeps(1);
    expect(await rejection(adapter.load(new AbortController().signal))).toMatchObject({ code: 'gateway_unavailable', chargeOutcome: 'none' });
  });

  it('shares one in-flight load; an aborted caller leaves, the load goes on', async () => {
    const gate = deferred<never>();
    mockedLoadStripe.mockReturnValueOnce(gate.promise);
    const { adapter } = adapterWithSleeps();
    const controller = new AbortController();
    const first = adapter.load(controller.signal);
    const second = adapter.load(new AbortController().signal);
    controller.abort();
    expect(await rejection(first)).toMatchObject({ code: 'canceled', chargeOutcome: 'none' });
    gate.resolve(asStripe(createFakeStripe()) as never);
    await expect(second).resolves.toBeUndefined();
    expect(mockedLoadStripe).toHaveBeenCalledTimes(1);
  });

  it('a rejecting stripe promise given in options never becomes an unhandled rejection', async () => {
    const adapter = createStripeAdapter({ stripe: Promise.reject(new Error('blocked by CSP')), mode: 'client-confirm' });
    expect(await rejection(adapter.load(new AbortController().signal))).toMatchObject({ code: 'gateway_unavailable', chargeOutcome: 'none' });
  });

  it('stripe: null is reported unavailable', async () => {
    const adapter = createStripeAdapter({ stripe: null, mode: 'server-confirm' });
    expect(await rejection(adapter.load(new AbortController().signal))).toMatchObject({ code: 'gateway_unavailable' });
  });

  it('the form reports a failed load through onChange, and mounts Elements once a later load succeeds', async () => {
    mockedLoadStripe.mockRejectedValue(new Error('Failed to load Stripe.js'));
    const { adapter } = adapterWithSleeps(1);
    const view = await mountForm(adapter, { session: { clientSecret: CLIENT_SECRET } });
    await vi.waitFor(() => expect(view.onChange).toHaveBeenCalledWith({ complete: false, error: expect.objectContaining({ code: 'gateway_unavailable' }) }));

    const fake = createFakeStripe();
    mockedLoadStripe.mockReset();
    mockedLoadStripe.mockResolvedValue(asStripe(fake));
    await act(async () => {
      await adapter.load(new AbortController().signal);
    });
    await vi.waitFor(() => expect(fake.elements).toHaveBeenCalledTimes(1));
    expect(fake.elementsGroup.create).toHaveBeenCalledWith('payment', { readOnly: false });
  });
});
