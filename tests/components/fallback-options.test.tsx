import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FallbackOptions } from '../../src/components/fallback-options';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

const options = [
  { gatewayId: 'backup', label: 'Backup card processor', kind: 'online' as const },
  { gatewayId: 'bank-transfer', label: 'Bank transfer', kind: 'manual' as const },
];

describe('FallbackOptions', () => {
  it('lists every option in order and forwards the choice', async () => {
    const onSelect = vi.fn();
    const { container } = render(<FallbackOptions options={options} onSelect={onSelect} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Continue with Backup card processor', 'Continue with Bank transfer']);
    await userEvent.click(screen.getByRole('button', { name: 'Continue with Bank transfer' }));
    expect(onSelect).toHaveBeenCalledWith('bank-transfer');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('while pending, presses do nothing and buttons stay focusable', async () => {
    const onSelect = vi.fn();
    const { container } = render(<FallbackOptions options={options} onSelect={onSelect} pending />);
    const button = screen.getByRole('button', { name: 'Continue with Bank transfer' });
    await userEvent.click(button);
    expect(onSelect).not.toHaveBeenCalled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
  });
});
