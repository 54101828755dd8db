import { act, render, screen } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaymentMethodSelector } from '../../src/components/payment-method-selector';
import { PaymentMonitor } from '../../src/components/payment-monitor';
import { StepUpChallenge } from '../../src/components/step-up-challenge';

afterEach(() => {
  vi.useRealTimers();
});

const widgets: [string, () => ReactElement][] = [
  ['StepUpChallenge', () => <StepUpChallenge onSubmit={() => {}} onResend={() => {}} error="Wrong code." />],
  [
    'PaymentMethodSelector',
    () => <PaymentMethodSelector options={[{ gatewayId: 'stripe', label: 'Card', kind: 'online' }, { gatewayId: 'bank', label: 'Bank transfer', kind: 'manual' }]} value="bank" onChange={() => {}} />,
  ],
  [
    'PaymentMonitor',
    () => (
      <PaymentMonitor
        health={[{ gatewayId: 'stripe', circuit: 'closed', successes: 2, failures: 0, consecutiveFailures: 0, latencyMs: [12, 40] }]}
        events={[{ type: 'checkout.succeeded', gatewayId: 'stripe', at: 1_700_000_000_000 }]}
      />
    ),
  ],
];

describe('widgets hydrate what the server rendered', () => {
  it.each(widgets)('%s hydrates without a mismatch', async (_, element) => {
    const html = renderToString(element());
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    const serverMarkup = host.innerHTML;
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await act(async () => hydrateRoot(host, element(), { onRecoverableError: recoverable }));
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(host.innerHTML).toBe(serverMarkup); // hydration kept the server's DOM as it was
    act(() => root.unmount());
    host.remove();
  });
});

describe('StepUpChallenge in StrictMode', () => {
  it('keeps one cooldown across the double mount and leaves no timer behind', () => {
    vi.useFakeTimers();
    const { unmount } = render(
      <StrictMode>
        <StepUpChallenge onSubmit={() => {}} onResend={() => {}} resendCooldownMs={5_000} />
      </StrictMode>,
    );
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(3_000));
    expect(screen.getByRole('button', { name: 'Send a new code in 2 s' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByRole('button', { name: 'Send a new code' })).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
    unmount();
  });
});
