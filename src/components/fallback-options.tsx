import type { ReactNode } from 'react';
import type { FallbackOption } from '../core/types';
import { useMessages } from '../i18n/messages-context';
import { classNames } from './widget-text';
import { useClassName } from './styling-context';

/** Props of `FallbackOptions`. */
export interface FallbackOptionsProps {
  /** The options of a `fallback_offered` state, in the engine's order (online first, then manual). */
  options: readonly FallbackOption[];
  /** Called with the chosen gateway; the processor forwards it to `checkout.selectFallback`. */
  onSelect(gatewayId: string): void;
  /** A choice is being applied: buttons keep focus but do nothing (`aria-disabled`). */
  pending?: boolean;
  className?: string;
  unstyled?: boolean;
}

/**
 * The other ways to pay after a gateway became unavailable: one button per
 * option, in the order the engine offered them. Choosing is the shopper's
 * intent only — the engine decides what each choice does.
 *
 * State: `data-status` (`ready` | `pending`), `data-kind` per option.
 */
export function FallbackOptions({ options, onSelect, pending = false, className, unstyled }: FallbackOptionsProps): ReactNode {
  const t = useMessages();
  const cls = useClassName(unstyled);
  return (
    <section
      className={classNames(cls('rsp-fallback'), className)}
      data-status={pending ? 'pending' : 'ready'}
      aria-label={t.translate('ui.fallback.title')}
    >
      <p className={cls('rsp-fallback__title')}>{t.translate('ui.fallback.title')}</p>
      <ul className={cls('rsp-fallback__list')}>
        {options.map((option) => (
          <li key={option.gatewayId} data-kind={option.kind}>
            <button
              type="button"
              className={cls('rsp-button rsp-button--secondary')}
              aria-disabled={pending || undefined}
              onClick={() => {
                if (!pending) onSelect(option.gatewayId);
              }}
            >
              {t.translate('ui.fallback.option', { label: option.label })}
            </button>
            {option.kind === 'manual' ? <p className={cls('rsp-fallback__hint')}>{t.translate('ui.fallback.manualHint')}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
