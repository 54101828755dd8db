/**
 * Engine overhead per attempt: one checkout through `createPaymentClient`
 * against calling the same in-memory adapter directly, and the cost of
 * `redact` on a typical event. Target: engine − direct < 50 µs per attempt
 * (checked by bench/run.mjs from bench/results/engine.json).
 */
import { bench, describe } from 'vitest';
import { createPaymentClient } from '../src/core/index';
import { PaymentError } from '../src/core/errors/payment-error';
import { redact } from '../src/core/redact/redact';
import type { AttemptContext, ConfirmRequest, GatewayAdapter, GatewayResult, PaymentEvent } from '../src/core/types';

const money = { amount: 4999, currency: 'EUR' };
const method = { type: 'card', token: 'pm_card_visa' };
let paid = 0;

/** A gateway that answers at once, so only the engine's own work is measured. */
const instantGateway: GatewayAdapter = {
  id: 'instant',
  label: 'Instant',
  kind: 'online',
  confirm(_req: ConfirmRequest, _ctx: AttemptContext): Promise<GatewayResult> {
    paid += 1;
    return Promise.resolve({ status: 'succeeded', paymentId: `pi_${paid}` });
  },
  retrieve: () => Promise.resolve({ status: 'succeeded', paymentId: 'pi_0' }),
  normalizeError: (error) => new PaymentError({ code: 'unknown', cause: error }),
};

let keys = 0;
const plainClient = createPaymentClient({ gateways: [instantGateway], generateId: () => `id_${++keys}` });
const listenedClient = createPaymentClient({ gateways: [instantGateway], generateId: () => `id_${++keys}`, onEvent: () => {} });

describe('one successful attempt', () => {
  bench('adapter.confirm directly', async () => {
    const controller = new AbortController();
    await instantGateway.confirm(
      { checkoutId: `co_${++keys}`, money, method },
      { idempotencyKey: `key_${keys}`, attempt: 1, signal: controller.signal },
    );
  });

  bench('engine: createCheckout + submit', async () => {
    const checkout = plainClient.createCheckout({ money });
    const state = await checkout.submit({ method });
    if (state.status !== 'succeeded') throw new Error(`bench: expected succeeded, got ${state.status}`);
  });

  bench('engine: createCheckout + submit, with an onEvent listener', async () => {
    const checkout = listenedClient.createCheckout({ money });
    const state = await checkout.submit({ method });
    if (state.status !== 'succeeded') throw new Error(`bench: expected succeeded, got ${state.status}`);
  });
});

/** What an `attempt.failed` event typically carries. */
const typicalEvent: PaymentEvent = {
  type: 'attempt.failed',
  checkoutId: 'co_8f14e45f-ceea-467e-9d3c-0a1b2c3d4e5f',
  gatewayId: 'stripe',
  at: 1_764_806_400_000,
  attempt: 2,
  error: new PaymentError({
    code: 'network_error',
    gatewayId: 'stripe',
    message: 'fetch failed: POST /v1/payment_intents/pi_3Q/confirm (connection reset)',
  }).toJSON(),
  state: {
    status: 'retrying',
    gatewayId: 'stripe',
    attempt: 3,
    retryAt: 1_764_806_400_750,
    error: { code: 'network_error', messageKey: 'errors.network_error', retryable: true, chargeOutcome: 'none' },
  },
};

describe('redaction', () => {
  bench('redact(typical attempt.failed event)', () => {
    redact(typicalEvent);
  });
});
