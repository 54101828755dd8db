import { PaymentError, toPaymentError } from '../core/errors';

/**
 * Turns anything the simulated gateway (or a server-confirm callback it
 * calls) throws into a `PaymentError`, through the core's `toPaymentError`.
 * Never throws: a value that even `toPaymentError` cannot read (a throwing
 * getter) becomes `unknown`.
 */
export function normalizeSimulatedError(error: unknown, gatewayId: string): PaymentError {
  try {
    return toPaymentError(error, gatewayId);
  } catch {
    return new PaymentError({ code: 'unknown', gatewayId, message: 'Unreadable error thrown by the simulated gateway.' });
  }
}
