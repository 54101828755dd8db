import { createContext, useContext } from 'react';
import type { PaymentClient } from '../core/types';

/**
 * Holds the one `PaymentClient` of a `PaymentGatewayProvider`. Internal: read
 * it with `usePaymentClient()`, which fails with a message naming the call site.
 */
export const PaymentClientContext = createContext<PaymentClient | null>(null);
PaymentClientContext.displayName = 'PaymentClientContext';

/**
 * Reads the provider's client, or throws an error that names the hook the
 * developer called and says what to wrap (as react-stripe-js does for Elements).
 *
 * @param hookName - the public hook or component the call came from, e.g. `'useCheckout'`.
 */
export function useRequiredPaymentClient(hookName: string): PaymentClient {
  const client = useContext(PaymentClientContext);
  if (client === null) {
    throw new Error(missingProviderMessage(hookName));
  }
  return client;
}

/** The missing-provider message for `name` (a hook like `useCheckout` or a component like `<SecurePaymentProcessor>`). */
export function missingProviderMessage(name: string): string {
  const callSite = name.startsWith('<') ? name : `${name}()`;
  return (
    `${callSite}: could not find the payment client. ` +
    `Wrap the part of your app that ${name.startsWith('<') ? 'renders' : 'calls'} ${callSite} in <PaymentGatewayProvider>.`
  );
}
