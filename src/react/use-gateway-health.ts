import { useCallback, useSyncExternalStore } from 'react';
import type { GatewayHealth } from '../core/types';
import { useRequiredPaymentClient } from './payment-client-context';

/**
 * Health of every gateway of the provider's client (circuit state, counts,
 * recent latency), re-rendering when `client.subscribeHealth` reports a change.
 *
 * @throws Error naming `useGatewayHealth()` when there is no provider above.
 */
export function useGatewayHealth(): GatewayHealth[] {
  const client = useRequiredPaymentClient('useGatewayHealth');
  const subscribe = useCallback((listener: () => void) => client.subscribeHealth(listener), [client]);
  const getSnapshot = useCallback(() => client.gatewayHealth(), [client]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
