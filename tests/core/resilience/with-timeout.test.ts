import { describe, expect, it } from 'vitest';
import { isPaymentError } from '../../../src/core/errors/payment-error';
import { withTimeout } from '../../../src/core/resilience/with-timeout';
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
});
