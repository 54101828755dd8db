import { forwardRef } from 'react';
import { classNames } from './widget-text';
import { useClassName } from './styling-context';

/** Props of `PayButton`. */
export interface PayButtonProps {
  /** What the button says when ready ("Pay €49.99"). */
  label: string;
  /** A payment is in flight (or the form is loading): the button keeps focus, is `aria-disabled`, and does nothing. */
  pending?: boolean;
  /** What the button says while pending ("Paying €49.99…"). */
  pendingLabel?: string;
  /** Id of an element describing the button (a hint shown next to it). */
  describedBy?: string;
  /** Called on click when not pending. Without it the button submits its form. */
  onPress?: () => void;
  className?: string;
  unstyled?: boolean;
}

/**
 * The pay button, modelled on React Aria's `isPending`: while pending it is
 * NOT `disabled` (a disabled button would drop keyboard focus) but
 * `aria-disabled`, ignores presses, and its label says what is happening.
 * The one-submission guarantee lives in the processor and the engine; this
 * button only never forwards a press while pending.
 *
 * State: `data-status` (`ready` | `pending`).
 */
export const PayButton = forwardRef<HTMLButtonElement, PayButtonProps>(function PayButton(
  { label, pending = false, pendingLabel, describedBy, onPress, className, unstyled },
  ref,
) {
  const cls = useClassName(unstyled);
  return (
    <button
      ref={ref}
      type={onPress ? 'button' : 'submit'}
      className={classNames(cls('rsp-button rsp-button--primary rsp-pay'), className)}
      data-status={pending ? 'pending' : 'ready'}
      aria-disabled={pending || undefined}
      aria-describedby={describedBy}
      onClick={(event) => {
        if (pending) {
          event.preventDefault();
          return;
        }
        onPress?.();
      }}
    >
      {pending ? (
        <span className={cls('rsp-spinner')} aria-hidden="true" />
      ) : null}
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
});
