import { PaymentError } from '../core/errors';

/**
 * Fault injection for the simulated gateway: what can go wrong on one call,
 * and plans that decide, call by call, which fault (if any) happens.
 */

/**
 * One injected fault. Each states whether the gateway processes the request
 * (commits it to the ledger) before failing, so a test knows the truth the
 * engine must reconcile to.
 */
export type SimulatedFault =
  /** The request never leaves (DNS, connection refused): nothing is charged. `network_error`, chargeOutcome `'none'`. */
  | { type: 'network_error' }
  /**
   * The gateway processes the request (the charge is committed), then the
   * answer is lost: throws `timeout` with chargeOutcome `'unknown'`, or with
   * `hang: true` never answers (until the call's signal aborts).
   */
  | { type: 'timeout'; hang?: boolean }
  /** An HTTP 5xx (default 500). `committed` (default false) says whether the charge went through first. chargeOutcome `'unknown'`. */
  | { type: 'server_error'; status?: number; committed?: boolean }
  /** HTTP 429: nothing processed. `rate_limited` with `retryAfterMs` (default 1000), chargeOutcome `'none'`. */
  | { type: 'rate_limited'; retryAfterMs?: number }
  /**
   * A garbled answer: resolves `result` (default `{ status: 'succeeded' }`,
   * missing its paymentId) instead of a valid `GatewayResult`. `committed`
   * defaults to true: a malformed answer may hide a charge.
   */
  | { type: 'malformed'; result?: unknown; committed?: boolean }
  /** Never answers until the call's signal aborts. `committed` defaults to false. */
  | { type: 'hang'; committed?: boolean }
  /** Throws `error` as is (anything: an Error, a string, a fetch-like response), exercising `normalizeError`. */
  | { type: 'throw'; error: unknown; committed?: boolean };

/** The kind of a `SimulatedFault`. */
export type SimulatedFaultType = SimulatedFault['type'];

/**
 * Other spellings a plan may use for the faults DESIGN.md names (“5xx”, “429
 * with Retry-After”, “outage”); each stands for the `SimulatedFault` shown:
 * - `'5xx'`, `'http_5xx'` → `server_error` (same `status`, `committed`);
 * - `'429'`, `'http_429'`, `'rate_limit'` → `rate_limited` (same `retryAfterMs`);
 * - `'outage'`, `'network'` → `network_error` (nothing sent, nothing charged).
 */
export type SimulatedFaultAlias =
  | { type: '5xx' | 'http_5xx'; status?: number; committed?: boolean }
  | { type: '429' | 'http_429' | 'rate_limit'; retryAfterMs?: number }
  | { type: 'outage' | 'network' };

/** A fault as a plan may write it: a `SimulatedFault`, an alias, or just the type name (`'timeout'`). */
export type SimulatedFaultInput = SimulatedFault | SimulatedFaultAlias | SimulatedFaultType | SimulatedFaultAlias['type'];

const FAULT_TYPES: readonly string[] = ['network_error', 'timeout', 'server_error', 'rate_limited', 'malformed', 'hang', 'throw'];
const FAULT_ALIASES: Readonly<Record<string, SimulatedFaultType>> = {
  '5xx': 'server_error',
  http_5xx: 'server_error',
  '429': 'rate_limited',
  http_429: 'rate_limited',
  rate_limit: 'rate_limited',
  outage: 'network_error',
  network: 'network_error',
};

/**
 * The `SimulatedFault` a plan entry stands for (aliases and bare type names
 * resolved), `undefined` for “no fault”. Throws a `configuration_error` for
 * anything else, naming `where` and the spellings it accepts.
 */
export function toSimulatedFault(input: unknown, where = 'fault'): SimulatedFault | undefined {
  if (input === null || input === undefined) return undefined;
  const raw = typeof input === 'string' ? { type: input } : input;
  const type = typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && FAULT_TYPES.includes(type)) return raw as SimulatedFault;
  const canonical = typeof type === 'string' ? FAULT_ALIASES[type] : undefined;
  if (type === 'outage' && typeof raw === 'object' && raw !== null && ('from' in raw || 'to' in raw)) {
    throw new PaymentError({
      code: 'configuration_error',
      message: `createSimulatedGateway: ${where} is an outage window; pass windows as options.outages: [{ from, to }] (a plan entry is one call).`,
    });
  }
  if (canonical !== undefined) return { ...(raw as object), type: canonical } as SimulatedFault;
  throw new PaymentError({
    code: 'configuration_error',
    message: `createSimulatedGateway: ${where} has unknown fault type ${JSON.stringify(type ?? null)}; use one of ${[
      ...FAULT_TYPES,
      ...Object.keys(FAULT_ALIASES),
    ].join(', ')}.`,
  });
}

/** Gateway operations faults apply to. */
export type SimulatedOperation = 'confirm' | 'retrieve' | 'handleAction';

/** What a fault plan sees when it decides about one call. */
export interface FaultCallInfo {
  operation: SimulatedOperation;
  /** 0-based index of this call among the plan's calls of this operation (counted since the plan was set). */
  index: number;
  attempt: number;
  idempotencyKey: string;
  checkoutId?: string;
  /** Clock time of the call. */
  now: number;
  /** The gateway's seeded random source. */
  random: () => number;
}

/** Picks a fault at a seeded random rate. */
export interface FaultRate {
  /** Probability in [0, 1] that a call gets a fault. */
  rate: number;
  /** Faults to pick from, uniformly (default: a network error). */
  faults?: readonly SimulatedFaultInput[];
}

/**
 * Which calls fail, and how:
 * - an array: by call index (`[null, { type: 'timeout' }]` = the second call times out); calls past the end succeed;
 * - `{ rate, faults }`: at a seeded random rate;
 * - a function of the call.
 */
export type FaultPlan =
  | readonly (SimulatedFaultInput | null | undefined)[]
  | FaultRate
  | ((call: FaultCallInfo) => SimulatedFaultInput | null | undefined);

/** Separate plans per operation, e.g. `{ confirm: [...], retrieve: () => ({ type: 'server_error' }) }`. */
export interface FaultPlansByOperation {
  confirm?: FaultPlan;
  retrieve?: FaultPlan;
  handleAction?: FaultPlan;
}

/** Whether `value` is a per-operation plan object rather than a single `FaultPlan`. */
export function isFaultPlansByOperation(value: unknown): value is FaultPlansByOperation {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { rate?: unknown }).rate !== 'number' &&
    Object.keys(value).every((k) => k === 'confirm' || k === 'retrieve' || k === 'handleAction')
  );
}

/** A window of clock time during which the gateway cannot be reached (`from` inclusive, `to` exclusive). */
export interface OutageWindow {
  from: number;
  to: number;
}

const DEFAULT_RATE_FAULTS: readonly SimulatedFaultInput[] = [{ type: 'network_error' }];

/**
 * The fault, if any, that `plan` assigns to `call` (aliases resolved). A
 * function plan that returns an unknown fault type throws a `configuration_error`.
 */
export function pickFault(plan: FaultPlan | undefined, call: FaultCallInfo): SimulatedFault | undefined {
  if (plan === undefined) return undefined;
  if (typeof plan === 'function') return toSimulatedFault(plan(call), `the fault plan (${call.operation} call ${call.index})`);
  if (isFaultArray(plan)) return toSimulatedFault(plan[call.index]);
  if (!(call.random() < plan.rate)) return undefined;
  const faults = plan.faults && plan.faults.length > 0 ? plan.faults : DEFAULT_RATE_FAULTS;
  return toSimulatedFault(faults[Math.floor(call.random() * faults.length)] ?? faults[0]);
}

function isFaultArray(plan: FaultPlan): plan is readonly (SimulatedFaultInput | null | undefined)[] {
  return Array.isArray(plan);
}

/** Whether the gateway processes the request before `fault` strikes. */
export function faultCommits(fault: SimulatedFault | undefined): boolean {
  if (fault === undefined) return true;
  switch (fault.type) {
    case 'network_error':
    case 'rate_limited':
      return false;
    case 'timeout':
      return true;
    case 'malformed':
      return fault.committed ?? true;
    case 'server_error':
    case 'hang':
    case 'throw':
      return fault.committed ?? false;
  }
}

/** Checks a plan's shape, throwing a `configuration_error` that names the option. */
export function assertFaultPlan(plan: unknown, option: string): asserts plan is FaultPlan | undefined {
  if (plan === undefined || typeof plan === 'function') return;
  if (Array.isArray(plan)) {
    plan.forEach((fault, i) => toSimulatedFault(fault, `${option}[${i}]`));
    return;
  }
  if (typeof plan === 'object' && plan !== null && typeof (plan as FaultRate).rate === 'number') {
    const { rate, faults } = plan as FaultRate;
    if (faults !== undefined && !Array.isArray(faults)) {
      throw new PaymentError({ code: 'configuration_error', message: `createSimulatedGateway: ${option}.faults must be an array of faults.` });
    }
    faults?.forEach((fault, i) => toSimulatedFault(fault, `${option}.faults[${i}]`));
    if (rate >= 0 && rate <= 1) return;
  }
  throw new PaymentError({
    code: 'configuration_error',
    message: `createSimulatedGateway: ${option} must be an array of faults, { rate: 0..1, faults }, or a function.`,
  });
}
