import { useId, type ReactNode } from 'react';
import type { PaymentError } from '../core/errors/payment-error';
import type { Money, NextAction } from '../core/types';
import { useMessages } from '../i18n/messages-context';
import { StepUpChallenge } from './step-up-challenge';
import { classNames } from './widget-text';
import { useClassName, useUnstyled } from './styling-context';

/** Props of `PaymentActionRequired`. */
export interface PaymentActionRequiredProps {
  /** The `action` of a `requires_action` state. */
  action: NextAction;
  /** What is being paid. */
  money: Money;
  /**
   * Forwards the shopper's intent to `checkout.completeAction(input)`: with
   * `{ code }` for a step-up challenge, without input for 3-D Secure (the
   * adapter's `handleAction` shows the bank's own screen).
   */
  onComplete(input?: Record<string, string>): void;
  /** A completion is in flight. */
  pending?: boolean;
  /**
   * Why the last verification did not pass (wrong or expired code). Shown by
   * the step-up challenge as the localized text of its `messageKey`, linked to
   * the code input; never raw gateway text.
   */
  error?: PaymentError | null;
  className?: string;
  unstyled?: boolean;
}

/**
 * The `requires_action` view: a `StepUpChallenge` for `step_up` actions
 * (verification is the merchant's, through the engine's risk policy), or a
 * button that hands over to the gateway's 3-D Secure / redirect flow.
 *
 * State: `data-status="requires_action"`, `data-action` (the action type).
 */
export function PaymentActionRequired({ action, money, onComplete, pending = false, error, className, unstyled }: PaymentActionRequiredProps): ReactNode {
  const t = useMessages();
  const titleId = useId();
  const cls = useClassName(unstyled);
  const off = useUnstyled(unstyled);
  const codeLength = typeof action.data?.['codeLength'] === 'number' ? (action.data['codeLength'] as number) : undefined;
  return (
    <section
      className={classNames(cls('rsp-action'), className)}
      data-status="requires_action"
      data-action={action.type}
      aria-labelledby={titleId}
    >
      <p id={titleId} className={cls('rsp-action__title')}>
        {t.translate('ui.requiresAction.title')}
      </p>
      <p>{t.translate('ui.requiresAction.body', { amount: t.formatAmount(money) })}</p>
      {action.type === 'step_up' ? (
        <StepUpChallenge
          t={t.translate}
          unstyled={off}
          pending={pending}
          // One title: this view's names the challenge too.
          hideTitle
          labelledBy={titleId}
          // The engine says why the last code failed; the shopper needs "check the code", not a card message.
          error={error ? t.translate('ui.stepUp.wrongCode') : null}
          // The flow moved into the challenge: putting the shopper in the code input is the point.
          focusOnMount
          {...(codeLength !== undefined ? { length: codeLength } : {})}
          onSubmit={(code) => onComplete({ code })}
        />
      ) : (
        <button
          type="button"
          className={cls('rsp-button rsp-button--primary')}
          data-status={pending ? 'pending' : 'ready'}
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) onComplete();
          }}
        >
          {t.translate('ui.action.verify')}
        </button>
      )}
    </section>
  );
}
