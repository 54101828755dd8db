import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { PaymentError } from '../core/errors/payment-error';
import { classNames, widgetText, type WidgetBaseProps } from './widget-text';

/** Props of {@link StepUpChallenge}. */
export interface StepUpChallengeProps extends WidgetBaseProps {
  /** Digits in the code, 4–10. Default 6. */
  length?: number;
  /**
   * Called with the complete code (digits only). Verification is the
   * merchant's: pass it on with `checkout.completeAction({ code })`. Nothing
   * is verified in the browser.
   */
  onSubmit(code: string): void;
  /** Asks for a new code. Without it, no resend button is shown. */
  onResend?(): void;
  /** Wait before another code may be requested, ms. Default 30000. */
  resendCooldownMs?: number;
  /** Whether the cooldown runs from the first render (a code was just sent). Default true. */
  cooldownOnMount?: boolean;
  /** A verification is in flight: the form keeps focus but does not submit again. */
  pending?: boolean;
  /** A localized message for the last attempt (wrong or expired code). Linked to the input. */
  error?: string | null;
  /**
   * Do not render the challenge's own title ("Confirm it's you"), for a view
   * that already has one (as `PaymentActionRequired` does). The form is then
   * named by `labelledBy`, or by the title text as its `aria-label`.
   */
  hideTitle?: boolean;
  /** Id of the element that names the form when `hideTitle` is set (the surrounding view's title). */
  labelledBy?: string;
  /** Move focus to the code input when the challenge appears. Default false. */
  focusOnMount?: boolean;
  /** Same as `focusOnMount` (which passes the jsx-a11y `no-autofocus` lint rule). */
  autoFocus?: boolean;
  /** Time source for the cooldown, ms. Default `Date.now`. */
  now?: () => number;
}

const MIN_LENGTH = 4;
const MAX_LENGTH = 10;

/** Keeps ASCII digits only (full-width digits count), at most `length` of them. */
function digitsOf(value: string, length: number): string {
  return value.normalize('NFKC').replace(/[^0-9]/g, '').slice(0, length);
}

function checkLength(length: number): void {
  if (!Number.isInteger(length) || length < MIN_LENGTH || length > MAX_LENGTH) {
    throw new PaymentError({
      code: 'configuration_error',
      message: `StepUpChallenge: \`length\` must be an integer from ${MIN_LENGTH} to ${MAX_LENGTH}, got ${String(length)}.`,
    });
  }
}

/**
 * One-time-code entry for a `step_up` action: a single labelled input
 * (`autocomplete="one-time-code"`, numeric keyboard) that accepts a pasted
 * code with or without spaces, a submit button that keeps focus while
 * `pending`, an error linked with `aria-describedby`, and a resend button
 * with a cooldown countdown.
 *
 * State is exposed as `data-status` (`idle` | `pending` | `error`) on the
 * root and `data-state` (`ready` | `cooldown`) on the resend button.
 *
 * @throws PaymentError `configuration_error` when `length` is not an integer from 4 to 10.
 */
export function StepUpChallenge(props: StepUpChallengeProps) {
  const {
    length = 6,
    onSubmit,
    onResend,
    resendCooldownMs = 30_000,
    cooldownOnMount = true,
    pending = false,
    error,
    hideTitle = false,
    labelledBy,
    focusOnMount,
    autoFocus,
    now = Date.now,
    t,
    className,
    unstyled = false,
  } = props;
  checkLength(length);

  const baseId = useId();
  const titleId = `${baseId}-title`;
  const inputId = `${baseId}-code`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;

  const inputRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const [resent, setResent] = useState(false);

  // Latest callbacks and clock in refs: handlers and the timer never go stale.
  const latest = useRef({ onSubmit, onResend, now });
  useEffect(() => {
    latest.current = { onSubmit, onResend, now };
  });

  // One submit per code, per pending cycle and per error: a double click or
  // Enter held down before the parent sets `pending` does not submit twice.
  const submitLock = useRef(false);
  useEffect(() => {
    submitLock.current = false;
  }, [pending, error, code]);

  // Resend cooldown: `remainingMs` is state, the deadline lives in a ref, and
  // one interval per cooldown is an effect with a cleanup (no timer outlives
  // the cooldown or the widget). Each tick reads the clock, so a throttled
  // background tab still shows the true remaining time.
  const [remainingMs, setRemainingMs] = useState(() => (onResend && cooldownOnMount ? Math.max(0, resendCooldownMs) : 0));
  const firstCooldown = useRef(remainingMs);
  const deadline = useRef<number | null>(null);
  const coolingDown = remainingMs > 0;
  useEffect(() => {
    if (!coolingDown) return;
    if (deadline.current === null) deadline.current = latest.current.now() + firstCooldown.current;
    const timer = setInterval(() => {
      const left = Math.max(0, (deadline.current ?? 0) - latest.current.now());
      if (left === 0) deadline.current = null;
      setRemainingMs(left);
    }, 1000);
    return () => clearInterval(timer);
  }, [coolingDown]);

  const focusFirst = focusOnMount ?? autoFocus ?? false;
  useEffect(() => {
    if (focusFirst) inputRef.current?.focus();
    // Mount only: focusing again on a prop change would steal focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new error: put the shopper back in the input, described by the error.
  const shownError = error ? error : null;
  const previousError = useRef(shownError);
  useEffect(() => {
    if (shownError && shownError !== previousError.current && !pending) {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    previousError.current = shownError;
  }, [shownError, pending]);

  const text = (key: Parameters<typeof widgetText>[1], params?: Record<string, string | number>) => widgetText(t, key, params);
  const errorText = shownError ?? (incomplete ? text('ui.stepUp.incomplete', { length }) : null);
  const showResent = resent && (coolingDown || resendCooldownMs <= 0);
  const seconds = Math.ceil(remainingMs / 1000);
  const status = pending ? 'pending' : errorText ? 'error' : 'idle';
  const cls = (name: string) => (unstyled ? undefined : name);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setCode(digitsOf(event.target.value, length));
    setIncomplete(false);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || submitLock.current) return;
    if (code.length !== length) {
      setIncomplete(true);
      inputRef.current?.focus();
      return;
    }
    submitLock.current = true;
    latest.current.onSubmit(code);
  };

  const handleResend = () => {
    if (coolingDown || !latest.current.onResend) return;
    latest.current.onResend();
    setResent(true);
    if (resendCooldownMs > 0) {
      deadline.current = latest.current.now() + resendCooldownMs;
      setRemainingMs(resendCooldownMs);
    }
  };

  return (
    <form
      className={classNames(cls('rsp-step-up'), className)}
      data-status={status}
      aria-labelledby={hideTitle ? labelledBy : titleId}
      aria-label={hideTitle && !labelledBy ? text('ui.stepUp.title') : undefined}
      aria-busy={pending || undefined}
      noValidate
      onSubmit={handleSubmit}
    >
      {hideTitle ? null : (
        <p id={titleId} className={cls('rsp-step-up__title')}>
          {text('ui.stepUp.title')}
        </p>
      )}
      <label htmlFor={inputId} className={cls('rsp-step-up__label')}>
        {text('ui.stepUp.label')}
      </label>
      <p id={hintId} className={cls('rsp-step-up__hint')}>
        {text('ui.stepUp.description', { length })}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        className={cls('rsp-step-up__input')}
        name="one-time-code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern={`[0-9]{${length}}`}
        spellCheck={false}
        size={length + 2}
        required
        value={code}
        readOnly={pending}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={errorText ? `${hintId} ${errorId}` : hintId}
        onChange={handleChange}
      />
      {errorText ? (
        <p id={errorId} className={cls('rsp-step-up__error')}>
          {errorText}
        </p>
      ) : null}
      <div className={cls('rsp-step-up__actions')}>
        <button
          type="submit"
          className={cls('rsp-step-up__submit')}
          data-status={pending ? 'pending' : 'idle'}
          aria-disabled={pending || undefined}
        >
          {pending ? text('ui.stepUp.submitting') : text('ui.stepUp.submit')}
        </button>
        {onResend ? (
          <button
            type="button"
            className={cls('rsp-step-up__resend')}
            data-state={coolingDown ? 'cooldown' : 'ready'}
            aria-disabled={coolingDown || undefined}
            onClick={handleResend}
          >
            {coolingDown ? text('ui.stepUp.resendIn', { seconds }) : text('ui.stepUp.resend')}
          </button>
        ) : null}
      </div>
      {onResend ? (
        // Present before it speaks, so the confirmation of a resend is announced.
        <p role="status" className={cls('rsp-step-up__status')}>
          {showResent ? text('ui.stepUp.resent') : ''}
        </p>
      ) : null}
    </form>
  );
}
