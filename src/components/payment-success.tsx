import type { ReactNode } from 'react';
import type { Money } from '../core/types';
import { useMessages } from '../i18n/messages-context';
import { classNames } from './widget-text';
import { useClassName } from './styling-context';

/** Props of `PaymentSuccess`. */
export interface PaymentSuccessProps {
  /** What was charged. */
  money: Money;
  /** The gateway's payment id, shown as a reference for support. */
  paymentId?: string;
  className?: string;
  unstyled?: boolean;
}

/** The view of a `succeeded` checkout. State: `data-status="succeeded"`. */
export function PaymentSuccess({ money, paymentId, className, unstyled }: PaymentSuccessProps): ReactNode {
  const t = useMessages();
  const cls = useClassName(unstyled);
  return (
    <section className={classNames(cls('rsp-outcome rsp-outcome--success'), className)} data-status="succeeded" aria-label={t.translate('ui.success.title')}>
      <p className={cls('rsp-outcome__title')}>{t.translate('ui.success.title')}</p>
      <p>{t.translate('ui.success.body', { amount: t.formatAmount(money) })}</p>
      {paymentId ? <p className={cls('rsp-outcome__reference')}>{t.translate('ui.success.reference', { paymentId })}</p> : null}
    </section>
  );
}
