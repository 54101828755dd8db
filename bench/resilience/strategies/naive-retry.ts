import { bareConfirm, outcomeOf } from './bare-call';
import type { Strategy } from './strategy';

/** Calls per checkout of the naive strategy. */
export const NAIVE_ATTEMPTS = 3;

/**
 * The common hand-rolled fix: on any error, retry at once, up to three calls,
 * each with a fresh idempotency key (a new request each time). Primary only.
 */
export const naiveRetry: Strategy = {
  id: 'naive-retry',
  label: 'naive retry ×3, fresh key',
  start({ clock, gateways }) {
    const primary = gateways.list[0]!;
    return {
      async runCheckout(index) {
        const checkoutId = `co_${index}`;
        let call = await bareConfirm(clock, primary.adapter, checkoutId, `${checkoutId}_k1`, 1);
        for (let attempt = 2; attempt <= NAIVE_ATTEMPTS && outcomeOf(call) === 'failed'; attempt++) {
          call = await bareConfirm(clock, primary.adapter, checkoutId, `${checkoutId}_k${attempt}`, 1);
        }
        return { checkoutId, outcome: outcomeOf(call) };
      },
    };
  },
};
