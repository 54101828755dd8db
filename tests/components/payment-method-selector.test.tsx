import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PaymentMethodSelector, type PaymentMethodSelectorProps } from '../../src/components/payment-method-selector';
import type { FallbackOption } from '../../src/core/types';
import { es } from '../../src/i18n/locales/ui-widgets';
import { axeViolations } from './widgets-axe';

const options: FallbackOption[] = [
  { gatewayId: 'stripe', label: 'Card', kind: 'online' },
  { gatewayId: 'paypal', label: 'PayPal', kind: 'online' },
  { gatewayId: 'bank-transfer', label: 'Bank transfer', kind: 'manual' },
];

function Controlled(props: Partial<PaymentMethodSelectorProps> & { onPick?: (id: string) => void; initial?: string }) {
  const { onPick, initial, ...rest } = props;
  const [value, setValue] = useState<string | undefined>(initial);
  return (
    <PaymentMethodSelector
      options={options}
      value={value}
      onChange={(id) => {
        onPick?.(id);
        setValue(id);
      }}
      {...rest}
    />
  );
}

describe('PaymentMethodSelector', () => {
  describe('given three methods, one of them manual', () => {
    it('is a named radio group of labelled radios, none checked without a value', async () => {
      const { container } = render(<Controlled />);
      const group = screen.getByRole('group', { name: 'Payment method' });
      expect(group.tagName).toBe('FIELDSET');
      const radios = screen.getAllByRole('radio');
      expect(radios.map((r) => r.getAttribute('value'))).toEqual(['stripe', 'paypal', 'bank-transfer']);
      expect(radios.every((r) => !(r as HTMLInputElement).checked)).toBe(true);
      expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
      expect(group).toHaveAttribute('data-status', 'ready');
      expect(await axeViolations(container)).toEqual([]);
    });

    it('describes the manual method with the after-ordering hint, and only it', () => {
      render(<Controlled />);
      expect(screen.getByRole('radio', { name: 'Bank transfer' })).toHaveAccessibleDescription(
        'No online payment: you get the payment instructions after ordering.',
      );
      expect(screen.getByRole('radio', { name: 'Card' })).not.toHaveAttribute('aria-describedby');
      expect(screen.getByRole('radio', { name: 'Bank transfer' }).closest('[data-kind]')).toHaveAttribute('data-kind', 'manual');
    });

    it('selects on click of the label and reports the gateway id', async () => {
      const onPick = vi.fn();
      const user = userEvent.setup();
      render(<Controlled onPick={onPick} />);
      await user.click(screen.getByText('PayPal'));
      expect(onPick).toHaveBeenCalledWith('paypal');
      expect(screen.getByRole('radio', { name: 'PayPal' })).toBeChecked();
      expect(screen.getByRole('radio', { name: 'PayPal' }).parentElement).toHaveAttribute('data-state', 'checked');
    });

    it('moves the choice with the arrow keys, as a native radio group does', async () => {
      const onPick = vi.fn();
      const user = userEvent.setup();
      const { container } = render(<Controlled onPick={onPick} initial="stripe" />);
      await user.tab();
      expect(screen.getByRole('radio', { name: 'Card' })).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('radio', { name: 'PayPal' })).toHaveFocus();
      expect(screen.getByRole('radio', { name: 'PayPal' })).toBeChecked();
      await user.keyboard('{ArrowRight}');
      expect(screen.getByRole('radio', { name: 'Bank transfer' })).toBeChecked();
      await user.keyboard('{ArrowUp}');
      expect(screen.getByRole('radio', { name: 'PayPal' })).toBeChecked();
      expect(onPick.mock.calls.map(([id]) => id)).toEqual(['paypal', 'bank-transfer', 'paypal']);
      expect(await axeViolations(container)).toEqual([]);
    });

    it('tabs into the group once, landing on the checked radio', async () => {
      const user = userEvent.setup();
      render(
        <>
          <Controlled initial="bank-transfer" />
          <button type="button">after</button>
        </>,
      );
      await user.tab();
      expect(screen.getByRole('radio', { name: 'Bank transfer' })).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    });
  });

  describe('when disabled', () => {
    it('locks every radio and ignores clicks', async () => {
      const onPick = vi.fn();
      const user = userEvent.setup();
      const { container } = render(<Controlled onPick={onPick} initial="stripe" disabled />);
      expect(screen.getByRole('group')).toHaveAttribute('data-status', 'disabled');
      for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
      await user.click(screen.getByText('PayPal'));
      expect(onPick).not.toHaveBeenCalled();
      expect(screen.getByRole('radio', { name: 'Card' })).toBeChecked();
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('given no usable options', () => {
    it('says that no method is available and passes axe', async () => {
      const { container } = render(
        <PaymentMethodSelector options={[{ gatewayId: '', label: 'x', kind: 'online' }] as FallbackOption[]} onChange={() => {}} />,
      );
      expect(screen.queryAllByRole('radio')).toHaveLength(0);
      expect(screen.getByText('No payment method is available for this order.')).toBeVisible();
      expect(screen.getByRole('group')).toHaveAttribute('data-status', 'empty');
      expect(await axeViolations(container)).toEqual([]);
    });

    it('shows a duplicated gateway once', () => {
      render(<PaymentMethodSelector options={[options[0]!, { ...options[0]!, label: 'Card again' }]} onChange={() => {}} />);
      expect(screen.getAllByRole('radio')).toHaveLength(1);
    });
  });

  describe('messages and styling', () => {
    it('takes its strings from t', () => {
      const t = (key: string) => (es as Record<string, string>)[key] ?? key;
      render(<Controlled t={t} />);
      expect(screen.getByRole('group', { name: 'Método de pago' })).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: 'Bank transfer' })).toHaveAccessibleDescription(
        'Sin pago en línea: recibirá las instrucciones de pago después del pedido.',
      );
    });

    it('uses rsp- class names, none when unstyled, and the given name', () => {
      const { container, unmount } = render(<Controlled name="method" />);
      expect(container.querySelector('fieldset.rsp-method-selector')).not.toBeNull();
      expect(screen.getAllByRole('radio').every((r) => r.getAttribute('name') === 'method')).toBe(true);
      unmount();
      const view = render(<Controlled unstyled />);
      expect(view.container.querySelectorAll('[class]')).toHaveLength(0);
    });
  });
});
