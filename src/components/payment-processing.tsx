import type { ReactNode } from 'react';
import type { Money } from '../core/types';
import { useMessages } from '../i18n/messages-context';
import { classNames } from './widget-text';
import { useClassName } from './styling-context';

/** Props of `PaymentProcessing`. */
export interface PaymentProcessingProps {
  /** What is being charged. */
  money: Money;
  className?: string;
  unstyled?: boolean;
}

/**
 * The view of a `processing` checkout: the payment was accepted and the final
 * word comes later; tells the shopper not to pay again.
 * State: `data-status="processing"`.
 */
export function PaymentProcessing({ money, className, unstyled }: PaymentProcessingProps): ReactNode {
  const t = useMessages();
  const cls = useClassName(unstyled);
  return (
    <section className={classNames(cls('rsp-outcome rsp-outcome--processing'), className)} data-status="processing" aria-label={t.translate('ui.processing.title')}>
      <p className={cls('rsp-outcome__title')}>{t.translate('ui.processing.title')}</p>
      <p>{t.translate('ui.processing.body', { amount: t.formatAmount(money) })}</p>
    </section>
  );
}
