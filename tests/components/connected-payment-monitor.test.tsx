import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConnectedPaymentMonitor } from '../../src/components/connected-payment-monitor';
import type { GatewayHealth, PaymentClient, PaymentEvent } from '../../src/core/types';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';

/** Just the health and event surface of a client, with handles to drive it. */
function makeMonitoredClient() {
  let health: GatewayHealth[] = [{ gatewayId: 'stripe', circuit: 'closed', successes: 0, failures: 0, consecutiveFailures: 0, latencyMs: [] }];
  const healthListeners = new Set<() => void>();
  const eventListeners = new Set<(e: PaymentEvent) => void>();
  const client = {
    gatewayHealth: () => health,
    subscribeHealth: (l: () => void) => {
      healthListeners.add(l);
      return () => healthListeners.delete(l);
    },
    subscribeEvents: (l: (e: PaymentEvent) => void) => {
      eventListeners.add(l);
      return () => eventListeners.delete(l);
    },
  } as unknown as PaymentClient;
  return {
    client,
    eventListeners,
    setHealth(next: GatewayHealth[]) {
      health = next;
      healthListeners.forEach((l) => l());
    },
    emit(e: PaymentEvent) {
      eventListeners.forEach((l) => l(e));
    },
  };
}

describe('ConnectedPaymentMonitor', () => {
  it('shows the client’s health and the events it emits after mount, newest first, capped', () => {
    const sim = makeMonitoredClient();
    const { unmount } = render(
      <StrictMode>
        <PaymentGatewayProvider client={sim.client}>
          <ConnectedPaymentMonitor maxEvents={2} />
        </PaymentGatewayProvider>
      </StrictMode>,
    );
    expect(screen.getByText('Closed')).toBeInTheDocument();
    expect(sim.eventListeners.size).toBe(1); // StrictMode's second mount left no extra subscription

    act(() => {
      sim.setHealth([{ gatewayId: 'stripe', circuit: 'open', successes: 1, failures: 5, consecutiveFailures: 5, latencyMs: [200, 400] }]);
      sim.emit({ type: 'attempt.started', gatewayId: 'stripe', attempt: 1, at: 1 });
      sim.emit({ type: 'attempt.failed', gatewayId: 'stripe', attempt: 1, at: 2 });
      sim.emit({ type: 'circuit.opened', gatewayId: 'stripe', at: 3 });
    });
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'p50 300 ms, last 400 ms' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-type'))).toEqual(['circuit.opened', 'attempt.failed']);
    expect(screen.getByText('Latest 2 of 3 events')).toBeInTheDocument();

    unmount();
    expect(sim.eventListeners.size).toBe(0);
  });

  it('names itself and the provider when rendered without one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ConnectedPaymentMonitor />)).toThrow(/useGatewayHealth\(\).*PaymentGatewayProvider/);
  });
});
