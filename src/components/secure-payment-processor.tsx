import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { PaymentError } from '../core/errors/payment-error';
import type { CheckoutState, PaymentMethodRef, PaymentSession, ServerConfirmHandler } from '../core/types';
import { PaymentMessagesProvider, useMessages } from '../i18n/messages-context';
import type { MessageOverrides } from '../i18n/message-key';
import type { GatewayFormChange, ReactGatewayAdapter } from '../react/gateway-form';
import { useRequiredPaymentClient } from '../react/payment-client-context';
import { useCheckout } from '../react/use-checkout';
import { BankTransferInstructions } from './bank-transfer-instructions';
import { FallbackOptions } from './fallback-options';
import { PayButton } from './pay-button';
import { PaymentActionRequired } from './payment-action-required';
import { PaymentCanceled } from './payment-canceled';
import { PaymentErrorMessage } from './payment-error-message';
import { PaymentMethodSelector } from './payment-method-selector';
import { PaymentProcessing } from './payment-processing';
import { describeCheckoutState, PaymentStatus } from './payment-status';
import { PaymentSuccess } from './payment-success';
import { TestModeCardForm } from './test-mode-card-form';
import { UnstyledContext, useClassName, useUnstyled } from './styling-context';
import { classNames } from './widget-text';

/** The `succeeded` state handed to `onSuccess`. */
export type SucceededCheckoutState = Extract<CheckoutState, { status: 'succeeded' }>;

/** Props of `SecurePaymentProcessor`. */
export interface SecurePaymentProcessorProps {
  /** Integer minor units (4999 = €49.99). A change applies while the checkout is idle; never underneath a payment in flight. */
  amount: number;
  /** ISO 4217 code, upper case. */
  currency: string;
  /** Client-confirm gateways (Stripe): the PaymentIntent's client secret. Passed to the adapter only; never rendered or logged. */
  clientSecret?: string;
  /**
   * Server-confirm gateways: called with the method's token id and
   * `{ idempotencyKey, signal, gatewayId, attempt }`. What it throws goes
   * through the one error path (classified, retried when transient).
   */
  onPaymentSubmit?: ServerConfirmHandler;
  /** Called once per successful settlement. */
  onSuccess?: (state: SucceededCheckoutState) => void;
  /** Called once per failed settlement (`failed`, or `fallback_offered` with the error that caused it). */
  onError?: (error: PaymentError, state: CheckoutState) => void;
  /** The storefront is still preparing (fetching a client secret): the pay button waits, `aria-busy` is set. */
  isLoading?: boolean;
  /** An error to show before the shopper pays again (e.g. from a redirect return). Hidden once they submit. */
  error?: PaymentError | null;
  /** Preselect this gateway. Default: the first available one. */
  gatewayId?: string;
  /** BCP 47 locale for texts and amounts. Default `'en'`. */
  locale?: string;
  /** Texts overriding any catalog key. */
  messages?: MessageOverrides;
  /** Sent with the payment (order id, …). Read when the checkout is created. */
  metadata?: Record<string, string>;
  /** Added to the root element. */
  className?: string;
  /** Render no class names at all (only `data-*` state attributes) to style from scratch. */
  unstyled?: boolean;
}

const VIEW_STATUSES: ReadonlySet<CheckoutState['status']> = new Set(['requires_action', 'pending_manual', 'succeeded', 'processing', 'canceled']);
const IN_FLIGHT: ReadonlySet<CheckoutState['status']> = new Set(['submitting', 'retrying', 'reconciling']);
const SHOWS_FORM: ReadonlySet<CheckoutState['status']> = new Set(['idle', 'failed', 'submitting', 'retrying', 'reconciling']);
/** Next steps after which paying again from the same form makes sense. */
const PAY_AGAIN: ReadonlySet<PaymentError['nextStep']> = new Set(['retry', 'new_method', 'authenticate']);

/**
 * The whole payment step: method selection, the gateway's form (or the TEST
 * MODE card form for test gateways), the pay button, progress and retry
 * status, 3-D Secure / step-up, error messages with the right next step,
 * fallback options, bank-transfer instructions and the outcome views.
 *
 * It renders `CheckoutState` and forwards the shopper's intent to the
 * checkout; retry, fallback and error policy stay in the engine. State is
 * exposed as `data-status` on the root.
 *
 * ```tsx
 * <PaymentGatewayProvider client={client}>
 *   <SecurePaymentProcessor amount={4999} currency="EUR" clientSecret={secret} onSuccess={…} />
 * </PaymentGatewayProvider>
 * ```
 *
 * @throws Error naming `<SecurePaymentProcessor>` when there is no `PaymentGatewayProvider` above.
 */
export function SecurePaymentProcessor(props: SecurePaymentProcessorProps): ReactNode {
  return (
    <PaymentMessagesProvider locale={props.locale ?? 'en'} {...(props.messages ? { messages: props.messages } : {})}>
      <UnstyledContext.Provider value={props.unstyled ?? false}>
        <ProcessorBody {...props} />
      </UnstyledContext.Provider>
    </PaymentMessagesProvider>
  );
}

function ProcessorBody(props: SecurePaymentProcessorProps): ReactNode {
  const { amount, currency, isLoading = false, className } = props;
  const client = useRequiredPaymentClient('<SecurePaymentProcessor>');
  const t = useMessages();
  const cls = useClassName();
  const unstyled = useUnstyled();
  const hintId = useId();
  const request = props.metadata ? { amount, currency, metadata: props.metadata } : { amount, currency };
  const { checkout, state, money, error: requestError, moneyChanged, reset } = useCheckout(request);

  // Latest props for handlers and effects, without re-subscribing (react-stripe-js' useAttachEvent idea).
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const options = useMemo(
    () => (money ? client.availableGateways(money) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the money's value, not its identity, matters
    [client, money?.amount, money?.currency],
  );
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const idleGateway = state.status === 'idle' ? state.gatewayId : undefined;
  const gatewayId = chosen ?? idleGateway ?? props.gatewayId ?? options[0]?.gatewayId;
  const adapter = gatewayId ? (client.getGateway(gatewayId) as ReactGatewayAdapter | undefined) : undefined;

  const [formRound, setFormRound] = useState(0);
  const [form, setForm] = useState<GatewayFormChange & { gatewayId?: string; round: number }>({ complete: false, round: 0 });
  // What the current gateway's current form reported; a report of another gateway or an earlier form is stale.
  const currentForm = form.gatewayId === gatewayId && form.round === formRound ? form : undefined;
  const formComplete = currentForm?.complete === true;
  const formMethod = currentForm?.method;
  // What the gateway's form reported as wrong (Stripe.js failed to load, …): shown, never swallowed.
  const formError = currentForm?.error;
  const formErrorRegion = useRef<HTMLDivElement>(null);
  const needsForm = adapter?.kind === 'online' && (adapter.testMode === true || adapter.Form !== undefined);
  const [showIncomplete, setShowIncomplete] = useState(false);
  const [initialErrorDismissed, setInitialErrorDismissed] = useState(false);
  const formRegion = useRef<HTMLDivElement>(null);
  const payButton = useRef<HTMLButtonElement>(null);
  const viewRegion = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);

  const pending = isLoading || IN_FLIGHT.has(state.status);
  const submitting = useRef(false);

  const { clientSecret, onPaymentSubmit } = props;
  const formSession = useMemo(() => toSession(clientSecret, onPaymentSubmit), [clientSecret, onPaymentSubmit]);
  const session = (): PaymentSession => toSession(latest.current.clientSecret, latest.current.onPaymentSubmit);

  const pay = () => {
    if (!checkout || !gatewayId || pending || submitting.current) return;
    if (needsForm && !formComplete) {
      if (formError) {
        // The form cannot be completed: point at why (and at the other methods), not at "complete the form".
        formErrorRegion.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
        return;
      }
      setShowIncomplete(true);
      return;
    }
    setShowIncomplete(false);
    setInitialErrorDismissed(true);
    submitting.current = true;
    const input = formMethod ? { gatewayId, method: formMethod, session: session() } : { gatewayId, session: session() };
    void checkout.submit(input).finally(() => {
      submitting.current = false;
    });
  };

  const onFormChange = useCallback(
    (change: GatewayFormChange) => {
      setForm({ ...change, gatewayId, round: formRound });
      if (change.complete) setShowIncomplete(false);
    },
    [gatewayId, formRound],
  );

  const newMethod = () => {
    setFormRound((r) => r + 1);
    setForm({ complete: false, round: formRound + 1 });
    formRegion.current?.focus();
  };

  const pendingFormFocus = useRef(false);
  const selectFallback = (target: string) => {
    if (!checkout) return;
    const option = state.status === 'fallback_offered' ? state.options.find((o) => o.gatewayId === target) : undefined;
    if (option?.kind === 'online') {
      setChosen(target);
      newMethod();
      pendingFormFocus.current = true; // the form appears once the checkout is idle again
    }
    void checkout.selectFallback(target, undefined, session());
  };

  // "Try again" after a transient failure. The checkout has used up its attempts under this
  // key (and nothing was charged, or it would have settled outcome_unknown), so a new attempt
  // needs a new checkout: the shopper's press starts one and submits the same method to it.
  const retryOnNewCheckout = useRef<{ gatewayId: string; method?: PaymentMethodRef } | null>(null);
  const tryAgain = () => {
    if (!checkout || !gatewayId || pending || submitting.current) return;
    retryOnNewCheckout.current = formMethod ? { gatewayId, method: formMethod } : { gatewayId };
    setInitialErrorDismissed(true);
    reset();
  };
  useEffect(() => {
    const retry = retryOnNewCheckout.current;
    if (!retry || !checkout || checkout.getState().status !== 'idle') return;
    retryOnNewCheckout.current = null;
    submitting.current = true;
    void checkout.submit({ ...retry, session: session() }).finally(() => {
      submitting.current = false;
    });
    // `session` reads the latest props through a ref.
  }, [checkout]);

  const startOver = () => {
    setChosen(undefined);
    setFormRound((r) => r + 1);
    setInitialErrorDismissed(true);
    reset();
  };

  // onSuccess / onError: once per settlement, even across StrictMode's effect re-run.
  const reported = useRef<CheckoutState | null>(null);
  useEffect(() => {
    const last = reported.current;
    if (last === state) return;
    if (state.status === 'succeeded') {
      if (last?.status === 'succeeded' && last.paymentId === state.paymentId) return;
      reported.current = state;
      latest.current.onSuccess?.(state);
    } else if (state.status === 'failed' || state.status === 'fallback_offered') {
      if ((last?.status === 'failed' || last?.status === 'fallback_offered') && last.error === state.error) return;
      reported.current = state;
      latest.current.onError?.(state.error, state);
    } else if (state.status !== 'idle') {
      reported.current = state;
    }
  }, [state]);

  // When a view replaces the element that had focus (the pay button, a fallback
  // button, the code input), put focus on the new view instead of the page.
  useEffect(() => {
    if (typeof document === 'undefined') return;
    // Only when focus was lost (its element removed): never pull focus from elsewhere on the page.
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    if (!lost || !rootRef.current) return;
    if (state.status === 'failed' || state.status === 'fallback_offered') return; // the error message takes focus itself
    if (state.status === 'idle' && !pendingFormFocus.current) return; // never steal focus on mount
    pendingFormFocus.current = false;
    if (IN_FLIGHT.has(state.status)) payButton.current?.focus();
    else (viewRegion.current ?? formRegion.current)?.focus();
  }, [state.status]);

  // Unmounting mid-payment cancels it (sleeps and calls are aborted by the engine).
  useEffect(() => {
    if (!checkout) return;
    return () => {
      if (IN_FLIGHT.has(checkout.getState().status)) checkout.cancel();
    };
  }, [checkout]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    pay();
  };

  const status = requestError ? 'failed' : state.status;
  const rootProps = {
    ref: rootRef,
    className: classNames(cls('rsp-processor'), className),
    'data-status': status,
    'data-loading': isLoading || undefined,
    'aria-busy': pending || undefined,
    'aria-label': t.translate('ui.processor.label'),
  };

  if (requestError || !checkout || !money) {
    return (
      <section {...rootProps}>
        <PaymentErrorMessage error={requestError as PaymentError} moveFocus={false} />
      </section>
    );
  }

  const formattedAmount = t.formatAmount(money);
  const manual = adapter?.kind === 'manual';
  const pendingLabel =
    isLoading
      ? t.translate('ui.loading')
      : state.status === 'retrying'
        ? t.translate('ui.pay.retrying')
        : state.status === 'reconciling'
          ? t.translate('ui.pay.checking')
          : t.translate('ui.pay.pending', { amount: formattedAmount });
  const progress = state.status === 'retrying' ? describeCheckoutState(state, t) : '';
  const otherMethods = options.some((o) => o.gatewayId !== gatewayId);
  const reloadForm = () => {
    setFormRound((r) => r + 1);
    setForm({ complete: false, round: formRound + 1 });
  };
  const FormComponent = adapter?.kind === 'online' ? (adapter.testMode ? TestModeCardForm : adapter.Form) : undefined;
  const initialError = props.error && !initialErrorDismissed && state.status === 'idle' ? props.error : null;

  return (
    <section {...rootProps}>
      {/* The failure's details are read once, from the error message that takes focus; the alert only summarises. */}
      <PaymentStatus state={state} failureSummaryOnly />
      {moneyChanged ? (
        <p className={cls('rsp-notice')} data-status="amount_changed">
          {t.translate('ui.amountChanged', { amount: t.formatAmount({ amount, currency }), charged: formattedAmount })}{' '}
          {state.status === 'failed' || state.status === 'fallback_offered' || state.status === 'canceled' ? (
            <button type="button" className={cls('rsp-button rsp-button--secondary')} onClick={startOver}>
              {t.translate('ui.action.startOver')}
            </button>
          ) : null}
        </p>
      ) : null}

      {SHOWS_FORM.has(state.status) && (state.status !== 'failed' || PAY_AGAIN.has(state.error.nextStep)) ? (
        <form className={cls('rsp-form')} noValidate onSubmit={onSubmit}>
          {initialError ? <PaymentErrorMessage error={initialError} moveFocus={false} /> : null}
          {state.status === 'failed' ? (
            <PaymentErrorMessage
              error={state.error}
              onRetry={tryAgain}
              onNewMethod={newMethod}
            />
          ) : null}
          {formError ? (
            <div ref={formErrorRegion}>
              <PaymentErrorMessage
                error={formError}
                moveFocus={false}
                fallbackOffered={otherMethods}
                onRetry={reloadForm}
              />
            </div>
          ) : null}
          {options.length > 1 ? (
            <PaymentMethodSelector
              options={options}
              value={gatewayId ?? null}
              disabled={pending}
              t={t.translate}
              unstyled={unstyled}
              onChange={(id) => {
                setChosen(id);
                setShowIncomplete(false);
              }}
            />
          ) : null}
          <div ref={formRegion} tabIndex={-1} className={cls('rsp-form__method')} data-gateway={gatewayId}>
            {FormComponent && gatewayId ? (
              <FormComponent
                key={`${gatewayId}:${formRound}`}
                gatewayId={gatewayId}
                money={money}
                locale={t.locale}
                disabled={pending}
                session={formSession}
                onChange={onFormChange}
              />
            ) : null}
          </div>
          <PayButton
            ref={payButton}
            label={manual ? t.translate('ui.pay.manual') : t.translate('ui.pay', { amount: formattedAmount })}
            pending={pending}
            pendingLabel={pendingLabel}
            {...(showIncomplete ? { describedBy: hintId } : {})}
          />
          {progress ? (
            // Visible progress with the attempt count. Deliberately not a live region:
            // PaymentStatus already announces the same text once.
            <p className={cls('rsp-progress')} data-status="retrying">
              {progress}
            </p>
          ) : null}
          {showIncomplete ? (
            <p id={hintId} className={cls('rsp-field-error')}>
              {t.translate('ui.pay.incomplete')}
            </p>
          ) : null}
        </form>
      ) : null}


      {state.status === 'fallback_offered' ? (
        <>
          <PaymentErrorMessage error={state.error} fallbackOffered />
          <FallbackOptions options={state.options} onSelect={selectFallback} />
        </>
      ) : null}

      {state.status === 'failed' && !PAY_AGAIN.has(state.error.nextStep) ? <PaymentErrorMessage error={state.error} /> : null}

      {VIEW_STATUSES.has(state.status) ? (
        <div ref={viewRegion} tabIndex={-1} className={cls('rsp-view')}>
          {state.status === 'requires_action' ? (
            <PaymentActionRequired
              action={state.action}
              money={money}
              // A state that says why the last verification failed (wrong code) is shown at the code input.
              error={state.error ?? null}
              onComplete={(input) => void checkout.completeAction(input)}
            />
          ) : null}
          {state.status === 'pending_manual' ? <BankTransferInstructions instructions={state.instructions} /> : null}
          {state.status === 'succeeded' ? <PaymentSuccess money={money} paymentId={state.paymentId} /> : null}
          {state.status === 'processing' ? <PaymentProcessing money={money} /> : null}
          {state.status === 'canceled' ? <PaymentCanceled onStartOver={startOver} /> : null}
        </div>
      ) : null}
    </section>
  );
}

/** The per-checkout session handed to `checkout.submit` and the gateway's form; never rendered. */
function toSession(clientSecret: string | undefined, onPaymentSubmit: ServerConfirmHandler | undefined): PaymentSession {
  const session: PaymentSession = {};
  if (clientSecret !== undefined) session.clientSecret = clientSecret;
  if (onPaymentSubmit !== undefined) session.onPaymentSubmit = onPaymentSubmit;
  return session;
}
