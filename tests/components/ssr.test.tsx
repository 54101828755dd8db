// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import 'react';
import { PaymentError } from '../../src/core/errors/payment-error';

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'matchMedia', 'location'] as const;

describe('server rendering', () => {
  it('runs with no window', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('importing the package touches no browser global', async () => {
    const touched: string[] = [];
    const saved = new Map<string, PropertyDescriptor | undefined>();
    for (const name of BROWSER_GLOBALS) {
      saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          return undefined;
        },
      });
    }
    try {
      const entry = await import('../../src/index');
      expect(typeof entry.SecurePaymentProcessor).toBe('function');
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
    expect(touched).toEqual([]);
  });

  it('renders the processor and every component with renderToString', async () => {
    const entry = await import('../../src/index');
    const testing = await import('../../src/testing/index');
    const {
      PaymentGatewayProvider,
      SecurePaymentProcessor,
      PaymentStatus,
      PaymentErrorMessage,
      FallbackOptions,
      BankTransferInstructions,
      PaymentSuccess,
      PaymentProcessing,
      PaymentCanceled,
      PaymentActionRequired,
      PayButton,
      TestModeCardForm,
      createPaymentClient,
      createBankTransferGateway,
    } = entry;
    const client = createPaymentClient({
      gateways: [testing.createSimulatedGateway(), createBankTransferGateway({ beneficiary: 'Shop GmbH', iban: 'DE89370400440532013000' })],
    });
    const money = { amount: 4999, currency: 'EUR' };
    const html = renderToString(
      <PaymentGatewayProvider client={client}>
        <SecurePaymentProcessor amount={4999} currency="EUR" clientSecret="pi_1_secret_abc" locale="es" />
      </PaymentGatewayProvider>,
    );
    expect(html).toContain('data-status="idle"');
    expect(html).toContain('MODO DE PRUEBA');
    expect(html).toContain('Pagar 49,99');
    expect(html).not.toContain('pi_1_secret_abc');

    const error = new PaymentError({ code: 'card_declined' });
    const parts = [
      <PaymentStatus key="s" state={{ status: 'failed', error }} />,
      <PaymentErrorMessage key="e" error={error} onNewMethod={() => {}} />,
      <FallbackOptions key="f" options={[{ gatewayId: 'bank-transfer', label: 'Bank transfer', kind: 'manual' }]} onSelect={() => {}} />,
      <BankTransferInstructions key="b" instructions={{ method: 'bank_transfer', reference: 'R-1', amount: money, iban: 'DE89370400440532013000', expectedDays: 2 }} />,
      <PaymentSuccess key="ok" money={money} paymentId="pay_1" />,
      <PaymentProcessing key="p" money={money} />,
      <PaymentCanceled key="c" onStartOver={() => {}} />,
      <PaymentActionRequired key="a" action={{ type: 'step_up' }} money={money} onComplete={() => {}} />,
      <PayButton key="pay" label="Pay" pending pendingLabel="Paying…" />,
      <TestModeCardForm key="t" gatewayId="simulated" money={money} locale="en" disabled={false} session={{}} onChange={() => {}} />,
    ];
    for (const part of parts) {
      expect(renderToString(part)).toMatch(/data-status="/);
    }
  });
});
