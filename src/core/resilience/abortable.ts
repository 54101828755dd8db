/**
 * Waits for `promise` but rejects as soon as `signal` aborts — with `onAbort()`
 * when given, else `signal.reason` (the promise itself goes on: use it for
 * work shared by several callers, such as one adapter `load`, or a gateway
 * SDK call that takes no signal). The listener is removed either way.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal, onAbort: () => unknown = () => signal.reason): Promise<T> {
  if (signal.aborted) return Promise.reject(onAbort());
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}
