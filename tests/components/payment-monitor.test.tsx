import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaymentMonitor } from '../../src/components/payment-monitor';
import { Sparkline, sparklinePoints } from '../../src/components/sparkline';
import type { GatewayHealth, PaymentEvent } from '../../src/core/types';
import { fr } from '../../src/i18n/locales/ui-widgets';
import { axeViolations } from './widgets-axe';

const health: GatewayHealth[] = [
  { gatewayId: 'stripe', circuit: 'open', successes: 12, failures: 7, consecutiveFailures: 5, latencyMs: [100, 140, 120, 900, 340] },
  { gatewayId: 'adyen', circuit: 'half_open', successes: 3, failures: 1, consecutiveFailures: 0, latencyMs: [80] },
  { gatewayId: 'bank-transfer', circuit: 'closed', successes: 0, failures: 0, consecutiveFailures: 0, latencyMs: [] },
];

const events: PaymentEvent[] = [
  { type: 'checkout.started', checkoutId: 'co_1', at: 1_000 },
  { type: 'attempt.started', checkoutId: 'co_1', gatewayId: 'stripe', attempt: 1, at: 1_010 },
  {
    type: 'attempt.failed',
    checkoutId: 'co_1',
    gatewayId: 'stripe',
    attempt: 1,
    at: 1_250,
    error: { name: 'PaymentError', code: 'network_error', message: 'Network error.', messageKey: 'error.network_error', retryable: true, chargeOutcome: 'unknown', category: 'transient' },
  },
  { type: 'circuit.opened', gatewayId: 'stripe', at: 2_000 },
];

function rowOf(gatewayId: string): HTMLElement {
  return screen.getByRole('rowheader', { name: gatewayId }).closest('tr') as HTMLElement;
}

describe('PaymentMonitor', () => {
  describe('given three gateways in different circuit states', () => {
    it('names each circuit state in text and as data-state, not by colour alone', () => {
      const { container } = render(<PaymentMonitor health={health} events={events} />);
      expect(within(rowOf('stripe')).getByText('Open')).toHaveAttribute('data-state', 'open');
      expect(within(rowOf('adyen')).getByText('Half-open (trial call)')).toHaveAttribute('data-state', 'half_open');
      expect(within(rowOf('bank-transfer')).getByText('Closed')).toHaveAttribute('data-state', 'closed');
      expect(rowOf('stripe')).toHaveAttribute('data-state', 'open');
      expect(container.firstElementChild).toHaveAttribute('data-status', 'open');
    });

    it('shows success and failure counts with the run of consecutive failures', () => {
      render(<PaymentMonitor health={health} />);
      const cells = within(rowOf('stripe')).getAllByRole('cell');
      expect(cells[1]).toHaveTextContent(/^12$/);
      expect(cells[2]).toHaveTextContent('7 (5 in a row)');
      expect(within(rowOf('adyen')).getAllByRole('cell')[2]).toHaveTextContent(/^1$/);
    });

    it('draws latency as a sparkline named with p50 and last', () => {
      render(<PaymentMonitor health={health} />);
      const spark = within(rowOf('stripe')).getByRole('img', { name: 'p50 140 ms, last 340 ms' });
      expect(spark.tagName.toLowerCase()).toBe('svg');
      expect(spark.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(5);
      expect(within(rowOf('adyen')).getByRole('img', { name: 'p50 80 ms, last 80 ms' })).toBeInTheDocument();
      expect(within(rowOf('bank-transfer')).queryByRole('img')).toBeNull();
      expect(within(rowOf('bank-transfer')).getByText('No calls yet')).toBeVisible();
    });

    it('passes axe', async () => {
      const { container } = render(<PaymentMonitor health={health} events={events} />);
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('the event timeline', () => {
    it('lists events newest first with type, gateway, attempt, error code and time', () => {
      render(<PaymentMonitor health={health} events={events} />);
      const items = within(screen.getByRole('list', { name: 'Recent events' })).getAllByRole('listitem');
      expect(items.map((li) => li.getAttribute('data-type'))).toEqual(['circuit.opened', 'attempt.failed', 'attempt.started', 'checkout.started']);
      expect(items[1]).toHaveTextContent('00:00:01.250 attempt.failed · gateway stripe · attempt 1 · error network_error');
      expect(items[1]).toHaveAttribute('data-status', 'error');
      expect(items[1]!.querySelector('time')).toHaveAttribute('dateTime', '1970-01-01T00:00:01.250Z');
      expect(items[1]).not.toHaveTextContent('Network error.');
      expect(items[1]).not.toHaveTextContent('co_1');
    });

    it('shows only the newest maxEvents and says how many there were', () => {
      const many: PaymentEvent[] = Array.from({ length: 30 }, (_, i) => ({ type: 'attempt.started', gatewayId: 'stripe', attempt: i + 1, at: i }));
      render(<PaymentMonitor health={health} events={many} maxEvents={5} />);
      const items = screen.getAllByRole('listitem');
      expect(items).toHaveLength(5);
      expect(items[0]).toHaveTextContent('attempt 30');
      expect(items[4]).toHaveTextContent('attempt 26');
      expect(screen.getByText('Latest 5 of 30 events')).toBeVisible();
    });

    it('uses the formatTime it is given', () => {
      render(<PaymentMonitor health={[]} events={[events[0]!]} formatTime={(at) => `t+${at}`} />);
      expect(screen.getByRole('listitem')).toHaveTextContent('t+1000 checkout.started');
    });

    it('says when there are no gateways and no events, and passes axe', async () => {
      const { container } = render(<PaymentMonitor health={[]} />);
      expect(screen.getByText('No gateways registered.')).toBeVisible();
      expect(screen.getByText('No events yet.')).toBeVisible();
      expect(container.firstElementChild).toHaveAttribute('data-status', 'closed');
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('given a hostile event full of secrets', () => {
    const card = '4242 4242 4242 4242';
    const hostile = {
      type: 'attempt.failed 4111111111111111',
      checkoutId: `co_${card}`,
      gatewayId: '4000-0566-5566-5556',
      at: Number.MAX_VALUE,
      attempt: '4242424242424242',
      error: {
        code: 'sk_live_51Habc123SECRETsecret',
        message: `card ${card} cvc 123`,
        declineCode: 'pi_3Nx_secret_AbCdEf',
        cause: { headers: { Authorization: 'Bearer sk_live_51HabcSECRET', Cookie: 'sid=abc' } },
      },
      state: { status: 'failed', card: { number: '5555555555554444', cvc: '987' }, clientSecret: 'pi_123_secret_456' },
      number: '378282246310005',
    } as unknown as PaymentEvent;
    const sneaky: PaymentEvent[] = [
      { type: 'attempt.started', gatewayId: 'sk_live_51HabcdefSECRET', at: 5 },
      { type: 'attempt.started', gatewayId: 'gw 4242424242424242', at: 6 },
      { type: 'attempt.started', gatewayId: 'pi_3Nx_secret_AbCdEf', at: 7 },
    ];

    it('prints none of it, in text or in attributes', async () => {
      const { container } = render(
        <PaymentMonitor health={[{ ...health[0]!, gatewayId: 'stripe 4242424242424242' }]} events={[hostile, ...sneaky]} />,
      );
      const html = container.innerHTML;
      // No run of 13+ digits, with or without separators, anywhere in the markup.
      expect(html).not.toMatch(/\d(?:[ -]?\d){12,}/);
      for (const secret of ['4111', '4000', '5555', '3782', 'sk_live', '_secret_', 'Bearer', 'sid=', 'cvc', '987', 'co_']) {
        expect(html).not.toContain(secret);
      }
      // Event fields are dropped, not masked: the hostile values leave no trace at all.
      expect(within(screen.getByRole('list')).queryByText(/4242/)).toBeNull();
      const item = screen.getAllByRole('listitem').at(-1)!;
      expect(item).toHaveAttribute('data-type', 'unknown');
      expect(item).toHaveTextContent(/^unknown · error unknown$/);
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('messages and styling', () => {
    it('takes its strings from t', () => {
      const t = (key: string, params?: Record<string, string | number>) =>
        ((fr as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (_, n: string) => String(params?.[n]));
      render(<PaymentMonitor health={health} events={events} t={t} />);
      expect(screen.getByRole('heading', { name: 'État des paiements' })).toBeInTheDocument();
      expect(within(rowOf('stripe')).getByText('Ouvert')).toBeInTheDocument();
      expect(within(rowOf('stripe')).getByRole('img', { name: 'p50 140 ms, dernier 340 ms' })).toBeInTheDocument();
      expect(screen.getByRole('columnheader', { name: 'Passerelle' })).toBeInTheDocument();
    });

    it('renders no class names when unstyled, keeping data attributes', () => {
      const { container } = render(<PaymentMonitor health={health} events={events} unstyled />);
      expect(container.querySelectorAll('[class]')).toHaveLength(0);
      expect(container.querySelectorAll('[data-state]').length).toBeGreaterThan(0);
    });

    it('respects headingLevel', () => {
      render(<PaymentMonitor health={health} headingLevel={3} />);
      expect(screen.getByRole('heading', { level: 3, name: 'Payment health' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 4, name: 'Recent events' })).toBeInTheDocument();
    });
  });
});

describe('Sparkline', () => {
  it('is decorative without a label and an image with one', () => {
    const { container, rerender } = render(<Sparkline values={[1, 2, 3]} />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    rerender(<Sparkline values={[1, 2, 3]} label="rising" />);
    expect(screen.getByRole('img', { name: 'rising' })).toHaveAttribute('data-state', 'ready');
  });

  it('scales the newest maxPoints finite values into the box, highest value at the top', () => {
    const { container } = render(<Sparkline values={[Number.NaN, 50, 10, 20, 30]} maxPoints={3} width={24} height={14} />);
    expect(container.querySelector('polyline')).toHaveAttribute('points', '2,12 12,7 22,2');
    expect(sparklinePoints([5, 5], 10, 10)).toEqual([
      [2, 5],
      [8, 5],
    ]);
    expect(sparklinePoints([], 10, 10)).toEqual([]);
  });

  it('marks an empty series', () => {
    const { container } = render(<Sparkline values={[]} />);
    expect(container.querySelector('svg')).toHaveAttribute('data-state', 'empty');
    expect(container.querySelector('polyline, circle')).toBeNull();
  });
});
