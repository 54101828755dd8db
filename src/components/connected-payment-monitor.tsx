import { useState } from 'react';
import type { PaymentEvent } from '../core/types';
import { useGatewayHealth } from '../react/use-gateway-health';
import { usePaymentEvents } from '../react/use-payment-events';
import { PaymentMonitor, type PaymentMonitorProps } from './payment-monitor';

/** Props of {@link ConnectedPaymentMonitor}: those of `PaymentMonitor` without the data. */
export type ConnectedPaymentMonitorProps = Omit<PaymentMonitorProps, 'health' | 'events'>;

/**
 * `PaymentMonitor` fed by the provider's client: health from
 * `useGatewayHealth()`, events collected from `usePaymentEvents()` since
 * mount (the newest `maxEvents` are kept).
 *
 * @throws Error naming the hook when there is no `PaymentGatewayProvider` above.
 */
export function ConnectedPaymentMonitor(props: ConnectedPaymentMonitorProps) {
  const maxEvents = props.maxEvents !== undefined && Number.isInteger(props.maxEvents) && props.maxEvents > 0 ? props.maxEvents : 20;
  const health = useGatewayHealth();
  const [log, setLog] = useState<{ events: PaymentEvent[]; total: number }>({ events: [], total: 0 });
  usePaymentEvents((event) => {
    setLog((prev) => ({ events: [...prev.events, event].slice(-maxEvents), total: prev.total + 1 }));
  });
  return <PaymentMonitor {...props} maxEvents={maxEvents} health={health} events={log.events} totalEvents={log.total} />;
}
