import { describe, expect, it, vi } from 'vitest';
import { isPaymentError } from '../../../src/core/errors/payment-error';
import { withTimeout } from '../../../src/core/resilience/with-timeout';
import type { Clock } from '../../../src/core/types';
import { createVirtualClock } from '../../../src/testing/virtual-clock';

describe('withTimeout', () => {
  it('rejects a call that ignores its signal with a timeout (outcome unknown) and aborts the call signal', async () => {
    const clock = createVirtualClock();
    let seen: AbortSignal | undefined;
    const result = clock.run(
      withTimeout((signal) => ((seen = signal), new Promise(() => {})), { clock, timeoutMs: 500, operation: 'confirm', gatewayId: 'g' }).catch((e: unknown) => e),
    );
    const error = await result;
    expect(isPaymentError(error) && [error.code, error.chargeOutcome, error.gatewayId]).toEqual(['timeout', 'unknown', 'g']);
    expect(seen?.aborted).toBe(true);
    expect(clock.now()).toBe(500);
  });

  it('drops its timer when the call settles first', async () => {
    const clock = createVirtualClock();
    const value = await clock.run(withTimeout(async () => 42, { clock, timeoutMs: 500, operation: 'x' }));
    expect(value).toBe(42);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('rejects with the outer signal reason on abort, at once', async () => {
    const clock = createVirtualClock();
    const outer = new AbortController();
    const pending = withTimeout(() => new Promise(() => {}), { clock, timeoutMs: 500, operation: 'x', signal: outer.signal });
    outer.abort('stop');
    await expect(pending).rejects.toBe('stop');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('turns a synchronous throw into a rejection', async () => {
    const clock = createVirtualClock();
    await expect(
      withTimeout(() => {
        throw new Error('sync');
      }, { clock, timeoutMs: 5, operation: 'x' }),
    ).rejects.toThrow('sync');
  });

  describe('on a clock without schedule (sleep with a signal instead)', () => {
    /** The virtual clock with `schedule` removed: only now() and sleep(). */
    function sleepOnlyClock() {
      const clock = createVirtualClock();
      const bare: Clock = { now: () => clock.now(), sleep: (ms, signal) => clock.sleep(ms, signal) };
      return { clock, bare };
    }

    it('still times out a call that ignores its signal', async () => {
      const { clock, bare } = sleepOnlyClock();
      const error = await clock.run(
        withTimeout(() => new Promise(() => {}), { clock: bare, timeoutMs: 300, operation: 'retrieve', chargeOutcome: 'none' }).catch((e: unknown) => e),
      );
      expect(isPaymentError(error) && [error.code, error.chargeOutcome]).toEqual(['timeout', 'none']);
      expect(clock.now()).toBe(300);
    });

    it('drops the sleeping timer when the call settles first', async () => {
      const { clock, bare } = sleepOnlyClock();
      expect(await clock.run(withTimeout(async () => 'ok', { clock: bare, timeoutMs: 300, operation: 'x' }))).toBe('ok');
      expect(clock.pendingTimers()).toBe(0);
    });
  });

  it('never makes the call when the clock fires a zero-delay timer at once (so nothing was charged)', async () => {
    const eager: Clock = {
      now: () => 0,
      sleep: () => Promise.resolve(),
      schedule: (_ms, callback) => {
        callback();
        return () => {};
      },
    };
    const call = vi.fn(() => new Promise<never>(() => {}));
    const error = await withTimeout(call, { clock: eager, timeoutMs: 0, operation: 'confirm' }).catch((e: unknown) => e);
    expect(isPaymentError(error) && [error.code, error.chargeOutcome]).toEqual(['timeout', 'none']);
    expect(call).not.toHaveBeenCalled();
  });

  it('settles even when a custom clock returns no drop function, or one that throws', async () => {
    const untyped = { now: () => 0, sleep: () => Promise.resolve(), schedule: () => 17 } as unknown as Clock;
    await expect(withTimeout(async () => 'a', { clock: untyped, timeoutMs: 50, operation: 'x' })).resolves.toBe('a');
    const throwing: Clock = {
      now: () => 0,
      sleep: () => Promise.resolve(),
      schedule: () => () => {
        throw new Error('clock bug');
      },
    };
    await expect(withTimeout(async () => 'b', { clock: throwing, timeoutMs: 50, operation: 'x' })).resolves.toBe('b');
  });
});
