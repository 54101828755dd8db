// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPaymentError } from '../../../src/core/errors';
import type { AttemptContext, GatewayResult } from '../../../src/core/types';
import { createBankTransferGateway, type BankTransferGatewayOptions } from '../../../src/adapters/bank-transfer';
import { createVirtualClock } from '../../../src/testing/virtual-clock';

const base: BankTransferGatewayOptions = {
  beneficiary: 'Example Shop GmbH',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'cobadeffxxx',
  expectedDays: 2,
  note: 'Your order ships when the transfer arrives.',
};
const money = { amount: 4999, currency: 'EUR' };
const ctx = (signal = new AbortController().signal): AttemptContext => ({ idempotencyKey: 'k', attempt: 1, signal });

describe('createBankTransferGateway', () => {
  it('is a manual gateway with defaults', () => {
    const gateway = createBankTransferGateway(base);
    expect(gateway).toMatchObject({ id: 'bank-transfer', label: 'Bank transfer', kind: 'manual' });
    expect(gateway.retrieve).toBeUndefined();
  });

  it('answers pending_manual with the instructions and the request money', async () => {
    const gateway = createBankTransferGateway(base);
    const result = await gateway.confirm({ checkoutId: 'co_1', money }, ctx());
    expect(result).toEqual({
      status: 'pending_manual',
      instructions: {
        method: 'bank_transfer',
        reference: gateway.referenceFor('co_1'),
        amount: money,
        beneficiary: 'Example Shop GmbH',
        iban: 'DE89370400440532013000',
        bic: 'COBADEFFXXX',
        expectedDays: 2,
        note: 'Your order ships when the transfer arrives.',
      },
    });
  });

  it('makes human-friendly references, the same for one checkout and unique across checkouts', async () => {
    const gateway = createBankTransferGateway({ ...base, referencePrefix: 'SHOP' });
    const ref = (r: GatewayResult) => (r as Extract<GatewayResult, { status: 'pending_manual' }>).instructions.reference;
    const first = ref(await gateway.confirm({ checkoutId: 'co_1', money }, ctx()));
    expect(first).toMatch(/^SHOP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(ref(await gateway.confirm({ checkoutId: 'co_1', money }, ctx()))).toBe(first);
    // Deterministic across instances.
    expect(createBankTransferGateway({ ...base, referencePrefix: 'SHOP' }).referenceFor('co_1')).toBe(first);
    const refs = new Set<string>();
    for (let i = 0; i < 20_000; i++) refs.add(gateway.referenceFor(`checkout-${i}`));
    expect(refs.size).toBe(20_000);
  });

  it.each<[Partial<BankTransferGatewayOptions>, RegExp]>([
    [{ iban: 'DE89 3704 0044 0532 0130 01' }, /options\.iban/],
    [{ iban: 'not an iban' }, /options\.iban/],
    [{ bic: 'COBA' }, /options\.bic/],
    [{ beneficiary: '  ' }, /options\.beneficiary/],
    [{ beneficiary: 'x'.repeat(71) }, /options\.beneficiary/],
    [{ expectedDays: 1.5 }, /options\.expectedDays/],
    [{ referencePrefix: 'rsp' }, /options\.referencePrefix/],
    [{ currencies: ['eur'] }, /options\.currencies/],
    [{ id: '' }, /options\.id/],
    [{ latencyMs: -5 }, /options\.latencyMs/],
  ])('rejects %o with a configuration_error naming the field', (patch, field) => {
    let caught: unknown;
    try {
      createBankTransferGateway({ ...base, ...patch });
    } catch (e) {
      caught = e;
    }
    expect(isPaymentError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'configuration_error', message: expect.stringMatching(field) });
  });

  it('accepts valid IBANs of other countries', () => {
    for (const iban of ['GB82 WEST 1234 5698 7654 32', 'FR14 2004 1010 0505 0001 3M02 606', 'NL91ABNA0417164300']) {
      expect(() => createBankTransferGateway({ ...base, iban })).not.toThrow();
    }
  });

  it('supports only its currencies when given', async () => {
    const gateway = createBankTransferGateway({ ...base, currencies: ['EUR'] });
    expect(gateway.supports?.({ money })).toBe(true);
    expect(gateway.supports?.({ money: { amount: 100, currency: 'USD' } })).toBe(false);
    expect(await gateway.confirm({ checkoutId: 'c', money: { amount: 100, currency: 'USD' } }, ctx())).toMatchObject({
      status: 'failed',
      error: { code: 'invalid_request' },
    });
  });

  it('refuses bad money without instructions', async () => {
    const gateway = createBankTransferGateway(base);
    const result = await gateway.confirm({ checkoutId: 'c', money: { amount: -1, currency: 'EUR' } }, ctx());
    expect(result).toMatchObject({ status: 'failed', error: { code: 'invalid_request', chargeOutcome: 'none' } });
  });

  it('honours the signal and latency on the clock', async () => {
    const clock = createVirtualClock();
    const gateway = createBankTransferGateway({ ...base, clock, latencyMs: 40 });
    await clock.run(gateway.confirm({ checkoutId: 'c', money }, ctx()));
    expect(clock.now()).toBe(40);
    const controller = new AbortController();
    const call = gateway.confirm({ checkoutId: 'c', money }, ctx(controller.signal));
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'canceled' });
    expect(clock.pendingTimers()).toBe(0);
  });
});
