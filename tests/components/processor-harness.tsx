/**
 * The real engine + simulated gateways + a virtual clock, rendered inside a
 * provider: the integration harness of the processor tests.
 */
import { act, render } from '@testing-library/react';
import { vi } from 'vitest';
import { createPaymentClient } from '../../src/core/client/create-payment-client';
import type { PaymentClientOptions } from '../../src/core/types';
import { SecurePaymentProcessor, type SecurePaymentProcessorProps } from '../../src/components/secure-payment-processor';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import { createBankTransferGateway } from '../../src/adapters/bank-transfer/create-bank-transfer-gateway';
import { createSimulatedGateway, type SimulatedGatewayOptions } from '../../src/testing/simulated-gateway';
import { createVirtualClock } from '../../src/testing/virtual-clock';

export interface HarnessOptions {
  gateway?: Omit<SimulatedGatewayOptions, 'clock'>;
  bankTransfer?: boolean;
  client?: Partial<PaymentClientOptions>;
  props?: Partial<SecurePaymentProcessorProps>;
}

export function renderProcessor(options: HarnessOptions = {}) {
  const clock = createVirtualClock();
  const gateway = createSimulatedGateway({ clock, ...options.gateway });
  const gateways: PaymentClientOptions['gateways'] = [gateway];
  if (options.bankTransfer) {
    gateways.push(createBankTransferGateway({ clock, beneficiary: 'Shop GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', expectedDays: 2 }));
  }
  let ids = 0;
  const client = createPaymentClient({
    gateways,
    clock,
    random: () => 1,
    generateId: () => `id_${++ids}`,
    retry: { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 4000, attemptTimeoutMs: 10_000 },
    ...options.client,
  });
  const onSuccess = vi.fn();
  const onError = vi.fn();
  const props: SecurePaymentProcessorProps = { amount: 4999, currency: 'EUR', onSuccess, onError, ...options.props };
  const utils = render(
    <PaymentGatewayProvider client={client}>
      <SecurePaymentProcessor {...props} />
    </PaymentGatewayProvider>,
  );
  /** Lets the engine's promise chains run (no time passes). */
  const flush = () => act(() => clock.flush());
  /** Moves virtual time, firing due timers. */
  const advance = (ms: number) => act(() => clock.advance(ms));
  const root = () => utils.container.querySelector('[data-status]') as HTMLElement;
  const confirmCalls = () => gateway.calls.filter((c) => c.operation === 'confirm');
  return { ...utils, clock, gateway, client, onSuccess, onError, flush, advance, root, confirmCalls };
}
