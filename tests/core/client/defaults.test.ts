import { describe, expect, it } from 'vitest';
import type { CheckoutState } from '../../../src/core';
import { createFakeGateway } from '../helpers/fake-gateway';
import { EUR, card, setupClient } from '../helpers/setup-client';

describe('defaults', () => {
  it('3 attempts, 250 ms base, 4 s cap (random() = 1 - ε shows the full window)', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before'] });
    const { client, clock } = setupClient({ gateways: [a], random: () => 0.999999 });
    const checkout = client.createCheckout({ money: EUR() });
    const retries: CheckoutState[] = [];
    checkout.subscribe(() => {
      const s = checkout.getState();
      if (s.status === 'retrying') retries.push(s);
    });
    await clock.run(checkout.submit({ method: card() }));
    expect(a.calls).toHaveLength(3);
    expect(retries.map((s) => s.status === 'retrying' && [s.attempt, s.maxAttempts])).toEqual([
      [2, 3],
      [3, 3],
    ]);
    expect(clock.now()).toBeCloseTo(0.999999 * 250 + 0.999999 * 500, 3);
  });

  it('caps the delay at 4 s', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before'] });
    const { client, clock } = setupClient({ gateways: [a], random: () => 0.5, retry: { maxAttempts: 10 }, circuitBreaker: false });
    const checkout = client.createCheckout({ money: EUR() });
    const delays: number[] = [];
    checkout.subscribe(() => {
      const s = checkout.getState();
      if (s.status === 'retrying') delays.push(s.retryAt - clock.now());
    });
    await clock.run(checkout.submit({ method: card() }));
    expect(delays).toEqual([125, 250, 500, 1000, 2000, 2000, 2000, 2000, 2000]);
  });

  it('20 s attempt timeout', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['hang'] });
    const { client, clock, events } = setupClient({ gateways: [a], retry: { maxAttempts: 1 } });
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(events.find((e) => e.type === 'attempt.failed')?.at).toBe(20_000);
  });

  it('circuit opens after 5 consecutive failures and half-opens after 30 s', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before'] });
    const { client, clock } = setupClient({ gateways: [a], retry: { maxAttempts: 1 } });
    for (let i = 0; i < 4; i++) await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(client.gatewayHealth()[0]!.circuit).toBe('closed');
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(client.gatewayHealth()[0]!.circuit).toBe('open');
    await clock.advance(29_999);
    expect(client.gatewayHealth()[0]!.circuit).toBe('open');
    await clock.advance(1);
    expect(client.gatewayHealth()[0]!.circuit).toBe('half_open');
  });

  it('polls every 2 s for at most 60 s', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['processing'], retrieve: ['processing'] });
    const { client, clock } = setupClient({ gateways: [a] });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status).toBe('processing');
    expect(a.calls.filter((c) => c.op === 'retrieve')).toHaveLength(30);
    expect(clock.now()).toBe(60_000);
  });
});
