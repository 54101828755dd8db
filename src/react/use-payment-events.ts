import { useEffect, useRef } from 'react';
import type { PaymentEvent } from '../core/types';
import { useRequiredPaymentClient } from './payment-client-context';

/**
 * Calls `listener` with every event of the provider's client (already
 * redacted by the engine). The latest `listener` is kept in a ref, so passing
 * a new function each render does not re-subscribe; the subscription ends on
 * unmount.
 *
 * @throws Error naming `usePaymentEvents()` when there is no provider above.
 */
export function usePaymentEvents(listener: (event: PaymentEvent) => void): void {
  const client = useRequiredPaymentClient('usePaymentEvents');
  const listenerRef = useRef(listener);
  useEffect(() => {
    listenerRef.current = listener;
  }, [listener]);
  useEffect(() => client.subscribeEvents((event) => listenerRef.current(event)), [client]);
}
