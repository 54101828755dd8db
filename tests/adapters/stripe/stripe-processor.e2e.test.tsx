/**
 * End to end: SecurePaymentProcessor + the real engine + the Stripe adapter +
 * the real react-stripe-js, over a fake Stripe.js (no network, no script).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createStripeAdapter } from '../../../src/adapters/stripe';
import { SecurePaymentProcessor, type SecurePaymentProcessorProps } from '../../../src/components/secure-payment-processor';
import { createPaymentClient } from '../../../src/core/client/create-payment-client';
import type { ServerConfirmHandler } from '../../../src/core/types';
import { PaymentGatewayProvider } from '../../../src/react/payment-gateway-provider';
import { createVirtualClock } from '../../../src/testing/virtual-clock';
import { asStripe, CLIENT_SECRET, createFakeStripe, intent, PI_ID, stripeError, type FakeStripe } from './fake-stripe';

function renderStripeCheckout(fake: FakeStripe, mode: 'client-confirm' | 'server-confirm', props: Partial<SecurePaymentProcessorProps> = {}) {
  const clock = createVirtualClock();
  const adapter = createStripeAdapter({ stripe: asStripe(fake), mode, returnUrl: 'https://shop.example/checkout' });
  let ids = 0;
  const client = createPaymentClient({
    gateways: [adapter],
    clock,
    random: () => 1,
    generateId: () => `id_${++ids}`,
    retry: { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 4000, attemptTimeoutMs: 10_000 },
  });
  const onSuccess = vi.fn();
  const onError = vi.fn();
  const utils = render(
    <PaymentGatewayProvider client={client}>
      <SecurePaymentProcessor amount={4999} currency="EUR" onSuccess={onSuccess} onError={onError} {...props} />
    </PaymentGatewayProvider>,
  );
  const root = () => utils.container.querySelector('[data-status]') as HTMLElement;
  const flush = () => act(() => clock.flush());
  /** The shopper completes the Payment Element (inside Stripe's iframe, here: its change event). */
  const completeCard = async () => {
    await waitFor(() => expect(fake.elementsGroup.element.mount).toHaveBeenCalled());
    act(() => fake.elementsGroup.element.emit('change', { complete: true, empty: false, value: { type: 'card' } }));
  };
  const settle = async (status: string) => {
    await waitFor(async () => {
      await flush();
      expect(root()).toHaveAttribute('data-status', status);
    });
  };
  return { ...utils, clock, client, adapter, onSuccess, onError, root, completeCard, settle };
}

describe('SecurePaymentProcessor with the Stripe adapter', () => {
  describe('client-confirm, a card that succeeds', () => {
    it('goes from mount to success with one confirmPayment and reports the PaymentIntent id', async () => {
      const fake = createFakeStripe();
      const h = renderStripeCheckout(fake, 'client-confirm', { clientSecret: CLIENT_SECRET });
      await h.completeCard();
      expect(fake.elements).toHaveBeenCalledWith(expect.objectContaining({ clientSecret: CLIENT_SECRET }));
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.settle('succeeded');
      expect(screen.getByRole('status')).toHaveTextContent('Payment successful.');
      expect(fake.confirmPayment).toHaveBeenCalledTimes(1);
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
      expect(h.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: 'succeeded', gatewayId: 'stripe', paymentId: PI_ID }));
      expect(h.container.innerHTML).not.toContain('_secret_');
    });
  });

  describe('client-confirm, a stolen card', () => {
    it('settles failed with the generic decline message, never the real reason, and no retry', async () => {
      const fake = createFakeStripe();
      fake.confirmPayment.mockResolvedValue({ error: stripeError('card_error', { code: 'card_declined', decline_code: 'stolen_card' }) });
      const h = renderStripeCheckout(fake, 'client-confirm', { clientSecret: CLIENT_SECRET });
      await h.completeCard();
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.settle('failed');
      // The alert only summarises; the focused error message says what happened.
      expect(screen.getByRole('alert')).toHaveTextContent('Payment failed.');
      expect(document.activeElement).toHaveAttribute('data-code', 'card_declined');
      expect(document.activeElement).toHaveTextContent(/Your card was declined/);
      expect(h.container.textContent).not.toMatch(/stolen|lost|fraud|Raw Stripe text/i);
      expect(fake.confirmPayment).toHaveBeenCalledTimes(1);
      expect(h.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'card_declined', declineCode: 'stolen_card' }), expect.anything());
      expect(h.onSuccess).not.toHaveBeenCalled();
    });
  });

  describe('client-confirm, 3-D Secure', () => {
    it('requires action, hands over to Stripe on Continue, then succeeds', async () => {
      const fake = createFakeStripe();
      fake.confirmPayment.mockResolvedValue({ paymentIntent: intent('requires_action', { next_action: { type: 'use_stripe_sdk' } }) });
      const h = renderStripeCheckout(fake, 'client-confirm', { clientSecret: CLIENT_SECRET });
      await h.completeCard();
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.settle('requires_action');
      const section = h.container.querySelector('[data-action]');
      expect(section).toHaveAttribute('data-action', 'three_d_secure');
      await userEvent.click(section!.querySelector('button')!);
      await h.settle('succeeded');
      expect(fake.handleNextAction).toHaveBeenCalledWith({ clientSecret: CLIENT_SECRET });
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
    });
  });

  describe('server-confirm', () => {
    it('creates a ConfirmationToken and the merchant server confirms with the checkout idempotency key', async () => {
      const fake = createFakeStripe();
      const onPaymentSubmit = vi.fn<ServerConfirmHandler>(async () => ({ status: 'succeeded', paymentId: 'pi_server_1' }));
      const h = renderStripeCheckout(fake, 'server-confirm', { onPaymentSubmit });
      await h.completeCard();
      expect(fake.elements).toHaveBeenCalledWith(expect.objectContaining({ mode: 'payment', amount: 4999, currency: 'eur' }));
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.settle('succeeded');
      expect(fake.elementsGroup.submit).toHaveBeenCalledTimes(1);
      expect(onPaymentSubmit).toHaveBeenCalledTimes(1);
      expect(onPaymentSubmit).toHaveBeenCalledWith('ctoken_1', expect.objectContaining({ idempotencyKey: expect.any(String), gatewayId: 'stripe', attempt: 1 }));
      expect(h.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ paymentId: 'pi_server_1' }));
    });
  });
});
