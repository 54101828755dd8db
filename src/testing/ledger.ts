import type { Money } from '../core/types';
import type { PaymentErrorCode } from '../core/errors';

/** Where a simulated payment stands. `succeeded` and `processing` mean money moved (a charge). */
export type SimulatedPaymentStatus = 'succeeded' | 'processing' | 'requires_action' | 'failed';

/** One payment the simulated gateway processed, under one idempotency key. */
export interface SimulatedPayment {
  paymentId: string;
  idempotencyKey: string;
  checkoutId: string;
  money: Money;
  /** The method token it was paid with. */
  token: string;
  status: SimulatedPaymentStatus;
  /** For `failed`: the decline's code and the gateway's decline code. */
  errorCode?: PaymentErrorCode;
  declineCode?: string;
  /** Clock time it was created. */
  createdAt: number;
  /** `retrieve` calls answered for it (drives `tok_processing`). */
  polls: number;
}

/**
 * The simulated gateway's books: payments keyed by idempotency key. A repeat
 * with a known key never charges again.
 */
export interface SimulatedLedger {
  /** Every payment processed (declines and pending 3-D Secure included), in creation order. */
  readonly payments: readonly SimulatedPayment[];
  /** Payments that took money (`succeeded` or `processing`), in creation order. */
  readonly charges: readonly SimulatedPayment[];
  /** Charges in all, or of one checkout (more than 1 is a double charge). */
  chargeCount(checkoutId?: string): number;
  /** Checkout ids charged more than once. Empty when all is well. */
  doubleCharged(): string[];
  /** The payment under `idempotencyKey`. */
  get(idempotencyKey: string): SimulatedPayment | undefined;
  /** The payment with `paymentId`. */
  byPaymentId(paymentId: string): SimulatedPayment | undefined;
  /** Minor units charged in `currency`. */
  totalCharged(currency: string): number;
  // Read-only `Map` view, keyed by idempotency key, for tests that treat the ledger as one.
  /** Payments in all (declines included): one per idempotency key. */
  readonly size: number;
  /** Whether a payment exists under `idempotencyKey`. */
  has(idempotencyKey: string): boolean;
  /** Idempotency keys, in creation order. */
  keys(): IterableIterator<string>;
  /** Payments, in creation order. */
  values(): IterableIterator<SimulatedPayment>;
  /** `[idempotencyKey, payment]` pairs, in creation order. */
  entries(): IterableIterator<[string, SimulatedPayment]>;
  /** Same as `entries()`, like a `Map`. */
  [Symbol.iterator](): IterableIterator<[string, SimulatedPayment]>;
}

/** The writable ledger the gateway keeps; tests get the read-only view. */
export interface MutableLedger extends SimulatedLedger {
  add(payment: SimulatedPayment): void;
}

/** Creates an empty ledger. */
export function createLedger(): MutableLedger {
  const byKey = new Map<string, SimulatedPayment>();
  const byId = new Map<string, SimulatedPayment>();
  const byCheckout = new Map<string, SimulatedPayment[]>();
  const payments: SimulatedPayment[] = [];
  const isCharge = (p: SimulatedPayment): boolean => p.status === 'succeeded' || p.status === 'processing';

  return {
    get payments() {
      return payments.slice();
    },
    get charges() {
      return payments.filter(isCharge);
    },
    chargeCount(checkoutId?: string) {
      const list = checkoutId === undefined ? payments : (byCheckout.get(checkoutId) ?? []);
      let n = 0;
      for (const p of list) if (isCharge(p)) n++;
      return n;
    },
    doubleCharged() {
      const counts = new Map<string, number>();
      for (const p of payments) if (isCharge(p)) counts.set(p.checkoutId, (counts.get(p.checkoutId) ?? 0) + 1);
      return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    },
    get: (key) => byKey.get(key),
    get size() {
      return byKey.size;
    },
    has: (key) => byKey.has(key),
    keys: () => byKey.keys(),
    values: () => byKey.values(),
    entries: () => byKey.entries(),
    [Symbol.iterator]: () => byKey.entries(),
    byPaymentId: (id) => byId.get(id),
    totalCharged(currency: string) {
      let total = 0;
      for (const p of payments) if (isCharge(p) && p.money.currency === currency) total += p.money.amount;
      return total;
    },
    add(payment) {
      if (byKey.has(payment.idempotencyKey)) {
        throw new Error(`SimulatedLedger: a payment under idempotency key ${payment.idempotencyKey} exists already.`);
      }
      byKey.set(payment.idempotencyKey, payment);
      byId.set(payment.paymentId, payment);
      const list = byCheckout.get(payment.checkoutId);
      if (list) list.push(payment);
      else byCheckout.set(payment.checkoutId, [payment]);
      payments.push(payment);
    },
  };
}
