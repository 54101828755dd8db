import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../src/core/clock/system-clock';

describe('systemClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sleeps with setTimeout', async () => {
    vi.useFakeTimers();
    let done = false;
    const p = systemClock.sleep(100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(done).toBe(true);
  });

  it('rejects with signal.reason on abort and clears its timer', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const p = systemClock.sleep(1000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort('gone');
    await expect(p).rejects.toBe('gone');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when already aborted', async () => {
    await expect(systemClock.sleep(10, AbortSignal.abort('early'))).rejects.toBe('early');
  });

  it('schedule calls back after ms with setTimeout, and its drop function clears the timer', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    systemClock.schedule!(100, () => calls.push('kept'));
    const drop = systemClock.schedule!(100, () => calls.push('dropped'));
    expect(vi.getTimerCount()).toBe(2);
    drop();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['kept']);
  });
});
