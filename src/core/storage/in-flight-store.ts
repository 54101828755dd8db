import type { CheckoutStorage, Money } from '../types';

/**
 * What the engine keeps about a checkout whose gateway call may have reached
 * the gateway — ids and money only: never a method token, card data or secret.
 */
export interface InFlightRecord {
  checkoutId: string;
  gatewayId: string;
  idempotencyKey: string;
  paymentId?: string;
  money: Money;
}

/** The storage key under which in-flight records live (one JSON array, newest last). */
export const IN_FLIGHT_STORAGE_KEY = 'react-secure-payments:in-flight';

/**
 * In-flight checkout records over a `Storage`-like object. Storage errors
 * (quota, private mode) and corrupt entries are ignored: a record is a safety
 * net, never a reason to fail a payment.
 */
export class InFlightStore {
  constructor(private readonly storage: CheckoutStorage | undefined) {}

  /** Every record, oldest first. */
  list(): InFlightRecord[] {
    if (!this.storage) return [];
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(IN_FLIGHT_STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isRecord).map(pick) : [];
    } catch {
      return [];
    }
  }

  /** Adds or replaces (and moves to newest) the record of `record.checkoutId`. */
  put(record: InFlightRecord): void {
    this.write([...this.list().filter((r) => r.checkoutId !== record.checkoutId), pick(record)]);
  }

  /** Drops the record of `checkoutId`. */
  remove(checkoutId: string): void {
    const records = this.list();
    const kept = records.filter((r) => r.checkoutId !== checkoutId);
    if (kept.length !== records.length) this.write(kept);
  }

  private write(records: InFlightRecord[]): void {
    if (!this.storage) return;
    try {
      if (records.length === 0) this.storage.removeItem(IN_FLIGHT_STORAGE_KEY);
      else this.storage.setItem(IN_FLIGHT_STORAGE_KEY, JSON.stringify(records));
    } catch {
      // Storage full or unavailable: nothing to do.
    }
  }
}

/** Copies only the allowed fields, whatever else the object carries. */
function pick(r: InFlightRecord): InFlightRecord {
  const out: InFlightRecord = {
    checkoutId: r.checkoutId,
    gatewayId: r.gatewayId,
    idempotencyKey: r.idempotencyKey,
    money: { amount: r.money.amount, currency: r.money.currency },
  };
  if (typeof r.paymentId === 'string') out.paymentId = r.paymentId;
  return out;
}

function isRecord(v: unknown): v is InFlightRecord {
  const r = v as InFlightRecord;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.checkoutId === 'string' &&
    typeof r.gatewayId === 'string' &&
    typeof r.idempotencyKey === 'string' &&
    typeof r.money === 'object' &&
    r.money !== null &&
    typeof r.money.amount === 'number' &&
    typeof r.money.currency === 'string'
  );
}
