import { act, render } from '@testing-library/react';
import { vi } from 'vitest';
import type { StripeAdapter } from '../../../src/adapters/stripe';
import type { GatewayFormProps } from '../../../src/react/gateway-form';
import { MONEY } from './fake-stripe';

/** Renders `adapter.Form` with the real react-stripe-js over a fake Stripe, and waits for Elements to be created. */
export async function mountForm(adapter: StripeAdapter, props: Partial<GatewayFormProps> = {}) {
  const onChange = vi.fn();
  const all: GatewayFormProps = {
    gatewayId: adapter.id,
    money: MONEY,
    locale: 'en',
    disabled: false,
    session: {},
    onChange,
    ...props,
  };
  const view = render(<adapter.Form {...all} />);
  // Let the stripe promise resolve and Elements mount.
  await act(async () => {
    await Promise.resolve();
  });
  const rerender = async (next: Partial<GatewayFormProps>) => {
    Object.assign(all, next);
    view.rerender(<adapter.Form {...all} />);
    await act(async () => {
      await Promise.resolve();
    });
  };
  return { ...view, onChange, rerender };
}
