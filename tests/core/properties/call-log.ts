/**
 * One ordered log of gateway calls (across gateways) and engine events, and
 * the checks the property and chaos tests run over it.
 */
import type { CheckoutState, GatewayAdapter, GatewayResult, PaymentEvent } from '../../../src/core/types';
import type { SimulatedGateway } from '../../../src/testing';

export type LogEntry =
  | {
      kind: 'call';
      op: 'confirm' | 'retrieve' | 'handleAction';
      gatewayId: string;
      checkoutId: string | undefined;
      key: string;
      attempt: number;
      /** Filled when the call settles: the result status, or 'threw'. */
      outcome?: GatewayResult['status'] | 'threw';
    }
  | { kind: 'event'; type: PaymentEvent['type']; checkoutId?: string; gatewayId?: string; chargeOutcome?: 'none' | 'unknown' };

export interface CallLog {
  entries: LogEntry[];
  /** Wraps an adapter so each call is logged in order (with the checkout id: handleAction's comes from the key). */
  wrap<T extends GatewayAdapter>(adapter: T): GatewayAdapter;
  /** For `onEvent`. */
  onEvent(event: PaymentEvent): void;
}

export function createCallLog(): CallLog {
  const entries: LogEntry[] = [];
  const checkoutByKey = new Map<string, string>();
  const record = async (
    op: 'confirm' | 'retrieve' | 'handleAction',
    gatewayId: string,
    checkoutId: string | undefined,
    key: string,
    attempt: number,
    run: () => Promise<GatewayResult>,
  ): Promise<GatewayResult> => {
    if (checkoutId !== undefined) checkoutByKey.set(key, checkoutId);
    const entry: LogEntry = { kind: 'call', op, gatewayId, checkoutId: checkoutId ?? checkoutByKey.get(key), key, attempt };
    entries.push(entry);
    try {
      const result = await run();
      entry.outcome = typeof result === 'object' && result !== null ? result.status : 'threw';
      return result;
    } catch (e) {
      entry.outcome = 'threw';
      throw e;
    }
  };
  return {
    entries,
    wrap(adapter) {
      const wrapped: GatewayAdapter = {
        id: adapter.id,
        label: adapter.label,
        kind: adapter.kind,
        confirm: (req, ctx) => record('confirm', adapter.id, req.checkoutId, ctx.idempotencyKey, ctx.attempt, () => adapter.confirm(req, ctx)),
        normalizeError: (e) => adapter.normalizeError(e),
      };
      if (adapter.supports) wrapped.supports = (req) => adapter.supports!(req);
      if (adapter.retrieve) {
        wrapped.retrieve = (ref, ctx) =>
          record('retrieve', adapter.id, ref.checkoutId, ctx.idempotencyKey, ctx.attempt, () => adapter.retrieve!(ref, ctx));
      }
      if (adapter.handleAction) {
        wrapped.handleAction = (action, ctx, input) =>
          record('handleAction', adapter.id, undefined, ctx.idempotencyKey, ctx.attempt, () => adapter.handleAction!(action, ctx, input));
      }
      return wrapped;
    },
    onEvent(event) {
      const entry: LogEntry = { kind: 'event', type: event.type };
      if (event.checkoutId !== undefined) entry.checkoutId = event.checkoutId;
      if (event.gatewayId !== undefined) entry.gatewayId = event.gatewayId;
      if (event.error) entry.chargeOutcome = event.error.chargeOutcome;
      entries.push(entry);
    },
  };
}

/**
 * Invariant 1, read off the log: after an `attempt.failed` whose error left
 * the outcome unknown, the checkout confirms under no other key until a
 * definite answer (a retrieve or a confirm result under that key) clears it.
 * Returns one message per violation.
 */
export function reconcileViolations(entries: readonly LogEntry[]): string[] {
  const problems: string[] = [];
  const pending = new Map<string, string>(); // checkoutId → key with unknown outcome
  const lastKey = new Map<string, string>(); // checkoutId|gatewayId → last key called
  for (const e of entries) {
    if (e.checkoutId === undefined) continue;
    if (e.kind === 'call') {
      const open = pending.get(e.checkoutId);
      if (e.op === 'confirm' && open !== undefined && open !== e.key) {
        problems.push(`checkout ${e.checkoutId}: confirm under key ${e.key} on ${e.gatewayId} while key ${open} was unreconciled`);
      }
      lastKey.set(`${e.checkoutId}|${e.gatewayId}`, e.key);
      if (e.outcome !== undefined && e.outcome !== 'threw' && open === e.key) pending.delete(e.checkoutId);
    } else if (e.type === 'attempt.failed' && e.chargeOutcome === 'unknown' && e.gatewayId !== undefined) {
      const key = lastKey.get(`${e.checkoutId}|${e.gatewayId}`);
      if (key !== undefined) pending.set(e.checkoutId, key);
    }
  }
  return problems;
}

/**
 * Every retry reuses its key: per (checkout, gateway, method token) one key,
 * whose confirm attempts run 1, 2, … n with n ≤ maxAttempts.
 */
export function keyReuseViolations(gateways: readonly SimulatedGateway[], maxAttempts: number): string[] {
  const problems: string[] = [];
  for (const gateway of gateways) {
    const keys = new Map<string, Set<string>>();
    const attempts = new Map<string, number[]>();
    for (const call of gateway.calls) {
      if (call.operation !== 'confirm') continue;
      const id = `${call.checkoutId}|${call.token}`;
      let set = keys.get(id);
      if (!set) keys.set(id, (set = new Set()));
      set.add(call.idempotencyKey);
      let list = attempts.get(call.idempotencyKey);
      if (!list) attempts.set(call.idempotencyKey, (list = []));
      list.push(call.attempt);
    }
    for (const [id, set] of keys) if (set.size > 1) problems.push(`${gateway.id}: ${id} confirmed under ${set.size} keys`);
    for (const [key, list] of attempts) {
      const expected = list.map((_, i) => i + 1);
      if (list.join() !== expected.join()) problems.push(`${gateway.id}: key ${key} attempts ${list.join()} (expected ${expected.join()})`);
      if (list.length > maxAttempts) problems.push(`${gateway.id}: key ${key} confirmed ${list.length} times (max ${maxAttempts})`);
    }
  }
  return problems;
}

/** Settled statuses of DESIGN.md invariant 3. */
export const SETTLED = new Set<CheckoutState['status']>([
  'succeeded',
  'processing',
  'failed',
  'fallback_offered',
  'pending_manual',
  'requires_action',
  'canceled',
]);

/** Charges per checkout over all ledgers: `{ gatewayId, paymentId }` each. */
export type ChargeIndex = Map<string, { gatewayId: string; paymentId: string }[]>;

export function indexCharges(gateways: readonly SimulatedGateway[]): ChargeIndex {
  const index: ChargeIndex = new Map();
  for (const g of gateways) {
    for (const c of g.ledger.charges) {
      let list = index.get(c.checkoutId);
      if (!list) index.set(c.checkoutId, (list = []));
      list.push({ gatewayId: g.id, paymentId: c.paymentId });
    }
  }
  return index;
}

/**
 * The ledgers tell the truth the checkout must not contradict: at most one
 * charge over all gateways; a `succeeded` state names a charge that exists;
 * a charge with a state other than succeeded/processing only when the
 * checkout said the outcome is unknown.
 */
export function truthViolations(checkoutId: string, state: CheckoutState, index: ChargeIndex): string[] {
  const problems: string[] = [];
  const charges = index.get(checkoutId) ?? [];
  if (charges.length > 1) problems.push(`checkout ${checkoutId} charged ${charges.length} times (${charges.map((x) => x.gatewayId).join(', ')})`);
  if (state.status === 'succeeded') {
    const match = charges.find((x) => x.gatewayId === state.gatewayId && x.paymentId === state.paymentId);
    if (!match) problems.push(`checkout ${checkoutId} succeeded with ${state.paymentId} on ${state.gatewayId}, which no ledger holds`);
  } else if (charges.length > 0 && state.status !== 'processing') {
    const unknown = (state.status === 'failed' || state.status === 'fallback_offered') && state.error.code === 'outcome_unknown';
    if (!unknown) problems.push(`checkout ${checkoutId} was charged but settled ${state.status}${'error' in state && state.error ? ` (${state.error.code})` : ''}`);
  }
  return problems;
}
