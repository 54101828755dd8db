import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BankTransferInstructions } from '../../src/components/bank-transfer-instructions';
import { PaymentMessagesProvider } from '../../src/i18n/messages-context';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

const instructions = {
  method: 'bank_transfer',
  reference: 'RSP-7K2Q-9M4T',
  amount: { amount: 4999, currency: 'EUR' },
  beneficiary: 'Shop GmbH',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  expectedDays: 2,
};

describe('BankTransferInstructions', () => {
  afterEach(() => vi.useRealTimers());

  it('shows amount, beneficiary, grouped IBAN, BIC, reference and expected days', async () => {
    const { container } = render(<BankTransferInstructions instructions={instructions} />);
    expect(screen.getByText('€49.99')).toBeInTheDocument();
    expect(screen.getByText('Shop GmbH')).toBeInTheDocument();
    expect(screen.getByText('DE89 3704 0044 0532 0130 00')).toBeInTheDocument();
    expect(screen.getByText('COBADEFFXXX')).toBeInTheDocument();
    expect(screen.getByText('RSP-7K2Q-9M4T')).toBeInTheDocument();
    expect(screen.getByText('The transfer usually arrives within 2 business days.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('uses the singular for one day and the active locale for amounts', () => {
    render(
      <PaymentMessagesProvider locale="de">
        <BankTransferInstructions instructions={{ ...instructions, expectedDays: 1 }} />
      </PaymentMessagesProvider>,
    );
    expect(screen.getByText('Die Überweisung kommt in der Regel innerhalb von 1 Werktag an.')).toBeInTheDocument();
    expect(screen.getByText(/^49,99\s€$/)).toBeInTheDocument();
  });

  it('copies the IBAN without spaces and the reference, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<BankTransferInstructions instructions={instructions} />);
    await user.click(screen.getByRole('button', { name: 'Copy IBAN' }));
    expect(writeText).toHaveBeenLastCalledWith('DE89370400440532013000');
    expect(await screen.findByRole('button', { name: 'IBAN copied' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy Reference' }));
    expect(writeText).toHaveBeenLastCalledWith('RSP-7K2Q-9M4T');
  });

  it('without a clipboard, tells the shopper to copy by hand; the label resets after a while', async () => {
    vi.useFakeTimers();
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      render(<BankTransferInstructions instructions={instructions} />);
      await act(async () => {
        screen.getByRole('button', { name: 'Copy IBAN' }).click();
      });
      expect(screen.getByRole('button', { name: 'Could not copy. Please select the IBAN and copy it by hand.' })).toBeInTheDocument();
      await act(async () => {
        vi.advanceTimersByTime(2000);
      });
      expect(screen.getByRole('button', { name: 'Copy IBAN' })).toBeInTheDocument();
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
