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
});

/** `Record<string, boolean>` or `{ isEnabled(flag, fallback) }`: a typo'd flag value must not silently enable a gateway. */
const flagsSchema = z.union([z.object({ isEnabled: fn }), z.record(z.string(), z.boolean())]);

/** A limit under a lower-case or unknown-shaped currency key would never apply: rejected, not ignored. */
const riskSchema = z.object({
  maxAmount: z.optional(z.record(z.string().check(z.regex(/^[A-Z]{3}$/, { message: 'currency keys must be upper-case ISO 4217 codes' })), z.number().check(z.int(), z.minimum(0)))),
  maxAttempts: z.optional(z.object({ count: z.number().check(z.int(), z.minimum(0)), windowMs: z.number().check(z.minimum(1)) })),
  stepUpAfterDeclines: z.optional(z.number().check(z.int(), z.minimum(0))),
  verifyStepUp: optionalFn,
  blockedCountries: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 code' })))),
});

/** The shape of `PaymentClientOptions` (functions checked as functions). */
export const paymentClientOptionsSchema = z.object({
  gateways: z.array(adapterSchema).check(z.minLength(1)),
  retry: z.optional(z.object({ maxAttempts: count, baseDelayMs: ms, maxDelayMs: ms, attemptTimeoutMs: z.optional(z.number().check(z.minimum(1))) })),
  circuitBreaker: z.optional(z.union([z.literal(false), z.object({ failureThreshold: count, cooldownMs: ms })])),
  processing: z.optional(z.object({ pollIntervalMs: z.optional(z.number().check(z.minimum(1))), maxPollMs: ms })),
  offerManualWhenOutcomeUnknown: z.optional(z.boolean()),
  flags: z.optional(flagsSchema),
  risk: z.optional(riskSchema),
  notifiers: z.optional(z.array(z.object({ name: z.string(), notify: fn }))),
  reporter: z.optional(z.object({ captureError: fn })),
  onEvent: optionalFn,
  clock: z.optional(z.object({ now: fn, sleep: fn })),
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
