/**
 * Fake PaymentClient / Checkout made by factory functions (react-stripe-js'
 * test/mocks.js style): every method is a vi.fn, and the test pushes states
 * with `checkout.emit(state)`.
 */
import { vi } from 'vitest';
import type { Checkout, CheckoutState, FallbackOption, GatewayAdapter, GatewayHealth, Money, PaymentClient, PaymentEvent } from '../../src/core/types';
import { PaymentError } from '../../src/core/errors/payment-error';

export interface FakeCheckout extends Checkout {
  emit(state: CheckoutState): void;
  listenerCount(): number;
  submit: ReturnType<typeof vi.fn<Checkout['submit']>>;
  selectFallback: ReturnType<typeof vi.fn<Checkout['selectFallback']>>;
  completeAction: ReturnType<typeof vi.fn<Checkout['completeAction']>>;
  updateMoney: ReturnType<typeof vi.fn<Checkout['updateMoney']>>;
  cancel: ReturnType<typeof vi.fn<Checkout['cancel']>>;
}

let nextId = 0;

export function createFakeCheckout(money: Money, initial: CheckoutState = { status: 'idle' }): FakeCheckout {
  let state = initial;
  let current = money;
  const listeners = new Set<() => void>();
  const checkout: FakeCheckout = {
    id: `co_fake_${++nextId}`,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(next) {
      state = next;
      for (const l of [...listeners]) l();
    },
    listenerCount: () => listeners.size,
    submit: vi.fn(async () => state),
    selectFallback: vi.fn(async () => state),
    completeAction: vi.fn(async () => state),
    updateMoney: vi.fn((next: Money) => {
      if (state.status !== 'idle') return false;
      current = next;
      return true;
    }),
    getMoney: () => current,
    cancel: vi.fn(() => {
      state = { status: 'canceled' };
      for (const l of [...listeners]) l();
    }),
  };
  return checkout;
}

export interface FakeClient extends PaymentClient {
  checkouts: FakeCheckout[];
  lastCheckout(): FakeCheckout;
  emitEvent(event: PaymentEvent): void;
  setHealth(health: GatewayHealth[]): void;
  eventListenerCount(): number;
  healthListenerCount(): number;
  createCheckout: ReturnType<typeof vi.fn<PaymentClient['createCheckout']>>;
}

export function createFakeClient(gateways: GatewayAdapter[] = [fakeGateway('sim', { testMode: true })]): FakeClient {
  const checkouts: FakeCheckout[] = [];
  const eventListeners = new Set<(e: PaymentEvent) => void>();
  const healthListeners = new Set<() => void>();
  let health: GatewayHealth[] = gateways.map((g) => ({ gatewayId: g.id, circuit: 'closed', successes: 0, failures: 0, consecutiveFailures: 0, latencyMs: [] }));
  const client: FakeClient = {
    checkouts,
    lastCheckout: () => {
      const c = checkouts[checkouts.length - 1];
      if (!c) throw new Error('no checkout created');
      return c;
    },
    createCheckout: vi.fn((req: { money: Money }) => {
      if (!Number.isInteger(req.money.amount) || req.money.amount <= 0) {
        throw new PaymentError({ code: 'invalid_request', message: 'money.amount must be a positive integer.' });
      }
      const c = createFakeCheckout(req.money);
      checkouts.push(c);
      return c;
    }),
    pay: vi.fn(async () => ({ status: 'idle' }) as CheckoutState),
    gatewayHealth: () => health,
    subscribeHealth(listener) {
      healthListeners.add(listener);
      return () => healthListeners.delete(listener);
    },
    subscribeEvents(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    resume: vi.fn(async () => null),
    availableGateways: (): FallbackOption[] =>
      [...gateways].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'online' ? -1 : 1)).map((g) => ({ gatewayId: g.id, label: g.label, kind: g.kind })),
    getGateway: (id) => gateways.find((g) => g.id === id),
    emitEvent: (e) => eventListeners.forEach((l) => l(e)),
    setHealth(next) {
      health = next;
      healthListeners.forEach((l) => l());
    },
    eventListenerCount: () => eventListeners.size,
    healthListenerCount: () => healthListeners.size,
  };
  return client;
}

export function fakeGateway(id: string, extra: Partial<GatewayAdapter> & { testMode?: boolean } = {}): GatewayAdapter & { testMode?: boolean } {
  return {
    id,
    label: id === 'bank-transfer' ? 'Bank transfer' : `Gateway ${id}`,
    kind: id === 'bank-transfer' ? 'manual' : 'online',
    confirm: vi.fn(async () => ({ status: 'succeeded' as const, paymentId: 'pay_1' })),
    normalizeError: (e: unknown) => new PaymentError({ code: 'unknown', cause: e }),
    ...extra,
  };
}

export { deferred as makeDeferred } from '../helpers/deferred';
