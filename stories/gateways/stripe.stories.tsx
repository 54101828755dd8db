import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createStripeAdapter } from '../../src/adapters/stripe/create-stripe-adapter';
import { SecurePaymentProcessor } from '../../src/components/secure-payment-processor';
import { createPaymentClient } from '../../src/core/client/create-payment-client';
import type { PaymentClient } from '../../src/core/types';
import { PaymentGatewayProvider } from '../../src/react/payment-gateway-provider';
import { createBankTransferStoryGateway } from '../fixtures/bank-transfer';
import { createFakeStripe, type FakeStripe } from '../fixtures/fake-stripe';
import { expectStatus } from '../fixtures/shopper';
import { storyLocale } from '../fixtures/story-locale';

/** A client secret of the shape Stripe issues (fake: nothing is sent anywhere). */
const CLIENT_SECRET = 'pi_fake0000000000000001_secret_storybook';

interface StripeStory {
  fake: FakeStripe;
  client: PaymentClient;
}

/**
 * The Stripe adapter (`react-secure-payments/stripe`, client-confirm mode)
 * inside the processor, with a fake Stripe object: its Payment Element is a
 * small test form, and every request stays in the page (the browser run fails
 * any story that touches the network). Choose what Stripe answers in the form.
 */
const meta = {
  title: 'Gateways/Stripe',
  component: SecurePaymentProcessor,
  args: { amount: 4999, currency: 'EUR', clientSecret: CLIENT_SECRET, onSuccess: fn(), onError: fn() },
  loaders: [
    async (): Promise<{ stripeStory: StripeStory }> => {
      const fake = createFakeStripe();
      const client = createPaymentClient({
        gateways: [createStripeAdapter({ stripe: fake.stripe, mode: 'client-confirm', returnUrl: 'https://shop.example/return' }), createBankTransferStoryGateway(null)],
        retry: { maxAttempts: 2, baseDelayMs: 50, maxDelayMs: 200 },
      });
      return { stripeStory: { fake, client } };
    },
  ],
  render: (args, { loaded, globals }) => {
    const { client } = loaded.stripeStory as StripeStory;
    return (
      <PaymentGatewayProvider client={client}>
        <SecurePaymentProcessor {...args} locale={args.locale ?? storyLocale(globals)} />
      </PaymentGatewayProvider>
    );
  },
} satisfies Meta<typeof SecurePaymentProcessor>;
export default meta;

type Story = StoryObj<typeof meta>;

async function chooseStripeOutcome(canvasElement: HTMLElement, label: RegExp): Promise<void> {
  const radio = await within(canvasElement).findByRole('radio', { name: label });
  await userEvent.click(radio);
}

async function pay(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Pay €49.99' }));
}

/** The card is accepted: one confirmPayment, with the Payment Element's elements. */
export const Succeeds: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { fake } = loaded.stripeStory as StripeStory;
    await chooseStripeOutcome(canvasElement, /4242 — succeeds/);
    await pay(canvasElement);
    await expectStatus(canvasElement, 'succeeded');
    await expect(fake.calls).toEqual(['confirmPayment']);
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ gatewayId: 'stripe', paymentId: 'pi_fake0000000000000001' }));
  },
};

/** Stripe declines: the shopper sees our message (never Stripe's raw text) and may use another card. */
export const Declined: Story = {
  play: async ({ canvasElement }) => {
    await chooseStripeOutcome(canvasElement, /0002 — declined/);
    await pay(canvasElement);
    await expectStatus(canvasElement, 'failed');
    const group = within(canvasElement).getByRole('group', { name: 'Payment not completed' });
    await expect(group).toHaveAttribute('data-code', 'card_declined');
    await expect(canvasElement).not.toHaveTextContent('Raw Stripe text');
  },
};

/** 3-D Secure: Stripe asks for the bank's check; continuing hands over to stripe.handleNextAction. */
export const ThreeDSecure: Story = {
  name: '3-D Secure',
  play: async ({ canvasElement, loaded }) => {
    const { fake } = loaded.stripeStory as StripeStory;
    await chooseStripeOutcome(canvasElement, /3184 — asks for 3-D Secure/);
    await pay(canvasElement);
    await expectStatus(canvasElement, 'requires_action');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue to verification' }));
    await expectStatus(canvasElement, 'succeeded');
    await waitFor(() => expect(fake.calls).toEqual(['confirmPayment', 'handleNextAction']));
  },
};

/**
 * Stripe.js does not load (blocked by an extension, offline): the form reports
 * `gateway_unavailable`, the processor shows our message — never the loader's
 * text — and says to choose another way to pay; the shopper picks bank transfer.
 */
export const StripeJsFailsToLoad: Story = {
  name: 'Stripe.js fails to load',
  loaders: [
    async (): Promise<{ stripeStory: StripeStory }> => {
      const fake = createFakeStripe();
      const client = createPaymentClient({
        // A Stripe promise that resolves null: what loadStripe gives when the script cannot load.
        gateways: [createStripeAdapter({ stripe: Promise.resolve(null), mode: 'client-confirm', returnUrl: 'https://shop.example/return' }), createBankTransferStoryGateway(null)],
      });
      return { stripeStory: { fake, client } };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', { name: 'Payment not completed' });
    await expect(group).toHaveAttribute('data-code', 'gateway_unavailable');
    await expect(group).toHaveTextContent('Please choose another way to pay below.');
    await expect(canvasElement).not.toHaveTextContent(/Stripe\.js|resolved null/);
    await userEvent.click(canvas.getByRole('button', { name: 'Pay €49.99' }));
    await expect(group).toHaveFocus();
    await expect(canvas.queryByText('Complete the payment details above first.')).toBeNull();
    await userEvent.click(canvas.getByRole('radio', { name: 'Bank transfer' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Get bank transfer details' }));
    await expectStatus(canvasElement, 'pending_manual');
  },
};
