import type { PaymentClient } from '../core/types';
import { useRequiredPaymentClient } from './payment-client-context';

/**
 * The `PaymentClient` of the nearest `PaymentGatewayProvider`.
 *
 * @throws Error naming `usePaymentClient()` when there is no provider above.
 */
export function usePaymentClient(): PaymentClient {
  return useRequiredPaymentClient('usePaymentClient');
}
