import { isPaymentError, PaymentError } from '../core/errors/payment-error';
import type { Checkout, Money, PaymentClient } from '../core/types';

/** What one `CheckoutHolder` currently holds. */
export interface HeldCheckout {
  client: PaymentClient;
  generation: number;
  checkout: Checkout | null;
  error: PaymentError | null;
  /** The money asked for when this was made (creation is tried again once an invalid request changes). */
  requested: Money;
}

/** Whether two amounts are the same money. */
export function sameMoney(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
}

function asPaymentError(error: unknown): PaymentError {
  if (isPaymentError(error)) return error;
  return new PaymentError({ code: 'invalid_request', message: 'useCheckout(): the checkout could not be created.', cause: error });
}

/**
 * Keeps the checkout of one `useCheckout` call. It makes a checkout only when
 * it has none for this client and generation (or the last request was
 * invalid and the money changed); re-renders read the same one. Internal.
 */
export class CheckoutHolder {
  private held: HeldCheckout | null = null;

  /** The held checkout for `client`/`generation`, made now if needed. `createCheckout` errors become `error`. */
  get(client: PaymentClient, money: Money, metadata: Record<string, string> | undefined, generation: number): HeldCheckout {
    const held = this.held;
    if (
      held !== null &&
      held.client === client &&
      held.generation === generation &&
      (held.checkout !== null || sameMoney(held.requested, money))
    ) {
      return held;
    }
    let next: HeldCheckout;
    try {
      const checkout = client.createCheckout(metadata ? { money, metadata } : { money });
      next = { client, generation, checkout, error: null, requested: money };
    } catch (error) {
      next = { client, generation, checkout: null, error: asPaymentError(error), requested: money };
    }
    this.held = next;
    return next;
  }

  /** The currently held value, if any (for effects and event handlers). */
  current(): HeldCheckout | null {
    return this.held;
  }

  /**
   * Asks the held idle checkout to charge `money` instead. Returns the error
   * when the money is invalid, null otherwise (also when the checkout was
   * already submitted and kept its money).
   */
  updateMoney(money: Money): PaymentError | null {
    const held = this.held;
    if (!held?.checkout) return null;
    if (sameMoney(held.checkout.getMoney(), money)) {
      held.error = null;
      return null;
    }
    try {
      held.checkout.updateMoney(money);
      held.error = null;
    } catch (error) {
      held.error = asPaymentError(error);
    }
    return held.error;
  }
}
