import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PaymentError } from '../../src/core/errors/payment-error';
import { PaymentCanceled } from '../../src/components/payment-canceled';
import { PaymentProcessing } from '../../src/components/payment-processing';
import { PaymentSuccess } from '../../src/components/payment-success';
import { PaymentActionRequired } from '../../src/components/payment-action-required';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

const money = { amount: 4999, currency: 'EUR' };

describe('outcome views', () => {
  it('PaymentSuccess shows the amount and reference', async () => {
    const { container } = render(<PaymentSuccess money={money} paymentId="pay_123" />);
    expect(screen.getByText('Thank you. We received your payment of €49.99.')).toBeInTheDocument();
    expect(screen.getByText('Payment reference: pay_123')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-status', 'succeeded');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('PaymentProcessing tells the shopper not to pay again', async () => {
    const { container } = render(<PaymentProcessing money={money} />);
    expect(screen.getByText(/You do not need to pay again/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('PaymentCanceled offers a new payment', async () => {
    const onStartOver = vi.fn();
    const { container } = render(<PaymentCanceled onStartOver={onStartOver} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start a new payment' }));
    expect(onStartOver).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('PaymentActionRequired', () => {
  it('for 3-D Secure, hands over to the gateway with one button', async () => {
    const onComplete = vi.fn();
    const { container } = render(<PaymentActionRequired action={{ type: 'three_d_secure' }} money={money} onComplete={onComplete} />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue to verification' }));
    expect(onComplete).toHaveBeenCalledWith();
    expect(container.firstElementChild).toHaveAttribute('data-action', 'three_d_secure');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('for step-up, shows one title, and the verification error (localized) at the code input', async () => {
    const error = new PaymentError({ code: 'authentication_failed', message: 'OTP mismatch from issuer' });
    const { container } = render(<PaymentActionRequired action={{ type: 'step_up' }} money={money} onComplete={vi.fn()} error={error} />);
    expect(screen.getAllByText('Confirm your payment')).toHaveLength(1);
    expect(screen.queryByText('Confirm it’s you')).toBeNull();
    expect(screen.getByRole('region', { name: 'Confirm your payment' })).toHaveAttribute('data-action', 'step_up');
    const input = screen.getByLabelText('Verification code');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('That code didn’t work. Check it and try again.'));
    expect(container).not.toHaveTextContent('OTP mismatch');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('for step-up, collects the code and forwards it as { code }', async () => {
    const onComplete = vi.fn();
    const { container } = render(<PaymentActionRequired action={{ type: 'step_up' }} money={money} onComplete={onComplete} />);
    const input = screen.getByLabelText('Verification code');
    expect(input).toHaveFocus();
    await userEvent.type(input, '123456{Enter}');
    expect(onComplete).toHaveBeenCalledWith({ code: '123456' });
    expect(await axeViolations(container)).toEqual([]);
  });
});
