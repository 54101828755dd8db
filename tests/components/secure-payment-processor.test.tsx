import { useEffect } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PaymentError } from '../../src/core/errors/payment-error';
import type { CheckoutState, GatewayAdapter } from '../../src/core/types';
import { MESSAGE_CATALOGS } from '../../src/i18n/catalogs';
import { SecurePaymentProcessor, type SecurePaymentProcessorProps } from '../../src/components/secure-payment-processor';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import type { GatewayFormProps } from '../../src/react/gateway-form';
import { createFakeClient, fakeGateway, type FakeClient } from '../react/fakes';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

const messagesFr = MESSAGE_CATALOGS['fr']!;

const SECRET = 'pi_3Nabc_secret_Zyx987654321';

function renderWith(client: FakeClient, props: Partial<SecurePaymentProcessorProps> = {}) {
  const all: SecurePaymentProcessorProps = { amount: 4999, currency: 'EUR', ...props };
  const utils = render(
    <PaymentGatewayProvider client={client}>
      <SecurePaymentProcessor {...all} />
    </PaymentGatewayProvider>,
  );
  return {
    ...utils,
    root: () => utils.container.querySelector('section[data-status]') as HTMLElement,
    rerenderWith: (next: Partial<SecurePaymentProcessorProps>) =>
      utils.rerender(
        <PaymentGatewayProvider client={client}>
          <SecurePaymentProcessor {...all} {...next} />
        </PaymentGatewayProvider>,
      ),
  };
}

/** A gateway with its own React form that reports a ready method at once. */
function formGateway(): GatewayAdapter & { Form: (p: GatewayFormProps) => null } {
  const Form = (p: GatewayFormProps) => {
    formProps.push(p);
    // Report a complete method once mounted, as a gateway's iframe would.
    useEffect(() => p.onChange({ complete: true, method: { type: 'card', token: 'pm_123' } }), []); // eslint-disable-line react-hooks/exhaustive-deps
    return null;
  };
  const formProps: GatewayFormProps[] = [];
  return Object.assign(fakeGateway('card'), { Form, formProps });
}

describe('SecurePaymentProcessor (fake client)', () => {
  it('without a provider throws an error naming the component', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<SecurePaymentProcessor amount={100} currency="EUR" />)).toThrow(
      '<SecurePaymentProcessor>: could not find the payment client. Wrap the part of your app that renders <SecurePaymentProcessor> in <PaymentGatewayProvider>.',
    );
  });

  it("renders the adapter's Form with GatewayFormProps, and submits the session without ever rendering it", async () => {
    const gateway = formGateway();
    const client = createFakeClient([gateway]);
    const onPaymentSubmit = vi.fn();
    const { container } = renderWith(client, { clientSecret: SECRET, onPaymentSubmit, locale: 'fr' });
    await act(async () => {});
    const props = (gateway as unknown as { formProps: GatewayFormProps[] }).formProps.at(-1)!;
    expect(props).toMatchObject({ gatewayId: 'card', money: { amount: 4999, currency: 'EUR' }, locale: 'fr', disabled: false });
    expect(props.session).toEqual({ clientSecret: SECRET, onPaymentSubmit });
    await userEvent.click(screen.getByRole('button', { name: /Payer 49,99/ }));
    expect(client.lastCheckout().submit).toHaveBeenCalledTimes(1);
    expect(client.lastCheckout().submit).toHaveBeenCalledWith({
      gatewayId: 'card',
      method: { type: 'card', token: 'pm_123' },
      session: { clientSecret: SECRET, onPaymentSubmit },
    });
    expect(container.innerHTML).not.toContain(SECRET);
    expect(container.innerHTML).not.toContain('secret');
  });

  it('given an invalid amount, shows the integration error and no pay button', async () => {
    const client = createFakeClient();
    const { root, container } = renderWith(client, { amount: -5 });
    expect(root()).toHaveAttribute('data-status', 'failed');
    expect(screen.getByText(/problem on the shop’s side/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Pay/ })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('while isLoading, the pay button waits and the root is busy', async () => {
    const client = createFakeClient();
    const { root, container } = renderWith(client, { isLoading: true });
    const button = screen.getByRole('button', { name: 'Loading the payment form…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(root()).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(client.lastCheckout().submit).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an initial `error` until the shopper submits', async () => {
    const client = createFakeClient([fakeGateway('plain')]);
    renderWith(client, { error: new PaymentError({ code: 'authentication_failed' }) });
    expect(screen.getByText(/couldn’t verify this payment/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
    expect(screen.queryByText(/couldn’t verify this payment/)).toBeNull();
  });

  describe('given each settled state', () => {
    it('step-up: forwards the code to completeAction', async () => {
      const client = createFakeClient();
      const { root, container } = renderWith(client);
      act(() => client.lastCheckout().emit({ status: 'requires_action', gatewayId: 'sim', action: { type: 'step_up' } }));
      expect(root()).toHaveAttribute('data-status', 'requires_action');
      await userEvent.type(screen.getByLabelText('Verification code'), '654321{Enter}');
      expect(client.lastCheckout().completeAction).toHaveBeenCalledWith({ code: '654321' });
      expect(await axeViolations(container)).toEqual([]);
    });

    it('step-up: one title (the view names the challenge), no second "Confirm it’s you"', async () => {
      const client = createFakeClient();
      const { container } = renderWith(client);
      act(() => client.lastCheckout().emit({ status: 'requires_action', gatewayId: 'sim', action: { type: 'step_up' } }));
      expect(screen.getAllByText('Confirm your payment')).toHaveLength(1);
      expect(screen.queryByText('Confirm it’s you')).toBeNull();
      expect(screen.getByRole('form', { name: 'Confirm your payment' })).toContainElement(screen.getByLabelText('Verification code'));
      expect(await axeViolations(container)).toEqual([]);
    });

    it('step-up: a state that says why the verification failed shows it, localized, at the code input', async () => {
      const client = createFakeClient();
      const { container } = renderWith(client, { locale: 'fr' });
      const error = new PaymentError({ code: 'authentication_failed', message: 'issuer said: OTP mismatch (raw)' });
      // The engine's requires_action state may carry the last verification's error.
      const state = { status: 'requires_action', gatewayId: 'sim', action: { type: 'step_up' }, error } as CheckoutState;
      act(() => client.lastCheckout().emit(state));
      const input = screen.getByLabelText('Code de vérification');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(expect.stringContaining(messagesFr['ui.stepUp.wrongCode']!));
      expect(container).not.toHaveTextContent('OTP mismatch');
      expect(await axeViolations(container)).toEqual([]);
    });

    it.each([
      ['en', 'Connection problem — retrying (2 of 3)'],
      ['de', 'Verbindungsproblem — neuer Versuch (2 von 3)'],
      ['fr', 'Problème de connexion — nouvelle tentative (2 sur 3)'],
      ['es', 'Problema de conexión — reintentando (2 de 3)'],
    ])('retrying (%s): shows the attempt count visibly, announced only by the status region', (locale, text) => {
      const client = createFakeClient();
      const { container } = renderWith(client, { locale });
      const error = new PaymentError({ code: 'network_error' });
      act(() => client.lastCheckout().emit({ status: 'retrying', gatewayId: 'sim', attempt: 2, maxAttempts: 3, retryAt: 250, error }));
      const visible = [...container.querySelectorAll('p')].filter((p) => p.textContent === text);
      expect(visible).toHaveLength(1);
      expect(visible[0]).toBeVisible();
      expect(visible[0]?.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
      expect(screen.getByRole('status')).toHaveTextContent(text);
      const live = [...container.querySelectorAll('[aria-live]')].filter((el) => el.textContent?.includes(text));
      expect(live).toHaveLength(1);
    });

    it('canceled: shows the canceled view and "Start a new payment" makes a new checkout', async () => {
      const client = createFakeClient();
      const { root, container } = renderWith(client);
      act(() => client.lastCheckout().emit({ status: 'canceled' }));
      expect(root()).toHaveAttribute('data-status', 'canceled');
      expect(await axeViolations(container)).toEqual([]);
      await userEvent.click(screen.getByRole('button', { name: 'Start a new payment' }));
      expect(client.checkouts).toHaveLength(2);
      expect(root()).toHaveAttribute('data-status', 'idle');
    });

    it('reconciling: the button says it is checking', async () => {
      const client = createFakeClient();
      const { container } = renderWith(client);
      act(() => client.lastCheckout().emit({ status: 'reconciling', gatewayId: 'sim', error: new PaymentError({ code: 'timeout' }) }));
      expect(screen.getByRole('button', { name: 'Checking payment…' })).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('status')).toHaveTextContent('Checking whether your payment went through…');
      expect(await axeViolations(container)).toEqual([]);
    });

    it('calls onError once per failed settlement, also when re-rendered and when the same error is re-emitted', () => {
      const client = createFakeClient();
      const onError = vi.fn();
      const { rerenderWith } = renderWith(client, { onError });
      const error = new PaymentError({ code: 'card_declined' });
      act(() => client.lastCheckout().emit({ status: 'failed', error }));
      rerenderWith({ onError });
      act(() => client.lastCheckout().emit({ status: 'failed', error }));
      expect(onError).toHaveBeenCalledTimes(1);
      act(() => client.lastCheckout().emit({ status: 'submitting', gatewayId: 'sim', attempt: 1 }));
      act(() => client.lastCheckout().emit({ status: 'failed', error: new PaymentError({ code: 'expired_card' }) }));
      expect(onError).toHaveBeenCalledTimes(2);
    });
  });

  describe('focus', () => {
    it('after an unknown outcome, shows the message (focused) and no pay button', async () => {
      const client = createFakeClient();
      const { container } = renderWith(client);
      act(() => client.lastCheckout().emit({ status: 'failed', error: new PaymentError({ code: 'outcome_unknown' }) }));
      const error = screen.getByRole('group', { name: 'Payment not completed' });
      expect(error).toHaveFocus();
      expect(error).toHaveTextContent('Please contact the shop before trying again.');
      expect(screen.queryByRole('button', { name: /Pay/ })).toBeNull();
      expect(await axeViolations(container)).toEqual([]);
    });

    it('when the pay button is replaced by the success view, focus moves to the view, not the page', async () => {
      const client = createFakeClient([fakeGateway('plain')]);
      renderWith(client);
      const pay = screen.getByRole('button', { name: 'Pay €49.99' });
      await userEvent.click(pay);
      act(() => client.lastCheckout().emit({ status: 'succeeded', gatewayId: 'plain', paymentId: 'pay_9' }));
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toContainElement(screen.getByText('Payment successful'));
    });

    it('never pulls focus from elsewhere on the page', async () => {
      const client = createFakeClient([fakeGateway('plain')]);
      renderWith(client);
      const outside = document.createElement('input');
      document.body.appendChild(outside);
      try {
        outside.focus();
        act(() => client.lastCheckout().emit({ status: 'succeeded', gatewayId: 'plain', paymentId: 'pay_9' }));
        expect(outside).toHaveFocus();
      } finally {
        outside.remove();
      }
    });

    it('choosing an online fallback shows that gateway\'s form and puts focus there', async () => {
      const primary = fakeGateway('primary', { testMode: true });
      const backup = formGateway();
      const client = createFakeClient([primary, backup]);
      renderWith(client);
      const checkout = client.lastCheckout();
      checkout.selectFallback.mockImplementation(async (gatewayId: string) => {
        const next = { status: 'idle' as const, gatewayId };
        checkout.emit(next);
        return next;
      });
      act(() =>
        checkout.emit({
          status: 'fallback_offered',
          error: new PaymentError({ code: 'gateway_unavailable' }),
          options: [{ gatewayId: 'card', label: 'Backup cards', kind: 'online' }],
        }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Continue with Backup cards' }));
      expect(checkout.selectFallback).toHaveBeenCalledWith('card', undefined, {});
      const region = document.querySelector('[data-gateway="card"]');
      expect(region).not.toBeNull();
      expect(region).toHaveFocus();
      expect(screen.queryByText('TEST MODE')).toBeNull();
    });
  });

  it('a new amount on an idle checkout is shown and charged; in flight it is not', () => {
    const client = createFakeClient([fakeGateway('plain')]);
    const { rerenderWith } = renderWith(client);
    rerenderWith({ amount: 5999 });
    expect(screen.getByRole('button', { name: 'Pay €59.99' })).toBeInTheDocument();
    act(() => client.lastCheckout().emit({ status: 'submitting', gatewayId: 'plain', attempt: 1 }));
    rerenderWith({ amount: 6999 });
    expect(screen.getByRole('button', { name: 'Paying €59.99…' })).toBeInTheDocument();
    expect(screen.getByText('Your order total changed to €69.99. This payment was for €59.99.')).toBeInTheDocument();
    expect(client.checkouts).toHaveLength(1);
  });

  it('unmounting mid-payment cancels the checkout', () => {
    const client = createFakeClient();
    const { unmount } = renderWith(client);
    act(() => client.lastCheckout().emit({ status: 'submitting', gatewayId: 'sim', attempt: 1 }));
    unmount();
    expect(client.lastCheckout().cancel).toHaveBeenCalledTimes(1);
  });

  it('unstyled renders no class names, only data-status', () => {
    const client = createFakeClient();
    const { container, root } = renderWith(client, { unstyled: true });
    expect(container.querySelector('[class]')).toBeNull();
    expect(root()).toHaveAttribute('data-status', 'idle');
  });

  it('speaks the locale and takes message overrides', () => {
    const client = createFakeClient([fakeGateway('plain')]);
    renderWith(client, { locale: 'de', messages: { 'ui.pay': 'Jetzt {amount} zahlen' } });
    expect(screen.getByRole('button', { name: /^Jetzt 49,99\s€ zahlen$/ })).toBeInTheDocument();
  });
});
