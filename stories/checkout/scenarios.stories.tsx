import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SecurePaymentProcessor } from '../../src/components/secure-payment-processor';
import { loadedStory, ProcessorFrame, storyClientLoader } from '../fixtures/checkout-story';
import { CARDS, chooseTestCard, driveUntil, expectStatus, payDeclinedThenAnotherCard, pressPay } from '../fixtures/shopper';
import { storyLocale } from '../fixtures/story-locale';

const ALWAYS = [{ from: 0, to: Number.MAX_SAFE_INTEGER }];

/**
 * Whole payments, played by a shopper: each play function pays, drives the
 * virtual clock, and then checks the simulated gateways' ledgers — the truth
 * of what was charged. The live PaymentMonitor under the processor shows the
 * engine's view (health and events) as it happens.
 */
const meta = {
  title: 'Scenarios',
  component: SecurePaymentProcessor,
  args: { amount: 4999, currency: 'EUR', onSuccess: fn(), onError: fn() },
  loaders: [storyClientLoader()],
  render: (args, context) => <ProcessorFrame {...args} locale={args.locale ?? storyLocale(context.globals)} story={loadedStory(context)} monitor />,
} satisfies Meta<typeof SecurePaymentProcessor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Test card, pay, paid: one charge, reported once. */
export const HappyPath: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const story = loadedStory({ loaded });
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(story, canvasElement, 'succeeded');
    const [charge] = story.primary.ledger.charges;
    await expect(story.primary.ledger.chargeCount()).toBe(1);
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: 'succeeded', paymentId: charge?.paymentId }));
  },
};

/** Declined, then another card: a new method gets a new idempotency key, and only the second payment charges. */
export const DeclineThenAnotherCard: Story = {
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    await payDeclinedThenAnotherCard(story, canvasElement, 'succeeded');
    const payments = story.primary.ledger.payments;
    await expect(payments.map((p) => p.status)).toEqual(['failed', 'succeeded']);
    await expect(payments[0]?.idempotencyKey).not.toBe(payments[1]?.idempotencyKey);
    await expect(story.primary.ledger.chargeCount()).toBe(1);
  },
};

/** The network drops twice before the request leaves; the third attempt, under the same key, goes through. */
export const FlakyNetworkRecoveredByRetry: Story = {
  loaders: [storyClientLoader({ primary: { faults: [{ type: 'network_error' }, { type: 'network_error' }] } })],
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await expectStatus(canvasElement, 'retrying');
    await driveUntil(story, canvasElement, 'succeeded');
    const calls = story.primary.calls.filter((c) => c.operation === 'confirm');
    await expect(calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
    await expect(new Set(calls.map((c) => c.idempotencyKey)).size).toBe(1);
    await expect(story.primary.ledger.chargeCount()).toBe(1);
  },
};

/**
 * The primary gateway is down: three failed calls open its circuit, the
 * shopper is offered the backup processor, enters a card there and pays.
 */
export const PrimaryOutageFallbackToSecondary: Story = {
  name: 'Primary outage → circuit opens → backup gateway',
  loaders: [storyClientLoader({ primary: { outages: ALWAYS }, secondary: {}, bankTransfer: true })],
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    const canvas = within(canvasElement);
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(story, canvasElement, 'fallback_offered');
    await expect(story.client.gatewayHealth().find((h) => h.gatewayId === 'card')?.circuit).toBe('open');
    await expect(story.events.some((e) => e.type === 'circuit.opened' && e.gatewayId === 'card')).toBe(true);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Card (backup processor)' }));
    await expectStatus(canvasElement, 'idle');
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(story, canvasElement, 'succeeded');
    await expect(story.secondary?.ledger.chargeCount()).toBe(1);
    await expect(story.primary.ledger.chargeCount()).toBe(0);
    await expect(canvas.getByRole('rowheader', { name: 'card' }).closest('tr')).toHaveAttribute('data-state', 'open');
  },
};

/** Both card gateways are down: the shopper ends with bank-transfer instructions, and nothing was charged. */
export const EverythingDownBankTransfer: Story = {
  name: 'Everything down → bank transfer',
  loaders: [storyClientLoader({ primary: { outages: ALWAYS }, secondary: { outages: ALWAYS }, bankTransfer: true })],
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    const canvas = within(canvasElement);
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(story, canvasElement, 'fallback_offered');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Card (backup processor)' }));
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(story, canvasElement, 'fallback_offered');
    const fallback = canvas.getByRole('region', { name: 'Pay another way' });
    await expect(within(fallback).getAllByRole('button').map((b) => b.textContent)).toEqual(['Continue with Bank transfer']);
    await userEvent.click(within(fallback).getByRole('button', { name: 'Continue with Bank transfer' }));
    await driveUntil(story, canvasElement, 'pending_manual');
    await expect(canvas.getByText('Pay by bank transfer')).toBeVisible();
    await expect(story.primary.ledger.chargeCount() + (story.secondary?.ledger.chargeCount() ?? 0)).toBe(0);
  },
};

/** The card asks for 3-D Secure; the shopper completes it and the payment succeeds. */
export const ThreeDSecureChallenge: Story = {
  name: '3-D Secure challenge',
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    await chooseTestCard(canvasElement, CARDS.threeDSecure);
    await pressPay(canvasElement);
    await driveUntil(story, canvasElement, 'requires_action');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue to verification' }));
    await driveUntil(story, canvasElement, 'succeeded');
    await expect(story.primary.calls.map((c) => c.operation)).toEqual(['confirm', 'handleAction']);
    await expect(story.primary.ledger.chargeCount()).toBe(1);
  },
};

/** After a decline the merchant's risk policy asks for a one-time code; the right code lets the payment through. */
export const StepUpAfterDecline: Story = {
  name: 'Step-up code after a decline',
  loaders: [storyClientLoader({ risk: { stepUpAfterDeclines: 1, verifyStepUp: async (input) => input.code === '123456' } })],
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    const canvas = within(canvasElement);
    await payDeclinedThenAnotherCard(story, canvasElement, 'requires_action');
    await userEvent.type(canvas.getByLabelText('Verification code'), '123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await driveUntil(story, canvasElement, 'succeeded');
    await expect(story.primary.ledger.chargeCount()).toBe(1);
  },
};

/**
 * An impatient shopper double-clicks and presses Enter while the gateway is
 * slow: one confirm call, one charge.
 */
export const RapidDoubleSubmit: Story = {
  name: 'Rapid double submit charges once',
  loaders: [storyClientLoader({ primary: { latencyMs: 800 } })],
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    await chooseTestCard(canvasElement, CARDS.success);
    const pay = within(canvasElement).getByRole('button', { name: 'Pay €49.99' });
    await userEvent.dblClick(pay);
    await userEvent.click(pay);
    await userEvent.keyboard('{Enter}');
    await driveUntil(story, canvasElement, 'succeeded');
    await expect(story.primary.calls.filter((c) => c.operation === 'confirm')).toHaveLength(1);
    await expect(story.primary.ledger.chargeCount()).toBe(1);
    await expect(story.primary.ledger.doubleCharged()).toEqual([]);
  },
};
