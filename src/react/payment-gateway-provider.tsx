import type { ReactNode } from 'react';
import type { PaymentClient } from '../core/types';
import { PaymentClientContext } from './payment-client-context';
import { useConstant } from './use-constant';

/** Props of `PaymentGatewayProvider` when you made the client yourself. */
export interface PaymentGatewayProviderProps {
  /** The client every hook and component below uses. Make it once, outside render. */
  client: PaymentClient;
  children?: ReactNode;
}

/**
 * Makes one `PaymentClient` available to the hooks and components below it.
 *
 * ```tsx
 * <PaymentGatewayProvider client={client}>…</PaymentGatewayProvider>
 * ```
 */
export function PaymentGatewayProvider(props: PaymentGatewayProviderProps): ReactNode {
  const client = useConstant(() => props.client);
  return <PaymentClientContext.Provider value={client}>{props.children}</PaymentClientContext.Provider>;
}
