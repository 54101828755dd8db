import { StrictMode, type ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaymentError } from '../../src/core/errors/payment-error';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import { useCheckout, type CheckoutRequest } from '../../src/react/use-checkout';
import { createFakeClient } from './fakes';

function setup(initial: CheckoutRequest, strict = false) {
  const client = createFakeClient();
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = <PaymentGatewayProvider client={client}>{children}</PaymentGatewayProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  const hook = renderHook((request: CheckoutRequest) => useCheckout(request), { wrapper, initialProps: initial });
  return { client, ...hook };
}

describe('useCheckout', () => {
  it('creates one checkout and keeps it across re-renders', () => {
    const { client, result, rerender } = setup({ amount: 4999, currency: 'EUR' });
    const first = result.current.checkout;
    rerender({ amount: 4999, currency: 'EUR' });
    expect(result.current.checkout).toBe(first);
    expect(client.createCheckout).toHaveBeenCalledTimes(1);
    expect(client.createCheckout).toHaveBeenCalledWith({ money: { amount: 4999, currency: 'EUR' } });
  });

  it('accepts { money, metadata }', () => {
    const { client } = setup({ money: { amount: 100, currency: 'JPY' }, metadata: { orderId: 'o-1' } });
    expect(client.createCheckout).toHaveBeenCalledWith({ money: { amount: 100, currency: 'JPY' }, metadata: { orderId: 'o-1' } });
  });

  it('under StrictMode creates no second checkout', () => {
    const { client } = setup({ amount: 4999, currency: 'EUR' }, true);
    expect(client.createCheckout).toHaveBeenCalledTimes(1);
  });

  describe('when the amount changes', () => {
    it('on an idle checkout, the new amount takes effect on the same checkout', () => {
      const { client, result, rerender } = setup({ amount: 4999, currency: 'EUR' });
      rerender({ amount: 5999, currency: 'EUR' });
      expect(client.lastCheckout().updateMoney).toHaveBeenCalledWith({ amount: 5999, currency: 'EUR' });
      expect(result.current.money).toEqual({ amount: 5999, currency: 'EUR' });
      expect(result.current.moneyChanged).toBe(false);
      expect(client.createCheckout).toHaveBeenCalledTimes(1);
    });

    it('in flight, the checkout keeps its money and reports the change', () => {
      const { client, result, rerender } = setup({ amount: 4999, currency: 'EUR' });
      act(() => client.lastCheckout().emit({ status: 'submitting', gatewayId: 'sim', attempt: 1 }));
      rerender({ amount: 5999, currency: 'EUR' });
      expect(result.current.money).toEqual({ amount: 4999, currency: 'EUR' });
      expect(result.current.moneyChanged).toBe(true);
      expect(client.createCheckout).toHaveBeenCalledTimes(1);
    });

    it('after success, the succeeded checkout is not replaced silently; reset() starts a new one', () => {
      const { client, result, rerender } = setup({ amount: 4999, currency: 'EUR' });
      const first = result.current.checkout;
      act(() => client.lastCheckout().emit({ status: 'succeeded', gatewayId: 'sim', paymentId: 'pay_1' }));
      rerender({ amount: 5999, currency: 'EUR' });
      expect(result.current.checkout).toBe(first);
      expect(result.current.state.status).toBe('succeeded');
      expect(result.current.moneyChanged).toBe(true);
      act(() => result.current.reset());
      expect(result.current.checkout).not.toBe(first);
      expect(result.current.money).toEqual({ amount: 5999, currency: 'EUR' });
      expect(result.current.state.status).toBe('idle');
    });

    it('reset() does nothing while a payment is in flight', () => {
      const { client, result } = setup({ amount: 4999, currency: 'EUR' });
      const first = result.current.checkout;
      act(() => client.lastCheckout().emit({ status: 'retrying', gatewayId: 'sim', attempt: 2, retryAt: 0, error: new PaymentError({ code: 'timeout' }) }));
      act(() => result.current.reset());
      expect(result.current.checkout).toBe(first);
    });
  });

  it('invalid money gives an invalid_request error instead of throwing, and recovers when fixed', () => {
    const { result, rerender } = setup({ amount: -1, currency: 'EUR' });
    expect(result.current.checkout).toBeNull();
    expect(result.current.error?.code).toBe('invalid_request');
    expect(result.current.state).toEqual({ status: 'idle' });
    rerender({ amount: 100, currency: 'EUR' });
    expect(result.current.checkout).not.toBeNull();
    expect(result.current.error).toBeNull();
  });
});
