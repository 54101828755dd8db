import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PaymentError } from '../../src/core/errors/payment-error';
import type { CheckoutState } from '../../src/core/types';
import { PaymentStatus } from '../../src/components/payment-status';
import { PaymentMessagesProvider } from '../../src/i18n/messages-context';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

const declined = new PaymentError({ code: 'card_declined' });
const timeout = new PaymentError({ code: 'timeout' });

const cases: [CheckoutState, 'status' | 'alert', RegExp | ''][] = [
  [{ status: 'idle' }, 'status', ''],
  [{ status: 'submitting', gatewayId: 'sim', attempt: 1 }, 'status', /processing your payment/i],
  [{ status: 'retrying', gatewayId: 'sim', attempt: 2, retryAt: 500, error: timeout, maxAttempts: 3 }, 'status', /connection problem — retrying \(2 of 3\)/i],
  [{ status: 'reconciling', gatewayId: 'sim', error: timeout }, 'status', /checking whether your payment went through/i],
  [{ status: 'requires_action', gatewayId: 'sim', action: { type: 'three_d_secure' } }, 'status', /confirm this payment/i],
  [{ status: 'succeeded', gatewayId: 'sim', paymentId: 'pay_1' }, 'status', /payment successful/i],
  [{ status: 'processing', gatewayId: 'sim', paymentId: 'pay_1' }, 'status', /still being processed/i],
  [{ status: 'pending_manual', gatewayId: 'bank-transfer', instructions: { method: 'bank_transfer', reference: 'R1', amount: { amount: 1, currency: 'EUR' } } }, 'status', /bank transfer details are ready/i],
  [{ status: 'canceled' }, 'status', /payment canceled/i],
  [{ status: 'failed', error: declined }, 'alert', /payment failed\. your card was declined/i],
  [{ status: 'fallback_offered', error: timeout, options: [] }, 'alert', /payment failed/i],
];

describe('PaymentStatus', () => {
  describe.each(cases)('given %o', (state, role, text) => {
    it(`speaks through role="${role}" only, and has no axe violations`, async () => {
      const { container } = render(<PaymentStatus state={state} />);
      const other = role === 'status' ? 'alert' : 'status';
      if (text === '') expect(screen.getByRole('status')).toHaveTextContent('');
      else expect(screen.getByRole(role)).toHaveTextContent(text);
      expect(screen.getByRole(other)).toHaveTextContent('');
      expect(container.firstElementChild).toHaveAttribute('data-status', state.status);
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  it('failureSummaryOnly: the alert says only "Payment failed." (a focused error message gives the details)', () => {
    const { rerender } = render(<PaymentStatus state={{ status: 'failed', error: declined }} failureSummaryOnly />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Payment failed\.$/);
    rerender(<PaymentStatus state={{ status: 'fallback_offered', error: timeout, options: [] }} failureSummaryOnly />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Payment failed\.$/);
    rerender(
      <PaymentMessagesProvider locale="es">
        <PaymentStatus state={{ status: 'failed', error: declined }} failureSummaryOnly />
      </PaymentMessagesProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^El pago ha fallado\.$/);
    // Progress is unaffected.
    rerender(<PaymentStatus state={{ status: 'submitting', gatewayId: 'sim', attempt: 1 }} failureSummaryOnly />);
    expect(screen.getByRole('status')).toHaveTextContent(/processing your payment/i);
  });

  it('keeps both live regions mounted so the first change is announced', () => {
    const { rerender } = render(<PaymentStatus state={{ status: 'idle' }} />);
    const status = screen.getByRole('status');
    const alert = screen.getByRole('alert');
    rerender(<PaymentStatus state={{ status: 'failed', error: declined }} />);
    expect(screen.getByRole('status')).toBe(status);
    expect(screen.getByRole('alert')).toBe(alert);
  });

  it('announces each state change once: re-rendering the same state does not touch the text node', () => {
    const state: CheckoutState = { status: 'submitting', gatewayId: 'sim', attempt: 1 };
    const { rerender } = render(<PaymentStatus state={state} />);
    const node = screen.getByRole('status').firstChild;
    rerender(<PaymentStatus state={{ ...state }} />);
    expect(screen.getByRole('status').firstChild).toBe(node);
  });

  it('says "attempt n" when the total is unknown', () => {
    render(<PaymentStatus state={{ status: 'retrying', gatewayId: 'sim', attempt: 2, retryAt: 0, error: timeout }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Connection problem — retrying (attempt 2)');
  });

  it('speaks German under a German PaymentMessagesProvider', () => {
    render(
      <PaymentMessagesProvider locale="de">
        <PaymentStatus state={{ status: 'retrying', gatewayId: 'sim', attempt: 2, retryAt: 0, error: timeout, maxAttempts: 3 }} />
      </PaymentMessagesProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Verbindungsproblem — neuer Versuch (2 von 3)');
  });

  it('renders no class names when unstyled', () => {
    const { container } = render(<PaymentStatus state={{ status: 'canceled' }} unstyled />);
    expect(container.querySelector('[class]')).toBeNull();
  });
});
