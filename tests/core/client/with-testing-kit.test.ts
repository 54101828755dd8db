import { describe, expect, it } from 'vitest';
import { createBankTransferGateway, createSimulatedGateway, createVirtualClock, type SimulatedGatewayOptions } from '../../../src/testing';
import type { PaymentClientOptions } from '../../../src/core';
import { EUR, setupClient } from '../helpers/setup-client';

const tok = (token: string) => ({ type: 'test_card', token });

function build(options: SimulatedGatewayOptions = {}, extra: Partial<PaymentClientOptions> = {}) {
  const clock = createVirtualClock();
  const primary = createSimulatedGateway({ id: 'sim', clock, latencyMs: 50, ...options });
  const secondary = createSimulatedGateway({ id: 'sim2', clock, latencyMs: 50 });
  const bank = createBankTransferGateway({ beneficiary: 'Shop GmbH', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX' });
  const env = setupClient({ gateways: [primary, secondary, bank], processing: { pollIntervalMs: 1000 }, ...extra }, clock);
  return { ...env, primary, secondary, bank };
}

describe('engine over the testing kit', () => {
  it('3-D Secure: settles requires_action, then completeAction runs handleAction and succeeds once', async () => {
    const { client, clock, primary, types } = build();
    const checkout = client.createCheckout({ money: EUR() });
    const action = await clock.run(checkout.submit({ method: tok('tok_3ds_required') }));
    expect(action).toMatchObject({ status: 'requires_action', gatewayId: 'sim', action: { type: 'three_d_secure' } });
    expect(types()).toContain('action.required');
    const done = await clock.run(checkout.completeAction());
    expect(done).toMatchObject({ status: 'succeeded', gatewayId: 'sim' });
    expect(primary.ledger.chargeCount(checkout.id)).toBe(1);
  });

  it('tok_processing is polled with retrieve until it succeeds', async () => {
    const { client, clock, primary } = build();
    const checkout = client.createCheckout({ money: EUR() });
    const state = await clock.run(checkout.submit({ method: tok('tok_processing') }));
    expect(state.status).toBe('succeeded');
    expect(primary.calls.filter((c) => c.operation === 'retrieve').length).toBeGreaterThan(0);
  });

  it('a timeout after commit is retried under the same key: one charge', async () => {
    const { client, clock, primary } = build({ faults: [{ type: 'timeout' }] });
    const checkout = client.createCheckout({ money: EUR() });
    const state = await clock.run(checkout.submit({ method: tok('tok_success') }));
    expect(state.status).toBe('succeeded');
    expect(primary.ledger.chargeCount(checkout.id)).toBe(1);
    expect(new Set(primary.calls.filter((c) => c.operation === 'confirm').map((c) => c.idempotencyKey)).size).toBe(1);
  });

  it('a primary outage (nothing sent) offers the secondary then the bank transfer; the bank settles pending_manual', async () => {
    const { client, clock, primary, secondary } = build({ outages: [{ from: 0, to: 1_000_000 }] });
    const checkout = client.createCheckout({ money: EUR() });
    const offered = await clock.run(checkout.submit({ method: tok('tok_success') }));
    expect(offered.status === 'fallback_offered' && offered.options.map((o) => o.gatewayId)).toEqual(['sim2', 'bank-transfer']);
    expect(primary.ledger.chargeCount()).toBe(0);
    expect(secondary.calls).toHaveLength(0);
    const manual = await clock.run(checkout.selectFallback('bank-transfer'));
    expect(manual).toMatchObject({ status: 'pending_manual', gatewayId: 'bank-transfer', instructions: { method: 'bank_transfer' } });
  });

  it('a decline settles failed with the decline, and a new method succeeds under a new key', async () => {
    const { client, clock, primary } = build();
    const checkout = client.createCheckout({ money: EUR() });
    const declined = await clock.run(checkout.submit({ method: tok('tok_decline') }));
    expect(declined.status === 'failed' && declined.error.code).toBe('card_declined');
    const paid = await clock.run(checkout.submit({ method: tok('tok_success') }));
    expect(paid.status).toBe('succeeded');
    const keys = primary.calls.filter((c) => c.operation === 'confirm').map((c) => c.idempotencyKey);
    expect(new Set(keys).size).toBe(2);
    expect(primary.ledger.chargeCount(checkout.id)).toBe(1);
  });
});
