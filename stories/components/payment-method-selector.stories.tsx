import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PaymentMethodSelector } from '../../src/components/payment-method-selector';
import { createBankTransferStoryGateway } from '../fixtures/bank-transfer';
import { createStoryClient, STORY_MONEY } from '../fixtures/story-client';
import { storyWidgetText } from '../fixtures/story-locale';

/** The options come from a real client: `client.availableGateways(money)` — online first, then manual. */
const { client } = createStoryClient({ secondary: {}, extra: (clock) => [createBankTransferStoryGateway(clock)] });
const options = client.availableGateways(STORY_MONEY);

/**
 * The shopper's choice of method: a native radio group, so arrow keys, Space
 * and screen readers work as for any radio group. Manual methods carry a hint.
 */
const meta = {
  title: 'Components/PaymentMethodSelector',
  component: PaymentMethodSelector,
  args: { options, onChange: fn(), value: 'card' },
  render: function Render(args, { globals }) {
    const [value, setValue] = useState(args.value);
    return (
      <PaymentMethodSelector
        {...args}
        value={value}
        t={storyWidgetText(globals)}
        onChange={(id) => {
          setValue(id);
          args.onChange(id);
        }}
      />
    );
  },
} satisfies Meta<typeof PaymentMethodSelector>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Arrow keys move the choice; the bank transfer explains that instructions come after ordering. */
export const ChooseWithKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('radio')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('radio', { name: 'Card' }));
    await userEvent.keyboard('{ArrowDown}');
    await expect(args.onChange).toHaveBeenLastCalledWith('backup-card');
    await userEvent.click(canvas.getByRole('radio', { name: 'Bank transfer' }));
    await expect(args.onChange).toHaveBeenLastCalledWith('bank-transfer');
    await expect(canvas.getByRole('radio', { name: 'Bank transfer' })).toHaveAccessibleDescription(/instructions after ordering/);
  },
};

/** While a payment is in flight the choice is locked. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    for (const radio of within(canvasElement).getAllByRole('radio')) await expect(radio).toBeDisabled();
  },
};

/** Nothing can take this payment. */
export const NoMethods: Story = {
  args: { options: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No payment method is available for this order.')).toBeVisible();
  },
};

/** Spanish texts from the shipped catalog. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('radio')).toHaveLength(3);
  },
};
