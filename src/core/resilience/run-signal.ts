/**
 * The cancellation of one checkout run, without an `AbortController` until one
 * is needed. In Node 20 an `AbortController` costs about 5 µs to make and an
 * `abort` listener about 3 µs more, which was a third of the engine's overhead
 * per attempt; most runs are never canceled and never sleep, so `aborted`,
 * `reason` and `onAbort` are plain fields and a `Set`, and the real
 * `AbortSignal` is made on first use of `signal` (a backoff sleep, an SDK
 * load) — already aborted with the same reason if the run was canceled.
 */
export class RunSignal {
  aborted = false;
  reason: unknown = undefined;
  private listeners: Set<() => void> | undefined;
  private controller: AbortController | undefined;

  /** A real `AbortSignal` that follows this run, for APIs that take one. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  /** Aborts the run once: the real signal first (if made), then the `onAbort` listeners in order. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.controller?.abort(reason);
    const listeners = this.listeners;
    this.listeners = undefined;
    listeners?.forEach((listener) => listener());
  }

  /** Calls `listener` once on abort (at once if already aborted); returns what removes it. */
  onAbort(listener: () => void): () => void {
    if (this.aborted) {
      listener();
      return noop;
    }
    (this.listeners ??= new Set()).add(listener);
    return () => this.listeners?.delete(listener);
  }
}

function noop(): void {}

/** Listens for the abort of an `AbortSignal` or a `RunSignal`; returns what stops listening. */
export function listenForAbort(source: AbortSignal | RunSignal, listener: () => void): () => void {
  if (isRunSignal(source)) return source.onAbort(listener);
  source.addEventListener('abort', listener, { once: true });
  return () => source.removeEventListener('abort', listener);
}

function isRunSignal(source: AbortSignal | RunSignal): source is RunSignal {
  return typeof (source as Partial<RunSignal>).onAbort === 'function';
}
