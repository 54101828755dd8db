import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PayButton } from '../../src/components/pay-button';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

describe('PayButton', () => {
  it('when ready, says what it does and forwards presses', async () => {
    const onPress = vi.fn();
    const { container } = render(<PayButton label="Pay €49.99" onPress={onPress} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button')).toHaveAttribute('data-status', 'ready');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('when pending, keeps focus, is aria-disabled (not disabled), says what it is doing, ignores presses', async () => {
    const onPress = vi.fn();
    const { container, rerender } = render(<PayButton label="Pay €49.99" pendingLabel="Paying €49.99…" onPress={onPress} />);
    const button = screen.getByRole('button');
    button.focus();
    rerender(<PayButton label="Pay €49.99" pendingLabel="Paying €49.99…" onPress={onPress} pending />);
    expect(button).toHaveFocus();
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleName('Paying €49.99…');
    await userEvent.click(button);
    await userEvent.keyboard('{Enter}');
    expect(onPress).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('without onPress it submits its form, but not while pending', async () => {
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    const { rerender } = render(
      <form onSubmit={onSubmit}>
        <PayButton label="Pay" />
      </form>,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    rerender(
      <form onSubmit={onSubmit}>
        <PayButton label="Pay" pending />
      </form>,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
