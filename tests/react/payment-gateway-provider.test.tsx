import { StrictMode, type ReactNode } from 'react';
import { render, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import { usePaymentClient } from '../../src/react/use-payment-client';
import { usePaymentEvents } from '../../src/react/use-payment-events';
import { createFakeClient } from './fakes';

describe('PaymentGatewayProvider', () => {
  it('given a client, hooks below read that client', () => {
    const client = createFakeClient();
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentGatewayProvider client={client}>{children}</PaymentGatewayProvider>;
    const { result } = renderHook(() => usePaymentClient(), { wrapper });
    expect(result.current).toBe(client);
  });

  it('under StrictMode, subscriptions are not leaked by the double mount and end on unmount', () => {
    const client = createFakeClient();
    function Listener() {
      usePaymentEvents(() => {});
      return null;
    }
    const { unmount } = render(
      <StrictMode>
        <PaymentGatewayProvider client={client}>
          <Listener />
        </PaymentGatewayProvider>
      </StrictMode>,
    );
    expect(client.eventListenerCount()).toBe(1);
    unmount();
    expect(client.eventListenerCount()).toBe(0);
  });
});
