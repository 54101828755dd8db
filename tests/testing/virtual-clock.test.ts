// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../src/testing/seeded-random';
import { createVirtualClock, VirtualClockDeadlockError, VirtualClockTimeLimitError } from '../../src/testing/virtual-clock';

describe('createVirtualClock', () => {
  it('starts at 0 or at the given start', () => {
    expect(createVirtualClock().now()).toBe(0);
    expect(createVirtualClock({ start: 1_700_000_000_000 }).now()).toBe(1_700_000_000_000);
    expect(() => createVirtualClock({ start: Number.NaN })).toThrow(/options\.start/);
  });

  describe('sleep', () => {
    it('registers a timer and does not move time by itself', () => {
      const clock = createVirtualClock();
      void clock.sleep(100);
      expect(clock.pendingTimers()).toBe(1);
      expect(clock.nextTimerAt()).toBe(100);
      expect(clock.now()).toBe(0);
    });

    it('rejects with signal.reason when aborted and drops its timer', async () => {
      const clock = createVirtualClock();
      const controller = new AbortController();
      const reason = new Error('stop');
      const slept = clock.sleep(1000, controller.signal);
      expect(clock.pendingTimers()).toBe(1);
      controller.abort(reason);
      await expect(slept).rejects.toBe(reason);
      expect(clock.pendingTimers()).toBe(0);
      expect(clock.nextTimerAt()).toBeUndefined();
    });

    it('rejects at once for an already-aborted signal and registers nothing', async () => {
      const clock = createVirtualClock();
      const controller = new AbortController();
      controller.abort('gone');
      await expect(clock.sleep(10, controller.signal)).rejects.toBe('gone');
      expect(clock.pendingTimers()).toBe(0);
    });

    it('treats negative and NaN delays as 0', async () => {
      const clock = createVirtualClock({ start: 5 });
      await clock.run(Promise.all([clock.sleep(-10), clock.sleep(Number.NaN)]));
      expect(clock.now()).toBe(5);
    });
  });

  describe('schedule', () => {
    it('calls back at its due time, in one order with sleep timers, and its drop function unregisters it', async () => {
      const clock = createVirtualClock();
      const trace: string[] = [];
      clock.schedule(200, () => trace.push(`schedule@${clock.now()}`));
      const dropped = clock.schedule(100, () => trace.push('dropped'));
      const slept = clock.sleep(200).then(() => trace.push(`sleep@${clock.now()}`));
      expect(clock.pendingTimers()).toBe(3);
      dropped();
      dropped();
      expect(clock.pendingTimers()).toBe(2);
      await clock.run(slept);
      expect(trace).toEqual(['schedule@200', 'sleep@200']);
      expect(clock.pendingTimers()).toBe(0);
    });

    it('treats a negative delay as 0 and calls back only when time is driven', async () => {
      const clock = createVirtualClock({ start: 7 });
      let called = false;
      clock.schedule(-5, () => (called = true));
      await clock.flush();
      expect(called).toBe(false);
      await clock.runAll();
      expect(called).toBe(true);
      expect(clock.now()).toBe(7);
    });
  });

  describe('run', () => {
    it('fires the earliest timer first, moving now() to its due time', async () => {
      const clock = createVirtualClock();
      const seen: string[] = [];
      const a = clock.sleep(300).then(() => seen.push(`a@${clock.now()}`));
      const b = clock.sleep(100).then(() => seen.push(`b@${clock.now()}`));
      await clock.run(Promise.all([a, b]));
      expect(seen).toEqual(['b@100', 'a@300']);
      expect(clock.now()).toBe(300);
    });

    it('fires timers with the same due time in registration order', async () => {
      const clock = createVirtualClock();
      const seen: number[] = [];
      const all = [0, 1, 2, 3, 4].map((i) => clock.sleep(50).then(() => seen.push(i)));
      await clock.run(Promise.all(all));
      expect(seen).toEqual([0, 1, 2, 3, 4]);
    });

    it('resolves with the value, or rejects with the reason, of the work', async () => {
      const clock = createVirtualClock();
      await expect(clock.run(clock.sleep(10).then(() => 'done'))).resolves.toBe('done');
      const boom = new Error('boom');
      await expect(
        clock.run(async () => {
          await clock.sleep(10);
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(clock.now()).toBe(20);
    });

    it('drives sequential sleeps inside long promise chains', async () => {
      const clock = createVirtualClock();
      async function work(): Promise<number> {
        let total = 0;
        for (let i = 0; i < 50; i++) {
          // A long chain of plain microtasks between timers.
          for (let j = 0; j < 200; j++) await Promise.resolve();
          await clock.sleep(10);
          total += 1;
        }
        return total;
      }
      await expect(clock.run(work)).resolves.toBe(50);
      expect(clock.now()).toBe(500);
    });

    it('fails loudly on a deadlock: pending with no timer left', async () => {
      const clock = createVirtualClock();
      const never = new Promise<void>(() => {});
      const run = clock.run(clock.sleep(40).then(() => never));
      await expect(run).rejects.toBeInstanceOf(VirtualClockDeadlockError);
      await expect(run).rejects.toThrow(/deadlock at t=40ms/);
    });

    it('fails loudly when the work runs past maxTimeMs', async () => {
      const clock = createVirtualClock();
      const run = clock.run(clock.sleep(10_000), { maxTimeMs: 5000 });
      await expect(run).rejects.toBeInstanceOf(VirtualClockTimeLimitError);
      await expect(run).rejects.toThrow(/maxTimeMs/);
      expect(clock.now()).toBe(0);
    });

    it('fails loudly on an endless loop of zero-delay sleeps (maxSteps)', async () => {
      const clock = createVirtualClock();
      const controller = new AbortController();
      async function spin(): Promise<void> {
        for (;;) await clock.sleep(0, controller.signal);
      }
      const spinning = spin();
      spinning.catch(() => {});
      await expect(clock.run(spinning, { maxSteps: 1000 })).rejects.toThrow(/maxSteps/);
      controller.abort();
    });

    it('refuses a second concurrent run on the same clock', async () => {
      const clock = createVirtualClock();
      const first = clock.run(clock.sleep(10));
      await expect(clock.run(clock.sleep(5))).rejects.toThrow(/still in progress/);
      await first;
    });

    it('is deterministic: the same program gives the same trace', async () => {
      async function trace(): Promise<string[]> {
        const clock = createVirtualClock();
        const out: string[] = [];
        const tasks = [30, 10, 20, 10].map(async (d, i) => {
          await clock.sleep(d);
          out.push(`${i}:${clock.now()}`);
          await clock.sleep(d / 2);
          out.push(`${i}:${clock.now()}`);
        });
        await clock.run(Promise.all(tasks));
        return out;
      }
      const first = await trace();
      expect(await trace()).toEqual(first);
      // 0's 30 ms timer was registered at t=0, before 2's second timer (t=20, due 30).
      expect(first).toEqual(['1:10', '3:10', '1:15', '3:15', '2:20', '0:30', '2:30', '0:45']);
    });

    it('keeps (due, registration) order when most timers are dropped', async () => {
      const clock = createVirtualClock();
      const random = createSeededRandom(3);
      const fired: [number, number][] = [];
      const kept: [number, number][] = [];
      const sleeps: Promise<unknown>[] = [];
      for (let i = 0; i < 5000; i++) {
        const due = Math.floor(random() * 500);
        const controller = new AbortController();
        sleeps.push(clock.sleep(due, controller.signal).then(() => fired.push([due, i]), () => undefined));
        if (random() < 0.85) controller.abort();
        else kept.push([due, i]);
      }
      await clock.run(Promise.all(sleeps));
      kept.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(fired).toEqual(kept);
    });

    it('settles 10,000 concurrent sleepers with cancellations quickly', async () => {
      const clock = createVirtualClock();
      const jobs = Array.from({ length: 10_000 }, async (_, i) => {
        const timeout = new AbortController();
        const t = clock.sleep(20_000, timeout.signal).catch(() => 'aborted');
        await clock.sleep(i % 97);
        timeout.abort();
        return t;
      });
      const results = await clock.run(Promise.all(jobs));
      expect(results.every((r) => r === 'aborted')).toBe(true);
      expect(clock.pendingTimers()).toBe(0);
      expect(clock.now()).toBe(96);
    });
  });

  describe('advance', () => {
    it('fires only what is due within ms, in order, then sets now', async () => {
      const clock = createVirtualClock();
      const seen: number[] = [];
      void clock.sleep(100).then(() => seen.push(100));
      void clock.sleep(50).then(async () => {
        seen.push(50);
        await clock.sleep(25);
        seen.push(75);
      });
      void clock.sleep(500).then(() => seen.push(500));
      await clock.advance(100);
      expect(seen).toEqual([50, 75, 100]);
      expect(clock.now()).toBe(100);
      expect(clock.pendingTimers()).toBe(1);
      await clock.advance(399);
      expect(seen).toEqual([50, 75, 100]);
      expect(clock.now()).toBe(499);
      await clock.advance(1);
      expect(seen).toEqual([50, 75, 100, 500]);
    });

    it('rejects a negative or non-finite step', async () => {
      const clock = createVirtualClock();
      await expect(clock.advance(-1)).rejects.toThrow(/finite number >= 0/);
      await expect(clock.advance(Number.POSITIVE_INFINITY)).rejects.toThrow(/finite number >= 0/);
    });
  });

  describe('runAll', () => {
    it('fires timers until none is left, including ones that timers schedule', async () => {
      const clock = createVirtualClock();
      let chained = 0;
      void (async () => {
        for (let i = 0; i < 5; i++) {
          await clock.sleep(1000);
          chained++;
        }
      })();
      await clock.runAll();
      expect(chained).toBe(5);
      expect(clock.now()).toBe(5000);
      expect(clock.pendingTimers()).toBe(0);
    });

    it('stops at maxTimeMs', async () => {
      const clock = createVirtualClock();
      void clock.sleep(10_000);
      await expect(clock.runAll({ maxTimeMs: 1000 })).rejects.toBeInstanceOf(VirtualClockTimeLimitError);
    });
  });
});
