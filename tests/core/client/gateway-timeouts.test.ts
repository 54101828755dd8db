import { describe, expect, it } from 'vitest';
import { createPaymentClient, isPaymentError } from '../../../src/core/index';
import { createSimulatedGateway, createVirtualClock } from '../../../src/testing/index';

const money = { amount: 4999, currency: 'EUR' };
const method = { type: 'card', token: 'tok_success' };

function setup(timeouts?: { confirmMs?: number }) {
  const clock = createVirtualClock();
  // A confirm that takes 30 s, like a shopper completing a 3-D Secure challenge.
  const gateway = createSimulatedGateway({ id: 'slow', clock, latencyMs: 30_000 });
  if (timeouts) gateway.timeouts = timeouts;
  const client = createPaymentClient({ gateways: [gateway], clock, random: () => 0, circuitBreaker: false });
  return { clock, gateway, client };
}

describe('per-gateway call timeouts', () => {
  describe('given no gateway timeouts', () => {
    it('bounds confirm by the client attemptTimeoutMs (20 s): the first call fails with a timeout at 20 s', async () => {
      const { clock, client } = setup();
      const failures: { code?: string; at: number }[] = [];
      client.subscribeEvents((event) => {
        if (event.type === 'attempt.failed') failures.push({ code: event.error?.code, at: event.at });
      });
      await clock.run(client.createCheckout({ money }).submit({ method }));
      expect(failures[0]).toEqual({ code: 'timeout', at: 20_000 });
    });
  });

  describe('given timeouts.confirmMs above the call time', () => {
    it('lets the slow confirm finish in one call', async () => {
      const { clock, gateway, client } = setup({ confirmMs: 60_000 });
      const checkout = client.createCheckout({ money });
      const state = await clock.run(checkout.submit({ method }));
      expect(state.status).toBe('succeeded');
      expect(gateway.calls.filter((c) => c.operation === 'confirm')).toHaveLength(1);
      expect(clock.now()).toBe(30_000);
    });
  });

  it('refuses a bad timeouts value with a configuration_error naming the field', () => {
    const gateway = createSimulatedGateway({ id: 'bad' });
    gateway.timeouts = { confirmMs: 0 };
    let thrown: unknown;
    try {
      createPaymentClient({ gateways: [gateway] });
    } catch (error) {
      thrown = error;
    }
    expect(isPaymentError(thrown) && thrown.code).toBe('configuration_error');
    expect((thrown as Error).message).toMatch(/timeouts\.confirmMs/);
  });
});
