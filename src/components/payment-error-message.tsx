import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { PaymentError } from '../core/errors/payment-error';
import type { PaymentNextStep } from '../core/errors/classification';
import { useMessages } from '../i18n/messages-context';
import { classNames } from './widget-text';
import { useClassName } from './styling-context';

/** Props of `PaymentErrorMessage`. */
export interface PaymentErrorMessageProps {
  /** The error to explain. Its `messageKey` names what went wrong; its `nextStep` decides what the shopper is told to do. */
  error: PaymentError;
  /** Other ways to pay are offered next to this message: the advice becomes "choose another way to pay". */
  fallbackOffered?: boolean;
  /** Shown for `nextStep: 'retry'`: tries again with the same method. */
  onRetry?: () => void;
  /** Shown for `nextStep: 'new_method'`: clears the form for another card. */
  onNewMethod?: () => void;
  /** Move focus here when it appears or the error changes. Default true. */
  moveFocus?: boolean;
  className?: string;
  unstyled?: boolean;
}

/** The advice key for a next step. */
function adviceKey(nextStep: PaymentNextStep, fallbackOffered: boolean): string {
  if (fallbackOffered) return 'ui.error.next.choose_method';
  return `ui.error.next.${nextStep}`;
}

/**
 * Says what went wrong (the localized text of `error.messageKey`, never raw
 * gateway text) and what to do next (from `error.nextStep`: try again, use
 * another card, choose another way to pay, contact the shop), with the
 * matching button. It takes focus when it appears so keyboard and
 * screen-reader users land on it (WCAG 3.3.1, 3.3.3).
 *
 * State: `data-status="error"`, `data-code`, `data-next-step`.
 */
export function PaymentErrorMessage(props: PaymentErrorMessageProps): ReactNode {
  const { error, fallbackOffered = false, onRetry, onNewMethod, moveFocus = true, className, unstyled } = props;
  const t = useMessages();
  const cls = useClassName(unstyled);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const messageId = `${baseId}-message`;
  const adviceId = `${baseId}-advice`;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (moveFocus) ref.current?.focus();
  }, [moveFocus, error]);

  const advice = t.translate(adviceKey(error.nextStep, fallbackOffered));
  const showRetry = !fallbackOffered && error.nextStep === 'retry' && onRetry;
  const showNewMethod = !fallbackOffered && error.nextStep === 'new_method' && onNewMethod;

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={advice ? `${messageId} ${adviceId}` : messageId}
      className={classNames(cls('rsp-error'), className)}
      data-status="error"
      data-code={error.code}
      data-next-step={fallbackOffered ? 'choose_method' : error.nextStep}
    >
      <p id={titleId} className={cls('rsp-error__title')}>
        {t.translate('ui.error.title')}
      </p>
      <p id={messageId} className={cls('rsp-error__message')}>{t.translate(error.messageKey)}</p>
      {advice ? (
        <p id={adviceId} className={cls('rsp-error__advice')}>
          {advice}
        </p>
      ) : null}
      {showRetry ? (
        <button type="button" className={cls('rsp-button rsp-button--secondary')} onClick={onRetry}>
          {t.translate('ui.action.retry')}
        </button>
      ) : null}
      {showNewMethod ? (
        <button type="button" className={cls('rsp-button rsp-button--secondary')} onClick={onNewMethod}>
          {t.translate('ui.action.newMethod')}
        </button>
      ) : null}
    </div>
  );
}
