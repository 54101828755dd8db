import { describe, expect, it, vi } from 'vitest';
import { createFakeGateway } from '../helpers/fake-gateway';
import { EUR, card, setupClient } from '../helpers/setup-client';

describe('risk guard', () => {
  it('blocks an amount above maxAmount for its currency: risk_blocked, risk.blocked event, no gateway call', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock, types } = setupClient({ gateways: [a], risk: { maxAmount: { EUR: 1000 } } });
    const state = await clock.run(client.createCheckout({ money: EUR(1001) }).submit({ method: card() }));
    expect(state.status === 'failed' && state.error.code).toBe('risk_blocked');
    expect(types()).toEqual(['checkout.started', 'risk.blocked', 'checkout.failed']);
    expect(a.calls).toEqual([]);
    const ok = await clock.run(client.createCheckout({ money: { amount: 5000, currency: 'USD' } }).submit({ method: card() }));
    expect(ok.status).toBe('succeeded');
  });

  it('blocks a blocked country named by the request', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a], risk: { blockedCountries: ['KP'] } });
    const blocked = await clock.run(client.createCheckout({ money: EUR(), country: 'kp' }).submit({ method: card() }));
    expect(blocked.status === 'failed' && blocked.error.code).toBe('risk_blocked');
    const fine = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card(), country: 'DE' }));
    expect(fine.status).toBe('succeeded');
  });

  it('allows maxAttempts submits per rolling window, per client', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['decline'] });
    const { client, clock } = setupClient({ gateways: [a], risk: { maxAttempts: { count: 2, windowMs: 60_000 } } });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card('t1') }));
    await clock.run(checkout.submit({ method: card('t2') }));
    const third = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card('t3') }));
    expect(third.status === 'failed' && third.error.code).toBe('risk_blocked');
    expect(a.calls).toHaveLength(2);
    await clock.advance(60_000);
    const later = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card('t4') }));
    expect(later.status === 'failed' && later.error.code).toBe('card_declined');
  });

  it('requires a step_up after stepUpAfterDeclines declines; completeAction passes the input to verifyStepUp and continues', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['decline', 'decline', 'succeed'] });
    const verifyStepUp = vi.fn(async (input: Record<string, string>) => input.code === '123456');
    const { client, clock, types } = setupClient({ gateways: [a], risk: { stepUpAfterDeclines: 2, verifyStepUp } });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card('t1') }));
    await clock.run(checkout.submit({ method: card('t2') }));
    const stepUp = await clock.run(checkout.submit({ method: card('t3') }));
    expect(stepUp).toEqual({ status: 'requires_action', gatewayId: 'a', action: { type: 'step_up' } });
    expect(a.calls).toHaveLength(2);
    expect(types()).toContain('action.required');
    const done = await clock.run(checkout.completeAction({ code: '123456' }));
    expect(done.status).toBe('succeeded');
    expect(verifyStepUp).toHaveBeenCalledWith({ code: '123456' }, expect.objectContaining({ checkoutId: checkout.id }));
    expect(a.calls.map((c) => c.token)).toEqual(['t1', 't2', 't3']);
  });

  it('a wrong step-up code stays in requires_action with an error, so the shopper may try again', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['decline', 'succeed'] });
    const verifyStepUp = vi.fn(async (input: Record<string, string>) => input.code === '123456');
    const { client, clock } = setupClient({ gateways: [a], risk: { stepUpAfterDeclines: 1, verifyStepUp } });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card('t1') }));
    await clock.run(checkout.submit({ method: card('t2') }));
    const afterWrong = await clock.run(checkout.completeAction({ code: '000000' }));
    expect(afterWrong.status).toBe('requires_action');
    expect(afterWrong.status === 'requires_action' && afterWrong.error?.code).toBe('authentication_failed');
    expect(a.calls).toHaveLength(1);
    const afterRight = await clock.run(checkout.completeAction({ code: '123456' }));
    expect(afterRight.status).toBe('succeeded');
    expect(verifyStepUp).toHaveBeenCalledTimes(2);
  });

  it('refuses a stepUpMaxTries below 1 with a configuration_error naming it', () => {
    expect(() => setupClient({ gateways: [createFakeGateway({ id: 'a' })], risk: { stepUpMaxTries: 0 } })).toThrow(/options\.risk\.stepUpMaxTries/);
  });

  it('after stepUpMaxTries wrong codes settles risk_blocked with a risk.blocked event, and calls no gateway', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['decline'] });
    const { client, clock, types } = setupClient({ gateways: [a], risk: { stepUpAfterDeclines: 1, stepUpMaxTries: 2, verifyStepUp: async () => false } });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card('t1') }));
    expect((await clock.run(checkout.submit({ method: card('t2') }))).status).toBe('requires_action');
    expect((await clock.run(checkout.completeAction({ code: 'wrong' }))).status).toBe('requires_action');
    const state = await clock.run(checkout.completeAction({ code: 'wrong' }));
    expect(state.status === 'failed' && state.error.code).toBe('risk_blocked');
    expect(types().at(-2)).toBe('risk.blocked');
    expect(a.calls).toHaveLength(1);
  });
});
