import type { ReactNode } from 'react';
import { useMessages } from '../i18n/messages-context';
import { classNames } from './widget-text';
import { useClassName } from './styling-context';

/** Props of `PaymentCanceled`. */
export interface PaymentCanceledProps {
  /** Offers "Start a new payment" when given. */
  onStartOver?: () => void;
  className?: string;
  unstyled?: boolean;
}

/** The view of a `canceled` checkout. State: `data-status="canceled"`. */
export function PaymentCanceled({ onStartOver, className, unstyled }: PaymentCanceledProps): ReactNode {
  const t = useMessages();
  const cls = useClassName(unstyled);
  return (
    <section className={classNames(cls('rsp-outcome rsp-outcome--canceled'), className)} data-status="canceled" aria-label={t.translate('ui.canceled.title')}>
      <p className={cls('rsp-outcome__title')}>{t.translate('ui.canceled.title')}</p>
      <p>{t.translate('ui.canceled.body')}</p>
      {onStartOver ? (
        <button type="button" className={cls('rsp-button rsp-button--secondary')} onClick={onStartOver}>
          {t.translate('ui.action.startOver')}
        </button>
      ) : null}
    </section>
  );
}
