import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PaymentError } from '../../src/core/errors/payment-error';
import { useCheckoutState } from '../../src/react/use-checkout-state';
import { createFakeCheckout } from './fakes';

const money = { amount: 4999, currency: 'EUR' };

describe('useCheckoutState', () => {
  it('follows the checkout through its states', () => {
    const checkout = createFakeCheckout(money);
    const { result } = renderHook(() => useCheckoutState(checkout));
    expect(result.current).toEqual({ status: 'idle' });
    act(() => checkout.emit({ status: 'submitting', gatewayId: 'sim', attempt: 1 }));
    expect(result.current).toEqual({ status: 'submitting', gatewayId: 'sim', attempt: 1 });
    act(() => checkout.emit({ status: 'succeeded', gatewayId: 'sim', paymentId: 'pay_1' }));
    expect(result.current.status).toBe('succeeded');
  });

  it('reads a null checkout as idle', () => {
    const { result } = renderHook(() => useCheckoutState(null));
    expect(result.current).toEqual({ status: 'idle' });
  });

  it('with a selector, re-renders only when the selected value changes', () => {
    const checkout = createFakeCheckout(money);
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useCheckoutState(checkout, (s) => s.status);
    });
    const before = renders;
    act(() => checkout.emit({ status: 'submitting', gatewayId: 'sim', attempt: 1 }));
    act(() => checkout.emit({ status: 'submitting', gatewayId: 'sim', attempt: 2 }));
    expect(result.current).toBe('submitting');
    expect(renders).toBe(before + 1);
  });

  it('a selector returning fresh objects is stable for one state (no render loop)', () => {
    const checkout = createFakeCheckout(money);
    const selector = vi.fn((s: { status: string }) => ({ status: s.status }));
    const { result, rerender } = renderHook(() => useCheckoutState(checkout, selector));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    act(() =>
      checkout.emit({ status: 'failed', error: new PaymentError({ code: 'card_declined' }) }),
    );
    expect(result.current).toEqual({ status: 'failed' });
    expect(result.current).not.toBe(first);
  });

  it('unsubscribes on unmount', () => {
    const checkout = createFakeCheckout(money);
    const { unmount } = renderHook(() => useCheckoutState(checkout));
    expect(checkout.listenerCount()).toBe(1);
    unmount();
    expect(checkout.listenerCount()).toBe(0);
  });
});
