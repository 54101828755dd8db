import { describe, expect, it, vi } from 'vitest';
import { PaymentError } from '../../../src/core';
import { createFakeGateway, createFakeManualGateway, deferred } from '../helpers/fake-gateway';
import { EUR, card, setupClient } from '../helpers/setup-client';

describe('createPaymentClient', () => {
  it('gatewayHealth() returns the same array until something changes, and subscribeHealth hears changes', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before', 'succeed'] });
    const { client, clock } = setupClient({ gateways: [a, createFakeManualGateway()] });
    const first = client.gatewayHealth();
    expect(client.gatewayHealth()).toBe(first);
    expect(first).toEqual([
      { gatewayId: 'a', circuit: 'closed', successes: 0, failures: 0, consecutiveFailures: 0, latencyMs: [] },
      { gatewayId: 'bank', circuit: 'closed', successes: 0, failures: 0, consecutiveFailures: 0, latencyMs: [] },
    ]);
    const listener = vi.fn();
    const off = client.subscribeHealth(listener);
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(listener).toHaveBeenCalledTimes(2);
    const after = client.gatewayHealth();
    expect(after).not.toBe(first);
    expect(client.gatewayHealth()).toBe(after);
    expect(after[0]).toMatchObject({ successes: 1, failures: 1, consecutiveFailures: 0, latencyMs: [0, 0] });
    off();
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('loads an adapter once, lazily before its first confirm', async () => {
    const load = vi.fn(async (_signal: AbortSignal) => {});
    const a = createFakeGateway({ id: 'a', load });
    const { client, clock } = setupClient({ gateways: [a] });
    expect(load).not.toHaveBeenCalled();
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(load).toHaveBeenCalledTimes(1);
    expect(load.mock.calls[0]![0]).toBeInstanceOf(AbortSignal);
  });

  it('a load failure makes the gateway unavailable (nothing charged) and offers the others', async () => {
    const a = createFakeGateway({ id: 'a', load: async () => { throw new Error('script blocked'); } });
    const { client, clock, events, reporter } = setupClient({ gateways: [a, createFakeManualGateway()] });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state).toMatchObject({ status: 'fallback_offered', options: [{ gatewayId: 'bank' }] });
    expect(state.status === 'fallback_offered' && state.error.chargeOutcome).toBe('none');
    expect(a.calls).toEqual([]);
    expect(reporter.captureError).toHaveBeenCalledTimes(1);
    expect(events.filter((e) => e.type === 'attempt.failed')).toHaveLength(1);
  });

  it('a load failure shared by two checkouts is reported once and emitted to each', async () => {
    const a = createFakeGateway({ id: 'a', load: async () => { throw new Error('script blocked'); } });
    const { client, clock, events, reporter } = setupClient({ gateways: [a] });
    await clock.run(Promise.all([
      client.createCheckout({ money: EUR() }).submit({ method: card() }),
      client.createCheckout({ money: EUR() }).submit({ method: card() }),
    ]));
    expect(events.filter((e) => e.type === 'attempt.failed')).toHaveLength(2);
    expect(reporter.captureError).toHaveBeenCalledTimes(1);
  });

  it('a load that hangs is bounded by attemptTimeoutMs', async () => {
    const a = createFakeGateway({ id: 'a', load: () => new Promise(() => {}) });
    const { client, clock } = setupClient({ gateways: [a], retry: { attemptTimeoutMs: 300 } });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status === 'failed' && [state.error.code, state.error.chargeOutcome]).toEqual(['timeout', 'none']);
    expect(clock.now()).toBe(300);
  });

  it('a load shared by two checkouts survives one cancel; canceling the last waiter aborts it and drops its timer', async () => {
    const signals: AbortSignal[] = [];
    const load = vi.fn((signal: AbortSignal) => (signals.push(signal), new Promise<void>(() => {})));
    const a = createFakeGateway({ id: 'a', load });
    const { client, clock } = setupClient({ gateways: [a] });
    const one = client.createCheckout({ money: EUR() });
    const two = client.createCheckout({ money: EUR() });
    const p1 = one.submit({ method: card() });
    const p2 = two.submit({ method: card() });
    await clock.flush();
    expect(load).toHaveBeenCalledTimes(1);
    one.cancel();
    expect((await p1).status).toBe('canceled');
    expect(signals[0]!.aborted).toBe(false);
    two.cancel();
    expect((await p2).status).toBe('canceled');
    expect(signals[0]!.aborted).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
    // The next checkout loads again.
    void client.createCheckout({ money: EUR() }).submit({ method: card() });
    await clock.flush();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('availableGateways lists enabled, supporting gateways online first; getGateway finds adapters', () => {
    const bank = createFakeManualGateway();
    const a = createFakeGateway({ id: 'a', supports: ({ country }) => country !== 'FR' });
    const b = createFakeGateway({ id: 'b' });
    const { client } = setupClient({ gateways: [bank, a, b] });
    expect(client.availableGateways(EUR()).map((o) => o.gatewayId)).toEqual(['a', 'b', 'bank']);
    expect(client.availableGateways(EUR(), 'FR').map((o) => o.gatewayId)).toEqual(['b', 'bank']);
    expect(client.getGateway('b')).toBe(b);
    expect(client.getGateway('zzz')).toBeUndefined();
  });

  it('pay() is createCheckout + submit', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a] });
    expect(await clock.run(client.pay({ money: EUR(), method: card() }))).toMatchObject({ status: 'succeeded', gatewayId: 'a' });
  });

  it('uses crypto.randomUUID for ids by default', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a], generateId: undefined });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card() }));
    expect(checkout.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.calls[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.calls[0]!.key).not.toBe(checkout.id);
  });
});

describe('Checkout', () => {
  it('updateMoney works only while idle and before any attempt; bad money is invalid_request', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['decline'] });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR(100) });
    expect(checkout.updateMoney(EUR(250))).toBe(true);
    expect(checkout.getMoney()).toEqual(EUR(250));
    expect(() => checkout.updateMoney({ amount: 1.5, currency: 'EUR' })).toThrow(PaymentError);
    await clock.run(checkout.submit({ method: card() }));
    expect(a.calls).toHaveLength(1);
    expect(checkout.updateMoney(EUR(999))).toBe(false);
    expect(checkout.getMoney()).toEqual(EUR(250));
  });

  it('submit from fallback_offered needs an offered gateway; other calls resolve the state unchanged', async () => {
    const { client, clock } = setupClient({ gateways: [createFakeGateway({ id: 'a', confirm: ['network_before'] }), createFakeGateway({ id: 'b' })] });
    const checkout = client.createCheckout({ money: EUR() });
    const offered = await clock.run(checkout.submit({ method: card() }));
    expect(await checkout.submit({ method: card() })).toBe(offered);
    expect(await checkout.submit({ gatewayId: 'a', method: card() })).toBe(offered);
    expect(await checkout.completeAction()).toBe(offered);
    const paid = await clock.run(checkout.submit({ gatewayId: 'b', method: card('tok_b') }));
    expect(paid).toMatchObject({ status: 'succeeded', gatewayId: 'b' });
  });

  it('an unknown gatewayId or a malformed method settles invalid_request and calls nothing', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a] });
    const s1 = await clock.run(client.createCheckout({ money: EUR() }).submit({ gatewayId: 'nope' }));
    expect(s1.status === 'failed' && s1.error.code).toBe('invalid_request');
    const s2 = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: { type: 'card', token: '' } }));
    expect(s2.status === 'failed' && s2.error.message).toContain('method');
    expect(a.calls).toEqual([]);
  });

  it('completeAction after a 3-D Secure challenge: a failed authentication settles failed without a charge', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['requires_action'], handleAction: ['decline'] });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    expect((await clock.run(checkout.submit({ method: card() }))).status).toBe('requires_action');
    const state = await clock.run(checkout.completeAction({ otp: '1' }));
    expect(state.status === 'failed' && state.error.code).toBe('authentication_failed');
    expect(a.charges()).toBe(0);
  });

  it('completeAction with an unknown outcome reconciles before settling', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['requires_action'], handleAction: ['throw_unknown'], retrieve: ['succeed'] });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card() }));
    const state = await clock.run(checkout.completeAction());
    expect(state).toMatchObject({ status: 'succeeded', paymentId: 'pay_a_3ds' });
    expect(a.calls.map((c) => c.op)).toEqual(['confirm', 'handleAction', 'retrieve']);
  });

  it('completeAction on an adapter without handleAction is a configuration_error', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['requires_action'] });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card() }));
    const state = await clock.run(checkout.completeAction());
    expect(state.status === 'failed' && state.error.message).toContain('handleAction');
  });

  it('a subscriber that cancels during the first notification stops the run before any call', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock, types } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    checkout.subscribe(() => checkout.cancel());
    const state = await clock.run(checkout.submit({ method: card() }));
    expect(state.status).toBe('canceled');
    expect(types().at(-1)).toBe('checkout.canceled');
    // attempt.started fired before the subscriber ran; the call itself may not be reached.
    expect(a.calls.length).toBeLessThanOrEqual(1);
  });

  it('a late answer after cancel changes nothing', async () => {
    const gate = deferred<void>();
    const a = createFakeGateway({ id: 'a' });
    const original = a.confirm.bind(a);
    a.confirm = async (req, ctx) => {
      await gate.promise;
      return original(req, ctx);
    };
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    const pending = checkout.submit({ method: card() });
    await clock.flush();
    checkout.cancel();
    gate.resolve();
    await clock.flush();
    expect((await pending).status).toBe('canceled');
    expect(checkout.getState().status).toBe('canceled');
  });
});
