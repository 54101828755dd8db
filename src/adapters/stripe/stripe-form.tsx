import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe, StripeElementLocale, StripeElements, StripeElementsOptions } from '@stripe/stripe-js';
import { useEffect, useMemo, useRef, useState, type ComponentType, type ReactElement } from 'react';
import type { PaymentError } from '../../core/errors/payment-error';
import type { GatewayFormChange, GatewayFormProps } from '../../react/gateway-form';
import { SECRET } from './redirect-return';
import { toStripeLocale } from './stripe-locale';
import type { StripeLoader } from './stripe-loader';
import type { ResolvedStripeOptions } from './stripe-options';

/** What a mounted form hands its adapter so that `confirm` can use the same Stripe and Elements instances. */
export interface StripeFormRegistration {
  stripe: Stripe;
  elements: StripeElements;
  /** Elements created without a client secret (`mode: 'payment'`): `elements.submit()` must run before confirming. */
  deferred: boolean;
}

/** The adapter internals the form needs. Per adapter instance; not public API. */
export interface StripeFormHost {
  options: ResolvedStripeOptions;
  loader: StripeLoader;
  normalize(error: unknown): PaymentError;
  /** Registers the mounted form's instances; returns the unregister function. */
  register(registration: StripeFormRegistration): () => void;
}


interface BodyProps {
  host: StripeFormHost;
  deferred: boolean;
  amount: number;
  currency: string;
  /** Stripe's form of the processor's locale. */
  locale: StripeElementLocale;
  disabled: boolean;
  report: (change: GatewayFormChange) => void;
}

function StripeFormBody({ host, deferred, amount, currency, locale, disabled, report }: BodyProps): ReactElement {
  const stripe = useStripe();
  const elements = useElements();
  const applied = useRef({ amount, currency });
  const appliedLocale = useRef(locale);

  // The storefront switched language: Elements follows without being re-created (the details typed so far stay).
  useEffect(() => {
    if (!elements || appliedLocale.current === locale) return;
    appliedLocale.current = locale;
    Promise.resolve(elements.update({ locale })).catch((error: unknown) => report({ complete: false, error: host.normalize(error) }));
  }, [host, elements, locale, report]);

  useEffect(() => {
    if (stripe && elements) return host.register({ stripe, elements, deferred });
    return undefined;
  }, [host, stripe, elements, deferred]);

  // The cart changed while idle: keep the Payment Element's amount in step so
  // the shopper is never charged a stale amount. Never while a payment is in flight.
  useEffect(() => {
    if (!elements || disabled) return;
    const last = applied.current;
    if (last.amount === amount && last.currency === currency) return;
    applied.current = { amount, currency };
    const update = deferred
      ? elements.update({ amount, currency: currency.toLowerCase() })
      : elements.fetchUpdates(); // client-secret mode: the server updated the intent
    Promise.resolve(update).catch((error: unknown) => report({ complete: false, error: host.normalize(error) }));
  }, [host, elements, deferred, amount, currency, disabled, report]);

  // Read-only while a payment is in flight: the details cannot change underneath it.
  const { paymentElementOptions } = host.options;
  const elementOptions = useMemo(() => ({ ...paymentElementOptions, readOnly: disabled }), [paymentElementOptions, disabled]);

  return (
    <PaymentElement
      options={elementOptions}
      onChange={(event) => report({ complete: event.complete })}
      onLoadError={(event) => report({ complete: false, error: host.normalize(event.error) })}
    />
  );
}

/** Builds the adapter's `Form`: `<Elements>` + `<PaymentElement>` bound to this adapter instance. */
export function createStripeForm(host: StripeFormHost): ComponentType<GatewayFormProps> {
  function StripeForm({ money, session, locale, disabled, onChange }: GatewayFormProps): ReactElement {
    const stripeLocale = toStripeLocale(locale);
    const onChangeRef = useRef(onChange);
    useEffect(() => {
      onChangeRef.current = onChange;
    });
    const [report] = useState(() => (change: GatewayFormChange) => onChangeRef.current(change));
    // The `stripe` prop of <Elements> may never change: one value per mount.
    const [stripeProp] = useState(() => host.loader.current() ?? host.loader.ready);

    useEffect(() => {
      host.loader.load().catch((error: unknown) => report({ complete: false, error: host.normalize(error) }));
    }, [report]);

    const secret =
      host.options.mode === 'client-confirm' && typeof session.clientSecret === 'string' && SECRET.test(session.clientSecret)
        ? session.clientSecret
        : undefined;
    const { appearance } = host.options;
    // Options are fixed per client secret; amount changes go through elements.update (see the body).
    const elementsOptions = useMemo<StripeElementsOptions>(
      () => {
        const base = appearance ? { appearance, locale: stripeLocale } : { locale: stripeLocale };
        return secret ? { ...base, clientSecret: secret } : { ...base, mode: 'payment', amount: money.amount, currency: money.currency.toLowerCase() };
      },
      // eslint-disable-next-line react-hooks/exhaustive-deps -- money and locale are applied by elements.update, not by re-creating Elements
      [secret, appearance],
    );

    return (
      <Elements key={secret ?? 'deferred'} stripe={stripeProp} options={elementsOptions}>
        <StripeFormBody
          host={host}
          deferred={secret === undefined}
          amount={money.amount}
          currency={money.currency}
          locale={stripeLocale}
          disabled={disabled}
          report={report}
        />
      </Elements>
    );
  }
  StripeForm.displayName = 'StripeForm';
  return StripeForm;
}
