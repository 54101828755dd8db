import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PaymentMonitor } from '../../src/components/payment-monitor';
import { healthyTraffic, primaryOutageTraffic } from '../fixtures/scenarios';
import { storyWidgetText } from '../fixtures/story-locale';

/**
 * Gateway health for developers and support: circuit state, successes,
 * failures, latency and the recent events. Each story's data comes from real
 * payments through the engine (virtual clock) run before it renders; the
 * Playground shows the same monitor live.
 */
const meta = {
  title: 'Components/PaymentMonitor',
  component: PaymentMonitor,
  args: { health: [], events: [], maxEvents: 12 },
  render: (args, { globals, loaded }) => {
    const traffic = loaded.traffic as Awaited<ReturnType<typeof healthyTraffic>> | undefined;
    return (
      <PaymentMonitor
        {...args}
        health={traffic ? traffic.client.gatewayHealth() : args.health}
        events={traffic ? traffic.events : args.events}
        t={storyWidgetText(globals)}
      />
    );
  },
} satisfies Meta<typeof PaymentMonitor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Both gateways answering: circuits closed, latency sparklines, a decline counted as an answer. */
export const Healthy: Story = {
  loaders: [async () => ({ traffic: await healthyTraffic() })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = canvas.getAllByRole('row').filter((row) => row.hasAttribute('data-state'));
    await expect(rows).toHaveLength(2);
    for (const row of rows) await expect(row).toHaveAttribute('data-state', 'closed');
    await expect(canvas.getByRole('region', { name: 'Payment health' })).toHaveAttribute('data-status', 'closed');
  },
};

/** The primary is down: its circuit opened after three failed calls, and the backup took the payments. */
export const PrimaryOutage: Story = {
  loaders: [async () => ({ traffic: await primaryOutageTraffic() })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Payment health' })).toHaveAttribute('data-status', 'open');
    await expect(canvas.getByRole('rowheader', { name: 'card' }).closest('tr')).toHaveAttribute('data-state', 'open');
    await expect(canvas.getByRole('rowheader', { name: 'backup-card' }).closest('tr')).toHaveAttribute('data-state', 'closed');
    await expect(canvasElement.querySelector('[data-type="circuit.opened"]')).not.toBeNull();
  },
};

/** Nothing registered yet. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No gateways registered.')).toBeVisible();
    await expect(canvas.getByText('No events yet.')).toBeVisible();
  },
};

/** French texts from the shipped catalog. */
export const French: Story = {
  globals: { locale: 'fr' },
  loaders: [async () => ({ traffic: await primaryOutageTraffic() })],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('row').length).toBeGreaterThan(2);
  },
};
