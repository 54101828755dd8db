import { Subscribable } from '../events/subscribable';

/** Where a circuit is. */
export type CircuitState = 'closed' | 'open' | 'half_open';

/** Options of a `CircuitBreaker`. */
export interface CircuitBreakerConfig {
  failureThreshold: number;
  cooldownMs: number;
  now: () => number;
}

/** What `tryAcquire` hands out: pass it back to `success`, `failure` or `release`. */
export interface CircuitPermit {
  /** Whether this call is the one trial of a half-open circuit. */
  readonly trial: boolean;
}

/** A breaker's serialisable view. */
export interface CircuitSnapshot {
  state: CircuitState;
  consecutiveFailures: number;
  openedAt?: number;
}

/**
 * One gateway's circuit breaker (invariant 5). Counts `confirm` calls only:
 * opens after `failureThreshold` consecutive transient failures; after
 * `cooldownMs` lets exactly one trial call through (`half_open`); the trial's
 * success closes it, its failure reopens it, and a canceled trial gives its
 * slot back. Listeners hear `'opened'` and `'closed'`.
 */
export class CircuitBreaker extends Subscribable<(change: 'opened' | 'closed') => void> {
  private consecutive = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(private readonly config: CircuitBreakerConfig) {
    super();
  }

  /** Current state; `open` turns into `half_open` once the cooldown has passed. */
  getState(): CircuitState {
    if (this.openedAt === undefined) return 'closed';
    if (this.trialInFlight || this.config.now() - this.openedAt >= this.config.cooldownMs) return 'half_open';
    return 'open';
  }

  /** The state, the failure streak and when it opened. */
  getSnapshot(): CircuitSnapshot {
    const snapshot: CircuitSnapshot = { state: this.getState(), consecutiveFailures: this.consecutive };
    if (this.openedAt !== undefined) snapshot.openedAt = this.openedAt;
    return snapshot;
  }

  /** A permit to call, or `null` while open (or while the half-open trial is in flight). */
  tryAcquire(): CircuitPermit | null {
    const state = this.getState();
    if (state === 'closed') return { trial: false };
    if (state === 'open' || this.trialInFlight) return null;
    this.trialInFlight = true;
    return { trial: true };
  }

  /** The call got an answer (declines included). */
  success(permit: CircuitPermit): void {
    if (permit.trial) this.trialInFlight = false;
    else if (this.openedAt !== undefined) return; // a stale call that started before the circuit opened
    this.consecutive = 0;
    if (this.openedAt !== undefined) {
      this.openedAt = undefined;
      this.notify('closed');
    }
  }

  /** The call failed transiently. */
  failure(permit: CircuitPermit): void {
    if (permit.trial) {
      this.trialInFlight = false;
      this.consecutive += 1;
      this.open();
      return;
    }
    if (this.openedAt !== undefined) return;
    this.consecutive += 1;
    if (this.consecutive >= this.config.failureThreshold) this.open();
  }

  /** The call was canceled before it answered: a trial gives its slot back. */
  release(permit: CircuitPermit): void {
    if (permit.trial) this.trialInFlight = false;
  }

  private open(): void {
    this.openedAt = this.config.now();
    this.notify('opened');
  }
}
