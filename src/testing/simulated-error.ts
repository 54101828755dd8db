import { isPaymentError, PaymentError, type PaymentErrorCode } from '../core/errors';

/**
 * Turns anything the simulated gateway (or a server-confirm callback it
 * calls) throws into a `PaymentError`. Never throws.
 *
 * Local mapping until the core's `toPaymentError` is available; the shapes
 * understood are the ones simulated faults produce.
 */
export function normalizeSimulatedError(error: unknown, gatewayId: string): PaymentError {
  try {
    if (isPaymentError(error)) return error;
    const name = readString(error, 'name');
    if (name === 'AbortError') return new PaymentError({ code: 'canceled', gatewayId, cause: error });
    if (name === 'TimeoutError') return new PaymentError({ code: 'timeout', gatewayId, cause: error });
    const status = readNumber(error, 'status') ?? readNumber(error, 'statusCode');
    if (status !== undefined) return fromStatus(status, gatewayId, error);
    if (error instanceof TypeError) {
      // fetch's "Failed to fetch": the request may or may not have left.
      return new PaymentError({ code: 'network_error', gatewayId, cause: error });
    }
    return new PaymentError({ code: 'unknown', gatewayId, cause: describe(error) });
  } catch {
    return new PaymentError({ code: 'unknown', gatewayId });
  }
}

function fromStatus(status: number, gatewayId: string, cause: unknown): PaymentError {
  let code: PaymentErrorCode = 'unknown';
  if (status === 429) code = 'rate_limited';
  else if (status === 408) code = 'timeout';
  else if (status === 502 || status === 503 || status === 504) code = 'gateway_unavailable';
  else if (status >= 500) code = 'processing_error';
  else if (status === 402) code = 'card_declined';
  else if (status >= 400) code = 'invalid_request';
  return new PaymentError({ code, gatewayId, message: `Simulated gateway answered HTTP ${status}.`, cause: describe(cause) });
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

function readNumber(value: unknown, key: string): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A flat, cycle-free summary of a thrown value, safe to keep as a cause. */
function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (value === null || typeof value !== 'object') return value;
  return { message: readString(value, 'message') ?? Object.prototype.toString.call(value) };
}
