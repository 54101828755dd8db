/**
 * What one checkout ended as, and the figures the resilience table reports.
 */

/** Where a checkout ended, as the shopper sees it. */
export type CheckoutOutcome =
  | 'succeeded'
  | 'processing'
  | 'pending_manual'
  | 'outcome_unknown'
  | 'failed'
  | 'other';

/** Outcomes that count as a successful checkout: paid, accepted, or bank-transfer instructions given. */
export const SUCCESS_OUTCOMES: ReadonlySet<CheckoutOutcome> = new Set(['succeeded', 'processing', 'pending_manual']);

/** One checkout, as a strategy ran it. */
export interface CheckoutRecord {
  index: number;
  checkoutId: string;
  startedAt: number;
  settledAt: number;
  outcome: CheckoutOutcome;
  /** Gateway calls (confirm, retrieve, handleAction) made for this checkout, all gateways. */
  calls: number;
  /** Card charges the ledgers hold for this checkout, all online gateways. */
  charges: number;
}

/** The row of the table for one profile × strategy. */
export interface Summary {
  n: number;
  /** Percent of checkouts that ended succeeded, processing or pending_manual. */
  successPct: number;
  /** Percent that ended with bank-transfer instructions. */
  manualPct: number;
  /** Percent that ended `failed` with `outcome_unknown`. */
  unknownPct: number;
  /** Checkouts paid more than once (card charges, plus bank transfer instructions after a charge). */
  doubleCharges: number;
  /** Checkouts charged on a card while the shopper was told something other than success. */
  chargedNotConfirmed: number;
  p50: number;
  p95: number;
  p99: number;
  /** Gateway calls per checkout (retry amplification). */
  callsPerCheckout: number;
}

/** Nearest-rank percentile of `values` (need not be sorted). `NaN` for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Payments a checkout led to: card charges, plus one when the shopper got bank-transfer instructions. */
export function paymentsOf(record: CheckoutRecord): number {
  return record.charges + (record.outcome === 'pending_manual' ? 1 : 0);
}

/** Summarises `records` into one table row. */
export function summarize(records: readonly CheckoutRecord[]): Summary {
  const n = records.length;
  const pct = (count: number): number => (n === 0 ? Number.NaN : (100 * count) / n);
  const count = (pred: (r: CheckoutRecord) => boolean): number => records.reduce((c, r) => c + (pred(r) ? 1 : 0), 0);
  const durations = records.map((r) => r.settledAt - r.startedAt);
  return {
    n,
    successPct: pct(count((r) => SUCCESS_OUTCOMES.has(r.outcome))),
    manualPct: pct(count((r) => r.outcome === 'pending_manual')),
    unknownPct: pct(count((r) => r.outcome === 'outcome_unknown')),
    doubleCharges: count((r) => paymentsOf(r) > 1),
    chargedNotConfirmed: count((r) => r.charges > 0 && !SUCCESS_OUTCOMES.has(r.outcome)),
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    p99: percentile(durations, 99),
    callsPerCheckout: n === 0 ? Number.NaN : records.reduce((c, r) => c + r.calls, 0) / n,
  };
}
