import type { ReactNode } from 'react';
import type { CheckoutState } from '../core/types';
import { useMessages } from '../i18n/messages-context';
import type { Translator } from '../i18n/translator';
import { classNames } from './widget-text';
import { useClassName } from './styling-context';

/** Props of `PaymentStatus`. */
export interface PaymentStatusProps {
  /** The state to announce. */
  state: CheckoutState;
  /** Total calls per idempotency key (the client's `retry.maxAttempts`), for "retrying (2 of 3)". Falls back to the state's own `maxAttempts`. */
  maxAttempts?: number;
  /** Show the text on screen too. Default false: the text is for screen readers only (the views show the same thing). */
  visible?: boolean;
  /**
   * Announce failures with a short summary only ("Payment failed."). Use it
   * when an error message that names the problem takes focus at the same time
   * (as `SecurePaymentProcessor`'s does), so the details are read once, on
   * focus, and not a second time by the alert. Default false: the alert says
   * what went wrong.
   */
  failureSummaryOnly?: boolean;
  className?: string;
  unstyled?: boolean;
}

const FAILURE: ReadonlySet<CheckoutState['status']> = new Set(['failed', 'fallback_offered']);

/** The one sentence that describes `state` to a screen reader; empty when there is nothing to say (idle). */
export function describeCheckoutState(state: CheckoutState, t: Translator, maxAttempts?: number): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'submitting':
      return t.translate('ui.status.submitting');
    case 'retrying': {
      const total = maxAttempts ?? state.maxAttempts;
      return total
        ? t.translate('ui.status.retrying', { attempt: state.attempt, maxAttempts: total })
        : t.translate('ui.status.retryingAttempt', { attempt: state.attempt });
    }
    case 'reconciling':
      return t.translate('ui.status.reconciling');
    case 'requires_action':
      return t.translate('ui.status.requiresAction');
    case 'succeeded':
      return t.translate('ui.status.succeeded');
    case 'processing':
      return t.translate('ui.status.processing');
    case 'pending_manual':
      return t.translate('ui.status.pendingManual');
    case 'canceled':
      return t.translate('ui.status.canceled');
    case 'failed':
    case 'fallback_offered':
      return t.translate('ui.status.failed', { message: t.translate(state.error.messageKey) });
  }
}

/**
 * The one live region of a payment: progress and success are announced
 * politely (`role="status"`), failures assertively (`role="alert"`). Both
 * regions stay in the DOM so assistive technology is listening before the
 * text changes, and each text depends only on the state, so every state
 * change is announced once (a retry countdown is never read out).
 *
 * State: `data-status` on the root.
 */
export function PaymentStatus({ state, maxAttempts, visible = false, failureSummaryOnly = false, className, unstyled }: PaymentStatusProps): ReactNode {
  const t = useMessages();
  const cls = useClassName(unstyled);
  const failure = FAILURE.has(state.status);
  const text = failure && failureSummaryOnly ? t.translate('ui.status.failedSummary') : describeCheckoutState(state, t, maxAttempts);
  const regionClass = visible ? cls('rsp-status__text') : undefined;
  const hiddenStyle = visible ? undefined : VISUALLY_HIDDEN;
  return (
    <div className={classNames(cls('rsp-status'), className)} data-status={state.status}>
      <div role="status" aria-live="polite" aria-atomic="true" className={regionClass} style={hiddenStyle}>
        {failure ? '' : text}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" className={regionClass} style={hiddenStyle}>
        {failure ? text : ''}
      </div>
    </div>
  );
}

/** Inline visually-hidden style: works without the stylesheet and with `unstyled`. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
