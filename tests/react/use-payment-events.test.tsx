import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PaymentEvent } from '../../src/core/types';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import { usePaymentEvents } from '../../src/react/use-payment-events';
import { createFakeClient } from './fakes';

describe('usePaymentEvents', () => {
  it('calls the latest listener without re-subscribing on re-render', () => {
    const client = createFakeClient();
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentGatewayProvider client={client}>{children}</PaymentGatewayProvider>;
    const first = vi.fn();
    const second = vi.fn();
    const subscribe = vi.spyOn(client, 'subscribeEvents');
    const { rerender } = renderHook(({ listener }) => usePaymentEvents(listener), { wrapper, initialProps: { listener: first } });
    rerender({ listener: second });
    const event: PaymentEvent = { type: 'checkout.started', checkoutId: 'co_1', at: 0 };
    act(() => client.emitEvent(event));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(event);
    expect(subscribe).toHaveBeenCalledTimes(1);
  });
});
