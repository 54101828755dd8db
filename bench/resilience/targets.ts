/**
 * The targets the engine must meet, checked against the oracle.
 */
import { summarize, type CheckoutRecord, type Summary } from './metrics';
import { GATEWAY_IDS, type FaultProfile } from './profiles';

/** Success rate the engine may lose against the oracle, percentage points. */
export const MAX_SUCCESS_GAP_PP = 0.5;
/** p95 time to settle after the circuit opened, engine ÷ oracle. */
export const MAX_P95_RATIO = 1.2;
/** Gateway calls per checkout after the circuit opened, engine ÷ oracle. */
export const MAX_AMPLIFICATION = 1.1;

/** One target, measured. */
export interface TargetResult {
  profile: string;
  target: string;
  measured: string;
  limit: string;
  pass: boolean;
}

/** Engine and oracle over the checkouts that arrived once the circuit was open. */
export interface AfterOpen {
  /** Virtual ms at which the last relevant circuit first opened; undefined when it never did. */
  openedAt?: number;
  checkouts: number;
  engine?: Summary;
  oracle?: Summary;
}

/** Circuits that must be open for "after the circuit opens" in this profile. */
function circuitsOf(profile: FaultProfile): string[] {
  if (profile.outage === 'primary') return [GATEWAY_IDS.primary];
  if (profile.outage === 'all-online') return [GATEWAY_IDS.primary, GATEWAY_IDS.secondary];
  return [];
}

/** Splits out the checkouts that started after the profile's circuits all opened. */
export function afterOpen(
  profile: FaultProfile,
  engine: readonly CheckoutRecord[],
  oracle: readonly CheckoutRecord[],
  openedAt: ReadonlyMap<string, number>,
): AfterOpen {
  const times = circuitsOf(profile).map((id) => openedAt.get(id));
  if (times.length === 0 || times.some((t) => t === undefined)) return { checkouts: 0 };
  const at = Math.max(...(times as number[]));
  const indices = new Set(engine.filter((r) => r.startedAt >= at).map((r) => r.index));
  const engineAfter = engine.filter((r) => indices.has(r.index));
  const oracleAfter = oracle.filter((r) => indices.has(r.index));
  if (engineAfter.length === 0) return { openedAt: at, checkouts: 0 };
  return { openedAt: at, checkouts: engineAfter.length, engine: summarize(engineAfter), oracle: summarize(oracleAfter) };
}

const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** Checks every target for one profile. */
export function checkTargets(profile: FaultProfile, engine: Summary, oracle: Summary, open: AfterOpen): TargetResult[] {
  const results: TargetResult[] = [
    {
      profile: profile.id,
      target: 'double charges (engine)',
      measured: String(engine.doubleCharges),
      limit: '0',
      pass: engine.doubleCharges === 0,
    },
  ];
  if (profile.outcomesLearnable) {
    const gap = oracle.successPct - engine.successPct;
    results.push({
      profile: profile.id,
      target: 'success rate vs oracle',
      measured: `${fmt(engine.successPct)}% vs ${fmt(oracle.successPct)}% (gap ${fmt(gap)} pp)`,
      limit: `gap ≤ ${MAX_SUCCESS_GAP_PP} pp`,
      pass: gap <= MAX_SUCCESS_GAP_PP,
    });
  }
  if (profile.outage !== 'none') {
    const ratio = open.engine && open.oracle ? open.engine.p95 / open.oracle.p95 : Number.NaN;
    results.push({
      profile: profile.id,
      target: 'p95 time to settle once the circuit is open, engine ÷ oracle',
      measured: open.engine && open.oracle ? `${open.engine.p95} ms ÷ ${open.oracle.p95} ms = ${fmt(ratio)}×` : 'circuit never opened',
      limit: `≤ ${MAX_P95_RATIO}×`,
      pass: ratio <= MAX_P95_RATIO,
    });
  }
  // "Full outage": the gateway cannot be reached at all (a brown-out still answers, with 5xx).
  if (profile.outage !== 'none' && profile.outcomesLearnable) {
    const ratio = open.engine && open.oracle ? open.engine.callsPerCheckout / open.oracle.callsPerCheckout : Number.NaN;
    results.push({
      profile: profile.id,
      target: 'retry amplification once the circuit is open, engine ÷ oracle calls',
      measured:
        open.engine && open.oracle
          ? `${fmt(open.engine.callsPerCheckout, 3)} ÷ ${fmt(open.oracle.callsPerCheckout, 3)} = ${fmt(ratio, 3)}×`
          : 'circuit never opened',
      limit: `≤ ${MAX_AMPLIFICATION}×`,
      pass: ratio <= MAX_AMPLIFICATION,
    });
  }
  return results;
}
