import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SecurePaymentProcessor } from '../../src/components/secure-payment-processor';
import { createPaymentClient } from '../../src/core/client/create-payment-client';
import { createBankTransferGateway } from '../../src/adapters/bank-transfer/create-bank-transfer-gateway';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import { createSimulatedGateway } from '../../src/testing/simulated-gateway';

vi.setConfig({ testTimeout: 30_000 });

describe('hydration', () => {
  let container: HTMLElement | null = null;
  afterEach(() => container?.remove());

  it('hydrates the server markup of the processor without a mismatch', async () => {
    const makeTree = () => {
      const client = createPaymentClient({
        gateways: [createSimulatedGateway(), createBankTransferGateway({ beneficiary: 'Shop GmbH', iban: 'DE89370400440532013000' })],
      });
      return (
        <PaymentGatewayProvider client={client}>
          <SecurePaymentProcessor amount={4999} currency="EUR" locale="de" />
        </PaymentGatewayProvider>
      );
    };
    const html = renderToString(makeTree());
    container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const parsed = container.innerHTML;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container!, makeTree(), { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    // The DOM as parsed from the server HTML, before hydration (attribute names normalised by the parser).
    expect(container.innerHTML).toBe(parsed);
  });
});
