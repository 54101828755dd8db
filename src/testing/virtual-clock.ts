import type { Clock } from '../core/types';

/** Options of `createVirtualClock`. */
export interface VirtualClockOptions {
  /** Initial value of `now()`, ms. Default 0. */
  start?: number;
}

/** Limits of one `run`, `advance` or `runAll`. */
export interface VirtualRunOptions {
  /**
   * Virtual time the call may move the clock forward, ms. Going past it fails
   * loudly with a `VirtualClockTimeLimitError`. Default one hour.
   */
  maxTimeMs?: number;
  /**
   * Timers the call may fire before it fails with a `VirtualClockTimeLimitError`
   * (catches `sleep(0)` loops, which never move time). Default 5,000,000.
   */
  maxSteps?: number;
}

/**
 * A deterministic, discrete-event `Clock` for tests: `sleep` registers a
 * timer and time moves only when a timer fires.
 *
 * Hand it to `createPaymentClient({ clock })` and to simulated gateways, then
 * drive the work with `run`:
 *
 * ```ts
 * const clock = createVirtualClock();
 * const state = await clock.run(checkout.submit({ method }));
 * ```
 */
export interface VirtualClock extends Clock {
  /** Current virtual time, ms. */
  now(): number;
  /**
   * Resolves when virtual time reaches `now() + ms`. Rejects with
   * `signal.reason` when the signal aborts (and drops the timer); rejects
   * at once when it is already aborted. Negative or `NaN` delays count as 0.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Calls `callback` when virtual time reaches `now() + ms` (one microtask
   * after the timer fires, as a `sleep` continuation would run) and returns a
   * function that drops the timer. Timers of `schedule` and `sleep` share one
   * queue and one order.
   */
  schedule(ms: number, callback: () => void): () => void;
  /**
   * Drives `work` to completion: drains microtasks, fires the earliest timer
   * (moving `now()` to its due time), and repeats until `work` settles; then
   * resolves or rejects like it. Fails with a `VirtualClockDeadlockError` when
   * `work` is still pending and no timer is left, and with a
   * `VirtualClockTimeLimitError` past `maxTimeMs` of virtual time.
   * One `run` at a time per clock: combine work with `Promise.all`.
   */
  run<T>(work: Promise<T> | (() => Promise<T>), options?: VirtualRunOptions): Promise<T>;
  /** Fires, in order, every timer due within `ms` from now (draining microtasks between them), then sets `now()` to `now() + ms`. */
  advance(ms: number): Promise<void>;
  /** Fires timers until none is left (timers that timers schedule included). */
  runAll(options?: VirtualRunOptions): Promise<void>;
  /** Timers registered and neither fired nor dropped. */
  pendingTimers(): number;
  /** Due time of the earliest pending timer, or `undefined` when none is pending. */
  nextTimerAt(): number | undefined;
  /** Lets every queued microtask (and promise chain) run; does not move time. */
  flush(): Promise<void>;
}

/** Thrown by `VirtualClock.run` when the awaited work can never finish: it is pending and no timer is left. */
export class VirtualClockDeadlockError extends Error {
  override readonly name = 'VirtualClockDeadlockError';
  /** Virtual time at which the deadlock was detected. */
  readonly at: number;
  constructor(at: number) {
    super(
      `VirtualClock.run: deadlock at t=${at}ms — the promise is still pending and no timer is scheduled, ` +
        'so nothing can ever settle it (a missing timeout, or a call that ignores its AbortSignal?).',
    );
    this.at = at;
  }
}

/** Thrown by `VirtualClock.run`/`runAll` when the work needs more virtual time or more timers than allowed. */
export class VirtualClockTimeLimitError extends Error {
  override readonly name = 'VirtualClockTimeLimitError';
  /** Virtual time at which the limit was hit. */
  readonly at: number;
  constructor(message: string, at: number) {
    super(message);
    this.at = at;
  }
}

const DEFAULT_MAX_TIME_MS = 60 * 60 * 1000;
const DEFAULT_MAX_STEPS = 5_000_000;
/** Extra event-loop turns before declaring a deadlock (lets a stray real macrotask land). */
const IDLE_TURNS_BEFORE_DEADLOCK = 2;

interface Timer {
  due: number;
  seq: number;
  resolve: () => void;
  active: boolean;
  cleanup?: () => void;
}

/**
 * One event-loop turn. Every microtask queued so far (and every microtask those
 * queue) runs before a macrotask, so one turn drains promise chains of any
 * length. Captured at module load, so `vi.useFakeTimers()` later does not
 * capture it.
 */
const nextTurn: () => Promise<void> = (() => {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  const setImmediateRef = g.setImmediate;
  if (typeof setImmediateRef === 'function') {
    return () => new Promise<void>((resolve) => void setImmediateRef(resolve));
  }
  if (typeof MessageChannel === 'function') {
    return () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      });
  }
  const setTimeoutRef = globalThis.setTimeout;
  return () => new Promise<void>((resolve) => void setTimeoutRef(resolve, 0));
})();

/**
 * Creates a `VirtualClock`. Timers with the same due time fire in the order
 * they were registered; nothing depends on real time, so runs are repeatable.
 */
export function createVirtualClock(options: VirtualClockOptions = {}): VirtualClock {
  const start = options.start ?? 0;
  if (!Number.isFinite(start)) {
    throw new TypeError(`createVirtualClock: options.start must be a finite number of ms, got ${String(start)}.`);
  }
  let now = start;
  let seq = 0;
  let active = 0;
  let running = false;
  // Binary min-heap ordered by (due, seq). Dropped timers are removed lazily.
  const heap: Timer[] = [];

  const before = (a: Timer, b: Timer): boolean => a.due < b.due || (a.due === b.due && a.seq < b.seq);

  function push(timer: Timer): void {
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!before(timer, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = timer;
  }

  function siftDown(start: number): void {
    const n = heap.length;
    const item = heap[start]!;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  }

  function popTop(): void {
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    siftDown(0);
  }

  function peek(): Timer | undefined {
    while (heap.length > 0 && !heap[0]!.active) popTop();
    return heap[0];
  }

  function compactIfSparse(): void {
    // Many dropped timers (e.g. attempt timeouts that lost their race): rebuild.
    if (heap.length > 1024 && active * 4 < heap.length) {
      let n = 0;
      for (const t of heap) if (t.active) heap[n++] = t;
      heap.length = n;
      for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i);
    }
  }

  function fire(timer: Timer): void {
    popTop();
    timer.active = false;
    active -= 1;
    if (timer.due > now) now = timer.due;
    timer.cleanup?.();
    timer.resolve();
  }

  function sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const delay = typeof ms === 'number' && ms > 0 ? ms : 0;
    return new Promise<void>((resolve, reject) => {
      const timer: Timer = { due: now + delay, seq: seq++, resolve, active: true };
      active += 1;
      push(timer);
      if (signal) {
        const onAbort = (): void => {
          if (drop(timer)) reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        timer.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
    });
  }

  function schedule(ms: number, callback: () => void): () => void {
    const delay = typeof ms === 'number' && ms > 0 ? ms : 0;
    // queueMicrotask keeps the order a `sleep(ms).then(callback)` would have.
    const timer: Timer = { due: now + delay, seq: seq++, resolve: () => queueMicrotask(callback), active: true };
    active += 1;
    push(timer);
    return () => {
      drop(timer);
    };
  }

  /** Unregisters a live timer (it is removed from the heap lazily); false when it already fired or was dropped. */
  function drop(timer: Timer): boolean {
    if (!timer.active) return false;
    timer.active = false;
    active -= 1;
    compactIfSparse();
    return true;
  }

  function limits(opts: VirtualRunOptions | undefined): { deadline: number; maxSteps: number } {
    const maxTimeMs = opts?.maxTimeMs ?? DEFAULT_MAX_TIME_MS;
    const maxSteps = opts?.maxSteps ?? DEFAULT_MAX_STEPS;
    return { deadline: now + maxTimeMs, maxSteps };
  }

  function enter(method: string): void {
    if (running) {
      throw new Error(
        `VirtualClock.${method}: another run/advance/runAll is still in progress on this clock; ` +
          'await it first, or combine the work with Promise.all and run it once.',
      );
    }
    running = true;
  }

  async function run<T>(work: Promise<T> | (() => Promise<T>), opts?: VirtualRunOptions): Promise<T> {
    enter('run');
    try {
      const promise = typeof work === 'function' ? work() : work;
      let settled = false;
      let value: T | undefined;
      let failure: unknown;
      let failed = false;
      Promise.resolve(promise).then(
        (v) => {
          settled = true;
          value = v;
        },
        (e: unknown) => {
          settled = true;
          failed = true;
          failure = e;
        },
      );
      const { deadline, maxSteps } = limits(opts);
      let steps = 0;
      for (;;) {
        await nextTurn();
        if (settled) break;
        let next = peek();
        if (!next) {
          for (let i = 0; i < IDLE_TURNS_BEFORE_DEADLOCK && !next && !settled; i++) {
            await nextTurn();
            next = peek();
          }
          if (settled) break;
          if (!next) throw new VirtualClockDeadlockError(now);
        }
        if (next.due > deadline) {
          throw new VirtualClockTimeLimitError(
            `VirtualClock.run: the promise is still pending and the next timer is due at t=${next.due}ms, ` +
              `past the limit of t=${deadline}ms (maxTimeMs). Something waits too long or never ends.`,
            now,
          );
        }
        if (++steps > maxSteps) {
          throw new VirtualClockTimeLimitError(
            `VirtualClock.run: fired ${maxSteps} timers (maxSteps) and the promise is still pending at t=${now}ms — ` +
              'a loop of zero-delay sleeps?',
            now,
          );
        }
        fire(next);
      }
      if (failed) throw failure;
      return value as T;
    } finally {
      running = false;
    }
  }

  async function advance(ms: number): Promise<void> {
    if (!(ms >= 0) || !Number.isFinite(ms)) {
      throw new TypeError(`VirtualClock.advance: ms must be a finite number >= 0, got ${String(ms)}.`);
    }
    enter('advance');
    try {
      const target = now + ms;
      await nextTurn();
      for (let next = peek(); next && next.due <= target; next = peek()) {
        fire(next);
        await nextTurn();
      }
      if (target > now) now = target;
    } finally {
      running = false;
    }
  }

  async function runAll(opts?: VirtualRunOptions): Promise<void> {
    enter('runAll');
    try {
      const { deadline, maxSteps } = limits(opts);
      let steps = 0;
      await nextTurn();
      for (let next = peek(); next; next = peek()) {
        if (next.due > deadline) {
          throw new VirtualClockTimeLimitError(
            `VirtualClock.runAll: next timer due at t=${next.due}ms, past the limit of t=${deadline}ms (maxTimeMs).`,
            now,
          );
        }
        if (++steps > maxSteps) {
          throw new VirtualClockTimeLimitError(`VirtualClock.runAll: fired ${maxSteps} timers (maxSteps) and timers remain.`, now);
        }
        fire(next);
        await nextTurn();
      }
    } finally {
      running = false;
    }
  }

  return {
    now: () => now,
    sleep,
    schedule,
    run,
    advance,
    runAll,
    pendingTimers: () => active,
    nextTimerAt: () => peek()?.due,
    flush: nextTurn,
  };
}
