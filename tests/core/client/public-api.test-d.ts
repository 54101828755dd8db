import { describe, expectTypeOf, it } from 'vitest';
import {
  computeBackoffDelay,
  createPaymentClient,
  transition,
  type Checkout,
  type CheckoutEvent,
  type CheckoutState,
  type GatewayHealth,
  type PaymentClient,
} from '../../../src/core';

describe('core public API types', () => {
  it('createPaymentClient returns a PaymentClient whose checkouts resolve CheckoutState', () => {
    expectTypeOf(createPaymentClient).returns.toEqualTypeOf<PaymentClient>();
    expectTypeOf<PaymentClient['createCheckout']>().returns.toEqualTypeOf<Checkout>();
    expectTypeOf<Checkout['submit']>().returns.resolves.toEqualTypeOf<CheckoutState>();
    expectTypeOf<PaymentClient['gatewayHealth']>().returns.toEqualTypeOf<GatewayHealth[]>();
    expectTypeOf<PaymentClient['resume']>().returns.resolves.toEqualTypeOf<Checkout | null>();
  });

  it('the machine and backoff are typed', () => {
    expectTypeOf(transition).parameters.toEqualTypeOf<[CheckoutState, CheckoutEvent]>();
    expectTypeOf(computeBackoffDelay).returns.toEqualTypeOf<number | 'give_up'>();
  });
});
