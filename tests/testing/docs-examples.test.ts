// @vitest-environment node
/** The examples of docs/testing.md, run as written. */
import { expect, test } from 'vitest';
import { createPaymentClient } from '../../src/core';
import { createBankTransferGateway, createSimulatedGateway, createVirtualClock, testCardToken } from '../../src/testing';

test('virtual clock example: one network error, then success after a virtual retry delay', async () => {
  const clock = createVirtualClock();
  const gateway = createSimulatedGateway({ clock, latencyMs: 300, faults: [{ type: 'network_error' }] });
  const client = createPaymentClient({ gateways: [gateway], clock, random: () => 0.5 });
  const state = await clock.run(client.pay({ money: { amount: 4999, currency: 'EUR' } }));
  expect(state.status).toBe('succeeded');
  // Two calls of 300 ms plus the jittered backoff 0.5 * 250 ms.
  expect(clock.now()).toBe(300 + 125 + 300);
  expect(gateway.calls.map((c) => [c.attempt, c.committed])).toEqual([
    [1, false],
    [2, true],
  ]);
  expect(clock.pendingTimers()).toBe(0);
});

test('fault plan example: a function of clock time', async () => {
  const clock = createVirtualClock();
  const gateway = createSimulatedGateway({
    clock,
    faults: ({ now }) => (now < 5_000 ? { type: 'rate_limited', retryAfterMs: 5_000 - now } : null),
  });
  const client = createPaymentClient({ gateways: [gateway], clock, random: () => 0, retry: { maxDelayMs: 8_000 } });
  const state = await clock.run(client.pay({ money: { amount: 100, currency: 'EUR' } }));
  expect(state.status).toBe('succeeded');
  expect(clock.now()).toBe(5_000);
});

test('bank transfer example settles pending_manual with its reference', async () => {
  const clock = createVirtualClock();
  const bank = createBankTransferGateway({
    beneficiary: 'Example Shop GmbH',
    iban: 'DE89 3704 0044 0532 0130 00',
    bic: 'COBADEFFXXX',
    expectedDays: 2,
    currencies: ['EUR'],
  });
  const client = createPaymentClient({ gateways: [bank], clock });
  const checkout = client.createCheckout({ money: { amount: 4999, currency: 'EUR' } });
  const state = await clock.run(checkout.submit({}));
  expect(state).toMatchObject({
    status: 'pending_manual',
    instructions: { method: 'bank_transfer', reference: bank.referenceFor(checkout.id), iban: 'DE89370400440532013000' },
  });
  expect(testCardToken('4000-0000-0000-0002')).toBe('tok_decline');
});
