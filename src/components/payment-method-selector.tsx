import { useId } from 'react';
import type { FallbackOption } from '../core/types';
import { classNames, widgetText, type WidgetBaseProps } from './widget-text';

/** Props of {@link PaymentMethodSelector}. */
export interface PaymentMethodSelectorProps extends WidgetBaseProps {
  /** The methods to offer, in order (e.g. `client.availableGateways(money)` or a `fallback_offered` state's `options`). */
  options: readonly FallbackOption[];
  /** The selected `gatewayId`; none selected when absent or not among the options. */
  value?: string | null;
  /** Called with the `gatewayId` the shopper picks (click, Space, or arrow keys). */
  onChange(gatewayId: string): void;
  /** Locks the choice (a payment is in flight). */
  disabled?: boolean;
  /** `name` of the radio inputs. Default: a generated unique name. */
  name?: string;
}

/**
 * The shopper's choice of payment method: a native `<fieldset>` with a
 * `<legend>` and one radio per option, so arrow keys, Space and screen
 * readers work as they do for any radio group. Manual methods (bank
 * transfer) carry a hint, linked with `aria-describedby`, that the
 * instructions come after ordering.
 *
 * State: `data-status` (`ready` | `disabled` | `empty`) on the root,
 * `data-state` (`checked` | `unchecked`) and `data-kind` on each option.
 */
export function PaymentMethodSelector(props: PaymentMethodSelectorProps) {
  const { options, value, onChange, disabled = false, name, t, className, unstyled = false } = props;
  const baseId = useId();
  const groupName = name ?? `${baseId}-method`;
  const cls = (n: string) => (unstyled ? undefined : n);
  const text = (key: Parameters<typeof widgetText>[1]) => widgetText(t, key);

  const seen = new Set<string>();
  const usable = options.filter((o) => {
    if (!o || typeof o.gatewayId !== 'string' || o.gatewayId === '' || seen.has(o.gatewayId)) return false;
    seen.add(o.gatewayId);
    return true;
  });
  const status = usable.length === 0 ? 'empty' : disabled ? 'disabled' : 'ready';

  return (
    <fieldset className={classNames(cls('rsp-method-selector'), className)} data-status={status} disabled={disabled}>
      <legend className={cls('rsp-method-selector__legend')}>{text('ui.methodSelector.legend')}</legend>
      {usable.length === 0 ? <p className={cls('rsp-method-selector__empty')}>{text('ui.methodSelector.empty')}</p> : null}
      {usable.map((option, index) => {
        const inputId = `${baseId}-option-${index}`;
        const hintId = `${inputId}-hint`;
        const checked = value === option.gatewayId;
        const manual = option.kind === 'manual';
        return (
          <div
            key={option.gatewayId}
            className={cls('rsp-method-selector__option')}
            data-state={checked ? 'checked' : 'unchecked'}
            data-kind={manual ? 'manual' : 'online'}
          >
            <input
              id={inputId}
              className={cls('rsp-method-selector__radio')}
              type="radio"
              name={groupName}
              value={option.gatewayId}
              checked={checked}
              aria-describedby={manual ? hintId : undefined}
              onChange={() => onChange(option.gatewayId)}
            />
            <label htmlFor={inputId} className={cls('rsp-method-selector__label')}>
              {typeof option.label === 'string' && option.label !== '' ? option.label : option.gatewayId}
            </label>
            {manual ? (
              <p id={hintId} className={cls('rsp-method-selector__hint')}>
                {text('ui.methodSelector.manualHint')}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
