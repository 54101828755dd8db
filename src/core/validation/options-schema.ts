import * as z from 'zod/mini';
import { PaymentError } from '../errors/payment-error';
import type { PaymentClientOptions } from '../types';
import { describeIssue } from './gateway-result-schema';

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { message: 'expected a function' });
const optionalFn = z.optional(fn);
const count = z.optional(z.number().check(z.int(), z.minimum(1)));
const ms = z.optional(z.number().check(z.minimum(0)));

const adapterSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  kind: z.literal(['online', 'manual']),
  supports: optionalFn,
  load: optionalFn,
  confirm: fn,
  retrieve: optionalFn,
  handleAction: optionalFn,
  normalizeError: fn,
  timeouts: z.optional(
    z.object({
      confirmMs: z.optional(z.number().check(z.minimum(1))),
      retrieveMs: z.optional(z.number().check(z.minimum(1))),
      handleActionMs: z.optional(z.number().check(z.minimum(1))),
    }),
  ),
});

/** The shape of `PaymentClientOptions` (functions checked as functions). */
export const paymentClientOptionsSchema = z.object({
  gateways: z.array(adapterSchema).check(z.minLength(1)),
  retry: z.optional(z.object({ maxAttempts: count, baseDelayMs: ms, maxDelayMs: ms, attemptTimeoutMs: z.optional(z.number().check(z.minimum(1))) })),
  circuitBreaker: z.optional(z.union([z.literal(false), z.object({ failureThreshold: count, cooldownMs: ms })])),
  processing: z.optional(z.object({ pollIntervalMs: z.optional(z.number().check(z.minimum(1))), maxPollMs: ms })),
  offerManualWhenOutcomeUnknown: z.optional(z.boolean()),
  notifiers: z.optional(z.array(z.object({ name: z.string(), notify: fn }))),
  reporter: z.optional(z.object({ captureError: fn })),
  onEvent: optionalFn,
  clock: z.optional(z.object({ now: fn, sleep: fn, schedule: z.optional(fn) })),
  random: optionalFn,
  generateId: optionalFn,
  storage: z.optional(z.object({ getItem: fn, setItem: fn, removeItem: fn })),
  notifierTimeoutMs: z.optional(z.number().check(z.minimum(1))),
});

/**
 * Checks `createPaymentClient` options; throws a `configuration_error` naming
 * the field (`options.gateways.0.confirm: expected a function`) for bad ones,
 * and for two gateways with one id.
 */
export function validatePaymentClientOptions(options: unknown): PaymentClientOptions {
  const parsed = paymentClientOptionsSchema.safeParse(options);
  if (!parsed.success) throw configError(`options.${describeIssue(parsed.error)}`);
  const value = options as PaymentClientOptions;
  const problem = flagsProblem(value.flags) ?? riskProblem(value.risk);
  if (problem) throw configError(problem);
  const seen = new Set<string>();
  value.gateways.forEach((g, i) => {
    if (seen.has(g.id)) throw configError(`options.gateways.${i}.id: duplicate gateway id "${g.id}"`);
    seen.add(g.id);
  });
  return value;
}

function configError(detail: string): PaymentError {
  return new PaymentError({ code: 'configuration_error', message: `createPaymentClient: ${detail}.` });
}

// `flags` and `risk` are checked by hand (not zod records and regexes): same field-naming
// errors for a fraction of the bundle size.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

/** A `Record<string, boolean>` or `{ isEnabled(flag, fallback) }`: a flag like `'false'` must not silently enable a gateway. */
function flagsProblem(flags: unknown): string | undefined {
  if (flags === undefined) return undefined;
  if (!isObject(flags)) return 'options.flags: expected booleans or { isEnabled }';
  if (typeof flags.isEnabled === 'function') return undefined;
  const bad = Object.keys(flags).find((k) => typeof flags[k] !== 'boolean');
  return bad === undefined ? undefined : `options.flags.${bad}: expected a boolean`;
}

/** Limits that would never apply (a `maxAmount` under `eur`) are errors, not silently ignored. */
function riskProblem(risk: unknown): string | undefined {
  if (risk === undefined) return undefined;
  if (!isObject(risk)) return 'options.risk: expected an object';
  const { maxAmount, maxAttempts, stepUpAfterDeclines, verifyStepUp, blockedCountries, stepUpMaxTries } = risk;
  if (stepUpMaxTries !== undefined && (!isCount(stepUpMaxTries) || (stepUpMaxTries as number) < 1)) return 'options.risk.stepUpMaxTries: expected an integer >= 1';
  if (maxAmount !== undefined) {
    if (!isObject(maxAmount)) return 'options.risk.maxAmount: expected an object';
    for (const [currency, limit] of Object.entries(maxAmount)) {
      if (!/^[A-Z]{3}$/.test(currency)) return `options.risk.maxAmount.${currency}: expected an upper-case ISO 4217 code`;
      if (!isCount(limit)) return `options.risk.maxAmount.${currency}: expected an integer >= 0`;
    }
  }
  if (maxAttempts !== undefined) {
    if (!isObject(maxAttempts)) return 'options.risk.maxAttempts: expected an object';
    if (!isCount(maxAttempts.count)) return 'options.risk.maxAttempts.count: expected an integer >= 0';
    if (typeof maxAttempts.windowMs !== 'number' || !(maxAttempts.windowMs >= 1)) return 'options.risk.maxAttempts.windowMs: expected a number >= 1';
  }
  if (stepUpAfterDeclines !== undefined && !isCount(stepUpAfterDeclines)) return 'options.risk.stepUpAfterDeclines: expected an integer >= 0';
  if (verifyStepUp !== undefined && typeof verifyStepUp !== 'function') return 'options.risk.verifyStepUp: expected a function';
  if (blockedCountries !== undefined) {
    if (!Array.isArray(blockedCountries)) return 'options.risk.blockedCountries: expected an array';
    const i = blockedCountries.findIndex((c) => typeof c !== 'string' || !/^[A-Za-z]{2}$/.test(c));
    if (i >= 0) return `options.risk.blockedCountries.${i}: expected an ISO 3166-1 alpha-2 code`;
  }
  return undefined;
}
