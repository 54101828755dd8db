import { StrictMode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SecurePaymentProcessor } from '../../src/components/secure-payment-processor';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import { createSimulatedGateway } from '../../src/testing/simulated-gateway';
import { createVirtualClock } from '../../src/testing/virtual-clock';
import * as clientModule from '../../src/core/client/create-payment-client';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

vi.mock('../../src/core/client/create-payment-client', async (importOriginal) => {
  const actual = await importOriginal<typeof clientModule>();
  return { ...actual, createPaymentClient: vi.fn(actual.createPaymentClient) };
});

describe('under StrictMode', () => {
  it('a provider given options creates one client; one checkout; one confirm; onSuccess once', async () => {
    const create = vi.mocked(clientModule.createPaymentClient);
    const clock = createVirtualClock();
    const gateway = createSimulatedGateway({ clock });
    const onSuccess = vi.fn();
    const { container } = render(
      <StrictMode>
        <PaymentGatewayProvider gateways={[gateway]} clock={clock}>
          <SecurePaymentProcessor amount={1200} currency="EUR" onSuccess={onSuccess} />
        </PaymentGatewayProvider>
      </StrictMode>,
    );
    expect(create).toHaveBeenCalledTimes(1);
    const client = create.mock.results[0]!.value as ReturnType<typeof clientModule.createPaymentClient>;
    const createCheckout = vi.spyOn(client, 'createCheckout');
    await userEvent.click(screen.getByRole('radio', { name: /4242 4242 4242 4242/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Pay €12.00' }));
    await clock.flush();
    await screen.findByText('Payment successful');
    expect(gateway.calls.filter((c) => c.operation === 'confirm')).toHaveLength(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(createCheckout).not.toHaveBeenCalled();
    expect(container.querySelector('section')).toHaveAttribute('data-status', 'succeeded');
  });
});
