import { PaymentError } from '../errors/payment-error';
import type { Money } from '../types';
import { currencyExponent } from './currencies';
import { validateMoney } from './validate-money';

/**
 * Formats `money` for display with `Intl.NumberFormat`, using the currency's
 * ISO 4217 minor-unit exponent: `{ amount: 4999, currency: 'EUR' }` is
 * `€49.99` in `en-US` and `49,99 €` in `de-DE`; `{ amount: 500, currency: 'JPY' }`
 * is `¥500`; `{ amount: 1500, currency: 'KWD' }` is `KWD 1.500`.
 *
 * Throws a `PaymentError` (`invalid_request`) for invalid money or an invalid
 * locale, naming the field.
 */
export function formatMoney(money: Money, locale?: string | string[]): string {
  const { amount, currency } = validateMoney(money);
  const digits = currencyExponent(currency) ?? 2;
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  } catch {
    throw new PaymentError({ code: 'invalid_request', message: `locale must be a valid BCP 47 language tag (got ${JSON.stringify(locale)}).` });
  }
  // Exact decimal text, not amount / 10 ** digits: no floating-point rounding for large amounts.
  const text = String(amount).padStart(digits + 1, '0');
  const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return format.format(decimal as unknown as number);
}
