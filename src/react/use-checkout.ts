import { useCallback, useEffect, useReducer, useState } from 'react';
import type { PaymentError } from '../core/errors/payment-error';
import type { Checkout, CheckoutState, Money } from '../core/types';
import { CheckoutHolder, sameMoney } from './checkout-holder';
import { useRequiredPaymentClient } from './payment-client-context';
import { useCheckoutState } from './use-checkout-state';
import { useConstant } from './use-constant';

/** What `useCheckout` takes: the money as `{ amount, currency }` or `{ money }`, and optional metadata. */
export type CheckoutRequest = ({ amount: number; currency: string } | { money: Money }) & {
  /** Sent with the payment to the gateway (order id, …). Read when a checkout is created. */
  metadata?: Record<string, string>;
};

/** What `useCheckout` returns. */
export interface UseCheckoutResult {
  /** The checkout, or `null` when the request is invalid (see `error`). */
  checkout: Checkout | null;
  /** Its current state (`idle` while `checkout` is null). */
  state: CheckoutState;
  /** The money this checkout charges — the truth while a payment is in flight. `null` when there is no checkout. */
  money: Money | null;
  /** `invalid_request` naming the field when the requested money is not valid; otherwise null. */
  error: PaymentError | null;
  /**
   * True when the request asks for other money than the checkout charges and
   * the checkout can no longer change (it was submitted). Call `reset()` to
   * start a new checkout for the new amount — that is never done silently.
   */
  moneyChanged: boolean;
  /**
   * Replace the checkout with a new one for the current request (a new
   * payment, a new idempotency key). Does nothing while a payment is in flight.
   */
  reset(): void;
}

function requestMoney(request: CheckoutRequest): Money {
  if ('money' in request) return { amount: request.money?.amount, currency: request.money?.currency } as Money;
  return { amount: request.amount, currency: request.currency };
}

const IN_FLIGHT = new Set(['submitting', 'retrying', 'reconciling']);

/**
 * Creates one `Checkout` for this component and keeps it: re-renders and
 * StrictMode's double render make no second one.
 *
 * - A new amount or currency on an **idle** checkout takes effect
 *   (`checkout.updateMoney`). Once the checkout was submitted its money cannot
 *   change underneath it: `moneyChanged` turns true and nothing else happens
 *   until you call `reset()`. A succeeded checkout is never replaced silently.
 * - Invalid money does not throw: `checkout` is null and `error` is an
 *   `invalid_request` PaymentError naming the field.
 *
 * ```tsx
 * const { checkout, state } = useCheckout({ amount: 4999, currency: 'EUR' });
 * ```
 *
 * @throws Error naming `useCheckout()` when there is no provider above.
 */
export function useCheckout(request: CheckoutRequest): UseCheckoutResult {
  const client = useRequiredPaymentClient('useCheckout');
  const holder = useConstant(() => new CheckoutHolder());
  const money = requestMoney(request);
  const [generation, setGeneration] = useState(0);
  const [, forceRender] = useReducer((n: number) => n + 1, 0);

  const held = holder.get(client, money, request.metadata, generation);
  const { checkout } = held;
  const state = useCheckoutState(checkout);

  const { amount, currency } = money;
  useEffect(() => {
    const before = holder.current();
    const charged = before?.checkout?.getMoney();
    const hadError = before?.error ?? null;
    const error = holder.updateMoney({ amount, currency });
    const after = holder.current()?.checkout?.getMoney();
    if (error !== hadError || (charged && after && !sameMoney(charged, after))) forceRender();
  }, [holder, checkout, amount, currency]);

  const reset = useCallback(() => {
    const status = holder.current()?.checkout?.getState().status;
    if (status !== undefined && IN_FLIGHT.has(status)) return;
    setGeneration((g) => g + 1);
  }, [holder]);

  const charged = checkout ? checkout.getMoney() : null;
  return {
    checkout,
    state,
    money: charged,
    error: held.error,
    moneyChanged: charged !== null && held.error === null && state.status !== 'idle' && !sameMoney(charged, money),
    reset,
  };
}
