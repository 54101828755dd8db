// @vitest-environment node
/**
 * Property (invariant 4): whatever the interleaving of submit, submit (also
 * from a subscriber) and cancel, and whenever the gateway answers, a checkout
 * starts at most one confirm — exactly one unless a cancel came first — and
 * every submit resolves to the same settled state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPaymentClient } from '../../../src/core';
import type { CheckoutState, GatewayAdapter } from '../../../src/core/types';
import { createSimulatedGateway, createVirtualClock, TEST_TOKENS } from '../../../src/testing';
import { SETTLED } from './call-log';

const method = { type: 'test_card', token: TEST_TOKENS.success };

describe('property: submit/submit/cancel start exactly one confirm', () => {
  it('holds for every interleaving fc.scheduler produces', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.boolean(), fc.boolean(), async (s, withCancel, submitFromListener) => {
        const clock = createVirtualClock();
        const gateway = createSimulatedGateway({ id: 'g' });
        const order: string[] = [];
        const scheduledConfirm = s.scheduleFunction((req: Parameters<GatewayAdapter['confirm']>[0], ctx: Parameters<GatewayAdapter['confirm']>[1]) =>
          gateway.confirm(req, ctx),
        );
        const adapter: GatewayAdapter = {
          id: gateway.id,
          label: gateway.label,
          kind: 'online',
          retrieve: (ref, ctx) => gateway.retrieve(ref, ctx),
          normalizeError: (e) => gateway.normalizeError(e),
          confirm: (req, ctx) => {
            order.push('confirm');
            return scheduledConfirm(req, ctx);
          },
        };
        let ids = 0;
        const client = createPaymentClient({ gateways: [adapter], clock, generateId: () => `id-${++ids}`, random: () => 0.5 });
        const checkout = client.createCheckout({ money: { amount: 500, currency: 'EUR' } });
        const submits: Promise<CheckoutState>[] = [];
        /** Submits made while the checkout was in flight: each must return the first one's promise. */
        const whileInFlight: Promise<CheckoutState>[] = [];
        let first: Promise<CheckoutState> | undefined;
        const submit = () => {
          const status = checkout.getState().status;
          const busy = status !== 'idle' && !SETTLED.has(status);
          const promise = checkout.submit({ method });
          submits.push(promise);
          if (busy) whileInFlight.push(promise);
          else first ??= promise;
        };
        if (submitFromListener) {
          const off = checkout.subscribe(() => {
            off();
            order.push('listener-submit');
            submit();
          });
        }
        const actions = [
          s.schedule(Promise.resolve('submit-1')).then(() => {
            order.push('submit');
            submit();
          }),
          s.schedule(Promise.resolve('submit-2')).then(() => {
            order.push('submit');
            submit();
          }),
        ];
        if (withCancel) {
          actions.push(
            s.schedule(Promise.resolve('cancel')).then(() => {
              order.push('cancel');
              checkout.cancel();
            }),
          );
        }
        await s.waitAll();
        await Promise.all(actions);
        const states = await clock.run(Promise.all(submits));

        const confirms = order.filter((o) => o === 'confirm').length;
        const canceledBeforeConfirm = order.indexOf('cancel') !== -1 && (confirms === 0 || order.indexOf('cancel') < order.indexOf('confirm'));
        expect(confirms).toBeLessThanOrEqual(1);
        expect(confirms).toBe(canceledBeforeConfirm ? 0 : 1);
        // Every submit resolved (none rejected) to the one settled state.
        const final = checkout.getState();
        expect(SETTLED.has(final.status)).toBe(true);
        for (const state of states) expect(state === final || state.status === 'canceled').toBe(true);
        if (!withCancel) expect(final.status).toBe('succeeded');
        for (const promise of whileInFlight) expect(promise).toBe(first);
        if (submitFromListener && !canceledBeforeConfirm) expect(whileInFlight.length).toBeGreaterThan(0);
        expect(gateway.ledger.chargeCount()).toBeLessThanOrEqual(1);
        expect(clock.pendingTimers()).toBe(0);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 300) },
    );
  }, 60_000);
});
