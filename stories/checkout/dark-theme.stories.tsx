import type { Meta, StoryObj } from '@storybook/react-vite';
import { SecurePaymentProcessor } from '../../src/components/secure-payment-processor';
import { renderProcessor, storyClientLoader } from '../fixtures/checkout-story';
import * as States from './checkout-states.stories';

/**
 * The key checkout states in the dark theme (`data-theme="dark"`; the toolbar's
 * Theme switch does the same for any story). Same scenarios and checks as
 * "Checkout states"; axe checks contrast in the browser run.
 */
const meta = {
  title: 'Dark theme',
  component: SecurePaymentProcessor,
  args: { ...States.default.args },
  globals: { theme: 'dark' },
  loaders: [storyClientLoader()],
  render: renderProcessor,
} satisfies Meta<typeof SecurePaymentProcessor>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Idle: Story = { ...States.Idle };
export const Retrying: Story = { ...States.Retrying };
export const RequiresActionStepUp: Story = { ...States.RequiresActionStepUp };
export const FailedDeclined: Story = { ...States.FailedDeclined };
export const FallbackOffered: Story = { ...States.FallbackOffered };
export const PendingManual: Story = { ...States.PendingManual };
export const Succeeded: Story = { ...States.Succeeded };
