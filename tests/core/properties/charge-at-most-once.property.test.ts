// @vitest-environment node
/**
 * Property: for any sequence of faults (at the primary, its status look-ups
 * and the secondary), any test token, any retry settings and any shopper
 * behaviour (new card, fallback, 3-D Secure, cancel at any moment), a
 * checkout charges at most once over all ledgers, always settles on the
 * virtual clock, tells the truth about what was charged, reuses its key on
 * every retry and reconciles an unknown outcome before any other key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPaymentClient } from '../../../src/core';
import type { PaymentError } from '../../../src/core/errors';
import type { CheckoutState, CheckoutStorage, PaymentEvent } from '../../../src/core/types';
import {
  createBankTransferGateway,
  createSeededRandom,
  createSimulatedGateway,
  createVirtualClock,
  TEST_TOKENS,
  type SimulatedFault,
} from '../../../src/testing';
import { createCallLog, indexCharges, keyReuseViolations, reconcileViolations, SETTLED, truthViolations } from './call-log';

const faultArb: fc.Arbitrary<SimulatedFault | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  fc.constant<SimulatedFault>({ type: 'network_error' }),
  fc.record({ type: fc.constant('timeout' as const), hang: fc.boolean() }),
  fc.record({ type: fc.constant('server_error' as const), status: fc.constantFrom(500, 502, 503), committed: fc.boolean() }),
  fc.record({ type: fc.constant('rate_limited' as const), retryAfterMs: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ type: fc.constant('malformed' as const), committed: fc.boolean() }),
  fc.record({ type: fc.constant('hang' as const), committed: fc.boolean() }),
);

const shopperStep = fc.constantFrom('new_card', 'same_card', 'fallback', 'complete', 'complete_fail');

const scenarioArb = fc.record({
  confirmFaults: fc.array(faultArb, { maxLength: 8 }),
  retrieveFaults: fc.array(faultArb, { maxLength: 6 }),
  secondaryFaults: fc.array(faultArb, { maxLength: 3 }),
  token: fc.constantFrom(...Object.values(TEST_TOKENS)),
  maxAttempts: fc.integer({ min: 1, max: 4 }),
  withRetrieve: fc.boolean(),
  latencyMs: fc.constantFrom(0, 50, 400),
  steps: fc.array(shopperStep, { maxLength: 3 }),
  /** Virtual ms after the first submit at which the shopper cancels, if at all. */
  cancelAt: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: undefined }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
});

const TERMINAL_EVENTS = new Set<PaymentEvent['type']>([
  'checkout.succeeded',
  'checkout.processing',
  'checkout.failed',
  'checkout.pending_manual',
  'checkout.canceled',
]);
const TERMINAL_STATUSES = new Set<CheckoutState['status']>(['succeeded', 'processing', 'failed', 'pending_manual', 'canceled']);

function memoryStorage(): CheckoutStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('property: a checkout charges at most once and always settles', () => {
  it('holds for any faults, settings and shopper behaviour', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (sc) => {
        const clock = createVirtualClock();
        const log = createCallLog();
        const primary = createSimulatedGateway({
          id: 'primary',
          clock,
          latencyMs: sc.latencyMs,
          faults: sc.confirmFaults,
          retrieveFaults: sc.retrieveFaults,
          retrieve: sc.withRetrieve,
          processingPolls: 1,
        });
        const secondary = createSimulatedGateway({ id: 'secondary', clock, latencyMs: sc.latencyMs, faults: sc.secondaryFaults });
        const bank = createBankTransferGateway({ beneficiary: 'Shop', iban: 'DE89370400440532013000' });
        const storage = memoryStorage();
        const events: PaymentEvent[] = [];
        const reported: { error: PaymentError; context: Record<string, unknown> }[] = [];
        let ids = 0;
        const options = {
          gateways: [log.wrap(primary), log.wrap(secondary), log.wrap(bank)],
          clock,
          storage,
          random: createSeededRandom(sc.seed),
          generateId: () => `id-${++ids}`,
          onEvent: (event: PaymentEvent) => {
            log.onEvent(event);
            events.push(event);
          },
          reporter: { captureError: (error: PaymentError, context: Record<string, unknown>) => void reported.push({ error, context }) },
          retry: { maxAttempts: sc.maxAttempts, attemptTimeoutMs: 3_000 },
          processing: { pollIntervalMs: 500, maxPollMs: 2_000 },
        };
        const client = createPaymentClient(options);
        const checkout = client.createCheckout({ money: { amount: 1234, currency: 'EUR' } });

        const cancelTimer = new AbortController();
        const canceling =
          sc.cancelAt === undefined
            ? Promise.resolve()
            : clock.sleep(sc.cancelAt, cancelTimer.signal).then(() => checkout.cancel(), () => undefined);
        /** Invariant of the events: each run that settles emits exactly one terminal event. */
        const terminalProblems: string[] = [];
        const act = async (call: () => Promise<CheckoutState>): Promise<CheckoutState> => {
          const before = events.length;
          const previous = checkout.getState();
          const state = await call();
          const terminal = events.slice(before).filter((e) => TERMINAL_EVENTS.has(e.type)).length;
          const ran = state !== previous || events.length > before;
          const expected = !ran ? 0 : TERMINAL_STATUSES.has(state.status) ? 1 : 0;
          if (terminal !== expected) terminalProblems.push(`${terminal} terminal events for a run that settled ${state.status}`);
          return state;
        };
        const shopper = (async (): Promise<CheckoutState> => {
          let state = await act(() => checkout.submit({ method: { type: 'test_card', token: sc.token } }));
          for (const step of sc.steps) {
            if (step === 'new_card' && state.status === 'failed') {
              state = await act(() => checkout.submit({ method: { type: 'test_card', token: TEST_TOKENS.success } }));
            } else if (step === 'same_card' && state.status === 'failed') {
              state = await act(() => checkout.submit({ method: { type: 'test_card', token: sc.token } }));
            } else if (step === 'fallback' && state.status === 'fallback_offered') {
              const option = state.options[0]!;
              state = await act(() =>
                checkout.selectFallback(option.gatewayId, option.kind === 'online' ? { type: 'test_card', token: TEST_TOKENS.success } : undefined),
              );
            } else if ((step === 'complete' || step === 'complete_fail') && state.status === 'requires_action') {
              state = await act(() => checkout.completeAction(step === 'complete' ? {} : { result: 'fail' }));
            }
          }
          cancelTimer.abort();
          return state;
        })();
        const [state] = await clock.run(Promise.all([shopper, canceling]), { maxTimeMs: 10 * 60_000 });

        expect(SETTLED.has(state.status)).toBe(true);
        expect(checkout.getState()).toBe(state);
        // Invariant 3 and the events contract: one terminal event per settlement, nothing after canceled.
        expect(terminalProblems).toEqual([]);
        const canceledAt = events.findIndex((e) => e.type === 'checkout.canceled');
        if (canceledAt !== -1) expect(events.slice(canceledAt + 1).map((e) => e.type)).toEqual([]);
        // Invariant 6: each failed call reported once and emitted once; never the same error twice.
        expect(reported.map((r) => r.context.operation)).not.toContain('checkout');
        expect(new Set(reported.map((r) => r.error)).size).toBe(reported.length);
        expect(reported.length).toBe(events.filter((e) => e.type === 'attempt.failed').length);
        const gateways = [primary, secondary];
        expect(keyReuseViolations(gateways, sc.maxAttempts)).toEqual([]);
        expect(reconcileViolations(log.entries)).toEqual([]);
        expect(primary.ledger.chargeCount(checkout.id) + secondary.ledger.chargeCount(checkout.id)).toBeLessThanOrEqual(1);
        if (state.status === 'canceled') {
          // A call that may have reached the gateway leaves its record: resume() must learn the truth.
          const again = createPaymentClient({ ...options, generateId: () => `resumed-${++ids}` });
          const resumed = await clock.run(again.resume(), { maxTimeMs: 10 * 60_000 });
          const charged = indexCharges(gateways).get(checkout.id) ?? [];
          if (charged.length > 0 && sc.withRetrieve) {
            expect(resumed?.id).toBe(checkout.id);
            expect(truthViolations(checkout.id, resumed!.getState(), indexCharges(gateways))).toEqual([]);
          }
        } else {
          expect(truthViolations(checkout.id, state, indexCharges(gateways))).toEqual([]);
        }
        expect(primary.ledger.chargeCount(checkout.id) + secondary.ledger.chargeCount(checkout.id)).toBeLessThanOrEqual(1);
        expect(clock.pendingTimers()).toBe(0);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 300) },
    );
  }, 60_000);
});
