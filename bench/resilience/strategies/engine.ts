import { createPaymentClient } from '../../../src/core/index';
import type { CheckoutState } from '../../../src/core/types';
import { createSeededRandom } from '../../../src/testing/seeded-random';
import type { CheckoutOutcome } from '../metrics';
import { CARD, MONEY } from './bare-call';
import type { Strategy } from './strategy';

/** Fallback hops a shopper takes at most (primary → secondary → bank transfer). */
const MAX_FALLBACK_HOPS = 4;

/** The outcome a shopper sees for a settled checkout state. */
export function outcomeOfState(state: CheckoutState): CheckoutOutcome {
  switch (state.status) {
    case 'succeeded':
    case 'processing':
    case 'pending_manual':
      return state.status;
    case 'failed':
      return state.error.code === 'outcome_unknown' ? 'outcome_unknown' : 'failed';
    case 'fallback_offered':
      return 'failed';
    default:
      return 'other';
  }
}

/**
 * This library: one `PaymentClient` with default retry and circuit-breaker
 * settings over the three gateways, on the virtual clock. The shopper pays on
 * the primary and takes the first fallback offered, with the same card for an
 * online gateway.
 */
export const engine: Strategy = {
  id: 'engine',
  label: 'react-secure-payments engine',
  start({ clock, gateways, seed }) {
    let nextId = 0;
    const opened = new Map<string, number>();
    const client = createPaymentClient({
      gateways: gateways.list.map((g) => g.adapter),
      clock,
      random: createSeededRandom(seed ^ 0x5eed),
      generateId: () => `e${++nextId}`,
    });
    client.subscribeEvents((event) => {
      if (event.type === 'circuit.opened' && event.gatewayId && !opened.has(event.gatewayId)) {
        opened.set(event.gatewayId, event.at);
      }
    });
    const primaryId = gateways.list[0]!.id;
    return {
      async runCheckout() {
        const checkout = client.createCheckout({ money: MONEY });
        let state = await checkout.submit({ gatewayId: primaryId, method: CARD });
        for (let hop = 0; hop < MAX_FALLBACK_HOPS && state.status === 'fallback_offered'; hop++) {
          const option = state.options[0];
          if (!option) break;
          state = await checkout.selectFallback(option.gatewayId, option.kind === 'online' ? CARD : undefined);
        }
        return { checkoutId: checkout.id, outcome: outcomeOfState(state) };
      },
      circuitOpenedAt: () => opened,
    };
  },
};
