import { useEffect } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PaymentError } from '../../src/core/errors/payment-error';
import type { GatewayAdapter } from '../../src/core/types';
import { SecurePaymentProcessor, type SecurePaymentProcessorProps } from '../../src/components/secure-payment-processor';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import type { GatewayFormProps } from '../../src/react/gateway-form';
import { createFakeClient, fakeGateway, type FakeClient } from '../react/fakes';
import { axeViolations } from './axe';

// axe-core is slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

/** What a gateway SDK's loader rejects with: developer text that must never reach the shopper. */
const RAW = 'Failed to load Stripe.js from https://js.stripe.com/v3 (net::ERR_BLOCKED_BY_CLIENT)';

/** A gateway whose React form reports an error once mounted, as the Stripe form does when Stripe.js fails to load. */
function brokenFormGateway(id = 'card') {
  const mounts = vi.fn();
  const Form = (p: GatewayFormProps) => {
    useEffect(() => {
      mounts();
      p.onChange({ complete: false, error: new PaymentError({ code: 'gateway_unavailable', gatewayId: p.gatewayId, message: RAW }) });
    }, []); // eslint-disable-line react-hooks/exhaustive-deps
    return null;
  };
  const gateway: GatewayAdapter & { Form: typeof Form } = Object.assign(fakeGateway(id), { Form });
  return { gateway, mounts };
}

function renderWith(client: FakeClient, props: Partial<SecurePaymentProcessorProps> = {}) {
  return render(
    <PaymentGatewayProvider client={client}>
      <SecurePaymentProcessor amount={4999} currency="EUR" {...props} />
    </PaymentGatewayProvider>,
  );
}

const formError = () => screen.getByRole('group', { name: 'Payment not completed' });

describe('SecurePaymentProcessor when the gateway form reports an error', () => {
  describe('given another enabled gateway that supports the money', () => {
    it('shows the localized error (not the raw gateway text) and lets the shopper choose the other method', async () => {
      const { gateway } = brokenFormGateway();
      const client = createFakeClient([gateway, fakeGateway('sim', { testMode: true, label: 'Test card' })]);
      const { container } = renderWith(client);

      const error = formError();
      expect(error).toHaveAttribute('data-code', 'gateway_unavailable');
      expect(error).toHaveTextContent('This payment method is unavailable right now. Try again shortly or choose another way to pay.');
      expect(error).toHaveTextContent('Please choose another way to pay below.');
      expect(error).toHaveAttribute('data-next-step', 'choose_method');
      expect(container).not.toHaveTextContent(/Stripe\.js|ERR_BLOCKED/);
      // Shown without pulling focus (it may appear long after the page loaded).
      expect(error).not.toHaveFocus();
      expect(await axeViolations(container)).toEqual([]);

      // Paying points at the error, not at "complete the payment details".
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      expect(error).toHaveFocus();
      expect(screen.queryByText('Complete the payment details above first.')).toBeNull();
      expect(client.lastCheckout().submit).not.toHaveBeenCalled();

      // The method selector is reachable and enabled: choose the other method.
      const other = screen.getByRole('radio', { name: 'Test card' });
      expect(other).toBeEnabled();
      await userEvent.click(other);
      expect(other).toBeChecked();
      expect(screen.queryByRole('group', { name: 'Payment not completed' })).toBeNull();
      expect(screen.getByText('TEST MODE')).toBeInTheDocument();
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('given no other gateway', () => {
    it('gives the next step of the error; "Try again" loads the form again', async () => {
      const { gateway, mounts } = brokenFormGateway();
      const client = createFakeClient([gateway]);
      const { container } = renderWith(client);

      const error = formError();
      expect(error).toHaveAttribute('data-next-step', 'retry');
      expect(error).toHaveTextContent('Please try again.');
      expect(screen.queryAllByRole('radio')).toEqual([]);
      expect(await axeViolations(container)).toEqual([]);
      expect(mounts).toHaveBeenCalledTimes(1);
      await userEvent.click(within(error).getByRole('button', { name: 'Try again' }));
      expect(mounts).toHaveBeenCalledTimes(2);
      expect(client.lastCheckout().submit).not.toHaveBeenCalled();
    });
  });

  it('uses the active locale for the error', () => {
    const { gateway } = brokenFormGateway();
    renderWith(createFakeClient([gateway]), { locale: 'de' });
    expect(screen.getByRole('group', { name: 'Zahlung nicht abgeschlossen' })).toHaveAttribute('data-code', 'gateway_unavailable');
    expect(screen.getByRole('group', { name: 'Zahlung nicht abgeschlossen' })).not.toHaveTextContent(/Stripe\.js/);
  });
});
