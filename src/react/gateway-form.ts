import type { ComponentType } from 'react';
import type { PaymentError } from '../core/errors/payment-error';
import type { GatewayAdapter, Money, PaymentMethodRef, PaymentSession } from '../core/types';

/** What a gateway's form reports as the shopper fills it in. */
export interface GatewayFormChange {
  /** The shopper completed the form: the processor may submit. */
  complete: boolean;
  /** The gateway token for the method, when the form produces one before submit. */
  method?: PaymentMethodRef;
  /** A validation problem the form wants shown (already localized by the form, or with a messageKey). */
  error?: PaymentError;
}

/**
 * Props every gateway form receives from `SecurePaymentProcessor`. The form
 * collects the method inside the gateway's own iframes (or, for the simulated
 * gateway, from test cards only) and never hands raw card data to the library.
 */
export interface GatewayFormProps {
  gatewayId: string;
  money: Money;
  /** BCP 47 locale of the processor. */
  locale: string;
  /** True while a payment is in flight: the form must not change underneath it. */
  disabled: boolean;
  /** Per-checkout values (client secret, server-confirm callback). Never rendered. */
  session: PaymentSession;
  onChange(change: GatewayFormChange): void;
}

/** A `GatewayAdapter` that brings its own React form. */
export type ReactGatewayAdapter = GatewayAdapter & {
  /** Collects the method inside the gateway's own UI and reports it through `onChange`. */
  Form?: ComponentType<GatewayFormProps>;
  /**
   * A test gateway (the simulated one): `SecurePaymentProcessor` renders its
   * TEST MODE card form, which accepts only `TEST_CARDS`, instead of `Form`.
   */
  testMode?: boolean;
};
