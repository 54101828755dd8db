import { CheckoutImpl } from '../checkout/checkout';
import type { Engine, EngineConfig } from '../checkout/engine';
import { systemClock } from '../clock/system-clock';
import { PaymentError, isPaymentError } from '../errors/payment-error';
import { toPaymentError } from '../errors/to-payment-error';
import { EventBus } from '../events/event-bus';
import { isGatewayEnabled } from '../flags/gateway-flags';
import { abortable } from '../resilience/abortable';
import type { RunSignal } from '../resilience/run-signal';
import { CircuitBreaker } from '../resilience/circuit-breaker';
import { withTimeout } from '../resilience/with-timeout';
import { RiskGuard } from '../risk/risk-guard';
import { InFlightStore } from '../storage/in-flight-store';
import type { Checkout, FallbackOption, GatewayAdapter, GatewayHealth, Money, PaymentClient, PaymentClientOptions } from '../types';
import { validatePaymentClientOptions } from '../validation/options-schema';
import { validateMoney } from '../money/validate-money';
import { defaultGenerateId } from './generate-id';

/** How many recent latencies `gatewayHealth()` keeps per gateway. */
const LATENCY_WINDOW = 20;

interface HealthCounters {
  successes: number;
  failures: number;
  consecutiveFailures: number;
  latencyMs: number[];
}

/**
 * Creates the long-lived payment client: it owns the adapters, one circuit
 * breaker and health record per gateway, the event bus, notifiers and
 * reporter. Throws a `configuration_error` `PaymentError` naming the field
 * for bad options.
 *
 * ```ts
 * const client = createPaymentClient({ gateways: [stripe, bankTransfer] });
 * const checkout = client.createCheckout({ money: { amount: 4999, currency: 'EUR' } });
 * const state = await checkout.submit({ method });
 * ```
 */
export function createPaymentClient(options: PaymentClientOptions): PaymentClient {
  validatePaymentClientOptions(options);
  const clock = options.clock ?? systemClock;
  const config: EngineConfig = {
    maxAttempts: options.retry?.maxAttempts ?? 3,
    baseDelayMs: options.retry?.baseDelayMs ?? 250,
    maxDelayMs: options.retry?.maxDelayMs ?? 4000,
    attemptTimeoutMs: options.retry?.attemptTimeoutMs ?? 20000,
    pollIntervalMs: options.processing?.pollIntervalMs ?? 2000,
    maxPollMs: options.processing?.maxPollMs ?? 60000,
    offerManualWhenOutcomeUnknown: options.offerManualWhenOutcomeUnknown ?? false,
  };
  const gateways = options.gateways;
  const byId = new Map(gateways.map((g) => [g.id, g] as const));
  const bus = new EventBus({
    clock,
    notifiers: options.notifiers,
    reporter: options.reporter,
    onEvent: options.onEvent,
    notifierTimeoutMs: options.notifierTimeoutMs ?? 5000,
  });

  // Health: one snapshot array, rebuilt only when something changed (useSyncExternalStore needs a stable one).
  const healthListeners = new Set<() => void>();
  const counters = new Map<string, HealthCounters>(gateways.map((g) => [g.id, { successes: 0, failures: 0, consecutiveFailures: 0, latencyMs: [] }]));
  let healthSnapshot: GatewayHealth[] | null = null;
  const healthChanged = () => {
    healthSnapshot = null;
    for (const listener of [...healthListeners]) {
      try {
        listener();
      } catch {
        // A monitor's bug must not break payments.
      }
    }
  };

  const breakers = new Map<string, CircuitBreaker>();
  if (options.circuitBreaker !== false) {
    for (const g of gateways) {
      const breaker = new CircuitBreaker({
        failureThreshold: options.circuitBreaker?.failureThreshold ?? 5,
        cooldownMs: options.circuitBreaker?.cooldownMs ?? 30000,
        now: () => clock.now(),
      });
      breaker.subscribe((change) => {
        bus.emit({ type: change === 'opened' ? 'circuit.opened' : 'circuit.closed', gatewayId: g.id });
        healthChanged();
      });
      breakers.set(g.id, breaker);
    }
  }

  const normalize = (adapter: GatewayAdapter, error: unknown): PaymentError => {
    if (isPaymentError(error)) return error;
    try {
      const normalized = adapter.normalizeError(error);
      if (isPaymentError(normalized)) return normalized;
    } catch {
      // Fall through to the generic conversion.
    }
    return toPaymentError(error, adapter.id, { now: clock.now() });
  };

  // One load per adapter, shared by the checkouts waiting for it; when the last waiter cancels
  // before it finished, the load is aborted too (so its timer does not outlive them).
  const loads = new Map<string, { promise: Promise<void>; done: boolean; waiters: number; controller: AbortController }>();
  const ensureLoaded = (adapter: GatewayAdapter, run: RunSignal): Promise<void> => {
    const load = adapter.load?.bind(adapter);
    if (!load) return Promise.resolve();
    if (run.aborted) return Promise.reject(run.reason);
    let entry = loads.get(adapter.id);
    if (!entry) {
      const controller = new AbortController();
      const promise = withTimeout((s) => load(s), {
        clock,
        timeoutMs: config.attemptTimeoutMs,
        signal: controller.signal,
        gatewayId: adapter.id,
        operation: 'load',
        chargeOutcome: 'none',
      }).then(
        () => {
          current.done = true;
        },
        (error: unknown) => {
          loads.delete(adapter.id); // a later checkout may try again
          const e = normalize(adapter, error);
          // Nothing can have been charged before the SDK loaded.
          throw new PaymentError({ code: e.code, gatewayId: adapter.id, chargeOutcome: 'none', retryAfterMs: e.retryAfterMs, message: e.message, cause: error });
        },
      );
      promise.catch(() => {}); // rejections are handled by each waiter
      const current = { promise, done: false, waiters: 0, controller };
      entry = current;
      loads.set(adapter.id, entry);
    }
    if (entry.done) return Promise.resolve();
    const signal = run.signal;
    const shared = entry;
    shared.waiters += 1;
    const onAbort = () => {
      shared.waiters -= 1;
      if (shared.waiters === 0 && !shared.done) {
        loads.delete(adapter.id);
        shared.controller.abort(signal.reason);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    return abortable(shared.promise, signal).finally(() => {
      signal.removeEventListener('abort', onAbort);
      if (!signal.aborted) shared.waiters -= 1;
    });
  };

  const isUsable = (adapter: GatewayAdapter, money: Money, country?: string): boolean => {
    if (!isGatewayEnabled(options.flags, adapter.id)) return false;
    try {
      return adapter.supports ? adapter.supports(country ? { money, country } : { money }) !== false : true;
    } catch {
      return false;
    }
  };

  const available = (money: Money, country?: string): FallbackOption[] => {
    const usable = gateways.filter((g) => isUsable(g, money, country)).map((g) => ({ gatewayId: g.id, label: g.label, kind: g.kind }));
    return [...usable.filter((o) => o.kind === 'online'), ...usable.filter((o) => o.kind === 'manual')];
  };

  const engine: Engine = {
    config,
    clock,
    random: options.random ?? Math.random,
    generateId: options.generateId ?? defaultGenerateId,
    bus,
    store: new InFlightStore(options.storage),
    risk: new RiskGuard(options.risk, () => clock.now()),
    riskPolicy: options.risk,
    gateway: (id) => byId.get(id),
    breaker: (id) => breakers.get(id),
    isUsable,
    available,
    ensureLoaded,
    normalize,
    recordCall(gatewayId, ok, latencyMs) {
      const c = counters.get(gatewayId);
      if (!c) return;
      if (ok) {
        c.successes += 1;
        c.consecutiveFailures = 0;
      } else {
        c.failures += 1;
        c.consecutiveFailures += 1;
      }
      c.latencyMs = [...c.latencyMs, latencyMs].slice(-LATENCY_WINDOW);
      healthChanged();
    },
  };

  const buildHealth = (): GatewayHealth[] =>
    gateways.map((g) => {
      const c = counters.get(g.id)!;
      return {
        gatewayId: g.id,
        circuit: breakers.get(g.id)?.getState() ?? 'closed',
        successes: c.successes,
        failures: c.failures,
        consecutiveFailures: c.consecutiveFailures,
        latencyMs: c.latencyMs,
      };
    });

  const createCheckout = (req: { money: Money; metadata?: Record<string, string>; country?: string }): Checkout =>
    new CheckoutImpl(engine, {
      id: engine.generateId(),
      money: validateMoney(req?.money, 'createCheckout.money'),
      metadata: req.metadata,
      country: req.country,
    });

  return {
    createCheckout,
    pay(req) {
      let checkout: Checkout;
      try {
        checkout = createCheckout(req);
      } catch (error) {
        return Promise.reject(error);
      }
      return checkout.submit({ gatewayId: req.gatewayId, method: req.method, session: req.session, country: req.country });
    },
    gatewayHealth() {
      // The circuit turns half-open by time alone: rebuild when a breaker's state moved.
      if (healthSnapshot && healthSnapshot.some((h) => h.circuit !== (breakers.get(h.gatewayId)?.getState() ?? 'closed'))) {
        healthSnapshot = null;
      }
      return (healthSnapshot ??= buildHealth());
    },
    subscribeHealth(listener) {
      healthListeners.add(listener);
      return () => {
        healthListeners.delete(listener);
      };
    },
    subscribeEvents: (listener) => bus.subscribe(listener),
    async resume() {
      let newest: CheckoutImpl | null = null;
      for (const record of engine.store.list()) {
        const checkout = new CheckoutImpl(engine, { id: record.checkoutId, money: record.money });
        await checkout.resumeFrom(record);
        newest = checkout;
      }
      return newest;
    },
    availableGateways: (money, country) => available(money, country),
    getGateway: (id) => byId.get(id),
  };
}
