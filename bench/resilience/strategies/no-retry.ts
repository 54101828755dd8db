import { bareConfirm, outcomeOf } from './bare-call';
import type { Strategy } from './strategy';

/** What a bare gateway SDK gives: one confirm on the primary gateway, no retry, no fallback. */
export const noRetry: Strategy = {
  id: 'no-retry',
  label: 'no retry (bare SDK)',
  start({ clock, gateways }) {
    const primary = gateways.list[0]!;
    return {
      async runCheckout(index) {
        const checkoutId = `co_${index}`;
        const call = await bareConfirm(clock, primary.adapter, checkoutId, `${checkoutId}_k1`, 1);
        return { checkoutId, outcome: outcomeOf(call) };
      },
    };
  },
};
