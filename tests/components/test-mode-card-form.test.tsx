import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TestModeCardForm } from '../../src/components/test-mode-card-form';
import type { GatewayFormProps } from '../../src/react/gateway-form';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

function renderForm(overrides: Partial<GatewayFormProps> = {}) {
  const onChange = vi.fn();
  const utils = render(
    <TestModeCardForm gatewayId="sim" money={{ amount: 4999, currency: 'EUR' }} locale="en" disabled={false} session={{}} onChange={onChange} {...overrides} />,
  );
  return { onChange, ...utils };
}

describe('TestModeCardForm', () => {
  it('is clearly marked TEST MODE and lists the test cards with their outcome', async () => {
    const { container } = renderForm();
    expect(screen.getByText('TEST MODE')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '4242 4242 4242 4242 — succeeds' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '4000 0000 0000 0002 — is declined' })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-test-mode', 'true');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('picking a card reports its simulated token', async () => {
    const { onChange } = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: /4000 0000 0000 0002/ }));
    expect(onChange).toHaveBeenLastCalledWith({ complete: true, method: { type: 'test_card', token: 'tok_decline' } });
    expect(screen.getByLabelText('Test card number')).toHaveValue('4000 0000 0000 0002');
  });

  it('typing a test number completes it', async () => {
    const { onChange } = renderForm();
    await userEvent.type(screen.getByLabelText('Test card number'), '4242424242424242');
    expect(onChange).toHaveBeenLastCalledWith({ complete: true, method: { type: 'test_card', token: 'tok_success' } });
    expect(screen.getByRole('radio', { name: /4242 4242 4242 4242/ })).toBeChecked();
  });

  it('refuses any other number: the refused digits never enter the field and nothing completes', async () => {
    const { onChange, container } = renderForm();
    const input = screen.getByLabelText('Test card number');
    // A Luhn-valid number that is not a test card.
    await userEvent.type(input, '4111111111111111');
    expect(input).toHaveValue('4');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/only the listed test card numbers are accepted/i);
    expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ complete: true }));
    expect(container.innerHTML).not.toContain('4111');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('refuses a pasted real card number as a whole', async () => {
    const { onChange } = renderForm();
    const input = screen.getByLabelText('Test card number');
    await userEvent.click(input);
    await userEvent.paste('5555 5555 5555 4444');
    expect(input).toHaveValue('');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('has no name and no card autocomplete, so browsers neither submit nor fill saved cards', () => {
    renderForm();
    const input = screen.getByLabelText('Test card number');
    expect(input).not.toHaveAttribute('name');
    expect(input).toHaveAttribute('autocomplete', 'off');
  });

  it('is disabled while a payment is in flight', () => {
    renderForm({ disabled: true });
    expect(screen.getByLabelText('Test card number')).toBeDisabled();
  });
});
