/**
 * The cancellation of one checkout run, without an `AbortController` until one
 * is needed. In Node 20 an `AbortController` costs about 5 µs to make and an
 * `abort` listener about 3 µs more, which was a third of the engine's overhead
 * per attempt; most runs are never canceled and never sleep, so `aborted`,
 * `reason` and `onAbort` are plain fields and a `Set`, and the real
 * `AbortSignal` is made on first use of `signal` (a backoff sleep, an SDK
 * load) — already aborted with the same reason if the run was canceled.
 *
 * It behaves like an `AbortSignal` where the engine can tell: one abort, a
 * default `AbortError` reason, a listener removed during the abort is not
 * called, and a listener that throws neither stops the others nor the caller
 * of `abort` (its error is rethrown on a microtask, as `EventTarget` reports it).
 */
export class RunSignal {
  private _aborted = false;
  private _reason: unknown = undefined;
  private _listeners: Set<() => void> | undefined;
  private _controller: AbortController | undefined;

  /** Whether the run was aborted. */
  get aborted(): boolean {
    return this._aborted;
  }

  /** Why the run was aborted; `undefined` until it is. */
  get reason(): unknown {
    return this._reason;
  }

  /** A real `AbortSignal` that follows this run, for APIs that take one. */
  get signal(): AbortSignal {
    if (!this._controller) {
      this._controller = new AbortController();
      if (this._aborted) this._controller.abort(this._reason);
    }
    return this._controller.signal;
  }

  /** Aborts the run once: the real signal first (if made), then the `onAbort` listeners in order. */
  abort(reason?: unknown): void {
    if (this._aborted) return;
    this._aborted = true;
    this._reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    this._controller?.abort(this._reason);
    const listeners = this._listeners;
    if (!listeners) return;
    // Iterating the live set skips a listener that an earlier one removed.
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    this._listeners = undefined;
  }

  /** Calls `listener` once on abort (at once if already aborted); returns what removes it. */
  onAbort(listener: () => void): () => void {
    if (this._aborted) {
      listener();
      return noop;
    }
    (this._listeners ??= new Set()).add(listener);
    return () => this._listeners?.delete(listener);
  }
}

function noop(): void {}

/** Listens for the abort of an `AbortSignal` or a `RunSignal`; returns what stops listening. */
export function listenForAbort(source: AbortSignal | RunSignal, listener: () => void): () => void {
  // `instanceof` is safe here: RunSignal is internal and only this module's own class reaches it.
  if (source instanceof RunSignal) return source.onAbort(listener);
  source.addEventListener('abort', listener, { once: true });
  return () => source.removeEventListener('abort', listener);
}
