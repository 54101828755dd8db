import { render, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { usePaymentClient } from '../../src/react/use-payment-client';
import { useCheckout } from '../../src/react/use-checkout';
import { useGatewayHealth } from '../../src/react/use-gateway-health';
import { usePaymentEvents } from '../../src/react/use-payment-events';

describe('given no PaymentGatewayProvider', () => {
  // React logs the thrown error; keep the test output readable.
  const silence = () => vi.spyOn(console, 'error').mockImplementation(() => {});

  it.each([
    ['usePaymentClient', () => usePaymentClient()],
    ['useCheckout', () => useCheckout({ amount: 100, currency: 'EUR' })],
    ['useGatewayHealth', () => useGatewayHealth()],
    ['usePaymentEvents', () => usePaymentEvents(() => {})],
  ])('%s() throws an error naming the hook and what to wrap', (name, hook) => {
    silence();
    expect(() => renderHook(hook)).toThrow(
      `${name}(): could not find the payment client. Wrap the part of your app that calls ${name}() in <PaymentGatewayProvider>.`,
    );
  });

  it('a component using the hook fails with the same message', () => {
    silence();
    function Pay() {
      usePaymentClient();
      return null;
    }
    expect(() => render(<Pay />)).toThrow(/usePaymentClient\(\): could not find the payment client/);
  });
});
