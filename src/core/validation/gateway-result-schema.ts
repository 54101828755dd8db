import * as z from 'zod/mini';
import { PaymentError, isPaymentError } from '../errors/payment-error';
import type { GatewayResult } from '../types';

const id = z.string().check(z.minLength(1));
const object = z.custom<object>((v) => typeof v === 'object' && v !== null, { message: 'expected an object' });

/** One zod/mini schema per `GatewayResult` status (picked by `status`, so errors name the field). */
export const gatewayResultSchemas = {
  succeeded: z.object({ paymentId: id }),
  processing: z.object({ paymentId: id }),
  requires_action: z.object({ paymentId: id, action: z.object({ type: id, url: z.optional(z.string()), data: z.optional(object) }) }),
  pending_manual: z.object({
    paymentId: z.optional(id),
    instructions: z.object({ method: id, reference: id, amount: z.object({ amount: z.number(), currency: z.string() }) }),
  }),
  failed: z.object({ error: z.custom<PaymentError>(isPaymentError, { message: 'expected a PaymentError' }) }),
};

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
  const status = (value as { status?: unknown } | null)?.status;
  const schema = typeof status === 'string' && Object.hasOwn(gatewayResultSchemas, status) ? gatewayResultSchemas[status as GatewayResult['status']] : undefined;
  const parsed = schema?.safeParse(value);
  if (parsed?.success) return value as GatewayResult;
  throw new PaymentError({
    code: 'configuration_error',
    chargeOutcome: 'unknown',
    gatewayId,
    message: `Gateway "${gatewayId}" ${operation}() returned a malformed result: ${parsed ? describeIssue(parsed.error) : `status: expected one of ${Object.keys(gatewayResultSchemas).join(', ')}`}.`,
  });
}
