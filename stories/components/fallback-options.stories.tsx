import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FallbackOptions } from '../../src/components/fallback-options';
import { expectState, runCheckout, type CheckoutRun } from '../fixtures/run-checkout';

const primaryDown = () =>
  runCheckout({ primary: { outages: [{ from: 0, to: Number.MAX_SAFE_INTEGER }] }, secondary: {}, bankTransfer: true });

/**
 * The other ways to pay once a gateway became unavailable, in the order the
 * engine offered them (online first, then manual). The options are those of a
 * real `fallback_offered` state.
 */
const meta = {
  title: 'Components/FallbackOptions',
  component: FallbackOptions,
  args: { options: [], onSelect: fn() },
  loaders: [async () => ({ run: await primaryDown() })],
  render: (args, { loaded }) => <FallbackOptions {...args} options={expectState(loaded.run as CheckoutRun, 'fallback_offered').options} />,
} satisfies Meta<typeof FallbackOptions>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Choosing is the shopper's intent only: the engine decides what it does. */
export const ChooseBackup: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue with Card (backup processor)' }));
    await expect(args.onSelect).toHaveBeenCalledWith('backup-card');
  },
};

/** While a choice is being applied the buttons ignore presses. */
export const Pending: Story = {
  args: { pending: true },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Continue with Bank transfer' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};
