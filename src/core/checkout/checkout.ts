import { PaymentError, isPaymentError } from '../errors/payment-error';
import { Subscribable } from '../events/subscribable';
import { computeBackoffDelay } from '../resilience/backoff';
import type { CircuitPermit } from '../resilience/circuit-breaker';
import { RunSignal } from '../resilience/run-signal';
import { runWithTimeout } from '../resilience/with-timeout';
import type { InFlightRecord } from '../storage/in-flight-store';
import type {
  AttemptContext,
  Checkout,
  CheckoutState,
  GatewayAdapter,
  GatewayResult,
  Money,
  NextAction,
  PaymentEventType,
  PaymentMethodRef,
  PaymentSession,
  SubmitInput,
} from '../types';
import { validateMoney } from '../money/validate-money';
import { validateGatewayResult } from '../validation/gateway-result-schema';
import { maskCardNumbers } from '../redact/card-number';
import { canSubmit, transition, type CheckoutEvent } from './checkout-machine';
import type { Engine } from './engine';

/** What is known about a key whose last answer left the charge outcome unknown. */
type Unknown = Pick<InFlightRecord, 'gatewayId' | 'idempotencyKey' | 'paymentId'>;

/** Outcome of a reconcile: the checkout settled from the gateway's answer, nothing was charged, or it stays unknown (settled `outcome_unknown`). */
type Reconciled = { kind: 'settled' } | { kind: 'none'; error: PaymentError } | { kind: 'unknown' };

const NO_BREAKER: CircuitPermit = { trial: false };

/** Options of one `CheckoutImpl`. */
export interface CheckoutInit {
  id: string;
  money: Money;
  metadata?: Record<string, string>;
  country?: string;
}

/**
 * One payment: a state (`getState`/`subscribe`, stable references, like
 * TanStack's `Subscribable`) driven by the pure `transition` function, plus
 * effects — gateway calls and sleeps — that take the run's `RunSignal` (an
 * `AbortSignal` made only when one is needed) and are aborted by `cancel()`.
 * Public methods never reject.
 *
 * Made by `client.createCheckout`; see `docs/core.md` for the rules it follows.
 */
export class CheckoutImpl extends Subscribable implements Checkout {
  readonly id: string;
  private state: CheckoutState = { status: 'idle' };
  private money: Money;
  private readonly metadata: Record<string, string> | undefined;
  private readonly country: string | undefined;
  private inFlight: Promise<CheckoutState> | null = null;
  /** The in-flight run's cancellation, aborted by `cancel()`. */
  private run: RunSignal | null = null;
  /** Keys per (gateway, method): memory only, never stored. */
  private readonly keys = new Map<string, string>();
  private readonly attempts = new Map<string, number>();
  private readonly failedGateways = new Set<string>();
  private lastGatewayId: string | undefined;
  /** Set when a call's outcome is unknown and not yet reconciled. */
  private unknown: Unknown | null = null;
  /** A call is out at the gateway (it may have been processed if canceled now). */
  private callOut = false;
  private action: { gatewayId: string; key: string; paymentId: string; action: NextAction } | null = null;
  private pendingStepUp: SubmitInput & { gatewayId: string } | null = null;
  private steppedUp = false;
  private stepUpFailures = 0;
  private session: PaymentSession | undefined;

  constructor(
    private readonly engine: Engine,
    init: CheckoutInit,
  ) {
    super();
    this.id = init.id;
    this.money = init.money;
    this.metadata = init.metadata;
    this.country = init.country;
  }

  getState = (): CheckoutState => this.state;

  getMoney = (): Money => this.money;

  updateMoney(money: Money): boolean {
    const checked = validateMoney(money, 'updateMoney.money');
    if (this.state.status !== 'idle' || this.inFlight || this.attempts.size > 0) return false;
    this.money = checked;
    return true;
  }

  submit(input: SubmitInput = {}): Promise<CheckoutState> {
    if (this.inFlight) return this.inFlight;
    const state = this.state;
    if (!canSubmit(state)) return Promise.resolve(state);
    let gatewayId = input.gatewayId;
    if (state.status === 'fallback_offered') {
      if (!gatewayId || !state.options.some((o) => o.gatewayId === gatewayId)) return Promise.resolve(state);
    }
    gatewayId ??= (state.status === 'idle' ? state.gatewayId : undefined) ?? this.lastGatewayId ?? this.engine.available(this.money, input.country ?? this.country)[0]?.gatewayId;
    const target = gatewayId;
    return this.start((signal) => this.runSubmit({ ...input, gatewayId: target ?? '' }, signal));
  }

  selectFallback(gatewayId: string, method?: PaymentMethodRef, session?: PaymentSession): Promise<CheckoutState> {
    if (this.inFlight) return this.inFlight;
    const state = this.state;
    const option = state.status === 'fallback_offered' ? state.options.find((o) => o.gatewayId === gatewayId) : undefined;
    if (!option) return Promise.resolve(state);
    this.emit('fallback.selected', { gatewayId });
    if (option.kind === 'manual' || method) {
      const manualDespiteUnknown = option.kind === 'manual' && state.status === 'fallback_offered' && state.error.code === 'outcome_unknown';
      return this.start((signal) => this.runSubmit({ gatewayId, method, session }, signal, manualDespiteUnknown));
    }
    this.step({ type: 'SELECT_GATEWAY', gatewayId });
    return Promise.resolve(this.state);
  }

  completeAction(input?: Record<string, string>): Promise<CheckoutState> {
    if (this.inFlight) return this.inFlight;
    const state = this.state;
    if (state.status !== 'requires_action') return Promise.resolve(state);
    return this.start(async (signal) => {
      const pending = this.pendingStepUp;
      if (state.action.type === 'step_up' && pending) return this.runStepUp(pending, input ?? {}, signal);
      const action = this.action;
      const adapter = action && this.engine.gateway(action.gatewayId);
      if (!action || !adapter) return;
      if (!adapter.handleAction) {
        return this.settleFailed(
          new PaymentError({
            code: 'configuration_error',
            gatewayId: adapter.id,
            message: `Gateway "${adapter.id}" returned requires_action (${action.action.type}) but has no handleAction().`,
          }),
        );
      }
      const attempt = this.attempts.get(action.key) ?? 1;
      this.step({ type: 'ATTEMPT', gatewayId: adapter.id, attempt }, signal, 'attempt.started', { gatewayId: adapter.id, attempt });
      const handle = adapter.handleAction.bind(adapter);
      await this.callAndHandle(adapter, action.key, attempt, 'handleAction', (ctx) => handle(action.action, ctx, input), signal);
    });
  }

  cancel(): void {
    const status = this.state.status;
    if (status === 'succeeded' || status === 'pending_manual' || status === 'canceled') return;
    if (status === 'processing' && !this.inFlight) return;
    const keepRecord = this.callOut || this.unknown !== null || this.action !== null || status === 'processing';
    this.run?.abort(new PaymentError({ code: 'canceled', message: `Checkout ${this.id} was canceled.` }));
    this.step({ type: 'CANCEL' }, undefined, 'checkout.canceled', {});
    if (!keepRecord) this.engine.store.remove(this.id);
  }

  /**
   * Reconciles an in-flight record left by a reload (`client.resume()`):
   * looks the payment up and settles from the gateway's answer.
   */
  resumeFrom(record: InFlightRecord): Promise<CheckoutState> {
    this.unknown = { gatewayId: record.gatewayId, idempotencyKey: record.idempotencyKey, paymentId: record.paymentId };
    this.lastGatewayId = record.gatewayId;
    return this.start(async (signal) => {
      const cause = new PaymentError({
        code: 'outcome_unknown',
        gatewayId: record.gatewayId,
        message: `Checkout ${record.checkoutId} was in flight when the page reloaded.`,
      });
      const result = await this.reconcile(cause, signal);
      if (result.kind === 'none') this.settleFailed(result.error);
    });
  }

  // ---------------------------------------------------------------------------
  // Runs

  /** Creates the in-flight promise BEFORE any listener runs, then runs `work`. */
  private start(work: (signal: RunSignal) => Promise<void>): Promise<CheckoutState> {
    const run = new RunSignal();
    let resolve!: (state: CheckoutState) => void;
    const promise = new Promise<CheckoutState>((r) => (resolve = r));
    this.inFlight = promise;
    this.run = run;
    const finish = () => {
      if (this.inFlight === promise) {
        this.inFlight = null;
        this.run = null;
      }
      resolve(this.state);
    };
    let running: Promise<void>;
    try {
      running = work(run);
    } catch (error) {
      running = Promise.reject(error);
    }
    running
      .catch((error: unknown) => {
        if (run.aborted) return;
        // A bug on our side or an adapter breaking its contract: settle, never hang.
        const paymentError = isPaymentError(error)
          ? error
          : new PaymentError({ code: 'unknown', message: `Checkout ${this.id} stopped unexpectedly.`, cause: error });
        this.engine.bus.report(paymentError, { checkoutId: this.id, operation: 'checkout' });
        this.settleFailed(paymentError);
      })
      .then(() => {
        // Safety net for invariant 3: a run never ends in a transient state.
        const status = this.state.status;
        if (!run.aborted && (status === 'submitting' || status === 'retrying' || status === 'reconciling')) {
          const error = new PaymentError({ code: 'unknown', message: `Checkout ${this.id} stopped in state ${status}.` });
          if (this.unknown) this.settleOutcomeUnknown(this.unknown.gatewayId, error);
          else this.settleFailed(error);
        }
      })
      .then(finish, finish);
    return promise;
  }

  private async runSubmit(input: SubmitInput & { gatewayId: string }, signal: RunSignal, manualDespiteUnknown = false): Promise<void> {
    this.session = input.session;
    const { gatewayId } = input;
    const adapter = this.engine.gateway(gatewayId);
    // Only a registered gateway becomes the default of the next submit: a typo must not stick.
    if (adapter) this.lastGatewayId = gatewayId;
    this.emit('checkout.started', { gatewayId: gatewayId || undefined });
    if (!adapter) {
      return this.settleFailed(
        new PaymentError({
          code: gatewayId ? 'invalid_request' : 'configuration_error',
          message: gatewayId ? `submit: gatewayId "${gatewayId}" is not a registered gateway.` : 'submit: no gateway is enabled for this payment.',
        }),
      );
    }
    const method = input.method;
    if (method !== undefined && (typeof method !== 'object' || method === null || !isId(method.type) || !isId(method.token))) {
      return this.settleFailed(
        new PaymentError({ code: 'invalid_request', gatewayId, message: 'submit: method must be { type: string; token: string } with non-empty strings.' }),
      );
    }
    if (method !== undefined && maskCardNumbers(method.token) !== method.token) {
      // A raw card number where a gateway token belongs: never send it anywhere.
      return this.settleFailed(
        new PaymentError({
          code: 'invalid_request',
          gatewayId,
          message: "submit: method.token looks like a card number; pass the gateway's token (card data stays in the gateway's own fields).",
        }),
      );
    }
    const country = input.country ?? this.country;
    const verdict = this.engine.risk.check({ money: this.money, country, steppedUp: this.steppedUp });
    if (verdict.kind === 'block') {
      this.emit('risk.blocked', { gatewayId, error: verdict.error });
      return this.settleFailed(verdict.error);
    }
    if (verdict.kind === 'step_up') {
      this.pendingStepUp = input;
      this.step(
        { type: 'ACTION_REQUIRED', gatewayId, action: { type: 'step_up' } },
        signal,
        'action.required',
        { gatewayId },
      );
      return;
    }
    await this.confirmFlow(adapter, method, country, signal, manualDespiteUnknown);
  }

  private async runStepUp(pending: SubmitInput & { gatewayId: string }, input: Record<string, string>, signal: RunSignal): Promise<void> {
    const verify = this.engine.riskPolicy?.verifyStepUp;
    let passed = false;
    if (!verify) {
      return this.settleFailed(
        new PaymentError({ code: 'configuration_error', message: 'risk.verifyStepUp is required when risk.stepUpAfterDeclines is set.' }),
      );
    }
    try {
      passed =
        (await runWithTimeout(
          (s) => verify(input, { checkoutId: this.id, signal: s }),
          { clock: this.engine.clock, timeoutMs: this.engine.config.attemptTimeoutMs, operation: 'risk.verifyStepUp', chargeOutcome: 'none' },
          signal,
        )) === true;
    } catch (error) {
      if (signal.aborted) throw error;
      // A verification that failed to run is a failed verification.
    }
    if (!passed) {
      this.stepUpFailures += 1;
      const maxTries = this.engine.riskPolicy?.stepUpMaxTries ?? 3;
      if (this.stepUpFailures < maxTries) {
        // A mistyped code is not a verdict: the shopper may try again, a bounded number of times.
        const wrongCode = new PaymentError({
          code: 'authentication_failed',
          gatewayId: pending.gatewayId,
          message: `The step-up code was not accepted (try ${this.stepUpFailures} of ${maxTries}).`,
        });
        return this.step(
          { type: 'ACTION_REQUIRED', gatewayId: pending.gatewayId, action: { type: 'step_up' }, error: wrongCode },
          signal,
          'action.required',
          { gatewayId: pending.gatewayId, error: wrongCode },
        );
      }
      const error = new PaymentError({ code: 'risk_blocked', gatewayId: pending.gatewayId, message: 'The step-up verification did not pass.' });
      this.emit('risk.blocked', { gatewayId: pending.gatewayId, error });
      return this.settleFailed(error);
    }
    this.engine.risk.recordStepUpPassed();
    this.steppedUp = true;
    this.pendingStepUp = null;
    await this.runSubmit(pending, signal);
  }

  /** Confirms on one gateway with one key: reconcile first, availability, circuit, load, attempts. */
  private async confirmFlow(
    adapter: GatewayAdapter,
    method: PaymentMethodRef | undefined,
    country: string | undefined,
    signal: RunSignal,
    manualDespiteUnknown: boolean,
  ): Promise<void> {
    const gatewayId = adapter.id;
    const key = this.keyFor(gatewayId, method);
    // Invariant 1: an unknown outcome under another key is reconciled before anything else is confirmed.
    if (this.unknown && this.unknown.idempotencyKey !== key) {
      const cause = new PaymentError({
        code: 'outcome_unknown',
        gatewayId: this.unknown.gatewayId,
        message: 'A previous attempt of this checkout has an unknown outcome.',
      });
      const reconciled = await this.reconcile(cause, signal, manualDespiteUnknown);
      // With the merchant's opt-in a manual method goes ahead (it charges nothing online); the
      // unknown mark and its record stay for resume().
      if (reconciled.kind === 'settled' || (reconciled.kind === 'unknown' && !manualDespiteUnknown)) return;
    }
    if (!this.engine.isUsable(adapter, this.money, country)) {
      return this.unavailable(
        gatewayId,
        new PaymentError({ code: 'gateway_unavailable', chargeOutcome: 'none', gatewayId, message: `Gateway "${gatewayId}" is disabled or does not support this payment.` }),
        signal,
      );
    }
    const breaker = this.engine.breaker(gatewayId);
    if (breaker && breaker.getState() === 'open') return this.circuitOpen(gatewayId, signal);
    try {
      await this.engine.ensureLoaded(adapter, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      const loadError = isPaymentError(error) ? error : this.engine.normalize(adapter, error);
      this.failCall(loadError, gatewayId, undefined, 'load');
      return this.unavailable(gatewayId, loadError, signal);
    }
    const { maxAttempts, baseDelayMs, maxDelayMs } = this.engine.config;
    let lastError: PaymentError | undefined;
    for (;;) {
      const done = this.attempts.get(key) ?? 0;
      if (done >= maxAttempts) {
        return this.unavailable(
          gatewayId,
          lastError ?? new PaymentError({ code: 'gateway_unavailable', chargeOutcome: 'none', gatewayId, message: `No attempts left for this method on "${gatewayId}".` }),
          signal,
        );
      }
      const permit = breaker ? breaker.tryAcquire() : NO_BREAKER;
      if (!permit) return this.circuitOpen(gatewayId, signal);
      const attempt = done + 1;
      this.attempts.set(key, attempt);
      this.step({ type: 'ATTEMPT', gatewayId, attempt }, signal, 'attempt.started', { gatewayId, attempt });
      if (adapter.kind === 'online') {
        this.engine.store.put({ checkoutId: this.id, gatewayId, idempotencyKey: key, paymentId: this.unknown?.paymentId, money: this.money });
      }
      const started = this.engine.clock.now();
      const request = { checkoutId: this.id, money: this.money, method, metadata: this.metadata };
      let result: GatewayResult | undefined;
      let error: PaymentError;
      try {
        result = await this.call(adapter, key, attempt, 'confirm', (ctx) => adapter.confirm(request, ctx), signal);
        if (result.status !== 'failed') {
          breaker?.success(permit);
          this.engine.recordCall(gatewayId, true, this.engine.clock.now() - started);
          return this.handleResult(adapter, key, result, signal);
        }
        error = result.error;
      } catch (thrown) {
        if (signal.aborted) {
          breaker?.release(permit);
          throw thrown;
        }
        error = this.engine.normalize(adapter, thrown);
      }
      const transient = error.category === 'transient';
      if (transient) breaker?.failure(permit);
      else breaker?.success(permit);
      this.engine.recordCall(gatewayId, !transient, this.engine.clock.now() - started);
      this.failCall(error, gatewayId, attempt, 'confirm');
      lastError = error;
      if (result || error.category === 'decline') {
        // A definite answer under this key settles what earlier attempts under it left open.
        if (this.unknown?.idempotencyKey === key) this.unknown = null;
      } else if (error.chargeOutcome === 'unknown') {
        this.unknown = { gatewayId, idempotencyKey: key, paymentId: this.unknown?.paymentId };
      }
      if (error.retryable) {
        const delay =
          attempt < maxAttempts
            ? computeBackoffDelay({ retryIndex: attempt - 1, baseDelayMs, maxDelayMs, random: this.engine.random, retryAfterMs: error.retryAfterMs })
            : 'give_up';
        if (delay === 'give_up') return this.unavailable(gatewayId, error, signal);
        const retryAt = this.engine.clock.now() + delay;
        this.step({ type: 'RETRY', gatewayId, attempt: attempt + 1, retryAt, error, maxAttempts }, signal, 'retry.scheduled', { gatewayId, attempt: attempt + 1 });
        await this.engine.clock.sleep(delay, signal.signal);
        continue;
      }
      if (error.category === 'decline') this.engine.risk.recordDecline();
      if (this.unknown) {
        const reconciled = await this.reconcile(error, signal);
        if (reconciled.kind !== 'none') return;
      }
      return this.settleFailed(error);
    }
  }

  /** Runs a call that may answer with a result that needs handling (handleAction). */
  private async callAndHandle(
    adapter: GatewayAdapter,
    key: string,
    attempt: number,
    operation: 'handleAction',
    run: (ctx: AttemptContext) => Promise<GatewayResult>,
    signal: RunSignal,
  ): Promise<void> {
    let error: PaymentError;
    let definite = false;
    try {
      const result = await this.call(adapter, key, attempt, operation, run, signal);
      if (result.status !== 'failed') return this.handleResult(adapter, key, result, signal);
      error = result.error;
      definite = true;
    } catch (thrown) {
      if (signal.aborted) throw thrown;
      error = this.engine.normalize(adapter, thrown);
    }
    this.failCall(error, adapter.id, attempt, operation);
    if (error.category === 'decline') this.engine.risk.recordDecline();
    if (!definite && error.chargeOutcome === 'unknown') {
      this.unknown = { gatewayId: adapter.id, idempotencyKey: key, paymentId: this.action?.paymentId };
      const reconciled = await this.reconcile(error, signal);
      if (reconciled.kind !== 'none') return;
    }
    this.action = null;
    this.engine.store.remove(this.id);
    this.settleFailed(error);
  }

  /** One gateway call: bounded by `attemptTimeoutMs`, aborted by cancel, result validated. */
  private async call(
    adapter: GatewayAdapter,
    key: string,
    attempt: number,
    operation: 'confirm' | 'retrieve' | 'handleAction',
    run: (ctx: AttemptContext) => Promise<GatewayResult>,
    signal: RunSignal,
  ): Promise<GatewayResult> {
    const online = operation !== 'retrieve';
    if (online) this.callOut = true;
    try {
      const value = await runWithTimeout(
        (s) => {
          const ctx: AttemptContext = { idempotencyKey: key, attempt, signal: s };
          if (this.session) ctx.session = this.session;
          return run(ctx);
        },
        { clock: this.engine.clock, timeoutMs: callTimeoutMs(adapter, operation, this.engine.config.attemptTimeoutMs), gatewayId: adapter.id, operation },
        signal,
      );
      return validateGatewayResult(value, adapter.id, operation);
    } catch (error) {
      if (signal.aborted && online) {
        // It may have reached the gateway: keep the record for resume().
        this.unknown = { gatewayId: adapter.id, idempotencyKey: key, paymentId: this.unknown?.paymentId ?? this.action?.paymentId };
      }
      throw error;
    } finally {
      if (online && !signal.aborted) this.callOut = false;
    }
  }

  /** A non-failed result of confirm, retrieve or handleAction. */
  private async handleResult(adapter: GatewayAdapter, key: string, result: Exclude<GatewayResult, { status: 'failed' }>, signal: RunSignal): Promise<void> {
    const gatewayId = adapter.id;
    if (this.unknown?.idempotencyKey === key) this.unknown = null;
    this.action = null;
    switch (result.status) {
      case 'succeeded':
        this.engine.store.remove(this.id);
        return this.step({ type: 'SUCCEEDED', gatewayId, paymentId: result.paymentId }, signal, 'checkout.succeeded', { gatewayId });
      case 'pending_manual':
        if (!this.unknown) this.engine.store.remove(this.id);
        return this.step({ type: 'PENDING_MANUAL', gatewayId, instructions: result.instructions }, signal, 'checkout.pending_manual', { gatewayId });
      case 'requires_action':
        this.engine.store.put({ checkoutId: this.id, gatewayId, idempotencyKey: key, paymentId: result.paymentId, money: this.money });
        this.action = { gatewayId, key, paymentId: result.paymentId, action: result.action };
        return this.step({ type: 'ACTION_REQUIRED', gatewayId, action: result.action }, signal, 'action.required', { gatewayId });
      case 'processing':
        this.engine.store.put({ checkoutId: this.id, gatewayId, idempotencyKey: key, paymentId: result.paymentId, money: this.money });
        return this.poll(adapter, key, result.paymentId, signal);
    }
  }

  /** Polls a `processing` payment every `pollIntervalMs` for at most `maxPollMs`, then settles. */
  private async poll(adapter: GatewayAdapter, key: string, paymentId: string, signal: RunSignal): Promise<void> {
    const gatewayId = adapter.id;
    const { clock, config } = this.engine;
    this.step({ type: 'PROCESSING', gatewayId, paymentId }, signal);
    const retrieve = adapter.retrieve?.bind(adapter);
    const deadline = clock.now() + config.maxPollMs;
    let polls = 0;
    while (retrieve && clock.now() + config.pollIntervalMs <= deadline) {
      await clock.sleep(config.pollIntervalMs, signal.signal);
      polls += 1;
      let result: GatewayResult;
      try {
        result = await this.call(adapter, key, polls, 'retrieve', (ctx) => retrieve({ checkoutId: this.id, idempotencyKey: key, paymentId }, ctx), signal);
      } catch (thrown) {
        if (signal.aborted) throw thrown;
        this.failCall(this.engine.normalize(adapter, thrown), gatewayId, polls, 'retrieve');
        continue;
      }
      if (result.status === 'processing') continue;
      if (result.status === 'failed') {
        this.engine.store.remove(this.id);
        if (result.error.category === 'decline') this.engine.risk.recordDecline();
        return this.settleFailed(result.error);
      }
      return this.handleResult(adapter, key, result, signal);
    }
    // Still processing: settle here; the final word comes by webhook. The record stays for resume().
    this.emit('checkout.processing', { gatewayId });
  }

  /**
   * Looks up the payment whose outcome is unknown (invariant 1), with
   * `max(3, maxAttempts)` tries of `retrieve`. Settles the checkout when the gateway
   * has it, or `outcome_unknown` when it cannot be learned; returns `none`
   * (nothing charged, record dropped) and leaves the state to the caller
   * otherwise.
   */
  private async reconcile(error: PaymentError, signal: RunSignal, quietWhenUnknown = false): Promise<Reconciled> {
    const unknown = this.unknown!;
    const { gatewayId, idempotencyKey } = unknown;
    const adapter = this.engine.gateway(gatewayId);
    this.step({ type: 'RECONCILE', gatewayId, error }, signal, 'reconcile.started', { gatewayId, error });
    const retrieve = adapter?.retrieve?.bind(adapter);
    const { baseDelayMs, maxDelayMs } = this.engine.config;
    // Reconciling is what keeps a charge from happening twice: at least three tries, even with maxAttempts 1.
    const tries = Math.max(3, this.engine.config.maxAttempts);
    for (let i = 0; adapter && retrieve && i < tries; i++) {
      const ref = { checkoutId: this.id, idempotencyKey, paymentId: unknown.paymentId };
      let result: GatewayResult;
      try {
        result = await this.call(adapter, idempotencyKey, i + 1, 'retrieve', (ctx) => retrieve(ref, ctx), signal);
      } catch (thrown) {
        if (signal.aborted) throw thrown;
        const retrieveError = this.engine.normalize(adapter, thrown);
        this.failCall(retrieveError, gatewayId, i + 1, 'retrieve');
        if (i + 1 >= tries) break;
        const delay = computeBackoffDelay({ retryIndex: i, baseDelayMs, maxDelayMs, random: this.engine.random, retryAfterMs: retrieveError.retryAfterMs });
        if (delay === 'give_up') break;
        await this.engine.clock.sleep(delay, signal.signal);
        continue;
      }
      this.unknown = null;
      if (result.status === 'failed') {
        this.engine.store.remove(this.id);
        return { kind: 'none', error: result.error };
      }
      await this.handleResult(adapter, idempotencyKey, result, signal);
      return { kind: 'settled' };
    }
    if (!quietWhenUnknown) this.settleOutcomeUnknown(gatewayId, error);
    return { kind: 'unknown' };
  }

  /** The outcome cannot be learned: settle `outcome_unknown`, offer no online gateway, keep the record. */
  private settleOutcomeUnknown(gatewayId: string, cause: PaymentError): void {
    const error = new PaymentError({
      code: 'outcome_unknown',
      gatewayId,
      message: `Could not learn whether gateway "${gatewayId}" charged this checkout (last error: ${cause.code}); kept for resume().`,
    });
    const manual = this.engine.config.offerManualWhenOutcomeUnknown
      ? this.engine.available(this.money, this.country).filter((o) => o.kind === 'manual' && !this.failedGateways.has(o.gatewayId))
      : [];
    if (manual.length > 0) {
      this.step({ type: 'FALLBACK_OFFERED', error, options: manual }, undefined, 'fallback.offered', { gatewayId, error });
    } else {
      this.step({ type: 'FAILED', error }, undefined, 'checkout.failed', { gatewayId, error });
    }
  }

  /** The gateway is unavailable for this checkout: reconcile if needed, then offer the others. */
  private async unavailable(gatewayId: string, error: PaymentError, signal: RunSignal): Promise<void> {
    this.failedGateways.add(gatewayId);
    if (this.unknown) {
      const reconciled = await this.reconcile(error, signal);
      if (reconciled.kind !== 'none') return;
    }
    this.offerFallback(gatewayId, error);
  }

  private circuitOpen(gatewayId: string, signal: RunSignal): Promise<void> {
    return this.unavailable(
      gatewayId,
      new PaymentError({ code: 'gateway_unavailable', chargeOutcome: 'none', gatewayId, message: `Gateway "${gatewayId}" is unavailable (circuit open).` }),
      signal,
    );
  }

  /** Settles `fallback_offered` with the other usable gateways (online first), or `failed` when there is none. */
  private offerFallback(gatewayId: string, error: PaymentError): void {
    if (!this.unknown) this.engine.store.remove(this.id);
    const options = this.engine
      .available(this.money, this.country)
      .filter((o) => o.gatewayId !== gatewayId && !this.failedGateways.has(o.gatewayId) && this.engine.breaker(o.gatewayId)?.getState() !== 'open');
    if (options.length === 0) return this.settleFailed(error);
    this.step({ type: 'FALLBACK_OFFERED', error, options }, undefined, 'fallback.offered', { gatewayId, error });
  }

  private settleFailed(error: PaymentError): void {
    if (!this.unknown && !this.action) this.engine.store.remove(this.id);
    this.step({ type: 'FAILED', error }, undefined, 'checkout.failed', { gatewayId: error.gatewayId, error });
  }

  // ---------------------------------------------------------------------------
  // Plumbing

  /** Reports a failed call once and emits `attempt.failed` once (invariant 6). */
  private failCall(error: PaymentError, gatewayId: string, attempt: number | undefined, operation: string): void {
    this.engine.bus.report(error, { checkoutId: this.id, gatewayId, attempt, operation });
    this.emit('attempt.failed', { gatewayId, attempt, error });
  }

  private keyFor(gatewayId: string, method: PaymentMethodRef | undefined): string {
    const id = `${gatewayId}\u0000${method ? `${method.type}\u0000${method.token}` : ''}`;
    let key = this.keys.get(id);
    if (!key) {
      key = this.engine.generateId();
      this.keys.set(id, key);
    }
    return key;
  }

  /**
   * Applies `event` through the pure machine; on a change emits `eventType`
   * (with the new state), then notifies subscribers. With a `signal`, throws
   * its reason when a subscriber canceled the checkout meanwhile.
   */
  private step(
    event: CheckoutEvent,
    signal?: RunSignal,
    eventType?: PaymentEventType,
    extra?: { gatewayId?: string; attempt?: number; error?: PaymentError },
  ): void {
    const next = transition(this.state, event);
    if (next === this.state) return;
    this.state = next;
    if (eventType) this.emit(eventType, extra ?? {});
    this.notify();
    if (signal?.aborted) throw signal.reason;
  }

  private emit(type: PaymentEventType, extra: { gatewayId?: string; attempt?: number; error?: PaymentError }): void {
    if (this.state.status === 'canceled' && type !== 'checkout.canceled') return;
    // Building an event serialises the state and errors: skip it when nobody listens.
    if (!this.engine.bus.hasAudience()) return;
    const event: Parameters<Engine['bus']['emit']>[0] = { type, checkoutId: this.id, state: serializeState(this.state) };
    if (extra.gatewayId) event.gatewayId = extra.gatewayId;
    if (extra.attempt !== undefined) event.attempt = extra.attempt;
    if (extra.error) event.error = extra.error.toJSON();
    this.engine.bus.emit(event);
  }
}

/** The state as events carry it: errors as their redacted JSON. */
function serializeState(state: CheckoutState): unknown {
  return 'error' in state && state.error ? { ...state, error: state.error.toJSON() } : { ...state };
}

/** The bound of one call: the gateway's own for this operation, else the client's `attemptTimeoutMs`. */
function callTimeoutMs(adapter: GatewayAdapter, operation: 'confirm' | 'retrieve' | 'handleAction', fallback: number): number {
  return adapter.timeouts?.[`${operation}Ms`] ?? fallback;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
