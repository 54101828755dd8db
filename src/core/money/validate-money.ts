import { PaymentError } from '../errors/payment-error';
import type { Money } from '../types';
import { isCurrencyCode } from './currencies';
import { moneySchema } from './money-schema';

/** How a rejected value reads in a message: strings quoted, other values as written. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 24 ? `${value.slice(0, 24)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : String(value);
}

/** The first broken rule of `money` (which failed the schema), as a sentence naming `field`. */
function problemOf(money: unknown, field: string): string {
  if (typeof money !== 'object' || money === null || Array.isArray(money)) {
    return `${field} must be an object { amount, currency } (got ${shown(money)})`;
  }
  const { amount, currency } = money as Record<string, unknown>;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) {
    return `${field}.amount must be a positive integer number of minor units (got ${shown(amount)})`;
  }
  if (!Number.isSafeInteger(amount)) {
    return `${field}.amount must be at most Number.MAX_SAFE_INTEGER minor units (got ${shown(amount)})`;
  }
  if (typeof currency === 'string' && isCurrencyCode(currency.toUpperCase())) {
    return `${field}.currency must be a known ISO 4217 code in upper case (got ${shown(currency)}; use '${currency.toUpperCase()}')`;
  }
  return `${field}.currency must be a known ISO 4217 code in upper case (got ${shown(currency)})`;
}

/**
 * Checks `money` and returns a clean copy (`{ amount, currency }` only).
 * Throws a `PaymentError` with code `invalid_request` whose message names the
 * field and the broken rule, e.g.
 * `money.amount must be a positive integer number of minor units (got 49.99)`.
 *
 * @param money - the value to check
 * @param field - the name used in messages (`'money'`, `'props.amount'`, `'request.money'`)
 */
export function validateMoney(money: unknown, field = 'money'): Money {
  const result = moneySchema.safeParse(money);
  if (result.success) return { amount: result.data.amount, currency: result.data.currency };
  throw new PaymentError({ code: 'invalid_request', message: `${problemOf(money, field)}.` });
}

/** Whether `money` is valid {@link Money} (see `validateMoney` for the rules). */
export function isValidMoney(money: unknown): money is Money {
  return moneySchema.safeParse(money).success;
}
