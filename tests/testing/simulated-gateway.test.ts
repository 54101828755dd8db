// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { isPaymentError, type PaymentError } from '../../src/core/errors';
import type { AttemptContext, ConfirmRequest, GatewayResult } from '../../src/core/types';
import { createSimulatedGateway } from '../../src/testing/simulated-gateway';
import { createVirtualClock } from '../../src/testing/virtual-clock';
import { TEST_TOKENS } from '../../src/testing/test-tokens';

const money = { amount: 4999, currency: 'EUR' };

function request(token?: string, checkoutId = 'co_1'): ConfirmRequest {
  return token === undefined ? { checkoutId, money } : { checkoutId, money, method: { type: 'test_card', token } };
}

function ctx(idempotencyKey = 'key_1', attempt = 1, signal = new AbortController().signal): AttemptContext {
  return { idempotencyKey, attempt, signal };
}

async function thrown(promise: Promise<unknown>): Promise<PaymentError> {
  try {
    await promise;
  } catch (e) {
    if (isPaymentError(e)) return e;
    throw new Error(`expected a PaymentError, got ${String(e)}`);
  }
  throw new Error('expected the call to throw');
}

describe('createSimulatedGateway', () => {
  it('is an online test-mode GatewayAdapter with defaults', () => {
    const gateway = createSimulatedGateway();
    expect(gateway).toMatchObject({ id: 'simulated', label: 'Test card', kind: 'online', testMode: true });
    expect(typeof gateway.retrieve).toBe('function');
    expect(typeof gateway.handleAction).toBe('function');
  });

  it('rejects bad options with a configuration_error naming the option', () => {
    expect(() => createSimulatedGateway({ id: '' })).toThrow(/options\.id/);
    expect(() => createSimulatedGateway({ latencyMs: -1 })).toThrow(/options\.latencyMs/);
    expect(() => createSimulatedGateway({ faults: { rate: 2 } })).toThrow(/options\.faults/);
    expect(() => createSimulatedGateway({ outages: [{ from: 10, to: 5 }] })).toThrow(/options\.outages/);
    expect(() => createSimulatedGateway({ processingPolls: -1 })).toThrow(
      expect.objectContaining({ code: 'configuration_error', message: expect.stringMatching(/options\.processingPolls/) }),
    );
  });

  describe('test tokens', () => {
    it('tok_success (and a missing method) succeed and charge once', async () => {
      const gateway = createSimulatedGateway();
      const a = await gateway.confirm(request(TEST_TOKENS.success, 'co_a'), ctx('k_a'));
      const b = await gateway.confirm(request(undefined, 'co_b'), ctx('k_b'));
      expect(a.status).toBe('succeeded');
      expect(b.status).toBe('succeeded');
      expect(gateway.ledger.chargeCount()).toBe(2);
      expect(gateway.ledger.chargeCount('co_a')).toBe(1);
      expect(gateway.ledger.totalCharged('EUR')).toBe(2 * 4999);
    });

    it.each([
      [TEST_TOKENS.decline, 'card_declined', 'generic_decline'],
      [TEST_TOKENS.insufficientFunds, 'insufficient_funds', 'insufficient_funds'],
      [TEST_TOKENS.expiredCard, 'expired_card', 'expired_card'],
    ])('%s is a definite failure %s, nothing charged', async (token, code, declineCode) => {
      const gateway = createSimulatedGateway({ id: 'sim' });
      const result = await gateway.confirm(request(token), ctx());
      expect(result.status).toBe('failed');
      const error = (result as Extract<GatewayResult, { status: 'failed' }>).error;
      expect(isPaymentError(error)).toBe(true);
      expect(error).toMatchObject({ code, declineCode, gatewayId: 'sim', chargeOutcome: 'none', retryable: false });
      expect(gateway.ledger.chargeCount()).toBe(0);
      expect(gateway.ledger.payments).toHaveLength(1);
    });

    it('an unknown token is an invalid_request, nothing recorded', async () => {
      const gateway = createSimulatedGateway();
      const result = await gateway.confirm(request('tok_nope'), ctx());
      expect(result).toMatchObject({ status: 'failed', error: { code: 'invalid_request' } });
      expect(gateway.ledger.payments).toHaveLength(0);
    });

    it('tok_3ds_required asks for three_d_secure; handleAction completes it', async () => {
      const gateway = createSimulatedGateway();
      const first = await gateway.confirm(request(TEST_TOKENS.threeDSecureRequired), ctx());
      expect(first).toMatchObject({ status: 'requires_action', action: { type: 'three_d_secure' } });
      expect(gateway.ledger.chargeCount()).toBe(0);
      const action = (first as Extract<GatewayResult, { status: 'requires_action' }>).action;
      const done = await gateway.handleAction(action, ctx('key_1'));
      expect(done).toMatchObject({ status: 'succeeded', paymentId: (first as { paymentId: string }).paymentId });
      expect(gateway.ledger.chargeCount()).toBe(1);
      // Completing again is idempotent.
      await gateway.handleAction(action, ctx('key_1'));
      expect(gateway.ledger.chargeCount()).toBe(1);
      expect(gateway.calls.at(-2)).toMatchObject({ operation: 'handleAction', charged: true });
      expect(gateway.calls.at(-1)).toMatchObject({ operation: 'handleAction', charged: false });
    });

    it('tok_3ds_required fails authentication with { result: "fail" }', async () => {
      const gateway = createSimulatedGateway();
      const first = await gateway.confirm(request(TEST_TOKENS.threeDSecureRequired), ctx());
      const action = (first as Extract<GatewayResult, { status: 'requires_action' }>).action;
      const done = await gateway.handleAction(action, ctx(), { result: 'fail' });
      expect(done).toMatchObject({ status: 'failed', error: { code: 'authentication_failed' } });
      expect(gateway.ledger.chargeCount()).toBe(0);
    });

    it('tok_processing answers processing, then retrieve succeeds after processingPolls', async () => {
      const gateway = createSimulatedGateway({ processingPolls: 3 });
      const first = await gateway.confirm(request(TEST_TOKENS.processing), ctx());
      expect(first.status).toBe('processing');
      const ref = { checkoutId: 'co_1', idempotencyKey: 'key_1' };
      expect((await gateway.retrieve(ref, ctx())).status).toBe('processing');
      expect((await gateway.retrieve(ref, ctx())).status).toBe('processing');
      expect((await gateway.retrieve(ref, ctx())).status).toBe('succeeded');
      expect(gateway.ledger.chargeCount()).toBe(1);
    });
  });

  describe('ledger and idempotency', () => {
    it('reads like a Map keyed by idempotency key (size, has, get, keys, values, entries, iteration)', async () => {
      const gateway = createSimulatedGateway();
      await gateway.confirm(request(TEST_TOKENS.success, 'co_a'), ctx('k_a'));
      await gateway.confirm(request(TEST_TOKENS.decline, 'co_b'), ctx('k_b'));
      await gateway.confirm(request(TEST_TOKENS.success, 'co_a'), ctx('k_a', 2));
      const { ledger } = gateway;
      expect(ledger.size).toBe(2);
      expect(ledger.has('k_a')).toBe(true);
      expect(ledger.has('k_c')).toBe(false);
      expect([...ledger.keys()]).toEqual(['k_a', 'k_b']);
      expect([...ledger.values()].map((p) => p.status)).toEqual(['succeeded', 'failed']);
      expect(new Map(ledger).get('k_a')).toBe(ledger.get('k_a'));
      expect([...ledger.entries()].map(([k]) => k)).toEqual(['k_a', 'k_b']);
    });

    it('a repeat with the same key never charges again and returns the same payment', async () => {
      const gateway = createSimulatedGateway();
      const first = await gateway.confirm(request(), ctx('same'));
      const again = await gateway.confirm(request(), ctx('same', 2));
      expect(again).toEqual(first);
      expect(gateway.ledger.chargeCount()).toBe(1);
      expect(gateway.calls.map((c) => [c.attempt, c.charged])).toEqual([
        [1, true],
        [2, false],
      ]);
    });

    it('a repeat with the same key but other parameters is refused', async () => {
      const gateway = createSimulatedGateway();
      await gateway.confirm(request(), ctx('same'));
      const other = await gateway.confirm({ checkoutId: 'co_1', money: { amount: 1, currency: 'EUR' } }, ctx('same'));
      expect(other).toMatchObject({ status: 'failed', error: { code: 'invalid_request' } });
      expect(gateway.ledger.chargeCount()).toBe(1);
    });

    it('another key for the same checkout is a second charge, which doubleCharged() reports', async () => {
      const gateway = createSimulatedGateway();
      await gateway.confirm(request(), ctx('k1'));
      await gateway.confirm(request(), ctx('k2'));
      expect(gateway.ledger.chargeCount('co_1')).toBe(2);
      expect(gateway.ledger.doubleCharged()).toEqual(['co_1']);
    });

    it('retrieve finds a payment by key or payment id, and answers failed for no such payment', async () => {
      const gateway = createSimulatedGateway();
      const paid = (await gateway.confirm(request(), ctx('k1'))) as { paymentId: string };
      expect(await gateway.retrieve({ checkoutId: 'co_1', idempotencyKey: 'k1' }, ctx('k1'))).toEqual({
        status: 'succeeded',
        paymentId: paid.paymentId,
      });
      expect(await gateway.retrieve({ checkoutId: 'co_1', idempotencyKey: 'zz', paymentId: paid.paymentId }, ctx('zz'))).toMatchObject({
        status: 'succeeded',
      });
      const missing = await gateway.retrieve({ checkoutId: 'co_1', idempotencyKey: 'k-none' }, ctx('k-none'));
      expect(missing).toMatchObject({ status: 'failed', error: { code: 'invalid_request', chargeOutcome: 'none' } });
    });

    it('can be built without retrieve', () => {
      expect(createSimulatedGateway({ retrieve: false }).retrieve).toBeUndefined();
    });
  });

  describe('faults', () => {
    it('accepts the spellings DESIGN suggests (5xx, 429, outage) and bare type names', async () => {
      const gateway = createSimulatedGateway({
        faults: [{ type: '5xx', status: 503 }, { type: '429', retryAfterMs: 700 }, 'outage', 'timeout', { type: 'rate_limit' }],
      });
      const codes: PaymentError[] = [];
      for (let i = 0; i < 5; i++) codes.push(await thrown(gateway.confirm(request(), ctx('key_1', i + 1))));
      expect(codes.map((e) => e.code)).toEqual(['gateway_unavailable', 'rate_limited', 'network_error', 'timeout', 'rate_limited']);
      expect(codes[1]).toMatchObject({ retryAfterMs: 700, chargeOutcome: 'none' });
      expect(gateway.calls.map((c) => c.fault?.type)).toEqual(['server_error', 'rate_limited', 'network_error', 'timeout', 'rate_limited']);
    });

    it('an unknown fault type is a configuration_error naming the entry, not a silent unknown', async () => {
      expect(() => createSimulatedGateway({ faults: [null, { type: 'boom' } as never] })).toThrow(/options\.faults\[1\].*"boom"/);
      expect(() => createSimulatedGateway({ faults: { rate: 0.5, faults: ['nope' as never] } })).toThrow(/options\.faults\.faults\[0\]/);
      expect(() => createSimulatedGateway({ faults: [{ type: 'outage', from: 0, to: 5000 } as never] })).toThrow(/options\.outages/);
      const gateway = createSimulatedGateway({ faults: () => ({ type: 'typo' }) as never });
      const error = await thrown(gateway.confirm(request(), ctx()));
      expect(error).toMatchObject({ code: 'configuration_error' });
      expect(error.message).toMatch(/"typo"/);
    });

    it('network_error before send: nothing charged, chargeOutcome none, recorded as not committed', async () => {
      const gateway = createSimulatedGateway({ faults: [{ type: 'network_error' }] });
      const error = await thrown(gateway.confirm(request(), ctx()));
      expect(error).toMatchObject({ code: 'network_error', chargeOutcome: 'none', retryable: true, gatewayId: 'simulated' });
      expect(gateway.ledger.chargeCount()).toBe(0);
      expect(gateway.calls[0]).toMatchObject({ fault: { type: 'network_error' }, committed: false, outcome: 'threw' });
      // Calls past the end of an array plan succeed; the retry under the same key charges once.
      expect((await gateway.confirm(request(), ctx('key_1', 2))).status).toBe('succeeded');
      expect(gateway.ledger.chargeCount()).toBe(1);
    });

    it('timeout after commit: the ledger is charged, the caller sees an unknown outcome', async () => {
      const gateway = createSimulatedGateway({ faults: [{ type: 'timeout' }] });
      const error = await thrown(gateway.confirm(request(), ctx()));
      expect(error).toMatchObject({ code: 'timeout', chargeOutcome: 'unknown' });
      expect(gateway.ledger.chargeCount()).toBe(1);
      expect(gateway.calls[0]).toMatchObject({ committed: true, charged: true });
      // The retry with the same key finds the existing payment.
      const retry = await gateway.confirm(request(), ctx('key_1', 2));
      expect(retry).toEqual({ status: 'succeeded', paymentId: gateway.ledger.charges[0]!.paymentId });
      expect(gateway.ledger.chargeCount()).toBe(1);
    });

    it('timeout with hang: charged, then never answers until aborted', async () => {
      const gateway = createSimulatedGateway({ faults: [{ type: 'timeout', hang: true }] });
      const controller = new AbortController();
      const call = gateway.confirm(request(), ctx('k', 1, controller.signal));
      await new Promise((r) => setTimeout(r, 0));
      expect(gateway.calls[0]!.outcome).toBe('pending');
      expect(gateway.ledger.chargeCount()).toBe(1);
      controller.abort();
      expect(await thrown(call)).toMatchObject({ code: 'canceled', chargeOutcome: 'unknown' });
      expect(gateway.calls[0]!.outcome).toBe('aborted');
    });

    it.each([
      [500, false, 'processing_error'],
      [503, true, 'gateway_unavailable'],
    ] as const)('server_error %i (committed %s) is %s with an unknown outcome', async (status, committed, code) => {
      const gateway = createSimulatedGateway({ faults: [{ type: 'server_error', status, committed }] });
      expect(await thrown(gateway.confirm(request(), ctx()))).toMatchObject({ code, chargeOutcome: 'unknown' });
      expect(gateway.ledger.chargeCount()).toBe(committed ? 1 : 0);
      expect(gateway.calls[0]!.committed).toBe(committed);
    });

    it('rate_limited: 429 with retryAfterMs, nothing processed', async () => {
      const gateway = createSimulatedGateway({ faults: [{ type: 'rate_limited', retryAfterMs: 1500 }] });
      expect(await thrown(gateway.confirm(request(), ctx()))).toMatchObject({
        code: 'rate_limited',
        retryAfterMs: 1500,
        chargeOutcome: 'none',
      });
      expect(gateway.ledger.payments).toHaveLength(0);
    });

    it('malformed: resolves a garbled result, by default after charging', async () => {
      const gateway = createSimulatedGateway({ faults: [{ type: 'malformed' }, { type: 'malformed', result: 42, committed: false }] });
      expect(await gateway.confirm(request(undefined, 'a'), ctx('a'))).toEqual({ status: 'succeeded' });
      expect(await gateway.confirm(request(undefined, 'b'), ctx('b'))).toBe(42);
      expect(gateway.ledger.chargeCount('a')).toBe(1);
      expect(gateway.ledger.chargeCount('b')).toBe(0);
      expect(gateway.calls.map((c) => c.outcome)).toEqual(['malformed', 'malformed']);
    });

    it('hang: never answers until aborted; nothing committed by default', async () => {
      const clock = createVirtualClock();
      const gateway = createSimulatedGateway({ clock, faults: [{ type: 'hang' }] });
      const never = gateway.confirm(request(), ctx());
      never.catch(() => {});
      await expect(clock.run(never)).rejects.toThrow(/deadlock/);
      expect(gateway.ledger.payments).toHaveLength(0);
    });

    it('throw: rethrows the raw value, which normalizeError maps', async () => {
      const raw = { status: 503, message: 'upstream' };
      const gateway = createSimulatedGateway({ faults: [{ type: 'throw', error: raw }] });
      await expect(gateway.confirm(request(), ctx())).rejects.toBe(raw);
      expect(gateway.normalizeError(raw)).toMatchObject({ code: 'gateway_unavailable' });
    });

    it('outage windows by clock time: unreachable, nothing sent, network_error none', async () => {
      const clock = createVirtualClock({ start: 1000 });
      const gateway = createSimulatedGateway({ clock, outages: [{ from: 1000, to: 2000 }] });
      expect(await thrown(gateway.confirm(request(), ctx('k1')))).toMatchObject({ code: 'network_error', chargeOutcome: 'none' });
      expect(gateway.calls[0]).toMatchObject({ outage: true, committed: false });
      expect(await thrown(gateway.retrieve({ checkoutId: 'co_1', idempotencyKey: 'k1' }, ctx('k1')))).toMatchObject({
        code: 'network_error',
      });
      await clock.advance(1000);
      expect((await gateway.confirm(request(), ctx('k1', 2))).status).toBe('succeeded');
      expect(gateway.injectedFaults()).toHaveLength(2);
    });

    it('retrieve has its own faults (a brown-out where status look-up fails too)', async () => {
      const gateway = createSimulatedGateway({
        faults: [{ type: 'server_error', status: 503, committed: true }],
        retrieveFaults: () => ({ type: 'server_error', status: 503 }),
      });
      await thrown(gateway.confirm(request(), ctx()));
      expect(await thrown(gateway.retrieve({ checkoutId: 'co_1', idempotencyKey: 'key_1' }, ctx()))).toMatchObject({
        code: 'gateway_unavailable',
      });
      expect(gateway.ledger.chargeCount()).toBe(1);
    });

    it('accepts plans per operation in `faults`', async () => {
      const gateway = createSimulatedGateway({ faults: { retrieve: [{ type: 'rate_limited' }] } });
      expect((await gateway.confirm(request(), ctx())).status).toBe('succeeded');
      expect(await thrown(gateway.retrieve({ checkoutId: 'co_1', idempotencyKey: 'key_1' }, ctx()))).toMatchObject({
        code: 'rate_limited',
      });
    });

    it('a function plan sees the call', async () => {
      const plan = vi.fn(() => undefined);
      const gateway = createSimulatedGateway({ faults: plan });
      await gateway.confirm(request(), ctx('k9', 3));
      expect(plan).toHaveBeenCalledWith(
        expect.objectContaining({ operation: 'confirm', index: 0, attempt: 3, idempotencyKey: 'k9', checkoutId: 'co_1', now: expect.any(Number) }),
      );
    });

    it('seeded rates are deterministic per seed', async () => {
      async function pattern(seed: number): Promise<string> {
        const gateway = createSimulatedGateway({ seed, faults: { rate: 0.3, faults: [{ type: 'network_error' }, { type: 'rate_limited' }] } });
        let out = '';
        for (let i = 0; i < 60; i++) {
          try {
            await gateway.confirm(request(undefined, `c${i}`), ctx(`k${i}`));
            out += '.';
          } catch (e) {
            out += (e as PaymentError).code === 'network_error' ? 'n' : 'r';
          }
        }
        return out;
      }
      const a = await pattern(7);
      expect(await pattern(7)).toBe(a);
      expect(await pattern(8)).not.toBe(a);
      const faults = a.replace(/\./g, '').length;
      expect(faults).toBeGreaterThan(5);
      expect(faults).toBeLessThan(35);
    });

    it('setFaults changes faults at run time; array indexes count from then', async () => {
      const gateway = createSimulatedGateway();
      await gateway.confirm(request(undefined, 'a'), ctx('a'));
      gateway.setFaults([{ type: 'network_error' }]);
      await thrown(gateway.confirm(request(undefined, 'b'), ctx('b')));
      expect((await gateway.confirm(request(undefined, 'b'), ctx('b', 2))).status).toBe('succeeded');
      gateway.setFaults(() => ({ type: 'server_error', status: 503 }), 'retrieve');
      await thrown(gateway.retrieve({ checkoutId: 'b', idempotencyKey: 'b' }, ctx('b')));
    });
  });

  describe('latency and abort', () => {
    it('takes latencyMs on the clock', async () => {
      const clock = createVirtualClock();
      const gateway = createSimulatedGateway({ clock, latencyMs: 250 });
      const result = await clock.run(gateway.confirm(request(), ctx()));
      expect(result.status).toBe('succeeded');
      expect(clock.now()).toBe(250);
      expect(gateway.calls[0]!.at).toBe(0);
    });

    it('an abort during latency rejects canceled and charges nothing', async () => {
      const clock = createVirtualClock();
      const gateway = createSimulatedGateway({ clock, latencyMs: 1000 });
      const controller = new AbortController();
      const call = gateway.confirm(request(), ctx('k', 1, controller.signal));
      await clock.advance(500);
      controller.abort();
      expect(await thrown(call)).toMatchObject({ code: 'canceled', chargeOutcome: 'none' });
      expect(clock.pendingTimers()).toBe(0);
      expect(gateway.ledger.payments).toHaveLength(0);
    });

    it('an already-aborted signal rejects at once', async () => {
      const gateway = createSimulatedGateway();
      const controller = new AbortController();
      controller.abort();
      expect(await thrown(gateway.confirm(request(), ctx('k', 1, controller.signal)))).toMatchObject({ code: 'canceled' });
      expect(gateway.ledger.payments).toHaveLength(0);
    });
  });

  describe('server confirm (session.onPaymentSubmit)', () => {
    it('calls the handler with the token and key; undefined charges the ledger as usual', async () => {
      const gateway = createSimulatedGateway({ id: 'srv' });
      const onPaymentSubmit = vi.fn(async () => undefined);
      const context = { ...ctx('key_s', 2), session: { onPaymentSubmit } };
      const result = await gateway.confirm(request(TEST_TOKENS.success), context);
      expect(result.status).toBe('succeeded');
      expect(onPaymentSubmit).toHaveBeenCalledWith('tok_success', {
        idempotencyKey: 'key_s',
        signal: context.signal,
        gatewayId: 'srv',
        attempt: 2,
      });
      expect(gateway.ledger.chargeCount()).toBe(1);
      expect(gateway.calls[0]!.serverConfirm).toBe(true);
    });

    it('uses a returned GatewayResult as is', async () => {
      const gateway = createSimulatedGateway();
      const answer: GatewayResult = { status: 'succeeded', paymentId: 'pi_from_server' };
      const result = await gateway.confirm(request(), { ...ctx(), session: { onPaymentSubmit: async () => answer } });
      expect(result).toBe(answer);
      expect(gateway.ledger.payments).toHaveLength(0);
    });

    it('normalises a throw', async () => {
      const gateway = createSimulatedGateway();
      const session = {
        onPaymentSubmit: async () => {
          throw Object.assign(new Error('Too many requests'), { status: 429 });
        },
      };
      expect(await thrown(gateway.confirm(request(), { ...ctx(), session }))).toMatchObject({ code: 'rate_limited' });
    });
  });

  describe('normalizeError', () => {
    it.each([
      [new Error('x'), 'unknown'],
      ['a string', 'unknown'],
      [null, 'unknown'],
      [undefined, 'unknown'],
      [new DOMException('aborted', 'AbortError'), 'canceled'],
      [new TypeError('Failed to fetch'), 'network_error'],
      [{ status: 429 }, 'rate_limited'],
      [{ status: 500 }, 'processing_error'],
    ])('maps %s to %s and never throws', (input, code) => {
      const error = createSimulatedGateway({ id: 'g' }).normalizeError(input);
      expect(isPaymentError(error)).toBe(true);
      expect(error).toMatchObject({ code, gatewayId: 'g' });
    });

    it('survives cyclic objects and throwing getters', () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const evil = {
        get status(): number {
          throw new Error('getter');
        },
      };
      const gateway = createSimulatedGateway();
      expect(isPaymentError(gateway.normalizeError(cyclic))).toBe(true);
      expect(isPaymentError(gateway.normalizeError(evil))).toBe(true);
    });
  });
});
