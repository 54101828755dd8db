/**
 * The React half of the DESIGN.md contract, through the root entry point only,
 * written the way an outside suite would: names and props exactly as DESIGN
 * spells them.
 */
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  createPaymentClient,
  PaymentError,
  PaymentGatewayProvider,
  SecurePaymentProcessor,
  useCheckout,
  useCheckoutState,
  useGatewayHealth,
  usePaymentClient,
  usePaymentEvents,
  BankTransferInstructions,
  FallbackOptions,
  PaymentErrorMessage,
  PaymentMethodSelector,
  PaymentMonitor,
  PaymentStatus,
  StepUpChallenge,
  type PaymentEvent,
} from '../../src/index';
import { createSimulatedGateway, createVirtualClock } from '../../src/testing/index';

function world() {
  const clock = createVirtualClock();
  const gateway = createSimulatedGateway({ id: 'sim', clock });
  const client = createPaymentClient({ gateways: [gateway], clock, random: () => 0 });
  return { clock, gateway, client };
}

describe('PaymentGatewayProvider', () => {
  it('takes a client', () => {
    const { client } = world();
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentGatewayProvider client={client}>{children}</PaymentGatewayProvider>;
    const { result } = renderHook(() => usePaymentClient(), { wrapper });
    expect(result.current).toBe(client);
  });

  it('or the client options as props', () => {
    const clock = createVirtualClock();
    const gateway = createSimulatedGateway({ id: 'sim', clock });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PaymentGatewayProvider gateways={[gateway]} clock={clock} retry={{ maxAttempts: 2 }}>
        {children}
      </PaymentGatewayProvider>
    );
    const { result } = renderHook(() => usePaymentClient(), { wrapper });
    expect(typeof result.current.createCheckout).toBe('function');
    expect(result.current.gatewayHealth().map((h) => h.gatewayId)).toEqual(['sim']);
  });

  it('hooks without a provider throw an error naming the hook', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => usePaymentClient())).toThrow(/usePaymentClient/);
  });
});

describe('hooks', () => {
  it('useCheckout, useCheckoutState (with a selector), useGatewayHealth, usePaymentEvents', async () => {
    const { clock, client } = world();
    const events: PaymentEvent[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentGatewayProvider client={client}>{children}</PaymentGatewayProvider>;
    const { result } = renderHook(
      () => {
        const { checkout } = useCheckout({ money: { amount: 1000, currency: 'EUR' } });
        const status = useCheckoutState(checkout, (s) => s.status);
        const state = useCheckoutState(checkout);
        const health = useGatewayHealth();
        usePaymentEvents((e) => events.push(e));
        return { checkout, status, state, health };
      },
      { wrapper },
    );
    expect(result.current.status).toBe('idle');
    expect(result.current.state).toEqual({ status: 'idle' });
    expect(result.current.health[0]).toMatchObject({ gatewayId: 'sim', circuit: 'closed' });
    await act(() => clock.run(result.current.checkout!.submit({ method: { type: 'card', token: 'tok_success' } })));
    expect(result.current.status).toBe('succeeded');
    expect(result.current.health[0]!.successes).toBe(1);
    expect(events.map((e) => e.type)).toContain('checkout.succeeded');
  });

  it('useCheckout with bad money does not throw: checkout null, invalid_request', () => {
    const { client } = world();
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentGatewayProvider client={client}>{children}</PaymentGatewayProvider>;
    const { result } = renderHook(() => useCheckout({ money: { amount: 10.5, currency: 'EUR' } }), { wrapper });
    expect(result.current.checkout).toBeNull();
    expect(result.current.error?.code).toBe('invalid_request');
  });
});

describe('SecurePaymentProcessor', () => {
  it('pays with the DESIGN props: onSuccess once, onPaymentSubmit with { idempotencyKey, signal }', async () => {
    const { clock, client, gateway } = world();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const onPaymentSubmit = vi.fn(async (_id: string, ctx: { idempotencyKey: string; signal: AbortSignal }) => {
      expect(typeof ctx.idempotencyKey).toBe('string');
      expect(ctx.signal).toBeInstanceOf(AbortSignal);
      return undefined;
    });
    const { container } = render(
      <PaymentGatewayProvider client={client}>
        <SecurePaymentProcessor
          amount={4999}
          currency="EUR"
          clientSecret="pi_123_secret_abc"
          onPaymentSubmit={onPaymentSubmit}
          onSuccess={onSuccess}
          onError={onError}
          isLoading={false}
          error={null}
        />
      </PaymentGatewayProvider>,
    );
    await userEvent.click(screen.getByRole('radio', { name: /4242 4242 4242 4242/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Pay/ }));
    await act(() => clock.flush());
    await act(() => clock.runAll());
    expect(container.querySelector('[data-status]')).toHaveAttribute('data-status', 'succeeded');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onError).not.toHaveBeenCalled();
    expect(onPaymentSubmit).toHaveBeenCalledTimes(1);
    expect(gateway.ledger.chargeCount()).toBe(1);
    expect(container.innerHTML).not.toContain('pi_123_secret_abc');
  });

  it('shows the error prop, localized, and isLoading keeps the shopper from paying', () => {
    const { client, gateway } = world();
    const { container, rerender } = render(
      <PaymentGatewayProvider client={client}>
        <SecurePaymentProcessor amount={4999} currency="EUR" error={new PaymentError({ code: 'card_declined', message: 'raw gateway text xyz' })} />
      </PaymentGatewayProvider>,
    );
    expect(container.textContent).not.toContain('raw gateway text xyz');
    expect(container.textContent?.toLowerCase()).toMatch(/declined/);
    rerender(
      <PaymentGatewayProvider client={client}>
        <SecurePaymentProcessor amount={4999} currency="EUR" isLoading />
      </PaymentGatewayProvider>,
    );
    const pay = screen.queryByRole('button', { name: /^Pay/ });
    if (pay) expect(pay.getAttribute('aria-disabled') === 'true' || (pay as HTMLButtonElement).disabled).toBe(true);
    expect(gateway.calls).toHaveLength(0);
  });

  it('bad amount props: an invalid_request shown, onError told, no gateway called', async () => {
    const { client, gateway } = world();
    const onError = vi.fn();
    const { container } = render(
      <PaymentGatewayProvider client={client}>
        <SecurePaymentProcessor amount={49.99} currency="EUR" onError={onError} />
      </PaymentGatewayProvider>,
    );
    expect(container.textContent?.length).toBeGreaterThan(0);
    expect(gateway.calls).toHaveLength(0);
    const pay = screen.queryByRole('button', { name: /^Pay/ });
    if (pay) await userEvent.click(pay);
    expect(gateway.calls).toHaveLength(0);
  });

  it('unmount mid-payment aborts the call through its signal and leaves no timer', async () => {
    const clock = createVirtualClock();
    const gateway = createSimulatedGateway({ id: 'sim', clock, faults: [{ type: 'hang' }] });
    const client = createPaymentClient({ gateways: [gateway], clock, random: () => 0 });
    const events: PaymentEvent[] = [];
    client.subscribeEvents((e) => events.push(e));
    const { unmount } = render(
      <PaymentGatewayProvider client={client}>
        <SecurePaymentProcessor amount={4999} currency="EUR" />
      </PaymentGatewayProvider>,
    );
    await userEvent.click(screen.getByRole('radio', { name: /4242 4242 4242 4242/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Pay/ }));
    await act(() => clock.flush());
    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]!.outcome).toBe('pending');
    unmount();
    await clock.flush();
    expect(gateway.calls[0]!.outcome).toBe('aborted');
    expect(clock.pendingTimers()).toBe(0);
    expect(events.filter((e) => e.type === 'checkout.canceled')).toHaveLength(1);
    expect(gateway.ledger.chargeCount()).toBe(0);
  });
});

describe('components on their own, with the props an outsider would guess', () => {
  const options = [
    { gatewayId: 'backup', label: 'Backup card', kind: 'online' as const },
    { gatewayId: 'bank', label: 'Bank transfer', kind: 'manual' as const },
  ];

  it('PaymentStatus is a live region for a state', () => {
    render(<PaymentStatus state={{ status: 'succeeded', gatewayId: 'sim', paymentId: 'p1' }} />);
    expect(screen.getByRole('status')).toHaveTextContent(/success/i);
  });

  it('PaymentErrorMessage shows the localized message, never the raw text', () => {
    const { container } = render(<PaymentErrorMessage error={new PaymentError({ code: 'insufficient_funds', message: 'RAW-GATEWAY-TEXT' })} />);
    expect(container.textContent).not.toContain('RAW-GATEWAY-TEXT');
    expect(container.textContent?.toLowerCase()).toMatch(/fund/);
  });

  it('FallbackOptions and PaymentMethodSelector hand back the chosen gateway id', async () => {
    const onSelect = vi.fn();
    const { unmount } = render(<FallbackOptions options={options} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: /Bank transfer/ }));
    expect(onSelect).toHaveBeenCalledWith('bank');
    unmount();
    const onChange = vi.fn();
    render(<PaymentMethodSelector options={options} value={null} onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: /Backup card/ }));
    expect(onChange).toHaveBeenCalledWith('backup');
  });

  it('BankTransferInstructions shows the reference, IBAN and amount', () => {
    const { container } = render(
      <BankTransferInstructions
        instructions={{ method: 'bank_transfer', reference: 'RSP-123', amount: { amount: 4999, currency: 'EUR' }, iban: 'DE89370400440532013000', beneficiary: 'Shop' }}
      />,
    );
    expect(container.textContent).toContain('RSP-123');
    expect(container.textContent?.replace(/\s/g, '')).toContain('DE89370400440532013000');
    expect(container.textContent).toMatch(/49[.,]99/);
  });

  it('StepUpChallenge submits the code; PaymentMonitor lists gateway health', async () => {
    const onSubmit = vi.fn();
    const { unmount } = render(<StepUpChallenge onSubmit={onSubmit} />);
    await userEvent.type(screen.getByRole('textbox'), '123456{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('123456');
    unmount();
    const { container } = render(
      <PaymentMonitor health={[{ gatewayId: 'sim', circuit: 'open', successes: 3, failures: 5, consecutiveFailures: 5, latencyMs: [10, 20] }]} />,
    );
    expect(container.textContent).toContain('sim');
    expect(container.textContent?.toLowerCase()).toContain('open');
  });
});

