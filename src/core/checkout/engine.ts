import type { PaymentError } from '../errors/payment-error';
import type { EventBus } from '../events/event-bus';
import type { RiskGuard } from '../risk/risk-guard';
import type { InFlightStore } from '../storage/in-flight-store';
import type { CircuitBreaker } from '../resilience/circuit-breaker';
import type { RunSignal } from '../resilience/run-signal';
import type { Clock, FallbackOption, GatewayAdapter, Money, RiskPolicy } from '../types';

/** Resolved settings of a client (defaults applied). */
export interface EngineConfig {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  attemptTimeoutMs: number;
  pollIntervalMs: number;
  maxPollMs: number;
  offerManualWhenOutcomeUnknown: boolean;
}

/**
 * What a `Checkout` needs from its client: settings, time, ids, the event
 * bus, storage, risk guard, and per-gateway services. Internal.
 */
export interface Engine {
  config: EngineConfig;
  clock: Clock;
  random: () => number;
  generateId: () => string;
  bus: EventBus;
  store: InFlightStore;
  risk: RiskGuard;
  riskPolicy: RiskPolicy | undefined;
  gateway(id: string): GatewayAdapter | undefined;
  breaker(id: string): CircuitBreaker | undefined;
  /** Enabled by flags and `supports` the money. */
  isUsable(adapter: GatewayAdapter, money: Money, country?: string): boolean;
  /** Usable gateways, online first then manual, in priority order. */
  available(money: Money, country?: string): FallbackOption[];
  /** Loads the adapter's SDK once per client; rejects with the load error (charge outcome `'none'`). */
  ensureLoaded(adapter: GatewayAdapter, run: RunSignal): Promise<void>;
  /** Health bookkeeping of one `confirm` call. */
  recordCall(gatewayId: string, ok: boolean, latencyMs: number): void;
  /** `adapter.normalizeError`, guarded: falls back to `toPaymentError` when it throws or returns something else. */
  normalize(adapter: GatewayAdapter, error: unknown): PaymentError;
}
