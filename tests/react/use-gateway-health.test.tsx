import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import { useGatewayHealth } from '../../src/react/use-gateway-health';
import { createFakeClient } from './fakes';

describe('useGatewayHealth', () => {
  it('returns the client health and follows subscribeHealth', () => {
    const client = createFakeClient();
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentGatewayProvider client={client}>{children}</PaymentGatewayProvider>;
    const { result, unmount } = renderHook(() => useGatewayHealth(), { wrapper });
    expect(result.current).toEqual([{ gatewayId: 'sim', circuit: 'closed', successes: 0, failures: 0, consecutiveFailures: 0, latencyMs: [] }]);
    act(() => client.setHealth([{ gatewayId: 'sim', circuit: 'open', successes: 1, failures: 5, consecutiveFailures: 5, latencyMs: [10] }]));
    expect(result.current[0]?.circuit).toBe('open');
    expect(client.healthListenerCount()).toBe(1);
    unmount();
    expect(client.healthListenerCount()).toBe(0);
  });
});
