import { describe, expect, it, vi } from 'vitest';
import { isPaymentError } from '../../../src/core/errors/payment-error';
import type { Notifier, PaymentEvent } from '../../../src/core/types';
import { createFakeGateway, createFakeManualGateway } from '../helpers/fake-gateway';
import { EUR, TERMINAL, card, setupClient } from '../helpers/setup-client';

describe('events', () => {
  it('fire in order for a retried payment that falls back to a manual method', async () => {
    const a = createFakeGateway({ id: 'a', confirm: ['network_before'] });
    const { client, clock, events } = setupClient({ gateways: [a, createFakeManualGateway()], retry: { maxAttempts: 2 } });
    const checkout = client.createCheckout({ money: EUR() });
    await clock.run(checkout.submit({ method: card() }));
    await clock.run(checkout.selectFallback('bank'));
    expect(events.map((e) => `${e.type}${e.attempt ? `#${e.attempt}` : ''}@${e.at}`)).toEqual([
      'checkout.started@0',
      'attempt.started#1@0',
      'attempt.failed#1@0',
      'retry.scheduled#2@0',
      'attempt.started#2@125',
      'attempt.failed#2@125',
      'fallback.offered@125',
      'fallback.selected@125',
      'checkout.started@125',
      'attempt.started#1@125',
      'checkout.pending_manual@125',
    ]);
    expect(events.every((e) => e.checkoutId === checkout.id)).toBe(true);
    expect(events.find((e) => e.type === 'fallback.offered')?.state).toMatchObject({ status: 'fallback_offered', error: { code: 'network_error' } });
  });

  it('circuit events carry no checkoutId', async () => {
    const { client, clock, events } = setupClient({
      gateways: [createFakeGateway({ id: 'a', confirm: ['network_before'] })],
      retry: { maxAttempts: 1 },
      circuitBreaker: { failureThreshold: 1 },
    });
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    const opened = events.find((e) => e.type === 'circuit.opened')!;
    expect(opened).toEqual({ type: 'circuit.opened', gatewayId: 'a', at: 0 });
  });

  it('subscribeEvents listeners get every event and can unsubscribe; a throwing listener breaks nothing', async () => {
    const { client, clock } = setupClient({ gateways: [createFakeGateway({ id: 'a' })] });
    const seen: string[] = [];
    client.subscribeEvents(() => {
      throw new Error('listener bug');
    });
    const off = client.subscribeEvents((e) => seen.push(e.type));
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status).toBe('succeeded');
    expect(seen).toEqual(['checkout.started', 'attempt.started', 'checkout.succeeded']);
    off();
    await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(seen).toHaveLength(3);
  });

  it('nothing is emitted after checkout.canceled, even when the call answers later', async () => {
    const a = createFakeGateway({ id: 'a', latencyMs: 100 });
    const { client, clock, types } = setupClient({ gateways: [a] });
    a.confirm = async () => {
      await new Promise((r) => setTimeout(r, 0));
      return { status: 'succeeded', paymentId: 'late' };
    };
    const checkout = client.createCheckout({ money: EUR() });
    const pending = checkout.submit({ method: card() });
    await clock.flush();
    checkout.cancel();
    expect((await pending).status).toBe('canceled');
    await new Promise((r) => setTimeout(r, 5));
    expect(types()).toEqual(['checkout.started', 'attempt.started', 'checkout.canceled']);
    expect(types().filter((t) => TERMINAL.includes(t))).toEqual(['checkout.canceled']);
  });
});

describe('notifiers', () => {
  it('get the same redacted events; a throwing or hanging notifier never delays a checkout and its failure is reported', async () => {
    const received: PaymentEvent[] = [];
    const good: Notifier = { name: 'good', notify: async (e) => void received.push(e) };
    const throwing: Notifier = { name: 'throwing', notify: () => { throw new Error('sync bug'); } };
    const rejecting: Notifier = { name: 'rejecting', notify: async () => { throw new Error('webhook 500'); } };
    const hanging: Notifier = { name: 'hanging', notify: () => new Promise(() => {}) };
    const { client, clock, events, reporter } = setupClient({
      gateways: [createFakeGateway({ id: 'a' })],
      notifiers: [throwing, hanging, rejecting, good],
      notifierTimeoutMs: 1000,
    });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status).toBe('succeeded');
    expect(clock.now()).toBe(0); // not delayed by the hanging notifier
    await clock.flush();
    expect(received).toEqual(events);
    const beforeTimeout = reporter.captureError.mock.calls.map(([, ctx]) => (ctx as { notifier: string }).notifier);
    expect(beforeTimeout.filter((n) => n === 'throwing')).toHaveLength(3);
    expect(beforeTimeout.filter((n) => n === 'rejecting')).toHaveLength(3);
    await clock.advance(1000);
    const hangs = reporter.captureError.mock.calls.filter(([, ctx]) => (ctx as { notifier: string }).notifier === 'hanging');
    expect(hangs).toHaveLength(3);
    expect(hangs.every(([e]) => isPaymentError(e) && e.code === 'timeout')).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('a throwing reporter is ignored', async () => {
    const { client, clock } = setupClient({
      gateways: [createFakeGateway({ id: 'a', confirm: ['decline'] })],
      reporter: { captureError: vi.fn(() => { throw new Error('sentry down'); }) },
    });
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: card() }));
    expect(state.status).toBe('failed');
  });
});
