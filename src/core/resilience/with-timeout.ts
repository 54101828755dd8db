import { PaymentError } from '../errors/payment-error';
import type { Clock } from '../types';
import { listenForAbort, type RunSignal } from './run-signal';

/** Options of `withTimeout`. */
export interface WithTimeoutOptions {
  clock: Clock;
  timeoutMs: number;
  /** The caller's signal (cancel, unmount): aborting it rejects at once with its reason. */
  signal?: AbortSignal;
  gatewayId?: string;
  /** Names the call in the timeout message: `confirm`, `retrieve`, `load`, … */
  operation: string;
  /** Charge outcome of a timed-out call. Default `'unknown'`: it may have been processed. */
  chargeOutcome?: 'none' | 'unknown';
}

/** Reason of the fallback timer's abort: a constant, so dropping a timer builds no DOMException per call. */
const TIMER_DROPPED = Object.freeze({ reason: 'timer dropped' });

/**
 * Runs `call` with its own `AbortSignal` and settles within `timeoutMs` of the
 * injected clock even when the call ignores that signal (invariant 3). A
 * timeout rejects with a `timeout` `PaymentError` (charge outcome `'unknown'`
 * unless told otherwise) and aborts the call's signal; an outer abort rejects
 * with `signal.reason`. The timer and listeners are dropped when it settles.
 *
 * This runs on every gateway call, so it keeps allocations down: the bound
 * uses `clock.schedule` when the clock has it (no promise, no second
 * `AbortController`), and falls back to `clock.sleep` with a signal.
 */
export function withTimeout<T>(call: (signal: AbortSignal) => Promise<T>, options: WithTimeoutOptions): Promise<T> {
  return runWithTimeout(call, options, options.signal);
}

/**
 * `withTimeout` for the engine: the caller's cancellation may also be a
 * checkout run's `RunSignal`, so a run that is never canceled makes no
 * `AbortController` of its own. Internal.
 */
export function runWithTimeout<T>(
  call: (signal: AbortSignal) => Promise<T>,
  options: Omit<WithTimeoutOptions, 'signal'>,
  outer: AbortSignal | RunSignal | undefined,
): Promise<T> {
  const { clock, timeoutMs } = options;
  if (outer?.aborted) return Promise.reject(outer.reason);
  const inner = new AbortController();
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let called = false;
    let dropTimer: (() => void) | undefined = undefined;
    let stopListening: (() => void) | undefined = undefined;
    function finish(settle: () => void, abortReason?: unknown) {
      if (done) return;
      done = true;
      stopListening?.();
      try {
        dropTimer?.();
      } catch {
        // A custom clock's drop function failing must not leave the call unsettled.
      }
      if (abortReason !== undefined) inner.abort(abortReason);
      settle();
    }
    const onTimeout = () => {
      const error = new PaymentError({
        code: 'timeout',
        gatewayId: options.gatewayId,
        // Never called (a clock that fires a zero-delay timer at once): nothing can have been charged.
        chargeOutcome: called ? (options.chargeOutcome ?? 'unknown') : 'none',
        message: `${options.gatewayId ? `Gateway "${options.gatewayId}" ` : ''}${options.operation}() did not settle within ${timeoutMs} ms.`,
      });
      finish(() => reject(error), error);
    };
    if (outer) stopListening = listenForAbort(outer, () => finish(() => reject(outer.reason), outer.reason));
    // Aborted while we started listening: settled already, so start no timer.
    if (done) return;
    dropTimer = startTimer(clock, timeoutMs, onTimeout);
    // A clock may fire a zero-delay timer at once: then the call is never made.
    if (done) return;
    called = true;
    let pending: Promise<T>;
    try {
      pending = Promise.resolve(call(inner.signal));
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

/** Starts the bound on `clock`; returns what drops it. */
function startTimer(clock: Clock, ms: number, onDue: () => void): () => void {
  if (typeof clock.schedule === 'function') {
    const drop: unknown = clock.schedule(ms, onDue);
    // An untyped clock may return a timer handle instead of a function: the timer then runs out harmlessly.
    return typeof drop === 'function' ? (drop as () => void) : () => {};
  }
  const timer = new AbortController();
  clock.sleep(ms, timer.signal).then(onDue, () => {
    /* timer dropped */
  });
  return () => timer.abort(TIMER_DROPPED);
}
