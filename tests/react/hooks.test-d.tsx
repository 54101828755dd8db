import { describe, expectTypeOf, it } from 'vitest';
import type { Checkout, CheckoutState, CheckoutStatus, GatewayHealth, PaymentClient } from '../../src/core/types';
import type { PaymentError } from '../../src/core/errors/payment-error';
import type { SecurePaymentProcessorProps } from '../../src/components/secure-payment-processor';
import { useCheckout } from '../../src/react/use-checkout';
import { useCheckoutState } from '../../src/react/use-checkout-state';
import { useGatewayHealth } from '../../src/react/use-gateway-health';
import { usePaymentClient } from '../../src/react/use-payment-client';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';

declare const checkout: Checkout;
declare const client: PaymentClient;

describe('hook types', () => {
  it('useCheckoutState returns the state, or what the selector returns', () => {
    expectTypeOf(useCheckoutState(checkout)).toEqualTypeOf<CheckoutState>();
    expectTypeOf(useCheckoutState(checkout, (s) => s.status)).toEqualTypeOf<CheckoutStatus>();
    expectTypeOf(useCheckoutState(null, (s) => s.status === 'succeeded')).toEqualTypeOf<boolean>();
  });

  it('useCheckout takes amount/currency or money', () => {
    expectTypeOf(useCheckout({ amount: 1, currency: 'EUR' }).checkout).toEqualTypeOf<Checkout | null>();
    expectTypeOf(useCheckout({ money: { amount: 1, currency: 'EUR' }, metadata: { orderId: '1' } }).error).toEqualTypeOf<PaymentError | null>();
    // @ts-expect-error: amount without currency
    useCheckout({ amount: 1 });
  });

  it('client hooks', () => {
    expectTypeOf(usePaymentClient()).toEqualTypeOf<PaymentClient>();
    expectTypeOf(useGatewayHealth()).toEqualTypeOf<GatewayHealth[]>();
  });

  it('the provider takes a client or the client options', () => {
    <PaymentGatewayProvider client={client} />;
    <PaymentGatewayProvider gateways={[]} retry={{ maxAttempts: 2 }} />;
    // @ts-expect-error: neither a client nor gateways
    <PaymentGatewayProvider />;
  });

  it('onSuccess gets the succeeded state; onPaymentSubmit gets the idempotency key', () => {
    expectTypeOf<Parameters<NonNullable<SecurePaymentProcessorProps['onSuccess']>>[0]>().toEqualTypeOf<
      Extract<CheckoutState, { status: 'succeeded' }>
    >();
    expectTypeOf<Parameters<NonNullable<SecurePaymentProcessorProps['onPaymentSubmit']>>[1]['idempotencyKey']>().toEqualTypeOf<string>();
  });
});
