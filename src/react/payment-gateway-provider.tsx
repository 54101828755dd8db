import type { ReactNode } from 'react';
import { createPaymentClient } from '../core/client/create-payment-client';
import type { PaymentClient, PaymentClientOptions } from '../core/types';
import { PaymentClientContext } from './payment-client-context';
import { useConstant } from './use-constant';

/** `PaymentGatewayProvider` with a client you made yourself (once, outside render). */
export interface PaymentGatewayProviderClientProps {
  client: PaymentClient;
  children?: ReactNode;
}

/**
 * `PaymentGatewayProvider` with the client's options as props: the provider
 * makes the client once, on first render. Later changes of the options are
 * ignored (like a Stripe instance given to `<Elements>`): remount the provider
 * with a new `key` to start over.
 */
export type PaymentGatewayProviderOptionsProps = PaymentClientOptions & {
  client?: undefined;
  children?: ReactNode;
};

/** Props of `PaymentGatewayProvider`: a `client`, or the options of `createPaymentClient`. */
export type PaymentGatewayProviderProps = PaymentGatewayProviderClientProps | PaymentGatewayProviderOptionsProps;

/**
 * Makes one `PaymentClient` available to the hooks and components below it.
 *
 * ```tsx
 * <PaymentGatewayProvider client={client}>…</PaymentGatewayProvider>
 * <PaymentGatewayProvider gateways={[createSimulatedGateway()]}>…</PaymentGatewayProvider>
 * ```
 *
 * Given options, it creates the client exactly once per mounted provider:
 * re-renders and StrictMode's double render and double mount make no second
 * one. The provider subscribes to nothing itself; hooks below subscribe in
 * effects and unsubscribe on unmount.
 *
 * @throws PaymentError `configuration_error` naming the field when the options are invalid.
 */
export function PaymentGatewayProvider(props: PaymentGatewayProviderProps): ReactNode {
  const { children, client: given, ...options } = props;
  const created = useConstant(() => (given ? null : createPaymentClient(options as PaymentClientOptions)));
  const client = given ?? created;
  if (!client) {
    // Switched from options to no client after the first render: keep the promise of one client per provider.
    throw new Error('PaymentGatewayProvider: pass either `client` or the client options from the first render on, not both in turn.');
  }
  return <PaymentClientContext.Provider value={client}>{children}</PaymentClientContext.Provider>;
}
