/**
 * The tiny listener base every core store extends (after TanStack Query's
 * `Subscribable`): `subscribe` returns its own unsubscribe, and a throwing
 * listener never stops the others.
 */
export class Subscribable<TListener extends (...args: never[]) => void = () => void> {
  protected listeners = new Set<TListener>();

  /** Adds `listener`; returns the function that removes it. */
  subscribe = (listener: TListener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Whether anyone listens (lets emitters skip work nobody will see). */
  hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  /** Calls every listener with `args`, isolating throws. */
  protected notify(...args: Parameters<TListener>): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(...args);
      } catch {
        // A subscriber's bug must not break the payment.
      }
    }
  }
}
