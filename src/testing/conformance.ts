import { isPaymentError, isPaymentErrorCode, PaymentError } from '../core/errors';
import { validateGatewayResult } from '../core/validation/gateway-result-schema';
import type { AttemptContext, ConfirmRequest, GatewayAdapter, GatewayResult, Money, PaymentMethodRef, PaymentSession } from '../core/types';

/** The test-runner functions the kit registers its checks with (vitest's, jest's, node:test's with an adapter). */
export interface ConformanceRunner {
  /** Registers one test: `test(name, fn)`. */
  test: (name: string, fn: () => Promise<void>) => unknown;
  /** `expect(value).toEqual(expected)` — a failing check compares its list of problems with `[]`. */
  expect: (actual: unknown) => { toEqual(expected: unknown): void };
}

/** What the checks send to the adapter. */
export interface ConformanceOptions {
  /** Prefix of the test names. Default `'gateway conformance'`. */
  name?: string;
  /** A method the adapter accepts and charges (omitted by default: the adapter's own default). */
  successMethod?: PaymentMethodRef;
  /** Default `{ amount: 1000, currency: 'EUR' }`. */
  money?: Money;
  /** Per-checkout session values some adapters need (a client secret, a server-confirm callback). */
  session?: PaymentSession;
  /**
   * Event-loop turns a call may take to settle after its signal aborts.
   * No real time is involved. Default 200.
   */
  abortTurns?: number;
  /** Event-loop turns any other call may take (when `run` is not given). Default 10,000. */
  callTurns?: number;
  /**
   * Real time, ms, a call still pending after its `callTurns` may take before it counts as
   * stuck — for adapters that talk to a sandbox or a local test server. Default 2,000; 0 turns
   * it off. Adapters on a virtual clock should pass `run` instead.
   */
  callTimeoutMs?: number;
  /**
   * Drives a pending call to completion — pass `(p) => clock.run(p)` when the
   * adapter waits on a virtual clock. Without it, calls get `callTurns` turns.
   */
  run?: <T>(promise: Promise<T>) => Promise<T>;
}

/** Options of `runAdapterConformance`: the runner plus what to send. */
export interface RunAdapterConformanceOptions extends ConformanceRunner, ConformanceOptions {}

/** One contract check: resolves the problems it found (empty when the adapter conforms). */
export interface ConformanceCheck {
  name: string;
  run(adapter: GatewayAdapter, options: ConformanceOptions): Promise<string[]>;
}

/** The result of one check by `checkAdapterConformance`. */
export interface ConformanceResult {
  name: string;
  problems: string[];
}

const DEFAULT_MONEY: Money = { amount: 1000, currency: 'EUR' };
const DEFAULT_ABORT_TURNS = 200;
const DEFAULT_CALL_TURNS = 10_000;
const DEFAULT_CALL_TIMEOUT_MS = 2_000;
const RESULT_STATUSES = new Set(['succeeded', 'processing', 'requires_action', 'pending_manual', 'failed']);

let runCounter = 0;
/** Unique ids per run, so adapters with shared state (one ledger) see fresh checkouts. */
function freshId(kind: string): string {
  runCounter += 1;
  return `conformance_${kind}_${runCounter}_${Math.random().toString(36).slice(2, 10)}`;
}

function context(options: ConformanceOptions, idempotencyKey: string, signal: AbortSignal, attempt = 1): AttemptContext {
  const ctx: AttemptContext = { idempotencyKey, attempt, signal };
  if (options.session) ctx.session = options.session;
  return ctx;
}

function request(options: ConformanceOptions, checkoutId: string): ConfirmRequest {
  const req: ConfirmRequest = { checkoutId, money: { ...(options.money ?? DEFAULT_MONEY) } };
  if (options.successMethod) req.method = { ...options.successMethod };
  return req;
}

/**
 * Problems with the shape of a `GatewayResult` (empty when it is one): the
 * kit's own field checks, then the engine's validation, so a result that
 * passes here is one the engine accepts.
 */
export function gatewayResultProblems(value: unknown, where = 'result'): string[] {
  const problems = resultFieldProblems(value, where);
  if (problems.length > 0) return problems;
  try {
    validateGatewayResult(value, 'conformance', where.replace(/\(\)$/, ''));
  } catch (e) {
    problems.push(`${where}: the engine rejects it — ${e instanceof Error ? e.message : String(e)}`);
  }
  return problems;
}

function resultFieldProblems(value: unknown, where: string): string[] {
  if (typeof value !== 'object' || value === null) return [`${where} is not an object (got ${typeOf(value)})`];
  const r = value as Record<string, unknown>;
  const status = r.status;
  if (typeof status !== 'string' || !RESULT_STATUSES.has(status)) return [`${where}.status is not a GatewayResult status (got ${String(status)})`];
  const problems: string[] = [];
  const needId = (optional: boolean): void => {
    if (r.paymentId === undefined && optional) return;
    if (typeof r.paymentId !== 'string' || r.paymentId === '') problems.push(`${where}.paymentId must be a non-empty string for status ${status}`);
  };
  switch (status) {
    case 'succeeded':
    case 'processing':
      needId(false);
      break;
    case 'requires_action': {
      needId(false);
      const action = r.action as Record<string, unknown> | undefined;
      if (typeof action !== 'object' || action === null || typeof action.type !== 'string' || action.type === '') {
        problems.push(`${where}.action.type must be a non-empty string`);
      }
      break;
    }
    case 'pending_manual': {
      needId(true);
      const ins = r.instructions as Record<string, unknown> | undefined;
      if (typeof ins !== 'object' || ins === null) {
        problems.push(`${where}.instructions must be an object`);
        break;
      }
      if (typeof ins.method !== 'string' || ins.method === '') problems.push(`${where}.instructions.method must be a non-empty string`);
      if (typeof ins.reference !== 'string' || ins.reference === '') problems.push(`${where}.instructions.reference must be a non-empty string`);
      const amount = ins.amount as Record<string, unknown> | undefined;
      if (typeof amount !== 'object' || amount === null || !Number.isSafeInteger(amount.amount) || typeof amount.currency !== 'string') {
        problems.push(`${where}.instructions.amount must be Money`);
      }
      break;
    }
    case 'failed':
      if (!isPaymentError(r.error)) problems.push(`${where}.error must be a PaymentError (isPaymentError)`);
      break;
  }
  return problems;
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Lets `turns` event-loop turns pass (no real time), or until `done()`. */
async function turnsUntil(done: () => boolean, turns: number): Promise<void> {
  for (let i = 0; i < turns && !done(); i++) {
    await new Promise<void>((resolve) => {
      const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
      if (typeof g.setImmediate === 'function') g.setImmediate(resolve);
      else void Promise.resolve().then(resolve);
    });
  }
}

/** Waits until `promise` settles or `ms` of real time pass, leaving no timer behind. */
async function realTimeRace(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  try {
    await Promise.race([promise.then(noop, noop), elapsed]);
  } finally {
    clearTimeout(timer);
  }
}

function noop(): void {}

interface Settled {
  state: 'pending' | 'resolved' | 'rejected';
  value?: unknown;
}

function track(promise: Promise<unknown>): Settled {
  const s: Settled = { state: 'pending' };
  promise.then(
    (value) => {
      s.state = 'resolved';
      s.value = value;
    },
    (reason: unknown) => {
      s.state = 'rejected';
      s.value = reason;
    },
  );
  return s;
}

/** Calls `fn`, turning a synchronous throw into a rejection. */
function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (e) {
    return Promise.reject(e);
  }
}

/** Thrown (and reported as a problem) when a call does not settle in its budget. */
class StuckCallError extends Error {}

/** Awaits an adapter call: driven by `options.run`, or bounded by `callTurns` event-loop turns. */
async function settle<T>(options: ConformanceOptions, what: string, fn: () => Promise<T>): Promise<T> {
  const promise = call(fn);
  if (options.run) {
    try {
      return await options.run(promise);
    } catch (e) {
      if (e instanceof Error && /^VirtualClock/.test(e.name)) throw new StuckCallError(`${what} did not settle: ${e.message}`);
      throw e;
    }
  }
  const state = track(promise);
  const turns = options.callTurns ?? DEFAULT_CALL_TURNS;
  await turnsUntil(() => state.state !== 'pending', turns);
  const graceMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  if (state.state === 'pending' && graceMs > 0) await realTimeRace(promise, graceMs);
  if (state.state === 'pending') {
    throw new StuckCallError(
      `${what} did not settle within ${turns} event-loop turns${graceMs > 0 ? ` and ${graceMs} ms` : ''} (pass options.run to drive a virtual clock)`,
    );
  }
  return promise;
}

interface LedgerLike {
  chargeCount(checkoutId?: string): number;
}

function ledgerOf(adapter: GatewayAdapter): LedgerLike | undefined {
  const ledger = (adapter as { ledger?: unknown }).ledger;
  return typeof ledger === 'object' && ledger !== null && typeof (ledger as LedgerLike).chargeCount === 'function'
    ? (ledger as LedgerLike)
    : undefined;
}

/** Things thrown at `normalizeError`, from ordinary to hostile. */
function hostileThrowables(): [string, unknown][] {
  const cyclic: Record<string, unknown> = { message: 'cyclic' };
  cyclic.self = cyclic;
  const cyclicError = new Error('cyclic cause');
  (cyclicError as { cause?: unknown }).cause = cyclicError;
  const throwingGetters = Object.defineProperties(
    {},
    {
      message: { get: () => { throw new Error('getter'); }, enumerable: true },
      status: { get: () => { throw new Error('getter'); }, enumerable: true },
      code: { get: () => { throw new Error('getter'); }, enumerable: true },
    },
  );
  return [
    ['an Error', new Error('boom')],
    ['a TypeError (fetch failed)', new TypeError('Failed to fetch')],
    ['an AbortError', Object.assign(new Error('aborted'), { name: 'AbortError' })],
    ['a string', 'something went wrong'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a symbol', Symbol('s')],
    ['a plain object', { message: 'plain', status: 503 }],
    ['an HTTP-like 429', { status: 429, headers: { 'retry-after': '2' } }],
    ['a cyclic object', cyclic],
    ['an Error whose cause is itself', cyclicError],
    ['an object with throwing getters', throwingGetters],
    ['a frozen empty object', Object.freeze(Object.create(null) as object)],
  ];
}

/** Secrets planted in thrown values; none may come out of `message` or `toJSON()`. */
const PLANTED_SECRETS = ['4242424242424242', '4242 4242 4242 4242', '4000-0566-5566-5556', 'sk_live_51HconformanceSecretKey00', 'pi_3Mconf_secret_Zx9yW8vU7t', 'Bearer eyJconformance.token.value'];

function secretThrowables(): [string, unknown][] {
  return [
    ['an Error with a card number', new Error('card 4242 4242 4242 4242 was declined')],
    ['a string with a dashed card number', 'number 4000-0566-5566-5556 failed'],
    ['an object with a secret key and auth header', { message: 'auth failed for sk_live_51HconformanceSecretKey00', headers: { Authorization: 'Bearer eyJconformance.token.value' } }],
    ['an HTTP error with a client secret', { status: 400, message: 'No such payment_intent: pi_3Mconf_secret_Zx9yW8vU7t' }],
    ['a nested card object', { status: 402, body: { card: { number: '4242424242424242', cvc: '123' } } }],
  ];
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (e) {
    return `<<toJSON output not serialisable: ${e instanceof Error ? e.message : String(e)}>>`;
  }
}

/** The contract checks, in order. */
export const CONFORMANCE_CHECKS: readonly ConformanceCheck[] = Object.freeze([
  {
    name: 'has a stable id, a label and a kind',
    async run(adapter) {
      const problems: string[] = [];
      if (typeof adapter.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(adapter.id)) {
        problems.push(`id must be a non-empty string without spaces (used in flags as gateway.<id>), got ${JSON.stringify(adapter.id)}`);
      }
      if (typeof adapter.label !== 'string' || adapter.label.trim() === '') problems.push('label must be a non-empty string');
      if (adapter.kind !== 'online' && adapter.kind !== 'manual') problems.push(`kind must be 'online' or 'manual', got ${String(adapter.kind)}`);
      if (typeof adapter.confirm !== 'function') problems.push('confirm must be a function');
      if (typeof adapter.normalizeError !== 'function') problems.push('normalizeError must be a function');
      for (const key of ['supports', 'load', 'retrieve', 'handleAction'] as const) {
        if (adapter[key] !== undefined && typeof adapter[key] !== 'function') problems.push(`${key}, when present, must be a function`);
      }
      return problems;
    },
  },
  {
    name: 'supports answers a boolean and never throws',
    async run(adapter, options) {
      if (!adapter.supports) return [];
      const problems: string[] = [];
      for (const money of [options.money ?? DEFAULT_MONEY, { amount: 1, currency: 'JPY' }, { amount: 99_999_999, currency: 'KWD' }]) {
        try {
          const answer = adapter.supports({ money });
          if (typeof answer !== 'boolean') problems.push(`supports(${money.currency}) returned ${typeOf(answer)}, not a boolean`);
        } catch (e) {
          problems.push(`supports(${money.currency}) threw: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      if (adapter.supports({ money: options.money ?? DEFAULT_MONEY }) === false) {
        problems.push('supports() refuses the conformance money: pass options.money that this adapter takes');
      }
      return problems;
    },
  },
  {
    name: 'normalizeError returns a PaymentError for anything thrown, and never throws',
    async run(adapter) {
      const problems: string[] = [];
      for (const [label, thrown] of hostileThrowables()) {
        try {
          const error = adapter.normalizeError(thrown);
          if (!isPaymentError(error)) problems.push(`normalizeError(${label}) did not return a PaymentError`);
          else if (!isPaymentErrorCode(error.code)) problems.push(`normalizeError(${label}) returned an unknown code ${String(error.code)}`);
          else safeStringify(error.toJSON());
        } catch (e) {
          problems.push(`normalizeError(${label}) threw: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      return problems;
    },
  },
  {
    name: 'normalizeError keeps a PaymentError’s code and outcome',
    async run(adapter) {
      const problems: string[] = [];
      const original = new PaymentError({ code: 'rate_limited', retryAfterMs: 1500, gatewayId: adapter.id });
      const back = adapter.normalizeError(original);
      if (!isPaymentError(back) || back.code !== 'rate_limited' || back.retryAfterMs !== 1500 || back.chargeOutcome !== 'none') {
        problems.push('normalizeError(PaymentError) must keep code, retryAfterMs and chargeOutcome');
      }
      return problems;
    },
  },
  {
    name: 'errors never carry card numbers, secret keys, client secrets or auth headers',
    async run(adapter) {
      const problems: string[] = [];
      for (const [label, thrown] of secretThrowables()) {
        let text = '';
        try {
          const error = adapter.normalizeError(thrown);
          text = `${error.message}\n${safeStringify(error.toJSON())}`;
        } catch (e) {
          problems.push(`normalizeError(${label}) threw: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        for (const secret of PLANTED_SECRETS) {
          if (text.includes(secret)) problems.push(`normalizeError(${label}): message or toJSON() contains ${secret.slice(0, 7)}…`);
        }
        if (/"cvc"\s*:\s*"123"/.test(text)) problems.push(`normalizeError(${label}): toJSON() contains the CVC`);
      }
      return problems;
    },
  },
  {
    name: 'confirm answers a valid GatewayResult',
    async run(adapter, options) {
      const checkoutId = freshId('checkout');
      let result: unknown;
      try {
        result = await settle(options, 'confirm()', () =>
          adapter.confirm(request(options, checkoutId), context(options, freshId('key'), new AbortController().signal)),
        );
      } catch (e) {
        if (e instanceof StuckCallError) return [e.message];
        return [`confirm with the success method threw: ${describeThrown(adapter, e)}`];
      }
      const problems = gatewayResultProblems(result, 'confirm()');
      if (problems.length === 0 && (result as GatewayResult).status === 'failed') {
        problems.push('confirm with the success method answered failed: pass options.successMethod that this adapter charges');
      }
      if (adapter.kind === 'manual' && problems.length === 0 && (result as GatewayResult).status !== 'pending_manual') {
        problems.push(`a manual adapter must answer pending_manual, got ${(result as GatewayResult).status}`);
      }
      return problems;
    },
  },
  {
    name: 'an already-aborted signal is honoured: nothing charged, settles at once',
    async run(adapter, options) {
      const controller = new AbortController();
      controller.abort(new Error('conformance: aborted before the call'));
      const checkoutId = freshId('checkout');
      const settled = track(call(() => adapter.confirm(request(options, checkoutId), context(options, freshId('key'), controller.signal))));
      await turnsUntil(() => settled.state !== 'pending', options.abortTurns ?? DEFAULT_ABORT_TURNS);
      const problems: string[] = [];
      if (settled.state === 'pending') problems.push('confirm with an aborted signal did not settle');
      if (settled.state === 'rejected' && !isPaymentError(safeNormalize(adapter, settled.value))) {
        problems.push('the rejection of an aborted confirm does not normalise to a PaymentError');
      }
      if (settled.state === 'resolved' && adapter.kind === 'online') {
        const status = (settled.value as GatewayResult | undefined)?.status;
        if (status === 'succeeded' || status === 'processing') problems.push(`confirm with an aborted signal charged (answered ${status})`);
      }
      const ledger = ledgerOf(adapter);
      if (ledger && ledger.chargeCount(checkoutId) > 0) problems.push('confirm with an aborted signal wrote a charge to the ledger');
      return problems;
    },
  },
  {
    name: 'an abort during the call is honoured: it settles promptly',
    async run(adapter, options) {
      const controller = new AbortController();
      const settled = track(
        call(() => adapter.confirm(request(options, freshId('checkout')), context(options, freshId('key'), controller.signal))),
      );
      await Promise.resolve();
      controller.abort(new Error('conformance: aborted during the call'));
      await turnsUntil(() => settled.state !== 'pending', options.abortTurns ?? DEFAULT_ABORT_TURNS);
      const problems: string[] = [];
      if (settled.state === 'pending') problems.push(`confirm did not settle within ${options.abortTurns ?? DEFAULT_ABORT_TURNS} event-loop turns of its signal aborting`);
      if (settled.state === 'resolved') problems.push(...gatewayResultProblems(settled.value, 'confirm() after abort'));
      if (settled.state === 'rejected' && !isPaymentError(safeNormalize(adapter, settled.value))) {
        problems.push('the rejection of an aborted confirm does not normalise to a PaymentError');
      }
      return problems;
    },
  },
  {
    name: 'the same idempotency key never charges twice',
    async run(adapter, options) {
      const ledger = ledgerOf(adapter);
      const checkoutId = freshId('checkout');
      const key = freshId('key');
      const results: GatewayResult[] = [];
      for (const attempt of [1, 2]) {
        try {
          results.push(
            await settle(options, `confirm() attempt ${attempt}`, () =>
              adapter.confirm(request(options, checkoutId), context(options, key, new AbortController().signal, attempt)),
            ),
          );
        } catch (e) {
          if (e instanceof StuckCallError) return [e.message];
          return [`confirm attempt ${attempt} threw: ${describeThrown(adapter, e)}`];
        }
      }
      const [first, second] = results as [GatewayResult, GatewayResult];
      const problems = [...gatewayResultProblems(first, 'first confirm()'), ...gatewayResultProblems(second, 'second confirm()')];
      if (problems.length > 0) return problems;
      if (ledger && ledger.chargeCount(checkoutId) > 1) problems.push(`ledger shows ${ledger.chargeCount(checkoutId)} charges for one key`);
      if ('paymentId' in first && 'paymentId' in second && first.paymentId !== second.paymentId) {
        problems.push(`a repeat with the same key answered another payment (${String(first.paymentId)} then ${String(second.paymentId)})`);
      }
      if (first.status === 'pending_manual' && second.status === 'pending_manual' && first.instructions.reference !== second.instructions.reference) {
        problems.push('a repeat for the same checkout answered another transfer reference');
      }
      if (adapter.retrieve && (first.status === 'succeeded' || first.status === 'processing')) {
        try {
          const found = await settle(options, 'retrieve()', () =>
            adapter.retrieve!({ checkoutId, idempotencyKey: key, paymentId: first.paymentId }, context(options, key, new AbortController().signal)),
          );
          problems.push(...gatewayResultProblems(found, 'retrieve()'));
          if ('paymentId' in found && found.paymentId !== first.paymentId) problems.push('retrieve() found another payment than confirm() made');
          if (found.status === 'failed') problems.push('retrieve() did not find the payment confirm() made');
        } catch (e) {
          problems.push(e instanceof StuckCallError ? e.message : `retrieve() of a payment just made threw: ${describeThrown(adapter, e)}`);
        }
      }
      return problems;
    },
  },
  {
    name: 'retrieve never reports success for a payment that was never made',
    async run(adapter, options) {
      if (!adapter.retrieve) return [];
      const key = freshId('never');
      try {
        const found = await settle(options, 'retrieve()', () =>
          adapter.retrieve!({ checkoutId: freshId('checkout'), idempotencyKey: key }, context(options, key, new AbortController().signal)),
        );
        const problems = gatewayResultProblems(found, 'retrieve()');
        if (found.status === 'succeeded' || found.status === 'processing') problems.push(`retrieve() of an unknown key answered ${found.status}`);
        return problems;
      } catch (e) {
        if (e instanceof StuckCallError) return [e.message];
        return isPaymentError(safeNormalize(adapter, e)) ? [] : ['retrieve() threw something normalizeError cannot handle'];
      }
    },
  },
]);

function safeNormalize(adapter: GatewayAdapter, e: unknown): unknown {
  try {
    return adapter.normalizeError(e);
  } catch {
    return undefined;
  }
}

function describeThrown(adapter: GatewayAdapter, e: unknown): string {
  const error = safeNormalize(adapter, e);
  return isPaymentError(error) ? `${error.code}: ${error.message}` : String(e);
}

/**
 * Runs every contract check on one adapter and resolves their problems, for
 * use without a test runner (a script, a REPL). An empty `problems` list per
 * check means the adapter conforms.
 */
export async function checkAdapterConformance(
  createAdapter: () => GatewayAdapter | Promise<GatewayAdapter>,
  options: ConformanceOptions = {},
): Promise<ConformanceResult[]> {
  const results: ConformanceResult[] = [];
  for (const check of CONFORMANCE_CHECKS) {
    let problems: string[];
    try {
      problems = await check.run(await createAdapter(), options);
    } catch (e) {
      problems = [`the check itself failed: ${e instanceof Error ? e.message : String(e)}`];
    }
    results.push({ name: check.name, problems });
  }
  return results;
}

/**
 * Registers the gateway contract checks as tests with your runner. Each test
 * builds a fresh adapter with `createAdapter` and expects its list of problems
 * to equal `[]`, so a failure says exactly what is wrong.
 *
 * ```ts
 * import { test, expect } from 'vitest';
 * import { runAdapterConformance } from 'react-secure-payments/testing';
 *
 * runAdapterConformance(() => createMyGateway({ apiKey: 'test' }), { test, expect, name: 'my gateway' });
 * ```
 */
export function runAdapterConformance(
  createAdapter: () => GatewayAdapter | Promise<GatewayAdapter>,
  options: RunAdapterConformanceOptions,
): void {
  const { test, expect, ...rest } = options;
  if (typeof test !== 'function' || typeof expect !== 'function') {
    throw new TypeError('runAdapterConformance: pass your runner’s { test, expect } (e.g. from vitest).');
  }
  const prefix = rest.name ?? 'gateway conformance';
  for (const check of CONFORMANCE_CHECKS) {
    test(`${prefix}: ${check.name}`, async () => {
      const adapter = await createAdapter();
      expect(await check.run(adapter, rest)).toEqual([]);
    });
  }
}
