/**
 * Fault profiles of the resilience benchmark: what goes wrong at which gateway,
 * and the ground truth the oracle strategy is allowed to know.
 *
 * Every profile has the same three gateways, in this priority order:
 * `primary` (online), `secondary` (online) and `bank-transfer` (manual).
 */
import type { FaultPlan, OutageWindow, SimulatedFault } from '../../src/testing/faults';

/** The gateway ids every profile uses, in priority order. */
export const GATEWAY_IDS = { primary: 'primary', secondary: 'secondary', bank: 'bank-transfer' } as const;

/** Faults of one online simulated gateway. */
export interface GatewayFaults {
  confirm?: FaultPlan;
  retrieve?: FaultPlan;
  /** Windows in which every call fails before it is sent (`network_error`, nothing charged). */
  outages?: readonly OutageWindow[];
}

/** One fault profile. */
export interface FaultProfile {
  id: string;
  /** One line for the table. */
  label: string;
  primary: GatewayFaults;
  secondary: GatewayFaults;
  /**
   * Ground truth for the oracle: whether a call to this online gateway at
   * virtual time `now` can be answered (a lossy but reachable gateway is up).
   */
  isUp(gatewayId: string, now: number): boolean;
  /**
   * Whether the engine can learn every outcome here (a `retrieve` that
   * answers). The success-rate target applies only where it can.
   */
  outcomesLearnable: boolean;
  /** Outage profiles get the circuit targets (p95 after the circuit opens, retry amplification). */
  outage: 'none' | 'primary' | 'all-online';
}

/** Virtual ms between two checkouts arriving (a steady 4 checkouts per second). */
export const ARRIVAL_GAP_MS = 250;

/** Rate-limit windows: the primary answers 429 during the first 2 s of every 10 s. */
export const RATE_LIMIT_PERIOD_MS = 10_000;
export const RATE_LIMIT_WINDOW_MS = 2_000;

/** Unreachable for the whole run: every call fails before it is sent. */
const unreachable: GatewayFaults = { outages: [{ from: 0, to: Number.POSITIVE_INFINITY }] };

function inRateLimitWindow(now: number): boolean {
  return now % RATE_LIMIT_PERIOD_MS < RATE_LIMIT_WINDOW_MS;
}

const rateLimited: FaultPlan = ({ now }) =>
  inRateLimitWindow(now)
    ? { type: 'rate_limited', retryAfterMs: RATE_LIMIT_WINDOW_MS - (now % RATE_LIMIT_PERIOD_MS) }
    : null;

/** 5xx on every call; half of the charges went through before the error (the truth the engine cannot learn). */
const brownOutConfirm: FaultPlan = ({ random }): SimulatedFault => ({
  type: 'server_error',
  status: 503,
  committed: random() < 0.5,
});
const brownOutRetrieve: FaultPlan = () => ({ type: 'server_error', status: 503 });

const allUp = (): boolean => true;

/** The seven profiles, in table order. */
export const PROFILES: readonly FaultProfile[] = [
  {
    id: 'healthy',
    label: 'healthy',
    primary: {},
    secondary: {},
    isUp: allUp,
    outcomesLearnable: true,
    outage: 'none',
  },
  {
    id: 'flaky',
    label: 'flaky: 20% network errors before send (primary)',
    primary: { confirm: { rate: 0.2, faults: [{ type: 'network_error' }] } },
    secondary: {},
    isUp: allUp,
    outcomesLearnable: true,
    outage: 'none',
  },
  {
    id: 'ambiguous',
    label: 'ambiguous: 5% timeouts after the charge is committed (primary)',
    primary: { confirm: { rate: 0.05, faults: [{ type: 'timeout' }] } },
    secondary: {},
    isUp: allUp,
    outcomesLearnable: true,
    outage: 'none',
  },
  {
    id: 'rate-limited',
    label: `rate-limited: 429 + Retry-After for ${RATE_LIMIT_WINDOW_MS / 1000} s of every ${RATE_LIMIT_PERIOD_MS / 1000} s (primary)`,
    primary: { confirm: rateLimited },
    secondary: {},
    isUp: (id, now) => id !== GATEWAY_IDS.primary || !inRateLimitWindow(now),
    outcomesLearnable: true,
    outage: 'none',
  },
  {
    id: 'primary-outage',
    label: 'primary outage: unreachable, nothing sent; secondary healthy',
    primary: unreachable,
    secondary: {},
    isUp: (id) => id !== GATEWAY_IDS.primary,
    outcomesLearnable: true,
    outage: 'primary',
  },
  {
    id: 'primary-brown-out',
    label: 'primary brown-out: 503 (half committed), status look-up 503 too',
    primary: { confirm: brownOutConfirm, retrieve: brownOutRetrieve },
    secondary: {},
    isUp: (id) => id !== GATEWAY_IDS.primary,
    outcomesLearnable: false,
    outage: 'primary',
  },
  {
    id: 'everything-down',
    label: 'everything down: both card gateways unreachable, bank transfer only',
    primary: unreachable,
    secondary: unreachable,
    isUp: () => false,
    outcomesLearnable: true,
    outage: 'all-online',
  },
];
