import { PaymentError, type PaymentErrorCode } from '../core/errors';
import type {
  AttemptContext,
  Clock,
  ConfirmRequest,
  GatewayAdapter,
  GatewayResult,
  Money,
  NextAction,
  PaymentReference,
} from '../core/types';
import {
  assertFaultPlan,
  faultCommits,
  pickFault,
  type FaultCallInfo,
  isFaultPlansByOperation,
  type FaultPlan,
  type FaultPlansByOperation,
  type OutageWindow,
  type SimulatedFault,
  type SimulatedOperation,
} from './faults';
import { createLedger, type SimulatedLedger, type SimulatedPayment } from './ledger';
import { createSeededRandom } from './seeded-random';
import { normalizeSimulatedError } from './simulated-error';
import { isTestToken, TEST_TOKENS } from './test-tokens';

/** Options of `createSimulatedGateway`. */
export interface SimulatedGatewayOptions {
  /** Default `'simulated'`. */
  id?: string;
  /** Default `'Test card'`. */
  label?: string;
  /** Time every call takes, on `clock` (a number, or per call). Default 0. */
  latencyMs?: number | ((call: FaultCallInfo) => number);
  /** Where latency and outage windows are measured. Pass the same virtual clock as the engine. Default: real time. */
  clock?: Clock;
  /** Faults of `confirm` calls, or separate plans per operation (`{ confirm, retrieve, handleAction }`). */
  faults?: FaultPlan | FaultPlansByOperation;
  /** Faults of `retrieve` calls (status look-ups during a brown-out). */
  retrieveFaults?: FaultPlan;
  /** Faults of `handleAction` calls. */
  actionFaults?: FaultPlan;
  /** Windows of clock time in which every call fails before sending (`network_error`, nothing charged). */
  outages?: readonly OutageWindow[];
  /** Seed of the random source behind `{ rate }` plans and payment ids. Default 1. */
  seed?: number;
  /** Which payments the gateway takes. Default: all. */
  supports?: (req: { money: Money; country?: string }) => boolean;
  /** `retrieve` calls a `tok_processing` payment answers `processing` before it `succeeded`. Default 2. */
  processingPolls?: number;
  /** Set false to simulate a gateway without `retrieve` (outcomes cannot be reconciled). Default true. */
  retrieve?: boolean;
}

/** One call the simulated gateway received, and what really happened. */
export interface SimulatedCall {
  /** Order of arrival across all operations, 0-based. */
  seq: number;
  operation: SimulatedOperation;
  idempotencyKey: string;
  attempt: number;
  checkoutId?: string;
  /** The method token of a `confirm`. */
  token?: string;
  /** Clock time the call arrived. */
  at: number;
  /** The injected fault, if any (an outage shows as `network_error` with `outage: true`). */
  fault?: SimulatedFault;
  outage?: boolean;
  /** Whether the gateway processed the request (wrote to its ledger) — the truth behind an ambiguous error. */
  committed: boolean;
  /** Whether this call took money (a new charge). */
  charged: boolean;
  /** Whether a server-confirm callback (`session.onPaymentSubmit`) handled it. */
  serverConfirm?: boolean;
  /** `pending` while in flight; then the result status, `threw`, `malformed` or `aborted`. */
  outcome: 'pending' | GatewayResult['status'] | 'threw' | 'malformed' | 'aborted';
  /** Code of the error thrown or returned. */
  errorCode?: PaymentErrorCode;
}

/**
 * A `GatewayAdapter` for tests and demos: charges an in-memory ledger keyed by
 * idempotency key, understands `TEST_TOKENS`, and injects faults on demand.
 */
export interface SimulatedGateway extends GatewayAdapter {
  readonly kind: 'online';
  /** Always true: no real money moves. */
  readonly testMode: true;
  /** The charges, by idempotency key. */
  readonly ledger: SimulatedLedger;
  /** Every call received, in arrival order (a live, read-only view). */
  readonly calls: readonly SimulatedCall[];
  retrieve(ref: PaymentReference, ctx: AttemptContext): Promise<GatewayResult>;
  handleAction(action: NextAction, ctx: AttemptContext, input?: Record<string, string>): Promise<GatewayResult>;
  /** Calls that got a fault injected (outages included). */
  injectedFaults(): SimulatedCall[];
  /** Replaces the fault plan of an operation (default `confirm`); indexes of an array plan count from now. */
  setFaults(plan: FaultPlan | undefined, operation?: SimulatedOperation): void;
  /** Replaces the outage windows. */
  setOutages(windows: readonly OutageWindow[]): void;
  /** Replaces the latency. */
  setLatency(latencyMs: number | ((call: FaultCallInfo) => number)): void;
}

const DEFAULT_PROCESSING_POLLS = 2;

const DECLINES: Record<string, { code: PaymentErrorCode; declineCode: string }> = {
  [TEST_TOKENS.decline]: { code: 'card_declined', declineCode: 'generic_decline' },
  [TEST_TOKENS.insufficientFunds]: { code: 'insufficient_funds', declineCode: 'insufficient_funds' },
  [TEST_TOKENS.expiredCard]: { code: 'expired_card', declineCode: 'expired_card' },
};

/** The real clock, used only when no clock is given and latency is set. */
const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * Creates a simulated card gateway.
 *
 * ```ts
 * const clock = createVirtualClock();
 * const gateway = createSimulatedGateway({ clock, latencyMs: 300, faults: [{ type: 'timeout' }] });
 * const client = createPaymentClient({ gateways: [gateway], clock });
 * const state = await clock.run(client.pay({ money, method: { type: 'test_card', token: 'tok_success' } }));
 * gateway.ledger.chargeCount(); // 1 — the timed-out attempt was reconciled, not repeated under a new key
 * ```
 */
export function createSimulatedGateway(options: SimulatedGatewayOptions = {}): SimulatedGateway {
  const id = options.id ?? 'simulated';
  if (typeof id !== 'string' || id.trim() === '') configError('options.id must be a non-empty string.');
  const label = options.label ?? 'Test card';
  if (typeof label !== 'string' || label.trim() === '') configError('options.label must be a non-empty string.');
  assertLatency(options.latencyMs ?? 0);
  const byOperation = isFaultPlansByOperation(options.faults) ? options.faults : { confirm: options.faults };
  const confirmFaults = byOperation.confirm;
  const retrieveFaults = options.retrieveFaults ?? byOperation.retrieve;
  const actionFaults = options.actionFaults ?? byOperation.handleAction;
  assertFaultPlan(confirmFaults, 'options.faults');
  assertFaultPlan(retrieveFaults, 'options.retrieveFaults');
  assertFaultPlan(actionFaults, 'options.actionFaults');
  assertOutages(options.outages ?? []);
  const processingPolls = options.processingPolls ?? DEFAULT_PROCESSING_POLLS;
  if (!Number.isInteger(processingPolls) || processingPolls < 0) configError('options.processingPolls must be an integer >= 0.');
  if (options.supports !== undefined && typeof options.supports !== 'function') configError('options.supports must be a function.');

  const clock = options.clock ?? realClock;
  const random = createSeededRandom(options.seed ?? 1);
  const ledger = createLedger();
  const calls: SimulatedCall[] = [];
  let latency = options.latencyMs ?? 0;
  let outages: readonly OutageWindow[] = options.outages ?? [];
  const plans: Record<SimulatedOperation, { plan: FaultPlan | undefined; calls: number }> = {
    confirm: { plan: confirmFaults, calls: 0 },
    retrieve: { plan: retrieveFaults, calls: 0 },
    handleAction: { plan: actionFaults, calls: 0 },
  };
  let paymentCounter = 0;

  const error = (code: PaymentErrorCode, extra: Omit<ConstructorParameters<typeof PaymentError>[0], 'code'> = {}): PaymentError =>
    new PaymentError({ code, gatewayId: id, ...extra });

  function newPaymentId(): string {
    paymentCounter += 1;
    const suffix = Math.floor(random() * 0xffffff)
      .toString(36)
      .padStart(5, '0');
    return `sim_${id}_${paymentCounter}_${suffix}`;
  }

  function resultOf(p: SimulatedPayment): GatewayResult {
    switch (p.status) {
      case 'succeeded':
        return { status: 'succeeded', paymentId: p.paymentId };
      case 'processing':
        return { status: 'processing', paymentId: p.paymentId };
      case 'requires_action':
        return { status: 'requires_action', paymentId: p.paymentId, action: threeDSecureAction(p.paymentId) };
      case 'failed':
        return {
          status: 'failed',
          error: error(p.errorCode ?? 'card_declined', p.declineCode !== undefined ? { declineCode: p.declineCode } : {}),
        };
    }
  }

  function invalid(message: string): { result: GatewayResult; charged: false } {
    return { result: { status: 'failed', error: error('invalid_request', { message, chargeOutcome: 'none' }) }, charged: false };
  }

  /** Processes a confirm against the ledger. A repeated key answers what it answered before. */
  function chargeLedger(req: ConfirmRequest, ctx: AttemptContext): { result: GatewayResult; charged: boolean } {
    const existing = ledger.get(ctx.idempotencyKey);
    const token = req.method?.token ?? TEST_TOKENS.success;
    if (existing) {
      if (existing.checkoutId !== req.checkoutId || !sameMoney(existing.money, req.money) || existing.token !== token) {
        return invalid(`Idempotency key ${ctx.idempotencyKey} was already used with different parameters.`);
      }
      return { result: resultOf(existing), charged: false };
    }
    if (!isTestToken(token)) return invalid('Unknown test token in request.method.token; use one of TEST_TOKENS.');
    if (!validMoney(req.money)) return invalid('request.money must be a positive integer amount and an upper-case ISO 4217 currency.');
    const payment: SimulatedPayment = {
      paymentId: newPaymentId(),
      idempotencyKey: ctx.idempotencyKey,
      checkoutId: req.checkoutId,
      money: { amount: req.money.amount, currency: req.money.currency },
      token,
      status: 'succeeded',
      createdAt: clock.now(),
      polls: 0,
    };
    const decline = DECLINES[token];
    if (decline) {
      payment.status = 'failed';
      payment.errorCode = decline.code;
      payment.declineCode = decline.declineCode;
    } else if (token === TEST_TOKENS.threeDSecureRequired) {
      payment.status = 'requires_action';
    } else if (token === TEST_TOKENS.processing) {
      payment.status = 'processing';
    }
    ledger.add(payment);
    return { result: resultOf(payment), charged: payment.status === 'succeeded' || payment.status === 'processing' };
  }

  function hangUntilAborted(signal: AbortSignal, committed: boolean): Promise<never> {
    return new Promise<never>((_, reject) => {
      const fail = (): void => reject(canceled(committed));
      if (signal.aborted) fail();
      else signal.addEventListener('abort', fail, { once: true });
    });
  }

  function canceled(committed: boolean): PaymentError {
    return error('canceled', {
      message: 'The simulated call was aborted by its signal.',
      chargeOutcome: committed ? 'unknown' : 'none',
    });
  }

  function inOutage(at: number): boolean {
    return outages.some((w) => at >= w.from && at < w.to);
  }

  /**
   * Runs one call: latency, outage and fault, then `commit` (the operation's
   * effect on the ledger) when the fault lets the request through.
   */
  async function execute(
    operation: SimulatedOperation,
    ctx: AttemptContext,
    meta: { checkoutId?: string; token?: string },
    commit: () => Promise<{ result: GatewayResult; charged: boolean; serverConfirm?: boolean }>,
  ): Promise<GatewayResult> {
    const at = clock.now();
    const call: SimulatedCall = {
      seq: calls.length,
      operation,
      idempotencyKey: ctx.idempotencyKey,
      attempt: ctx.attempt,
      at,
      committed: false,
      charged: false,
      outcome: 'pending',
    };
    if (meta.checkoutId !== undefined) call.checkoutId = meta.checkoutId;
    if (meta.token !== undefined) call.token = meta.token;
    calls.push(call);
    const slot = plans[operation];
    const info: FaultCallInfo = { operation, index: slot.calls++, attempt: ctx.attempt, idempotencyKey: ctx.idempotencyKey, now: at, random };
    if (meta.checkoutId !== undefined) info.checkoutId = meta.checkoutId;

    let fault: SimulatedFault | undefined;
    if (inOutage(at)) {
      fault = { type: 'network_error' };
      call.outage = true;
    } else {
      fault = pickFault(slot.plan, info);
    }
    if (fault) call.fault = fault;

    try {
      if (ctx.signal.aborted) throw canceled(false);
      const ms = typeof latency === 'function' ? latency(info) : latency;
      if (ms > 0) {
        try {
          await clock.sleep(ms, ctx.signal);
        } catch {
          throw canceled(false);
        }
      }
      if (fault?.type === 'network_error') {
        throw error('network_error', {
          message: call.outage ? 'Simulated outage: the gateway cannot be reached.' : 'Simulated network error before the request was sent.',
          chargeOutcome: 'none',
        });
      }
      if (fault?.type === 'rate_limited') {
        throw error('rate_limited', { message: 'Simulated HTTP 429.', retryAfterMs: fault.retryAfterMs ?? 1000, chargeOutcome: 'none' });
      }
      let result: GatewayResult | undefined;
      if (faultCommits(fault)) {
        const done = await commit();
        call.committed = true;
        call.charged = done.charged;
        if (done.serverConfirm) call.serverConfirm = true;
        result = done.result;
      }
      switch (fault?.type) {
        case undefined:
          call.outcome = result!.status;
          if (result!.status === 'failed') call.errorCode = result!.error.code;
          return result!;
        case 'timeout':
          if (fault.hang) return await hangUntilAborted(ctx.signal, true);
          throw error('timeout', { message: 'Simulated timeout after the gateway processed the request.', chargeOutcome: 'unknown' });
        case 'server_error': {
          const status = fault.status ?? 500;
          throw error(status === 502 || status === 503 || status === 504 ? 'gateway_unavailable' : 'processing_error', {
            message: `Simulated HTTP ${status}.`,
            chargeOutcome: 'unknown',
          });
        }
        case 'malformed':
          call.outcome = 'malformed';
          return (fault.result === undefined ? { status: 'succeeded' } : fault.result) as GatewayResult;
        case 'hang':
          return await hangUntilAborted(ctx.signal, call.committed);
        case 'throw':
          throw fault.error;
      }
    } catch (thrown) {
      const normalized = normalizeSimulatedError(thrown, id);
      call.outcome = normalized.code === 'canceled' ? 'aborted' : 'threw';
      call.errorCode = normalized.code;
      // A `throw` fault rethrows the raw value, so adapters' normalizeError is exercised.
      throw fault?.type === 'throw' && thrown === fault.error ? thrown : normalized;
    }
    // Unreachable: every fault type returns or throws above.
    throw error('unknown');
  }

  async function confirm(req: ConfirmRequest, ctx: AttemptContext): Promise<GatewayResult> {
    const token = req?.method?.token ?? TEST_TOKENS.success;
    return execute('confirm', ctx, { checkoutId: req?.checkoutId, token }, async () => {
      const onPaymentSubmit = ctx.session?.onPaymentSubmit;
      if (onPaymentSubmit) {
        let response: unknown;
        try {
          response = await onPaymentSubmit(token, { idempotencyKey: ctx.idempotencyKey, signal: ctx.signal, gatewayId: id, attempt: ctx.attempt });
        } catch (thrown) {
          throw normalizeSimulatedError(thrown, id);
        }
        if (isResultLike(response)) return { result: response, charged: false, serverConfirm: true };
        return { ...chargeLedger(req, ctx), serverConfirm: true };
      }
      return chargeLedger(req, ctx);
    });
  }

  async function retrieve(ref: PaymentReference, ctx: AttemptContext): Promise<GatewayResult> {
    return execute('retrieve', ctx, { checkoutId: ref?.checkoutId }, async () => {
      const payment = ledger.get(ref.idempotencyKey) ?? (ref.paymentId !== undefined ? ledger.byPaymentId(ref.paymentId) : undefined);
      if (!payment) {
        return {
          result: {
            status: 'failed',
            error: error('invalid_request', {
              message: 'No payment exists under this idempotency key: nothing was charged.',
              chargeOutcome: 'none',
            }),
          },
          charged: false,
        };
      }
      if (payment.status === 'processing') {
        payment.polls += 1;
        if (payment.polls >= processingPolls) payment.status = 'succeeded';
      }
      return { result: resultOf(payment), charged: false };
    });
  }

  async function handleAction(action: NextAction, ctx: AttemptContext, input?: Record<string, string>): Promise<GatewayResult> {
    const paymentId = typeof action?.data?.paymentId === 'string' ? action.data.paymentId : undefined;
    const payment = (paymentId !== undefined ? ledger.byPaymentId(paymentId) : undefined) ?? ledger.get(ctx.idempotencyKey);
    return execute('handleAction', ctx, payment ? { checkoutId: payment.checkoutId } : {}, async () => {
      if (!payment) return invalid('No payment awaits this action.');
      if (payment.status !== 'requires_action') return { result: resultOf(payment), charged: false };
      if (input?.result === 'fail') {
        payment.status = 'failed';
        payment.errorCode = 'authentication_failed';
        payment.declineCode = 'authentication_failed';
        return { result: resultOf(payment), charged: false };
      }
      payment.status = 'succeeded';
      return { result: resultOf(payment), charged: true };
    });
  }

  const gateway: SimulatedGateway = {
    id,
    label,
    kind: 'online',
    testMode: true,
    ledger,
    calls,
    confirm,
    retrieve,
    handleAction,
    normalizeError: (e: unknown) => normalizeSimulatedError(e, id),
    injectedFaults: () => calls.filter((c) => c.fault !== undefined),
    setFaults(plan, operation = 'confirm') {
      assertFaultPlan(plan, operation === 'confirm' ? 'faults' : `${operation} faults`);
      plans[operation] = { plan, calls: 0 };
    },
    setOutages(windows) {
      assertOutages(windows);
      outages = windows.slice();
    },
    setLatency(next) {
      assertLatency(next);
      latency = next;
    },
  };
  if (options.supports) gateway.supports = options.supports;
  if (options.retrieve === false) {
    // A gateway that cannot look payments up: outcomes stay unknown.
    delete (gateway as Partial<SimulatedGateway>).retrieve;
  }
  return gateway;
}

/** The action a `tok_3ds_required` payment asks for. */
function threeDSecureAction(paymentId: string): NextAction {
  return { type: 'three_d_secure', url: `https://simulated.invalid/3ds/${paymentId}`, data: { paymentId } };
}

function sameMoney(a: Money, b: Money | undefined): boolean {
  return b !== undefined && a.amount === b.amount && a.currency === b.currency;
}

function validMoney(money: Money | undefined): boolean {
  return (
    typeof money === 'object' &&
    money !== null &&
    Number.isSafeInteger(money.amount) &&
    money.amount > 0 &&
    typeof money.currency === 'string' &&
    /^[A-Z]{3}$/.test(money.currency)
  );
}

function isResultLike(value: unknown): value is GatewayResult {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string';
}

function configError(message: string): never {
  throw new PaymentError({ code: 'configuration_error', message: `createSimulatedGateway: ${message}` });
}

function assertLatency(latency: unknown): void {
  if (typeof latency === 'function') return;
  if (typeof latency !== 'number' || !Number.isFinite(latency) || latency < 0) {
    configError('options.latencyMs must be a finite number >= 0 or a function.');
  }
}

function assertOutages(windows: unknown): void {
  const ok =
    Array.isArray(windows) &&
    windows.every(
      (w: unknown) =>
        typeof w === 'object' &&
        w !== null &&
        typeof (w as OutageWindow).from === 'number' &&
        typeof (w as OutageWindow).to === 'number' &&
        (w as OutageWindow).from <= (w as OutageWindow).to,
    );
  if (!ok) configError('options.outages must be an array of { from, to } clock times with from <= to.');
}
