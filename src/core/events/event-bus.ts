import { PaymentError, isPaymentError } from '../errors/payment-error';
import { redact } from '../redact/redact';
import { withTimeout } from '../resilience/with-timeout';
import type { Clock, ErrorReporter, Notifier, PaymentEvent } from '../types';
import { Subscribable } from './subscribable';

/** Options of the client's `EventBus`. */
export interface EventBusOptions {
  clock: Clock;
  notifiers?: Notifier[];
  reporter?: ErrorReporter;
  onEvent?: (event: PaymentEvent) => void;
  /** Bound of one `notify` call on the clock. */
  notifierTimeoutMs: number;
}

/** An event before the bus stamps its time. */
export type PaymentEventInit = Omit<PaymentEvent, 'at'>;

/**
 * The client's event bus: stamps each event with the clock's time, redacts it,
 * and hands it to `onEvent`, `subscribeEvents` listeners (synchronously, in
 * order, throws isolated) and notifiers (isolated: each `notify` runs in a
 * microtask, bounded by `notifierTimeoutMs`; a throw or a hang is reported to
 * `reporter` and never delays or breaks a checkout).
 */
export class EventBus extends Subscribable<(event: PaymentEvent) => void> {
  constructor(private readonly options: EventBusOptions) {
    super();
  }

  /** Whether any event would be seen (onEvent, a listener or a notifier): emitters may skip building events otherwise. */
  hasAudience(): boolean {
    return Boolean(this.options.onEvent) || this.hasListeners() || Boolean(this.options.notifiers?.length);
  }

  /** Emits one event. */
  emit(init: PaymentEventInit): PaymentEvent {
    const stamped = { ...init, at: this.options.clock.now() } as PaymentEvent;
    // Redaction is the costly part of an event; skip it when nobody will see the event.
    if (!this.hasAudience()) return stamped;
    const event = redact(stamped);
    try {
      this.options.onEvent?.(event);
    } catch {
      // The merchant's callback must not break the payment.
    }
    this.notify(event);
    for (const notifier of this.options.notifiers ?? []) this.deliver(notifier, event);
    return event;
  }

  private readonly reported = new WeakSet<PaymentError>();

  /**
   * Reports `error` to the reporter — once per error instance, even when it
   * reaches several checkouts (a shared SDK load); a throwing reporter is ignored.
   */
  report(error: PaymentError, context: Record<string, unknown>): void {
    if (this.reported.has(error)) return;
    this.reported.add(error);
    try {
      this.options.reporter?.captureError(error, redact(context));
    } catch {
      // Nothing left to tell.
    }
  }

  private deliver(notifier: Notifier, event: PaymentEvent): void {
    const { clock, notifierTimeoutMs } = this.options;
    withTimeout(() => Promise.resolve().then(() => notifier.notify(event)), {
      clock,
      timeoutMs: notifierTimeoutMs,
      operation: `notifier "${notifier.name}".notify`,
      chargeOutcome: 'none',
    }).catch((cause: unknown) => {
      const error = isPaymentError(cause)
        ? cause
        : new PaymentError({ code: 'unknown', chargeOutcome: 'none', message: `Notifier "${notifier.name}" failed on ${event.type}.`, cause });
      this.report(error, { notifier: notifier.name, eventType: event.type, checkoutId: event.checkoutId });
    });
  }
}
