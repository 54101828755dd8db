import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PaymentErrorMessage } from '../../src/components/payment-error-message';
import { PaymentError } from '../../src/core/errors/payment-error';
import { expectState, runCheckout, type CheckoutRun } from '../fixtures/run-checkout';

/**
 * What went wrong, in the shopper's words (never raw gateway text), and what
 * to do next — with the matching button. Each error here is the one a real
 * checkout settled with.
 */
const meta = {
  title: 'Components/PaymentErrorMessage',
  component: PaymentErrorMessage,
  args: { error: new PaymentError({ code: 'unknown' }), onRetry: fn(), onNewMethod: fn(), moveFocus: false },
  render: (args, { loaded }) => {
    const run = loaded.run as CheckoutRun | undefined;
    const state = run?.state;
    const error = state && (state.status === 'failed' || state.status === 'fallback_offered') ? state.error : args.error;
    return <PaymentErrorMessage {...args} error={error} fallbackOffered={state?.status === 'fallback_offered'} />;
  },
} satisfies Meta<typeof PaymentErrorMessage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A decline: another card is the way forward. */
export const Declined: Story = {
  loaders: [async () => ({ run: await runCheckout({ submit: { method: { type: 'test_card', token: 'tok_decline' } } }) })],
  play: async ({ canvasElement, args, loaded }) => {
    expectState(loaded.run as CheckoutRun, 'failed');
    const group = within(canvasElement).getByRole('group', { name: 'Payment not completed' });
    await expect(group).toHaveAttribute('data-next-step', 'new_method');
    await userEvent.click(within(group).getByRole('button', { name: 'Use another card' }));
    await expect(args.onNewMethod).toHaveBeenCalledTimes(1);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** The only gateway could not be reached (nothing was sent): trying again is safe. */
export const Unreachable: Story = {
  loaders: [async () => ({ run: await runCheckout({ primary: { outages: [{ from: 0, to: Number.MAX_SAFE_INTEGER }] } }) })],
  play: async ({ canvasElement, args, loaded }) => {
    expectState(loaded.run as CheckoutRun, 'failed');
    const group = within(canvasElement).getByRole('group', { name: 'Payment not completed' });
    await expect(group).toHaveAttribute('data-next-step', 'retry');
    await userEvent.click(within(group).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Whether money moved is unknown: no button that could charge again — contact the shop. */
export const OutcomeUnknown: Story = {
  loaders: [
    async () => ({
      run: await runCheckout({ primary: { faults: { confirm: () => ({ type: 'timeout' }), retrieve: () => ({ type: 'server_error' }) } } }),
    }),
  ],
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('group', { name: 'Payment not completed' });
    await expect(group).toHaveAttribute('data-code', 'outcome_unknown');
    await expect(group).toHaveAttribute('data-next-step', 'contact_merchant');
    await expect(within(group).queryByRole('button')).toBeNull();
  },
};

/** Next to fallback options the advice is to choose another way to pay. */
export const WithFallback: Story = {
  loaders: [
    async () => ({ run: await runCheckout({ primary: { outages: [{ from: 0, to: Number.MAX_SAFE_INTEGER }] }, bankTransfer: true }) }),
  ],
  play: async ({ canvasElement, loaded }) => {
    expectState(loaded.run as CheckoutRun, 'fallback_offered');
    await expect(within(canvasElement).getByText('Please choose another way to pay below.')).toBeVisible();
  },
};
