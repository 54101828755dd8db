import { describe, expect, it } from 'vitest';
import { PaymentError, createPaymentClient, isPaymentError, type CheckoutState } from '../../../src/core';
import { IN_FLIGHT_STORAGE_KEY } from '../../../src/core/storage/in-flight-store';
import { createFakeGateway, createFakeManualGateway, memoryStorage } from '../helpers/fake-gateway';
import { EUR, TERMINAL, card, setupClient } from '../helpers/setup-client';

describe('invariant 1: never twice', () => {
  it('given a timeout after the charge was committed, every retry reuses the key and the ledger holds one charge', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['hang_after_commit', 'succeed'] });
    const { client, clock } = setupClient({ gateways: [a] });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state).toMatchObject({ status: 'succeeded', gatewayId: 'a' });
    expect(a.calls.map((c) => c.key)).toEqual(['id-2', 'id-2']);
    expect(a.charges()).toBe(1);
  });

  it('given an outage that leaves every outcome unknown, settles outcome_unknown and never calls the healthy second gateway', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['server_error'], retrieve: ['throw'] });
    const b = createFakeGateway({ id: 'b' });
    const storage = memoryStorage();
    const { client, clock, types } = setupClient({ gateways: [a, b, createFakeManualGateway()], storage });
    const checkout = client.createCheckout({ money: EUR() });
    const state = await clock.run(checkout.submit({ method: card() }));
    expect(state.status).toBe('failed');
    expect(state.status === 'failed' && state.error.code).toBe('outcome_unknown');
    expect(b.calls).toEqual([]);
    expect(types()).not.toContain('fallback.offered');
    // The record stays so resume() or a later submit reconciles first.
    expect(JSON.parse(storage.getItem(IN_FLIGHT_STORAGE_KEY)!)).toEqual([
      { checkoutId: checkout.id, gatewayId: 'a', idempotencyKey: 'id-2', money: EUR() },
    ]);
  });

  it('given attempts exhausted with an unknown outcome, reconciles with retrieve and takes the charge it finds as the success', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['reset_after_commit', 'server_error'] });
    const b = createFakeGateway({ id: 'b' });
    const { client, clock, types } = setupClient({ gateways: [a, b], retry: { maxAttempts: 1 } });
    const checkout = client.createCheckout({ money: EUR() });
    const statuses: string[] = [];
    checkout.subscribe(() => statuses.push(checkout.getState().status));
    const state = await clock.run(checkout.submit({ method: card() }));
    expect(state).toMatchObject({ status: 'succeeded', gatewayId: 'a', paymentId: 'pay_a_1' });
    expect(statuses).toEqual(['submitting', 'reconciling', 'succeeded']);
    expect(a.calls.map((c) => c.op)).toEqual(['confirm', 'retrieve']);
    expect(types()).toContain('reconcile.started');
    expect(b.calls).toEqual([]);
  });

  it('given an unknown outcome, a new method on the same gateway reconciles the old key before confirming under a new one', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['server_error', 'succeed'], retrieve: ['throw', 'throw', 'throw', 'ledger'] });
    const { client, clock } = setupClient({ gateways: [a], retry: { maxAttempts: 1 } });
    const checkout = client.createCheckout({ money: EUR() });
    const first = await clock.run(checkout.submit({ method: card('tok_old') }));
    expect(first.status === 'failed' && first.error.code).toBe('outcome_unknown');
    const second = await clock.run(checkout.submit({ method: card('tok_new') }));
    expect(second).toMatchObject({ status: 'succeeded' });
    expect(a.calls.map((c) => `${c.op}:${c.key}`)).toEqual([
      'confirm:id-2',
      'retrieve:id-2',
      'retrieve:id-2',
      'retrieve:id-2',
      'retrieve:id-2', // reconciled first: nothing charged under the old key …
      'confirm:id-3', // … only then the new key
    ]);
    expect(a.charges()).toBe(1);
  });

  it('given the old attempt had in fact charged, a new method after the unknown outcome ends succeeded without a second charge', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['reset_after_commit', 'succeed'], retrieve: ['throw', 'throw', 'throw', 'ledger'] });
    const { client, clock } = setupClient({ gateways: [a], retry: { maxAttempts: 1 } });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card('tok_old') }));
    const second = await clock.run(checkout.submit({ method: card('tok_new') }));
    expect(second).toMatchObject({ status: 'succeeded', paymentId: 'pay_a_1' });
    expect(a.calls.filter((c) => c.op === 'confirm')).toHaveLength(1);
    expect(a.charges()).toBe(1);
  });

  it('given a gateway without retrieve, an unknown outcome cannot be learned: outcome_unknown', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['server_error'], retrieve: false });
    const { client, clock } = setupClient({ gateways: [a, createFakeGateway({ id: 'b' })] });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status === 'failed' && state.error.code).toBe('outcome_unknown');
  });

  it('given offerManualWhenOutcomeUnknown, offers only the manual methods after an unknown outcome', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['server_error'], retrieve: ['throw'] });
    const bank = createFakeManualGateway();
    const storage = memoryStorage();
    const { client, clock } = setupClient({ gateways: [a, createFakeGateway({ id: 'b' }), bank], offerManualWhenOutcomeUnknown: true, storage });
    const checkout = client.createCheckout({ money: EUR() });
    const state = await clock.run(checkout.submit({ method: card() }));
    expect(state).toMatchObject({ status: 'fallback_offered', options: [{ gatewayId: 'bank', kind: 'manual' }] });
    expect(state.status === 'fallback_offered' && state.error.code).toBe('outcome_unknown');
    const manual = await clock.run(checkout.selectFallback('bank'));
    expect(manual.status).toBe('pending_manual');
    // The unknown online attempt keeps its record for resume().
    expect(JSON.parse(storage.getItem(IN_FLIGHT_STORAGE_KEY)!)).toMatchObject([{ checkoutId: checkout.id, gatewayId: 'a' }]);
  });
});

describe('invariant 2: retry only what helps', () => {
  it('never repeats a decline', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['decline'] });
    const { client, clock, types } = setupClient({ gateways: [a, createFakeGateway({ id: 'b' })] });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status === 'failed' && state.error.code).toBe('card_declined');
    expect(a.calls).toHaveLength(1);
    expect(types()).not.toContain('retry.scheduled');
    expect(types()).not.toContain('fallback.offered');
  });

  it('makes at most maxAttempts calls per key, with full-jitter backoff, and reports the attempt about to run', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before'] });
    const { client, clock } = setupClient({ gateways: [a], retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300 } });
    const checkout = client.createCheckout({ money: EUR() });
    const seen: CheckoutState[] = [];
    checkout.subscribe(() => seen.push(checkout.getState()));
    await clock.run(checkout.submit({ method: card() }));
    expect(a.calls.map((c) => c.attempt)).toEqual([1, 2, 3, 4]);
    const retries = seen.filter((s) => s.status === 'retrying');
    // random() = 0.5: 0.5 * min(300, 100 * 2^n) → 50, 100, 150 (capped).
    expect(retries.map((s) => s.status === 'retrying' && [s.attempt, s.retryAt])).toEqual([
      [2, 50],
      [3, 150],
      [4, 300],
    ]);
  });

  it('never retries sooner than retryAfterMs', async () => {
    const a = createFakeGateway({ id: 'a', confirm: [{ rateLimited: 1500 }, 'succeed'] });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    const retryAts: number[] = [];
    checkout.subscribe(() => {
      const s = checkout.getState();
      if (s.status === 'retrying') retryAts.push(s.retryAt);
    });
    const state = await clock.run(checkout.submit({ method: card() }));
    expect(state.status).toBe('succeeded');
    expect(retryAts).toEqual([1500]);
    expect(clock.now()).toBe(1500);
  });

  it('gives up at once when retryAfterMs is above maxDelayMs: the gateway is unavailable for this checkout', async () => {
    const a = createFakeGateway({ id: 'a', confirm: [{ rateLimited: 60_000 }] });
    const { client, clock } = setupClient({ gateways: [a, createFakeGateway({ id: 'b' })] });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(a.calls).toHaveLength(1);
    expect(state).toMatchObject({ status: 'fallback_offered', options: [{ gatewayId: 'b' }] });
  });
});

describe('invariant 3: always ends', () => {
  it('bounds a call that ignores its signal by attemptTimeoutMs on the injected clock', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['hang'] });
    const { client, clock, events } = setupClient({ gateways: [a], retry: { maxAttempts: 1, attemptTimeoutMs: 1000 } });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    const failed = events.find((e) => e.type === 'attempt.failed');
    expect(failed?.error).toMatchObject({ code: 'timeout', chargeOutcome: 'unknown' });
    // Timed out (unknown) → reconciled → nothing charged → no other gateway: failed with the timeout.
    expect(state.status === 'failed' && state.error.code).toBe('timeout');
    expect(clock.now()).toBe(1000);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('polls a processing payment with retrieve every pollIntervalMs until it settles', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['processing'], retrieve: ['processing', 'processing', 'succeed'] });
    const { client, clock, types } = setupClient({ gateways: [a], processing: { pollIntervalMs: 1000, maxPollMs: 10_000 } });
    const checkout = client.createCheckout({ money: EUR() });
    const statuses: string[] = [];
    checkout.subscribe(() => statuses.push(checkout.getState().status));
    const state = await clock.run(checkout.submit({ method: card() }));
    expect(state.status).toBe('succeeded');
    expect(clock.now()).toBe(3000);
    expect(statuses).toEqual(['submitting', 'processing', 'succeeded']);
    expect(types().filter((t) => TERMINAL.includes(t))).toEqual(['checkout.succeeded']);
  });

  it('settles processing after maxPollMs, with one checkout.processing event and no timer left', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['processing'], retrieve: ['processing'] });
    const { client, clock, types } = setupClient({ gateways: [a], processing: { pollIntervalMs: 2000, maxPollMs: 10_000 } });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status).toBe('processing');
    expect(a.calls.filter((c) => c.op === 'retrieve')).toHaveLength(5);
    expect(types().filter((t) => TERMINAL.includes(t))).toEqual(['checkout.processing']);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('cancel() aborts a backoff sleep: canceled at once, no timer left, nothing emitted after checkout.canceled', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before'] });
    const { client, clock, types } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    checkout.subscribe(() => {
      if (checkout.getState().status === 'retrying') checkout.cancel();
    });
    const state = await clock.run(checkout.submit({ method: card() }));
    expect(state.status).toBe('canceled');
    expect(a.calls).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(0);
    expect(types().at(-1)).toBe('checkout.canceled');
    await clock.runAll();
    expect(types().at(-1)).toBe('checkout.canceled');
  });

  it('cancel() during a call that may have reached the gateway keeps its in-flight record for resume()', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['hang_after_commit'] });
    const storage = memoryStorage();
    const { client, clock } = setupClient({ gateways: [a], storage });
    const checkout = client.createCheckout({ money: EUR() });
    const pending = checkout.submit({ method: card() });
    await clock.flush();
    checkout.cancel();
    expect((await pending).status).toBe('canceled');
    expect(clock.pendingTimers()).toBe(0);
    expect(JSON.parse(storage.getItem(IN_FLIGHT_STORAGE_KEY)!)).toHaveLength(1);
    // After a reload: a new client over the same storage reconciles instead of charging again.
    const reloaded = setupClient({ gateways: [a], storage });
    const resumed = await reloaded.clock.run(reloaded.client.resume());
    expect(resumed?.getState()).toMatchObject({ status: 'succeeded', paymentId: 'pay_a_1' });
    expect(storage.getItem(IN_FLIGHT_STORAGE_KEY)).toBeNull();
    expect(a.charges()).toBe(1);
  });

  it('cancel() before anything reached the gateway leaves no record', async () => {
    const storage = memoryStorage();
    const { client } = setupClient({ gateways: [createFakeGateway({ id: 'a' })], storage });
    const checkout = client.createCheckout({ money: EUR() });
    checkout.cancel();
    expect(checkout.getState().status).toBe('canceled');
    expect(storage.getItem(IN_FLIGHT_STORAGE_KEY)).toBeNull();
  });
});

describe('invariant 4: one submit', () => {
  it('returns the same promise while in flight and starts one confirm', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    const first = checkout.submit({ method: card() });
    const second = checkout.submit({ method: card('tok_other') });
    expect(second).toBe(first);
    await clock.run(first);
    expect(a.calls).toHaveLength(1);
  });

  it('a subscriber that submits again while the first submit notifies starts nothing new', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    const reentrant: Promise<CheckoutState>[] = [];
    checkout.subscribe(() => {
      reentrant.push(checkout.submit({ method: card('tok_again') }));
    });
    const first = checkout.submit({ method: card() });
    await clock.run(first);
    expect(reentrant.length).toBeGreaterThan(0);
    for (const p of reentrant) expect(p).toBe(first);
    expect(a.calls).toHaveLength(1);
  });

  it('after success, submit resolves the current state and calls nothing', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card() }));
    const again = await checkout.submit({ method: card('tok_2') });
    expect(again).toBe(checkout.getState());
    expect(a.calls).toHaveLength(1);
  });
});

describe('invariant 5: fallback', () => {
  it('offers every other usable gateway, online first in priority order, then manual — and never switches by itself', async () => {
    const bank = createFakeManualGateway();
    const a = createFakeGateway({ id: 'a', confirm: ['network_before'] });
    const b = createFakeGateway({ id: 'b' });
    const c = createFakeGateway({ id: 'c' });
    const off = createFakeGateway({ id: 'off' });
    const small = createFakeGateway({ id: 'small', supports: ({ money }) => money.amount < 100 });
    const { client, clock } = setupClient({ gateways: [a, bank, b, off, small, c], flags: { 'gateway.off': false } });
    const checkout = client.createCheckout({ money: EUR() });
    const state = await clock.run(checkout.submit({ method: card() }));
    expect(state.status === 'fallback_offered' && state.options.map((o) => `${o.gatewayId}:${o.kind}`)).toEqual(['b:online', 'c:online', 'bank:manual']);
    expect(b.calls).toEqual([]);
    // The shopper picks b: idle with b chosen, then submits a method of b.
    expect(await checkout.selectFallback('b')).toEqual({ status: 'idle', gatewayId: 'b' });
    const paid = await clock.run(checkout.submit({ method: card('tok_b') }));
    expect(paid).toMatchObject({ status: 'succeeded', gatewayId: 'b' });
  });

  it('selectFallback on a manual gateway settles pending_manual with its instructions; an option not offered changes nothing', async () => {
    const bank = createFakeManualGateway();
    const { client, clock, types } = setupClient({ gateways: [createFakeGateway({ id: 'a', confirm: ['network_before'] }), bank] });
    const checkout = client.createCheckout({ money: EUR() });
    const offered = await clock.run(checkout.submit({ method: card() }));
    expect(await checkout.selectFallback('nope')).toBe(offered);
    const state = await clock.run(checkout.selectFallback('bank'));
    expect(state).toMatchObject({ status: 'pending_manual', gatewayId: 'bank', instructions: { reference: `RSP-${checkout.id}` } });
    expect(types()).toContain('fallback.selected');
  });

  it('an empty list settles failed with the last error', async () => {
    const { client, clock } = setupClient({ gateways: [createFakeGateway({ id: 'a', confirm: ['network_before'] })] });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status === 'failed' && state.error.code).toBe('network_error');
  });

  it('opens the circuit after failureThreshold transient failures; then a submit gets fallback_offered without a call; one trial after cooldown closes it', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before', 'network_before', 'succeed'] });
    const b = createFakeGateway({ id: 'b' });
    const { client, clock, types } = setupClient({
      gateways: [a, b],
      retry: { maxAttempts: 1 },
      circuitBreaker: { failureThreshold: 2, cooldownMs: 10_000 },
    });
    for (let i = 0; i < 2; i++) await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(types()).toContain('circuit.opened');
    expect(client.gatewayHealth()[0]).toMatchObject({ gatewayId: 'a', circuit: 'open', failures: 2, consecutiveFailures: 2 });
    const third = await clock.run(client.createCheckout({ money: EUR() }).submit({ gatewayId: 'a', method: card() }));
    expect(third).toMatchObject({ status: 'fallback_offered', options: [{ gatewayId: 'b' }] });
    expect(a.calls).toHaveLength(2);
    await clock.advance(10_000);
    expect(client.gatewayHealth()[0]!.circuit).toBe('half_open');
    const trial = await clock.run(client.createCheckout({ money: EUR() }).submit({ gatewayId: 'a', method: card() }));
    expect(trial.status).toBe('succeeded');
    expect(types().filter((t) => t.startsWith('circuit.'))).toEqual(['circuit.opened', 'circuit.closed']);
    expect(client.gatewayHealth()[0]!.circuit).toBe('closed');
  });

  it('counts declines as successes: a run of declines never opens the circuit', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['decline'] });
    const { client, clock, types } = setupClient({ gateways: [a], circuitBreaker: { failureThreshold: 2 } });
    for (let i = 0; i < 4; i++) await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(types()).not.toContain('circuit.opened');
    expect(client.gatewayHealth()[0]).toMatchObject({ circuit: 'closed', successes: 4, failures: 0 });
  });

  it('a canceled half-open trial gives its slot back to the next checkout', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before', 'hang', 'succeed'] });
    const { client, clock } = setupClient({
      gateways: [a],
      retry: { maxAttempts: 1 },
      circuitBreaker: { failureThreshold: 1, cooldownMs: 1000 },
    });
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    await clock.advance(1000);
    const trial = client.createCheckout({ money: EUR() });
    const pending = trial.submit({ method: card() });
    await clock.flush();
    expect(a.calls).toHaveLength(2);
    // While the trial is out, nobody else gets through.
    const blocked = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(blocked.status).toBe('failed');
    expect(a.calls).toHaveLength(2);
    trial.cancel();
    await pending;
    const next = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(next.status).toBe('succeeded');
    expect(a.calls).toHaveLength(3);
  });
});

describe('invariant 6: one error path', () => {
  it('reports each failed call once, emits it once as attempt.failed, and the terminal event repeats the last error', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before', 'network_before', 'decline'] });
    const { client, clock, events, reporter } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card() }));
    const failedEvents = events.filter((e) => e.type === 'attempt.failed');
    expect(failedEvents.map((e) => [e.attempt, e.error?.code])).toEqual([
      [1, 'network_error'],
      [2, 'network_error'],
      [3, 'card_declined'],
    ]);
    expect(reporter.captureError).toHaveBeenCalledTimes(3);
    const reported = reporter.captureError.mock.calls.map(([e]) => e as PaymentError);
    expect(new Set(reported).size).toBe(3);
    expect(reported.every(isPaymentError)).toBe(true);
    const terminal = events.filter((e) => TERMINAL.includes(e.type));
    expect(terminal).toHaveLength(1);
    expect(terminal[0]!.error).toEqual(failedEvents[2]!.error);
  });

  it('guards normalizeError: a throwing one or one that returns a non-PaymentError still yields one PaymentError', async () => {
    for (const normalizeError of [
      () => {
        throw new Error('normalizer bug');
      },
      () => ({ code: 'nope' }) as unknown as PaymentError,
    ]) {
      const a = createFakeGateway({ id: 'a' });
      a.confirm = async () => {
        throw new Error('boom');
      };
      a.normalizeError = normalizeError;
      const { client, clock, reporter } = setupClient({ gateways: [a], retry: { maxAttempts: 1 } });
      const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
      expect(state.status).toBe('failed');
      expect(reporter.captureError).toHaveBeenCalledTimes(1);
      expect(isPaymentError(reporter.captureError.mock.calls[0]![0])).toBe(true);
    }
  });

  it('emits exactly one terminal event per settlement', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['decline', 'succeed'] });
    const { client, clock, types } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card('tok_a') }));
    await clock.run(checkout.submit({ method: card('tok_b') }));
    checkout.cancel(); // after success: nothing
    expect(types().filter((t) => TERMINAL.includes(t))).toEqual(['checkout.failed', 'checkout.succeeded']);
  });
});

describe('invariant 7: no secrets out', () => {
  it('passes session values to the adapter only, and keeps them, tokens and card numbers out of state, events, reports and storage', async () => {
    const secret = 'pi_3Nabc_secret_XYZ123';
    const pan = '4242 4242 4242 4242';
    const a = createFakeGateway({ id: 'a' });
    let attempt = 0;
    const original = a.confirm.bind(a);
    a.confirm = async (req, ctx) => {
      if (++attempt === 1) throw new Error(`card ${pan} rejected by upstream`);
      return original(req, ctx);
    };
    a.normalizeError = (e) => new PaymentError({ code: 'network_error', gatewayId: 'a', chargeOutcome: 'none', message: String((e as Error).message), cause: e });
    const storage = memoryStorage();
    const captured: string[] = [];
    const { client, clock, events, reporter } = setupClient({ gateways: [a], storage: { ...storage, setItem: (k, v) => (captured.push(v), storage.setItem(k, v)) } });
    const checkout = client.createCheckout({ money: EUR() });
    const state = await clock.run(checkout.submit({ method: card('tok_visa_secret_token'), session: { clientSecret: secret } }));
    expect(state.status).toBe('succeeded');
    expect(a.calls[0]!.session).toEqual({ clientSecret: secret });
    const outside = JSON.stringify({ state, events, reports: reporter.captureError.mock.calls.map(([e, ctx]) => [(e as PaymentError).toJSON(), (e as PaymentError).message, ctx]), captured });
    expect(outside).not.toContain(secret);
    expect(outside).not.toContain('4242424242424242');
    expect(outside).not.toContain('4242 4242 4242 4242');
    expect(captured.join()).not.toContain('tok_visa_secret_token');
  });
});

describe('invariant 8: validate at the edges', () => {
  it('rejects bad options with a configuration_error naming the field', () => {
    const a = createFakeGateway({ id: 'a' });
    const cases: [unknown, string][] = [
      [{ gateways: [] }, 'options.gateways'],
      [{ gateways: [{ ...a, confirm: 'nope' }] }, 'options.gateways.0.confirm'],
      [{ gateways: [a], retry: { maxAttempts: 0 } }, 'options.retry.maxAttempts'],
      [{ gateways: [a, a] }, 'options.gateways.1.id'],
      [{ gateways: [a], flags: 'gateway.a' }, 'options.flags'],
      [{ gateways: [a], flags: { 'gateway.a': 'false' } }, 'options.flags'],
      [{ gateways: [a], risk: { maxAmount: { eur: 1000 } } }, 'options.risk.maxAmount.eur'],
      [{ gateways: [a], risk: { maxAmount: { EUR: 10.5 } } }, 'options.risk.maxAmount.EUR'],
      [{ gateways: [a], risk: { maxAttempts: { count: 3 } } }, 'options.risk.maxAttempts.windowMs'],
      [{ gateways: [a], risk: { blockedCountries: 'KP' } }, 'options.risk.blockedCountries'],
      [{ gateways: [a], risk: { verifyStepUp: true } }, 'options.risk.verifyStepUp'],
      [{ gateways: [a], clock: { now: () => 0, sleep: () => Promise.resolve(), schedule: 5 } }, 'options.clock.schedule'],
    ];
    for (const [options, field] of cases) {
      let caught: unknown;
      try {
        createPaymentClient(options as never);
      } catch (error) {
        caught = error;
      }
      expect(isPaymentError(caught) && caught.code).toBe('configuration_error');
      expect((caught as Error).message).toContain(field);
    }
  });

  it('rejects bad money with invalid_request and calls no gateway', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client } = setupClient({ gateways: [a] });
    for (const money of [{ amount: 10.5, currency: 'EUR' }, { amount: 100, currency: 'eur' }, { amount: -1, currency: 'EUR' }, null]) {
      expect(() => client.createCheckout({ money: money as never })).toThrow(expect.objectContaining({ code: 'invalid_request' }));
      await expect(client.pay({ money: money as never })).rejects.toMatchObject({ code: 'invalid_request' });
    }
    expect(a.calls).toEqual([]);
  });

  it('rejects a card number passed as the method token: invalid_request, no gateway called, the number nowhere in events', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock, events } = setupClient({ gateways: [a] });
    for (const token of ['4242424242424242', '4242 4242 4242 4242', 'card-5555-5555-5555-4444']) {
      const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card(token) }));
      expect(state).toMatchObject({ status: 'failed', error: { code: 'invalid_request' } });
      expect((state as { error: Error }).error.message).toContain('method.token');
    }
    expect(a.calls).toEqual([]);
    expect(JSON.stringify(events)).not.toMatch(/4242.?4242|5555.?5555/);
    // A digit run that is not a card number (an order id) is a token like any other.
    expect(await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card('1234567890123') }))).toMatchObject({ status: 'succeeded' });
  });

  it('a submit to an unregistered gateway fails without making it the default of the next submit', async () => {
    const a = createFakeGateway({ id: 'a' });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    expect(await clock.run(checkout.submit({ gatewayId: 'typo', method: card() }))).toMatchObject({ status: 'failed', error: { code: 'invalid_request' } });
    expect(await clock.run(checkout.submit({ method: card() }))).toMatchObject({ status: 'succeeded', gatewayId: 'a' });
  });

  it('treats a malformed confirm result as a configuration_error naming adapter and field, with unknown outcome, and reconciles it', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['malformed_after_commit'] });
    const { client, clock, events } = setupClient({ gateways: [a] });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    const failure = events.find((e) => e.type === 'attempt.failed')!.error!;
    expect(failure).toMatchObject({ code: 'configuration_error', chargeOutcome: 'unknown' });
    expect(failure.message).toContain('"a"');
    expect(failure.message).toContain('paymentId');
    expect(a.calls.map((c) => c.op)).toEqual(['confirm', 'retrieve']);
    expect(state).toMatchObject({ status: 'succeeded', paymentId: 'pay_a_1' });
  });
});
