import { PaymentError } from '../errors/payment-error';
import type { Money } from '../types';

/**
 * Minimal money check used until `validateMoney` (src/core/money) lands:
 * integer minor units above zero and an upper-case three-letter code. Throws
 * `invalid_request` naming `field`.
 */
export function checkMoney(money: unknown, field: string): Money {
  const m = money as Money;
  const problem =
    typeof m !== 'object' || m === null
      ? 'expected { amount, currency }'
      : !Number.isSafeInteger(m.amount) || m.amount <= 0
        ? 'amount must be a positive integer in minor units'
        : typeof m.currency !== 'string' || !/^[A-Z]{3}$/.test(m.currency)
          ? 'currency must be an upper-case ISO 4217 code'
          : undefined;
  if (problem) throw new PaymentError({ code: 'invalid_request', message: `${field}: ${problem}.` });
  return { amount: m.amount, currency: m.currency };
}
