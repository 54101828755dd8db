import { expect, test } from 'vitest';
import { createStripeAdapter } from '../../../src/adapters/stripe';
import type { GatewayResult, ServerConfirmHandler } from '../../../src/core/types';
import { runAdapterConformance } from '../../../src/testing/conformance';
import { asStripe, CLIENT_SECRET, createFakeStripe, intent } from './fake-stripe';

/**
 * A fake Stripe account holding one PaymentIntent: it starts waiting for a
 * payment method, succeeds on confirm, and retrieve reports its real state —
 * so "retrieve never reports success for a payment never made" is tested
 * against state, not a canned answer.
 */
function createStatefulStripe() {
  let status = 'requires_payment_method';
  return createFakeStripe({
    confirmPayment: async () => {
      status = 'succeeded';
      return { paymentIntent: intent(status) };
    },
    retrievePaymentIntent: async () => ({ paymentIntent: intent(status) }),
  });
}

runAdapterConformance(
  () =>
    createStripeAdapter({ stripe: asStripe(createStatefulStripe()), mode: 'client-confirm', returnUrl: 'https://shop.example/pay' }),
  {
    test,
    expect,
    name: 'stripe (client-confirm)',
    session: { clientSecret: CLIENT_SECRET },
    successMethod: { type: 'card', token: 'pm_card_visa' },
  },
);

/** A fake merchant server: confirms once per idempotency key (as Stripe does) and looks payments up by key. */
const merchantServer = new Map<string, GatewayResult>();
const onPaymentSubmit: ServerConfirmHandler = async (_token, { idempotencyKey }) => {
  const known = merchantServer.get(idempotencyKey);
  if (known) return known;
  const made: GatewayResult = { status: 'succeeded', paymentId: `pi_server_${merchantServer.size + 1}` };
  merchantServer.set(idempotencyKey, made);
  return made;
};

runAdapterConformance(
  () =>
    createStripeAdapter({
      stripe: asStripe(createStatefulStripe()),
      mode: 'server-confirm',
      lookupPayment: async (ref) => merchantServer.get(ref.idempotencyKey),
    }),
  {
    test,
    expect,
    name: 'stripe (server-confirm)',
    session: { onPaymentSubmit },
    successMethod: { type: 'confirmation_token', token: 'ctoken_test' },
  },
);
