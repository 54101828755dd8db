import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, within } from 'storybook/test';
import { ConnectedPaymentMonitor } from '../src/components/connected-payment-monitor';
import { SecurePaymentProcessor } from '../src/components/secure-payment-processor';
import { PaymentGatewayProvider } from '../src/react/payment-gateway-provider';
import type { SimulatedFault } from '../src/testing/faults';
import { createBankTransferStoryGateway } from './fixtures/bank-transfer';
import { createStoryClient } from './fixtures/story-client';
import { storyLocale } from './fixtures/story-locale';

/** The fault profile a reviewer sets with the controls. */
interface PlaygroundProps {
  /** Share of primary-gateway calls that fail (0–1, seeded). */
  errorRate: number;
  /** How they fail. */
  fault: 'network_error' | 'timeout' | 'server_error' | 'rate_limited';
  /** Every call to the primary gateway fails before it is sent. */
  primaryOutage: boolean;
  /** Time each gateway call takes, ms (real time). */
  latencyMs: number;
  /** Add a second card gateway (the fallback). */
  backupGateway: boolean;
  backupOutage: boolean;
  /** Add the bank transfer (manual fallback). */
  bankTransfer: boolean;
  /** Calls per idempotency key. */
  maxAttempts: number;
  /** Consecutive failed calls that open a circuit. */
  failureThreshold: number;
  /** How long an open circuit waits before one trial call, ms. */
  cooldownMs: number;
  amount: number;
  currency: string;
  locale?: string;
}

const FAULTS: Record<PlaygroundProps['fault'], SimulatedFault> = {
  network_error: { type: 'network_error' },
  timeout: { type: 'timeout' },
  server_error: { type: 'server_error', status: 503 },
  rate_limited: { type: 'rate_limited', retryAfterMs: 500 },
};
const ALWAYS = [{ from: 0, to: Number.MAX_SAFE_INTEGER }];

/**
 * One client per fault profile (changing a control starts over with a new
 * client); "New checkout" keeps the client — and its circuit breakers and
 * health — and starts another payment, so you can watch a circuit open and,
 * after the cooldown, let one trial call through.
 */
function Playground(props: PlaygroundProps) {
  const { amount, currency, locale, ...profile } = props;
  const key = JSON.stringify(profile);
  const story = useMemo(
    () =>
      createStoryClient({
        clock: 'real',
        primary: {
          latencyMs: profile.latencyMs,
          faults: { rate: profile.errorRate, faults: [FAULTS[profile.fault]] },
          outages: profile.primaryOutage ? ALWAYS : [],
        },
        secondary: profile.backupGateway ? { latencyMs: profile.latencyMs, outages: profile.backupOutage ? ALWAYS : [] } : false,
        extra: () => (profile.bankTransfer ? [createBankTransferStoryGateway(null)] : []),
        retry: { maxAttempts: profile.maxAttempts, baseDelayMs: 300, maxDelayMs: 2000, attemptTimeoutMs: 5000 },
        circuitBreaker: { failureThreshold: profile.failureThreshold, cooldownMs: profile.cooldownMs },
        processing: { pollIntervalMs: 1000, maxPollMs: 10_000 },
      }),
    // A new client exactly when the profile changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const [round, setRound] = useState(0);
  return (
    <PaymentGatewayProvider key={key} client={story.client}>
      <div style={{ display: 'grid', gap: '1rem' }}>
        <SecurePaymentProcessor key={round} amount={amount} currency={currency} locale={locale} />
        <p>
          <button type="button" className="rsp-button rsp-button--secondary" onClick={() => setRound((r) => r + 1)}>
            New checkout (same client)
          </button>
        </p>
        <ConnectedPaymentMonitor maxEvents={15} />
      </div>
    </PaymentGatewayProvider>
  );
}

/**
 * Set the fault profile with the controls and pay with a test card: the
 * monitor below shows retries, circuits opening and closing, fallbacks and
 * every event as they happen, in real time. Test cards: 4242 4242 4242 4242
 * succeeds; the others decline, ask for 3-D Secure or stay processing.
 */
const meta = {
  title: 'Playground',
  component: Playground,
  args: {
    errorRate: 0.3,
    fault: 'network_error',
    primaryOutage: false,
    latencyMs: 300,
    backupGateway: true,
    backupOutage: false,
    bankTransfer: true,
    maxAttempts: 3,
    failureThreshold: 3,
    cooldownMs: 15_000,
    amount: 4999,
    currency: 'EUR',
  },
  argTypes: {
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    fault: { control: 'inline-radio', options: Object.keys(FAULTS) },
    latencyMs: { control: { type: 'range', min: 0, max: 3000, step: 50 } },
    maxAttempts: { control: { type: 'number', min: 1, max: 6 } },
    failureThreshold: { control: { type: 'number', min: 1, max: 10 } },
    cooldownMs: { control: { type: 'number', min: 1000, max: 120_000, step: 1000 } },
    currency: { control: 'select', options: ['EUR', 'USD', 'GBP', 'JPY'] },
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es'] },
  },
  render: (args, { globals }) => <Playground {...args} locale={args.locale ?? storyLocale(globals)} />,
} satisfies Meta<typeof Playground>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A flaky primary (30 % network errors) with a backup card gateway and bank transfer. */
export const FlakyPrimary: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Payment health' })).toHaveAttribute('data-status', 'closed');
    await expect(canvas.getAllByRole('radio', { name: /^(Card|Card \(backup processor\)|Bank transfer)$/ })).toHaveLength(3);
  },
};

/** The primary is down: pay and watch its circuit open after three calls, then choose another way. */
export const PrimaryDown: Story = {
  args: { primaryOutage: true, errorRate: 0 },
};

/** Slow and rate-limited: 429 answers with Retry-After, 1.5 s per call. */
export const RateLimited: Story = {
  args: { fault: 'rate_limited', errorRate: 0.5, latencyMs: 1500 },
};
