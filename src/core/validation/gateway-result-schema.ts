import * as z from 'zod/mini';
import { PaymentError, isPaymentError } from '../errors/payment-error';
import type { GatewayResult } from '../types';

const id = z.string().check(z.minLength(1));
const money = z.object({ amount: z.number(), currency: z.string() });

/** The shape every `GatewayResult` must have (invariant 8). */
export const gatewayResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('succeeded'), paymentId: id }),
  z.object({ status: z.literal('processing'), paymentId: id }),
  z.object({
    status: z.literal('requires_action'),
    paymentId: id,
    action: z.object({ type: id, url: z.optional(z.string()), data: z.optional(z.record(z.string(), z.unknown())) }),
  }),
  z.object({
    status: z.literal('pending_manual'),
    paymentId: z.optional(id),
    instructions: z.object({ method: id, reference: id, amount: money }),
  }),
  z.object({ status: z.literal('failed'), error: z.custom<PaymentError>(isPaymentError, { message: 'expected a PaymentError' }) }),
]);

/** `"a.b: message"` of a zod error's first issue: names the field. */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.map(String).join('.');
  return `${path || '(value)'}: ${issue.message}`;
}

/**
 * Checks what a gateway call returned. A malformed result throws a
 * `configuration_error` naming the adapter, the call and the field, with
 * `chargeOutcome: 'unknown'` — it may hide a charge, so it is reconciled.
 */
export function validateGatewayResult(value: unknown, gatewayId: string, operation: string): GatewayResult {
  const parsed = gatewayResultSchema.safeParse(value);
  if (parsed.success) return value as GatewayResult;
  throw new PaymentError({
    code: 'configuration_error',
    chargeOutcome: 'unknown',
    gatewayId,
    message: `Gateway "${gatewayId}" ${operation}() returned a malformed result: ${describeIssue(parsed.error)}.`,
  });
}
