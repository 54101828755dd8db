import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaymentError, isPaymentError } from '../../../src/core/errors/payment-error';
import { createPaymentClient } from '../../../src/core/client/create-payment-client';
import { listenForAbort, RunSignal } from '../../../src/core/resilience/run-signal';
import { runWithTimeout, withTimeout } from '../../../src/core/resilience/with-timeout';
import type { Clock, GatewayAdapter } from '../../../src/core/types';
import { createVirtualClock } from '../../../src/testing/virtual-clock';
import { createFakeGateway } from '../helpers/fake-gateway';
import { card, EUR, setupClient } from '../helpers/setup-client';

describe('RunSignal', () => {
  it('makes its AbortSignal only when asked, and one that is already aborted after an abort', () => {
    const run = new RunSignal();
    run.abort('stop');
    expect([run.aborted, run.reason]).toEqual([true, 'stop']);
    const signal = run.signal;
    expect([signal.aborted, signal.reason]).toEqual([true, 'stop']);
    expect(run.signal).toBe(signal);
  });

  it('aborts once: the real signal and every onAbort listener hear it one time, with the first reason', () => {
    const run = new RunSignal();
    const heard: string[] = [];
    run.signal.addEventListener('abort', () => heard.push('signal'));
    run.onAbort(() => heard.push('a'));
    run.onAbort(() => heard.push('b'));
    run.abort('first');
    run.abort('second');
    expect(heard).toEqual(['signal', 'a', 'b']);
    expect([run.reason, run.signal.reason]).toEqual(['first', 'first']);
  });

  it('calls a listener added after the abort at once, and a removed listener never', () => {
    const run = new RunSignal();
    const heard: string[] = [];
    const remove = run.onAbort(() => heard.push('removed'));
    remove();
    run.abort('x');
    run.onAbort(() => heard.push('late'));
    expect(heard).toEqual(['late']);
  });

  it('aborts with an AbortError when given no reason, like AbortController', () => {
    const run = new RunSignal();
    run.abort();
    expect(run.reason).toBeInstanceOf(DOMException);
    expect((run.reason as DOMException).name).toBe('AbortError');
    expect(run.signal.reason).toBe(run.reason);
  });

  it('skips a listener removed by an earlier one during the abort', () => {
    const run = new RunSignal();
    const heard: string[] = [];
    let removeB = () => {};
    run.onAbort(() => {
      heard.push('a');
      removeB();
    });
    removeB = run.onAbort(() => heard.push('b'));
    run.onAbort(() => heard.push('c'));
    run.abort('x');
    expect(heard).toEqual(['a', 'c']);
  });

  it('a listener that throws stops neither the other listeners nor abort(); its error is rethrown on a microtask', () => {
    const queued: (() => void)[] = [];
    const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => void queued.push(task));
    try {
      const run = new RunSignal();
      const heard: string[] = [];
      run.onAbort(() => {
        throw new Error('listener bug');
      });
      run.onAbort(() => heard.push('after'));
      expect(() => run.abort('x')).not.toThrow();
      expect(heard).toEqual(['after']);
      expect(queued).toHaveLength(1);
      expect(() => queued[0]!()).toThrow('listener bug');
    } finally {
      spy.mockRestore();
    }
  });

  it('listenForAbort listens to an AbortSignal or a RunSignal, and stops when told', () => {
    for (const make of [() => new AbortController(), () => new RunSignal()]) {
      const source = make();
      const target = source instanceof RunSignal ? source : source.signal;
      let heard = 0;
      listenForAbort(target, () => (heard += 1))();
      const stop = listenForAbort(target, () => (heard += 10));
      source.abort('go');
      stop();
      expect(heard).toBe(10);
    }
  });

  it('aborts the call signal of a runWithTimeout bound to it, and rejects with its reason', async () => {
    const clock = createVirtualClock();
    const run = new RunSignal();
    let callSignal: AbortSignal | undefined;
    const pending = runWithTimeout((s) => ((callSignal = s), new Promise(() => {})), { clock, timeoutMs: 500, operation: 'confirm' }, run);
    run.abort('canceled');
    await expect(pending).rejects.toBe('canceled');
    expect([callSignal?.aborted, callSignal?.reason]).toEqual([true, 'canceled']);
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('withTimeout with a caller AbortSignal', () => {
  it('treats a signal that happens to carry an onAbort helper as a plain AbortSignal', async () => {
    const clock = createVirtualClock();
    const outer = new AbortController();
    Object.assign(outer.signal, { onAbort: () => 'not a function' });
    const pending = withTimeout(() => new Promise(() => {}), { clock, timeoutMs: 500, operation: 'x', signal: outer.signal });
    outer.abort('stop');
    await expect(pending).rejects.toBe('stop');
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('a checkout run and AbortControllers', () => {
  const Original = globalThis.AbortController;
  let made = 0;
  afterEach(() => {
    globalThis.AbortController = Original;
  });
  function countAbortControllers() {
    made = 0;
    globalThis.AbortController = class extends Original {
      constructor() {
        super();
        made += 1;
      }
    };
  }

  const instant: GatewayAdapter = {
    id: 'instant',
    label: 'Instant',
    kind: 'online',
    confirm: () => Promise.resolve({ status: 'succeeded', paymentId: 'pi_1' }),
    normalizeError: (error) => new PaymentError({ code: 'unknown', cause: error }),
  };

  it('a RunSignal makes none until its signal is read', () => {
    countAbortControllers();
    const run = new RunSignal();
    run.onAbort(() => {})();
    run.abort('x');
    expect(made).toBe(0);
    void run.signal;
    expect(made).toBe(1);
  });

  it('makes one per gateway call (the signal the adapter gets) and none for the run itself', async () => {
    const client = createPaymentClient({ gateways: [instant] });
    countAbortControllers();
    const state = await client.createCheckout({ money: { amount: 100, currency: 'EUR' } }).submit({});
    expect(state.status).toBe('succeeded');
    expect(made).toBe(1);
  });

  it('still hands a custom clock a real signal for a backoff sleep, aborted with the cancel reason', async () => {
    const virtual = createVirtualClock();
    const sleeps: AbortSignal[] = [];
    const clock: Clock = {
      now: () => virtual.now(),
      sleep: (ms, signal) => {
        if (signal) sleeps.push(signal);
        return virtual.sleep(ms, signal);
      },
      schedule: (ms, callback) => virtual.schedule(ms, callback),
    };
    let calls = 0;
    const flaky: GatewayAdapter = {
      ...instant,
      confirm: () => {
        calls += 1;
        return Promise.reject(new PaymentError({ code: 'network_error', chargeOutcome: 'none' }));
      },
    };
    const client = createPaymentClient({ gateways: [flaky], clock, random: () => 1 });
    const checkout = client.createCheckout({ money: { amount: 100, currency: 'EUR' } });
    const settled = checkout.submit({});
    await virtual.flush();
    expect(checkout.getState().status).toBe('retrying');
    checkout.cancel();
    const state = await virtual.run(settled);
    expect(state.status).toBe('canceled');
    expect(calls).toBe(1);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]!.aborted).toBe(true);
    expect(isPaymentError(sleeps[0]!.reason) && sleeps[0]!.reason.code).toBe('canceled');
    expect(virtual.pendingTimers()).toBe(0);
  });
});

describe('cancel() reaches every wait of a run', () => {
  it('a poll sleep of a processing payment: canceled at once, no timer or record lost', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['processing'], retrieve: ['processing'] });
    const { client, clock } = setupClient({ gateways: [a] });
    const checkout = client.createCheckout({ money: EUR() });
    const pending = checkout.submit({ method: card() });
    await clock.flush();
    expect(checkout.getState().status).toBe('processing');
    checkout.cancel();
    expect((await pending).status).toBe('canceled');
    expect(clock.pendingTimers()).toBe(0);
    expect(a.calls.filter((c) => c.op === 'retrieve')).toHaveLength(0);
  });

  it('a step-up verification: its signal is aborted with the cancel reason', async () => {
    let verifySignal: AbortSignal | undefined;
    const a = createFakeGateway({ id: 'a', confirm: ['decline', 'decline', 'succeed'] });
    const { client, clock } = setupClient({
      gateways: [a],
      risk: {
        stepUpAfterDeclines: 1,
        verifyStepUp: (_input, { signal }) => ((verifySignal = signal), new Promise<boolean>(() => {})),
      },
    });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card('tok_a') }));
    const state = await clock.run(checkout.submit({ method: card('tok_b') }));
    expect(state).toMatchObject({ status: 'requires_action', action: { type: 'step_up' } });
    const completing = checkout.completeAction({ code: '123456' });
    await clock.flush();
    expect(verifySignal?.aborted).toBe(false);
    checkout.cancel();
    expect((await completing).status).toBe('canceled');
    expect(verifySignal?.aborted).toBe(true);
    expect(isPaymentError(verifySignal?.reason) && verifySignal.reason.code).toBe('canceled');
    expect(clock.pendingTimers()).toBe(0);
  });
});
