import { describe, expect, it } from 'vitest';
import { IN_FLIGHT_STORAGE_KEY, InFlightStore } from '../../../src/core/storage/in-flight-store';
import { createFakeGateway, memoryStorage } from '../helpers/fake-gateway';
import { EUR, card, setupClient } from '../helpers/setup-client';

describe('InFlightStore', () => {
  it('keeps only checkoutId, gatewayId, idempotencyKey, paymentId and money; newest last', () => {
    const storage = memoryStorage();
    const store = new InFlightStore(storage);
    store.put({ checkoutId: 'c1', gatewayId: 'a', idempotencyKey: 'k1', money: EUR(), token: 'tok_secret', clientSecret: 'pi_secret_x' } as never);
    store.put({ checkoutId: 'c2', gatewayId: 'a', idempotencyKey: 'k2', paymentId: 'p2', money: EUR() });
    store.put({ checkoutId: 'c1', gatewayId: 'a', idempotencyKey: 'k1', paymentId: 'p1', money: EUR() });
    expect(store.list()).toEqual([
      { checkoutId: 'c2', gatewayId: 'a', idempotencyKey: 'k2', paymentId: 'p2', money: EUR() },
      { checkoutId: 'c1', gatewayId: 'a', idempotencyKey: 'k1', paymentId: 'p1', money: EUR() },
    ]);
    expect(storage.getItem(IN_FLIGHT_STORAGE_KEY)).not.toMatch(/secret/);
    store.remove('c1');
    store.remove('c2');
    expect(storage.getItem(IN_FLIGHT_STORAGE_KEY)).toBeNull();
  });

  it('ignores corrupt entries and throwing storage', () => {
    const storage = memoryStorage();
    storage.setItem(IN_FLIGHT_STORAGE_KEY, '{not json');
    expect(new InFlightStore(storage).list()).toEqual([]);
    storage.setItem(IN_FLIGHT_STORAGE_KEY, JSON.stringify([{ checkoutId: 1 }, { checkoutId: 'c', gatewayId: 'a', idempotencyKey: 'k', money: EUR() }]));
    expect(new InFlightStore(storage).list()).toHaveLength(1);
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
    const store = new InFlightStore(broken);
    expect(() => store.put({ checkoutId: 'c', gatewayId: 'a', idempotencyKey: 'k', money: EUR() })).not.toThrow();
    expect(store.list()).toEqual([]);
  });
});

describe('client.resume()', () => {
  it('returns null when nothing is in flight', async () => {
    const { client } = setupClient({ gateways: [createFakeGateway({ id: 'a' })], storage: memoryStorage() });
    expect(await client.resume()).toBeNull();
  });

  it('after a reload, reconciles an unknown outcome to the charge instead of charging again', async () => {
    const storage = memoryStorage();
    const a = createFakeGateway({ id: 'a', confirm: ['reset_after_commit'], retrieve: ['throw', 'throw', 'throw', 'ledger'] });
    const first = setupClient({ gateways: [a], storage, retry: { maxAttempts: 1 } });
    const state = await first.clock.run(first.client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status === 'failed' && state.error.code).toBe('outcome_unknown');
    const second = setupClient({ gateways: [a], storage });
    const resumed = await second.clock.run(second.client.resume());
    expect(resumed?.getState()).toMatchObject({ status: 'succeeded', gatewayId: 'a' });
    expect(resumed?.getMoney()).toEqual(EUR());
    expect(second.types()).toEqual(['reconcile.started', 'checkout.succeeded']);
    expect(a.charges()).toBe(1);
    expect(storage.getItem(IN_FLIGHT_STORAGE_KEY)).toBeNull();
  });

  it('settles failed when the gateway has no such payment, and a new submit on it starts clean', async () => {
    const storage = memoryStorage();
    storage.setItem(IN_FLIGHT_STORAGE_KEY, JSON.stringify([{ checkoutId: 'old', gatewayId: 'a', idempotencyKey: 'k-old', money: EUR() }]));
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a], storage });
    const resumed = (await clock.run(client.resume()))!;
    expect(resumed.id).toBe('old');
    expect(resumed.getState().status).toBe('failed');
    const paid = await clock.run(resumed.submit({ method: card() }));
    expect(paid.status).toBe('succeeded');
    expect(a.calls.map((c) => c.op)).toEqual(['retrieve', 'confirm']);
  });

  it('keeps the record when the gateway is gone or cannot answer: outcome_unknown', async () => {
    const storage = memoryStorage();
    storage.setItem(IN_FLIGHT_STORAGE_KEY, JSON.stringify([{ checkoutId: 'old', gatewayId: 'gone', idempotencyKey: 'k', money: EUR() }]));
    const { client, clock } = setupClient({ gateways: [createFakeGateway({ id: 'a' })], storage });
    const resumed = await clock.run(client.resume());
    const state = resumed!.getState();
    expect(state.status === 'failed' && state.error.code).toBe('outcome_unknown');
    expect(JSON.parse(storage.getItem(IN_FLIGHT_STORAGE_KEY)!)).toHaveLength(1);
  });
});
