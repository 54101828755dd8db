import type { Clock } from '../types';

/**
 * The real clock: `Date.now()` and a `setTimeout`-based `sleep` that rejects
 * with `signal.reason` when the signal aborts and clears its timer, so no
 * timer outlives a canceled checkout. `schedule` is the same timer without a
 * promise or a signal, for call bounds that are nearly always dropped.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms || 0));
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
  schedule: (ms, callback) => {
    const timer = setTimeout(callback, Math.max(0, ms || 0));
    return () => clearTimeout(timer);
  },
};
