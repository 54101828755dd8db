import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PaymentError } from '../../src/core/errors/payment-error';
import { PaymentErrorMessage } from '../../src/components/payment-error-message';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

describe('PaymentErrorMessage', () => {
  describe('given a decline (next step: new method)', () => {
    it('names the problem, advises another card, offers "Use another card" and takes focus', async () => {
      const onNewMethod = vi.fn();
      const { container } = render(<PaymentErrorMessage error={new PaymentError({ code: 'card_declined' })} onNewMethod={onNewMethod} onRetry={vi.fn()} />);
      const group = screen.getByRole('group', { name: 'Payment not completed' });
      expect(group).toHaveFocus();
      expect(group).toHaveAccessibleDescription(/your card was declined.*use another card or payment method/i);
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Use another card' }));
      expect(onNewMethod).toHaveBeenCalledTimes(1);
      expect(group).toHaveAttribute('data-next-step', 'new_method');
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('given a transient error (next step: retry)', () => {
    it('offers "Try again"', async () => {
      const onRetry = vi.fn();
      const { container } = render(<PaymentErrorMessage error={new PaymentError({ code: 'network_error' })} onRetry={onRetry} />);
      expect(screen.getByText('Please try again.')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(onRetry).toHaveBeenCalledTimes(1);
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('given other ways to pay are offered', () => {
    it('advises choosing another method and shows no retry button', async () => {
      const { container } = render(<PaymentErrorMessage error={new PaymentError({ code: 'gateway_unavailable' })} onRetry={vi.fn()} fallbackOffered />);
      expect(screen.getByText('Please choose another way to pay below.')).toBeInTheDocument();
      expect(screen.queryByRole('button')).toBeNull();
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('given an unknown outcome', () => {
    it('tells the shopper to contact the shop, with no button to pay again', async () => {
      const { container } = render(<PaymentErrorMessage error={new PaymentError({ code: 'outcome_unknown' })} onRetry={vi.fn()} onNewMethod={vi.fn()} />);
      expect(screen.getByText('Please contact the shop before trying again.')).toBeInTheDocument();
      expect(screen.queryByRole('button')).toBeNull();
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  it('does not take focus when moveFocus is false', () => {
    render(<PaymentErrorMessage error={new PaymentError({ code: 'card_declined' })} moveFocus={false} />);
    expect(screen.getByRole('group')).not.toHaveFocus();
  });
});
