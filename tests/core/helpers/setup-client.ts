import { vi } from 'vitest';
import { createPaymentClient } from '../../../src/core/client/create-payment-client';
import type { GatewayAdapter, PaymentClientOptions, PaymentEvent } from '../../../src/core/types';
import { createVirtualClock, type VirtualClock } from '../../../src/testing/virtual-clock';
import { sequentialIds } from './fake-gateway';

export const EUR = (amount = 4999) => ({ amount, currency: 'EUR' });
export const card = (token = 'tok_1') => ({ type: 'card', token });

/** A client on a virtual clock with deterministic jitter (0.5) and ids, recording events and reports. */
export function setupClient(options: Partial<PaymentClientOptions> & { gateways: GatewayAdapter[] }, clock: VirtualClock = createVirtualClock()) {
  const events: PaymentEvent[] = [];
  const reporter = { captureError: vi.fn() };
  const client = createPaymentClient({
    clock,
    random: () => 0.5,
    generateId: sequentialIds(),
    onEvent: (event) => events.push(event),
    reporter,
    ...options,
  });
  const types = () => events.map((e) => e.type);
  return { clock, client, events, reporter, types };
}

export const TERMINAL = ['checkout.succeeded', 'checkout.processing', 'checkout.failed', 'checkout.pending_manual', 'checkout.canceled'];
