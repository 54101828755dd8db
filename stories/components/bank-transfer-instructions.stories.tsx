import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { BankTransferInstructions } from '../../src/components/bank-transfer-instructions';
import { expectState, runCheckout, type CheckoutRun } from '../fixtures/run-checkout';

/**
 * What the shopper needs for a bank transfer: amount, beneficiary, IBAN, BIC
 * and the reference to quote, each with a copy button. The instructions are
 * those the bank-transfer gateway gave a real checkout.
 */
const meta = {
  title: 'Components/BankTransferInstructions',
  component: BankTransferInstructions,
  args: { instructions: { method: 'bank_transfer', reference: '', amount: { amount: 1, currency: 'EUR' } } },
  loaders: [async () => ({ run: await runCheckout({ bankTransfer: true, submit: { gatewayId: 'bank-transfer' } }) })],
  render: (args, { loaded }) => (
    <BankTransferInstructions {...args} instructions={expectState(loaded.run as CheckoutRun, 'pending_manual').instructions} />
  ),
} satisfies Meta<typeof BankTransferInstructions>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A transfer in euros, expected in two business days. */
export const Euro: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { reference } = expectState(loaded.run as CheckoutRun, 'pending_manual').instructions;
    const canvas = within(canvasElement);
    await expect(canvas.getByText(reference)).toBeVisible();
    await expect(canvas.getByText('DE89 3704 0044 0532 0130 00')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copy Reference' })).toBeVisible();
  },
};

/** The same instructions in German (amount formatted for de). */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('49,99 €').length).toBeGreaterThan(0);
  },
};
