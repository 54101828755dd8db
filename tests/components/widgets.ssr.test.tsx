// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PaymentMethodSelector } from '../../src/components/payment-method-selector';
import { PaymentMonitor } from '../../src/components/payment-monitor';
import { Sparkline } from '../../src/components/sparkline';
import { StepUpChallenge } from '../../src/components/step-up-challenge';

describe('widgets on the server', () => {
  it('runs with no DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders StepUpChallenge with its cooldown, error and pending state', () => {
    const html = renderToString(<StepUpChallenge onSubmit={() => {}} onResend={() => {}} error="Wrong code." pending />);
    expect(html).toContain('autoComplete="one-time-code"');
    expect(html).toContain('inputMode="numeric"');
    expect(html).toContain('Send a new code in 30 s');
    expect(html).toContain('Wrong code.');
    expect(html).toContain('data-status="pending"');
  });

  it('renders PaymentMonitor with a sparkline and events', () => {
    const html = renderToString(
      <PaymentMonitor
        health={[{ gatewayId: 'stripe', circuit: 'half_open', successes: 1, failures: 2, consecutiveFailures: 1, latencyMs: [10, 30] }]}
        events={[{ type: 'circuit.opened', gatewayId: 'stripe', at: 0 }]}
      />,
    );
    expect(html).toContain('Half-open (trial call)');
    expect(html).toContain('<svg');
    expect(html).toContain('aria-label="p50 20 ms, last 30 ms"');
    expect(html).toContain('00:00:00.000');
  });

  it('renders PaymentMethodSelector and Sparkline', () => {
    const html = renderToString(
      <PaymentMethodSelector options={[{ gatewayId: 'bank-transfer', label: 'Bank transfer', kind: 'manual' }]} value="bank-transfer" onChange={() => {}} />,
    );
    expect(html).toContain('<fieldset');
    expect(html).toContain('checked=""');
    expect(renderToString(<Sparkline values={[1, 2]} label="trend" />)).toContain('role="img"');
  });
});
