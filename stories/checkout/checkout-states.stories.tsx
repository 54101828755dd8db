import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PaymentCanceled } from '../../src/components/payment-canceled';
import { PaymentStatus } from '../../src/components/payment-status';
import { SecurePaymentProcessor } from '../../src/components/secure-payment-processor';
import { PaymentError } from '../../src/core/errors/payment-error';
import type { CheckoutState } from '../../src/core/types';
import { createStoryClient, STORY_MONEY } from '../fixtures/story-client';
import { renderProcessor, loadedStory, storyClientLoader } from '../fixtures/checkout-story';
import { CARDS, chooseMethod, chooseTestCard, driveUntil, expectStatus, payDeclinedThenAnotherCard, pressPay, processorRoot } from '../fixtures/shopper';

/**
 * `SecurePaymentProcessor` in every `CheckoutState`. Each state is reached
 * for real: a simulated gateway (test cards, injected faults) behind the real
 * engine, on a virtual clock the play function drives — and stops, for the
 * in-between states. Nothing here passes a state in as a prop.
 *
 * Test cards: 4242… succeeds, 4000…0002 is declined, …9995 insufficient
 * funds, …0069 expired, 4000 0027 6000 3184 asks for 3-D Secure,
 * …0077 stays processing.
 */
const meta = {
  title: 'Checkout states',
  component: SecurePaymentProcessor,
  args: { amount: 4999, currency: 'EUR', onSuccess: fn(), onError: fn() },
  argTypes: { locale: { control: 'select', options: ['en', 'de', 'fr', 'es'] } },
  loaders: [storyClientLoader()],
  render: renderProcessor,
} satisfies Meta<typeof SecurePaymentProcessor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Ready to pay: method form (TEST MODE) and the pay button. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await expectStatus(canvasElement, 'idle');
    await expect(within(canvasElement).getByRole('button', { name: 'Pay €49.99' })).toBeEnabled();
    await expect(within(canvasElement).getByText('TEST MODE')).toBeVisible();
  },
};

/** The storefront is still fetching a client secret (`isLoading`): the pay button waits and says why. */
export const IdleLoading: Story = {
  name: 'Idle (storefront loading)',
  args: { isLoading: true },
  play: async ({ canvasElement, loaded }) => {
    const root = processorRoot(canvasElement);
    await expect(root).toHaveAttribute('data-loading', 'true');
    const button = within(canvasElement).getByRole('button', { name: 'Loading the payment form…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await chooseTestCard(canvasElement, CARDS.success);
    await userEvent.click(button);
    await expect(loadedStory({ loaded }).primary.calls).toHaveLength(0);
  },
};

/** Back from a bank's redirect that failed: the storefront passes the error, shown until the shopper pays again. */
export const IdleWithReturnedError: Story = {
  name: 'Idle (error from a redirect return)',
  args: { error: new PaymentError({ code: 'authentication_failed', gatewayId: 'card' }) },
  play: async ({ canvasElement }) => {
    await expectStatus(canvasElement, 'idle');
    await expect(within(canvasElement).getByRole('group', { name: 'Payment not completed' })).toHaveAttribute('data-code', 'authentication_failed');
  },
};

/** The first call is on its way (the gateway takes 1.5 s of virtual time, which the story never lets pass). */
export const Submitting: Story = {
  loaders: [storyClientLoader({ primary: { latencyMs: 1500 } })],
  play: async ({ canvasElement }) => {
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await expectStatus(canvasElement, 'submitting');
    const button = within(canvasElement).getByRole('button', { name: 'Paying €49.99…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The network dropped the first call before it left (nothing charged): attempt 2 of 3 is scheduled. */
export const Retrying: Story = {
  loaders: [storyClientLoader({ primary: { faults: [{ type: 'network_error' }] } })],
  play: async ({ canvasElement, loaded }) => {
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await expectStatus(canvasElement, 'retrying');
    // Visible progress with the attempt count; PaymentStatus is the one live region that announces it.
    const progress = within(canvasElement).getAllByText('Connection problem — retrying (2 of 3)').find((el) => el.closest('[aria-live]') === null);
    await expect(progress).toBeVisible();
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Connection problem — retrying (2 of 3)');
    await expect(loadedStory({ loaded }).primary.calls).toHaveLength(1);
  },
};

/** The card asks for 3-D Secure: the shopper continues to the bank's check. */
export const RequiresAction3DS: Story = {
  name: 'Requires action (3-D Secure)',
  loaders: [storyClientLoader()],
  play: async ({ canvasElement, loaded }) => {
    await chooseTestCard(canvasElement, CARDS.threeDSecure);
    await pressPay(canvasElement);
    await driveUntil(loadedStory({ loaded }), canvasElement, 'requires_action');
    await expect(within(canvasElement).getByRole('region', { name: 'Confirm your payment' })).toHaveAttribute('data-action', 'three_d_secure');
    await expect(within(canvasElement).getByRole('button', { name: 'Continue to verification' })).toBeVisible();
  },
};

/**
 * The merchant's risk policy asks for a one-time code after a decline: the
 * first card is declined, the second payment asks for the code.
 */
export const RequiresActionStepUp: Story = {
  name: 'Requires action (step-up)',
  loaders: [storyClientLoader({ risk: { stepUpAfterDeclines: 1, verifyStepUp: async (input) => input.code === '123456' } })],
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    await payDeclinedThenAnotherCard(story, canvasElement, 'requires_action');
    await expect(within(canvasElement).getByRole('region', { name: 'Confirm your payment' })).toHaveAttribute('data-action', 'step_up');
    await expect(within(canvasElement).getByLabelText('Verification code')).toBeVisible();
    // One title: the view's names the code form too.
    await expect(within(canvasElement).getByRole('form', { name: 'Confirm your payment' })).toBeInTheDocument();
    await expect(within(canvasElement).queryByText('Confirm it’s you')).toBeNull();
  },
};

/**
 * Every call timed out after the gateway had taken the charge: before anything
 * else, the engine looks the payment up (`retrieve`, slow here).
 */
export const Reconciling: Story = {
  loaders: [
    storyClientLoader({
      primary: { faults: { confirm: () => ({ type: 'timeout' }) }, latencyMs: (call) => (call.operation === 'retrieve' ? 5000 : 0) },
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(loadedStory({ loaded }), canvasElement, 'reconciling');
    await expect(within(canvasElement).getByRole('button', { name: 'Checking payment…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Paid. */
export const Succeeded: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const story = loadedStory({ loaded });
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(story, canvasElement, 'succeeded');
    await expect(within(canvasElement).getByText('Thank you. We received your payment of €49.99.')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
    await expect(story.primary.ledger.chargeCount()).toBe(1);
  },
};

/** Accepted, the final word comes later (the engine keeps polling; the shopper must not pay again). */
export const Processing: Story = {
  play: async ({ canvasElement, loaded }) => {
    await chooseTestCard(canvasElement, CARDS.processing);
    await pressPay(canvasElement);
    await driveUntil(loadedStory({ loaded }), canvasElement, 'processing');
    await expect(within(canvasElement).getByText(/You do not need to pay again/)).toBeVisible();
  },
};

/** Declined by the bank: another card is the next step. */
export const FailedDeclined: Story = {
  name: 'Failed (declined)',
  play: async ({ canvasElement, loaded, args }) => {
    await chooseTestCard(canvasElement, CARDS.decline);
    await pressPay(canvasElement);
    await driveUntil(loadedStory({ loaded }), canvasElement, 'failed');
    const message = within(canvasElement).getByRole('group', { name: 'Payment not completed' });
    await expect(message).toHaveAttribute('data-code', 'card_declined');
    await expect(within(message).getByRole('button', { name: 'Use another card' })).toBeVisible();
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

/** Declined for insufficient funds. */
export const FailedInsufficientFunds: Story = {
  name: 'Failed (insufficient funds)',
  play: async ({ canvasElement, loaded }) => {
    await chooseTestCard(canvasElement, CARDS.insufficientFunds);
    await pressPay(canvasElement);
    await driveUntil(loadedStory({ loaded }), canvasElement, 'failed');
    await expect(within(canvasElement).getByRole('group', { name: 'Payment not completed' })).toHaveAttribute('data-code', 'insufficient_funds');
  },
};

/** Declined: the card has expired. */
export const FailedExpiredCard: Story = {
  name: 'Failed (expired card)',
  play: async ({ canvasElement, loaded }) => {
    await chooseTestCard(canvasElement, CARDS.expired);
    await pressPay(canvasElement);
    await driveUntil(loadedStory({ loaded }), canvasElement, 'failed');
    await expect(within(canvasElement).getByRole('group', { name: 'Payment not completed' })).toHaveAttribute('data-code', 'expired_card');
  },
};

/**
 * Every call timed out and the status look-up kept failing: the engine cannot
 * know whether the shopper was charged, so it offers nothing that could charge
 * twice and says to contact the shop.
 */
export const FailedOutcomeUnknown: Story = {
  name: 'Failed (outcome unknown)',
  loaders: [
    storyClientLoader({
      secondary: {},
      primary: { faults: { confirm: () => ({ type: 'timeout' }), retrieve: () => ({ type: 'server_error', status: 503 }) } },
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const story = loadedStory({ loaded });
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(story, canvasElement, 'failed');
    const message = within(canvasElement).getByRole('group', { name: 'Payment not completed' });
    await expect(message).toHaveAttribute('data-code', 'outcome_unknown');
    await expect(message).toHaveAttribute('data-next-step', 'contact_merchant');
    await expect(story.secondary?.calls ?? []).toHaveLength(0);
  },
};

/**
 * The primary gateway cannot be reached (nothing was sent, so nothing can
 * have been charged): after three attempts the shopper is offered the other
 * ways to pay.
 */
export const FallbackOffered: Story = {
  loaders: [storyClientLoader({ primary: { outages: [{ from: 0, to: Number.MAX_SAFE_INTEGER }] }, secondary: {}, bankTransfer: true })],
  play: async ({ canvasElement, loaded }) => {
    await chooseTestCard(canvasElement, CARDS.success);
    await pressPay(canvasElement);
    await driveUntil(loadedStory({ loaded }), canvasElement, 'fallback_offered');
    const fallback = within(canvasElement).getByRole('region', { name: 'Pay another way' });
    await expect(within(fallback).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Continue with Card (backup processor)',
      'Continue with Bank transfer',
    ]);
  },
};

/** Bank transfer chosen: instructions with the reference to quote. */
export const PendingManual: Story = {
  name: 'Pending manual (bank transfer)',
  loaders: [storyClientLoader({ bankTransfer: true })],
  play: async ({ canvasElement, loaded }) => {
    await chooseMethod(canvasElement, 'Bank transfer');
    await pressPay(canvasElement);
    await driveUntil(loadedStory({ loaded }), canvasElement, 'pending_manual');
    await expect(within(canvasElement).getByText('DE89 3704 0044 0532 0130 00')).toBeVisible();
    await expect(processorRoot(canvasElement)).toHaveAttribute('data-status', 'pending_manual');
  },
};

/**
 * Canceled mid-payment (`checkout.cancel()`; the processor also cancels when it
 * unmounts mid-payment): the engine aborted the call in flight and settled
 * `canceled`. The processor has no cancel button of its own, so this story
 * cancels a real checkout and renders the processor's canceled view (the same
 * `PaymentStatus` and `PaymentCanceled` it shows).
 */
export const Canceled: Story = {
  loaders: [
    async () => {
      const story = createStoryClient({ primary: { latencyMs: 5000 } });
      const checkout = story.client.createCheckout({ money: STORY_MONEY });
      const settled = checkout.submit({ method: { type: 'test_card', token: 'tok_success' } });
      await story.clock!.flush();
      const inFlight = checkout.getState().status;
      checkout.cancel();
      return { story, canceled: await settled, inFlight };
    },
  ],
  render: (_args, { loaded }) => {
    const state = loaded.canceled as CheckoutState;
    return (
      <section className="rsp-processor" data-status={state.status} aria-label="Payment">
        <PaymentStatus state={state} />
        <PaymentCanceled onStartOver={() => undefined} />
      </section>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    await expect(loaded.inFlight).toBe('submitting');
    await expectStatus(canvasElement, 'canceled');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Payment canceled.');
    await expect(loadedStory({ loaded }).primary.ledger.chargeCount()).toBe(0);
  },
};
