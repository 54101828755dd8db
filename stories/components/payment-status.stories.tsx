import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PaymentStatus } from '../../src/components/payment-status';
import type { CheckoutState } from '../../src/core/types';
import { runCheckout, type CheckoutRun } from '../fixtures/run-checkout';

/**
 * The live region of the processor: one sentence per state, polite for
 * progress (`role="status"`), assertive for failures (`role="alert"`). In the
 * processor it is visually hidden; `visible` shows it here. The states below
 * are every state a real checkout published on its way.
 */
const meta = {
  title: 'Components/PaymentStatus',
  component: PaymentStatus,
  args: { state: { status: 'idle' }, visible: true, maxAttempts: 3 },
  render: (args, { loaded }) => {
    const run = loaded.run as CheckoutRun | undefined;
    const states: CheckoutState[] = run ? run.states.filter((s) => s.status !== 'idle') : [args.state];
    return (
      <ol aria-label="Announcements, in order">
        {states.map((state, index) => (
          <li key={index} data-status={state.status}>
            <PaymentStatus {...args} state={state} />
          </li>
        ))}
      </ol>
    );
  },
} satisfies Meta<typeof PaymentStatus>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Two network drops, then success: what a screen reader hears, in order. */
export const FlakyPaymentRecovered: Story = {
  loaders: [async () => ({ run: await runCheckout({ primary: { faults: [{ type: 'network_error' }, { type: 'network_error' }] } }) })],
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items.map((item) => item.getAttribute('data-status'))).toEqual([
      'submitting',
      'retrying',
      'submitting',
      'retrying',
      'submitting',
      'succeeded',
    ]);
    await expect(within(items[1]!).getByRole('status')).toHaveTextContent('Connection problem — retrying (2 of 3)');
    await expect(within(items[3]!).getByRole('status')).toHaveTextContent('Connection problem — retrying (3 of 3)');
    await expect(within(items[5]!).getByRole('status')).toHaveTextContent('Payment successful.');
  },
};

/** A decline is announced assertively, in the shopper's words. */
export const DeclineIsAnAlert: Story = {
  loaders: [async () => ({ run: await runCheckout({ submit: { method: { type: 'test_card', token: 'tok_decline' } } }) })],
  play: async ({ canvasElement }) => {
    const failed = canvasElement.querySelector<HTMLElement>('li[data-status="failed"]')!;
    await expect(within(failed).getByRole('alert')).toHaveTextContent(/^Payment failed\./);
    await expect(within(failed).getByRole('status')).toHaveTextContent('');
  },
};
