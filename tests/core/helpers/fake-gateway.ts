import { PaymentError, isPaymentError } from '../../../src/core/errors/payment-error';
import type { AttemptContext, ConfirmRequest, GatewayAdapter, GatewayResult, NextAction, PaymentReference } from '../../../src/core/types';
import type { VirtualClock } from '../../../src/testing/virtual-clock';

/** What one scripted `confirm` call does. */
export type ConfirmStep =
  | 'succeed'
  | 'decline'
  | 'network_before' // connection refused: nothing sent (chargeOutcome none)
  | 'reset_after_commit' // charge committed, then the connection dropped (unknown)
  | 'server_error' // 5xx, nothing committed (unknown)
  | 'hang' // never answers, ignores its signal, nothing committed
  | 'hang_after_commit' // commits, then never answers
  | 'processing'
  | 'requires_action'
  | 'malformed'
  | 'malformed_after_commit'
  | { rateLimited: number };

/** What one scripted `retrieve` call does. */
export type RetrieveStep = 'ledger' | 'throw' | 'processing' | 'succeed' | 'declined';

export interface FakeGatewayOptions {
  id?: string;
  kind?: 'online' | 'manual';
  /** Steps of successive confirm calls; the last one repeats. Default `['succeed']`. */
  confirm?: ConfirmStep[];
  /** Steps of successive retrieve calls; the last one repeats. Default `['ledger']`. Absent retrieve with `retrieve: false`. */
  retrieve?: RetrieveStep[] | false;
  /** Steps of handleAction calls. */
  handleAction?: ('succeed' | 'decline' | 'throw_unknown')[];
  /** Latency of every call on the virtual clock. */
  latencyMs?: number;
  clock?: VirtualClock;
  supports?: GatewayAdapter['supports'];
  load?: (signal: AbortSignal) => Promise<void>;
}

export interface Call {
  op: 'confirm' | 'retrieve' | 'handleAction';
  key: string;
  attempt: number;
  token?: string;
  session?: AttemptContext['session'];
}

/** A scripted adapter with a ledger of charges by idempotency key (a repeat with the same key never charges again). */
export function createFakeGateway(options: FakeGatewayOptions = {}) {
  const id = options.id ?? 'fake';
  const ledger = new Map<string, { paymentId: string; amount: number }>();
  const calls: Call[] = [];
  let confirmIndex = 0;
  let retrieveIndex = 0;
  let actionIndex = 0;
  const pick = <T>(steps: T[], index: number): T => steps[Math.min(index, steps.length - 1)]!;
  const wait = async (signal: AbortSignal) => {
    if (options.latencyMs && options.clock) await options.clock.sleep(options.latencyMs, signal);
  };
  const commit = (key: string, req: ConfirmRequest) => {
    const existing = ledger.get(key);
    if (existing) return existing;
    const entry = { paymentId: `pay_${id}_${ledger.size + 1}`, amount: req.money.amount };
    ledger.set(key, entry);
    return entry;
  };
  const never = () => new Promise<never>(() => {});
  const err = (code: ConstructorParameters<typeof PaymentError>[0]['code'], extra: Partial<ConstructorParameters<typeof PaymentError>[0]> = {}) =>
    new PaymentError({ code, gatewayId: id, ...extra });

  const adapter: GatewayAdapter & { ledger: typeof ledger; calls: Call[]; charges(): number } = {
    id,
    label: `Fake ${id}`,
    kind: options.kind ?? 'online',
    ledger,
    calls,
    charges: () => ledger.size,
    supports: options.supports,
    load: options.load,
    async confirm(req, ctx): Promise<GatewayResult> {
      calls.push({ op: 'confirm', key: ctx.idempotencyKey, attempt: ctx.attempt, token: req.method?.token, session: ctx.session });
      const step: ConfirmStep = pick<ConfirmStep>(options.confirm ?? ['succeed'], confirmIndex++);
      await wait(ctx.signal);
      const already = ledger.get(ctx.idempotencyKey);
      if (already && typeof step === 'string' && !step.startsWith('hang')) return { status: 'succeeded', paymentId: already.paymentId };
      if (typeof step === 'object') throw err('rate_limited', { retryAfterMs: step.rateLimited });
      switch (step) {
        case 'succeed':
          return { status: 'succeeded', paymentId: commit(ctx.idempotencyKey, req).paymentId };
        case 'decline':
          return { status: 'failed', error: err('card_declined', { declineCode: 'generic_decline' }) };
        case 'network_before':
          throw err('network_error', { chargeOutcome: 'none' });
        case 'reset_after_commit':
          commit(ctx.idempotencyKey, req);
          throw new TypeError('connection reset');
        case 'server_error':
          throw err('processing_error');
        case 'hang':
          return never();
        case 'hang_after_commit':
          commit(ctx.idempotencyKey, req);
          return never();
        case 'processing':
          return { status: 'processing', paymentId: `pay_${id}_processing` };
        case 'requires_action':
          return { status: 'requires_action', paymentId: `pay_${id}_3ds`, action: { type: 'three_d_secure', url: 'https://bank.example/3ds' } };
        case 'malformed':
          return { status: 'succeeded' } as unknown as GatewayResult;
        case 'malformed_after_commit':
          commit(ctx.idempotencyKey, req);
          return { status: 'succeeded', paymentId: 42 } as unknown as GatewayResult;
        default:
          throw new Error(`unknown step ${String(step)}`);
      }
    },
    normalizeError(error) {
      if (isPaymentError(error)) return error;
      return new PaymentError({ code: 'network_error', gatewayId: id, cause: error });
    },
  };
  if (options.retrieve !== false) {
    adapter.retrieve = async (ref: PaymentReference, ctx: AttemptContext): Promise<GatewayResult> => {
      calls.push({ op: 'retrieve', key: ref.idempotencyKey, attempt: ctx.attempt });
      const step = pick((options.retrieve as RetrieveStep[] | undefined) ?? ['ledger'], retrieveIndex++);
      await wait(ctx.signal);
      if (step === 'throw') throw err('gateway_unavailable');
      if (step === 'processing') return { status: 'processing', paymentId: ref.paymentId ?? 'pay_x' };
      if (step === 'succeed') return { status: 'succeeded', paymentId: ref.paymentId ?? 'pay_x' };
      if (step === 'declined') return { status: 'failed', error: err('card_declined') };
      const entry = ledger.get(ref.idempotencyKey);
      return entry
        ? { status: 'succeeded', paymentId: entry.paymentId }
        : { status: 'failed', error: err('invalid_request', { message: 'No such payment.' }) };
    };
  }
  if (options.handleAction) {
    const steps = options.handleAction;
    adapter.handleAction = async (_action: NextAction, ctx: AttemptContext): Promise<GatewayResult> => {
      calls.push({ op: 'handleAction', key: ctx.idempotencyKey, attempt: ctx.attempt });
      const step = pick(steps, actionIndex++);
      if (step === 'decline') return { status: 'failed', error: err('authentication_failed') };
      if (step === 'throw_unknown') throw err('processing_error', { retryable: false });
      const entry = { paymentId: `pay_${id}_3ds`, amount: 0 };
      ledger.set(ctx.idempotencyKey, entry);
      return { status: 'succeeded', paymentId: entry.paymentId };
    };
  }
  return adapter;
}

/** A manual gateway (bank transfer) that returns instructions. */
export function createFakeManualGateway(id = 'bank') {
  const calls: string[] = [];
  const adapter: GatewayAdapter & { calls: string[] } = {
    id,
    label: 'Bank transfer',
    kind: 'manual',
    calls,
    async confirm(req) {
      calls.push(req.checkoutId);
      return {
        status: 'pending_manual',
        instructions: { method: 'bank_transfer', reference: `RSP-${req.checkoutId}`, amount: req.money, iban: 'DE89370400440532013000' },
      };
    },
    normalizeError: (e) => (isPaymentError(e) ? e : new PaymentError({ code: 'unknown', gatewayId: id, cause: e })),
  };
  return adapter;
}

/** Deterministic ids: `id-1`, `id-2`, … */
export function sequentialIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A Map-backed `Storage`. */
export function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

export { deferred } from '../../helpers/deferred';
