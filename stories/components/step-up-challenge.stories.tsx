import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { StepUpChallenge } from '../../src/components/step-up-challenge';
import { storyWidgetText } from '../fixtures/story-locale';

/**
 * The one-time-code form a `step_up` action asks for (after repeated declines,
 * when the merchant's risk policy wants proof). On its own here; the
 * processor shows it in "Checkout states / Requires action (step-up)".
 */
const meta = {
  title: 'Components/StepUpChallenge',
  component: StepUpChallenge,
  args: { onSubmit: fn(), onResend: fn(), length: 6, resendCooldownMs: 30_000, now: () => Date.UTC(2026, 0, 15, 10, 0, 0) },
  render: (args, { globals }) => <StepUpChallenge {...args} t={storyWidgetText(globals)} />,
} satisfies Meta<typeof StepUpChallenge>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Typing or pasting a code with spaces submits the digits only. */
export const EnterCode: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Verification code'), '123 456');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith('123456');
  },
};

/** Submitting too few digits explains what is missing and does not submit. */
export const IncompleteCode: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Verification code'), '12');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(canvas.getByText('Enter all 6 digits of the code.')).toBeVisible();
    await expect(canvas.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** The merchant's verification said no: the error is linked to the input. */
export const WrongCode: Story = {
  args: { error: 'That code is not right. Check the latest message we sent and try again.' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Verification code');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input.getAttribute('aria-describedby')).toMatch(/error/);
  },
};

/** While the code is verified the button keeps focus and announces the pending state. */
export const Verifying: Story = {
  args: { pending: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Verifying…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** Resend is ready (no cooldown from mount): one click asks for a new code, then the cooldown starts. */
export const ResendCode: Story = {
  args: { cooldownOnMount: false },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send a new code' }));
    await expect(args.onResend).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('status')).toHaveTextContent('A new code is on its way.');
    await expect(canvas.getByRole('button', { name: /Send a new code in 30 s/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** German texts from the shipped catalog. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Bestätigungscode')).toBeVisible();
  },
};
