import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/core/money';

// Intl separates the number and some currency signs with a (narrow) no-break space; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    [{ amount: 4999, currency: 'EUR' }, 'en-US', '€49.99'],
    [{ amount: 4999, currency: 'EUR' }, 'de-DE', '49,99 €'],
    [{ amount: 123456789, currency: 'EUR' }, 'de-DE', '1.234.567,89 €'],
    [{ amount: 5, currency: 'EUR' }, 'en-US', '€0.05'],
    [{ amount: 500, currency: 'JPY' }, 'en-US', '¥500'],
    [{ amount: 500, currency: 'JPY' }, 'de-DE', '500 ¥'],
    [{ amount: 1500, currency: 'KWD' }, 'en-US', 'KWD 1.500'],
    [{ amount: 1500, currency: 'KWD' }, 'de-DE', '1,500 KWD'],
    [{ amount: 1, currency: 'BHD' }, 'en-US', 'BHD 0.001'],
    [{ amount: 12345, currency: 'CLF' }, 'en-US', 'CLF 1.2345'],
  ])('formats %j in %s as %s', (money, locale, expected) => {
    expect(plain(formatMoney(money, locale))).toBe(expected);
  });

  it('is exact for amounts where dividing by 100 would round', () => {
    expect(formatMoney({ amount: 900719925474099, currency: 'USD' }, 'en-US')).toBe('$9,007,199,254,740.99');
  });

  it('rejects invalid money naming the field', () => {
    expect(() => formatMoney({ amount: 49.99, currency: 'EUR' }, 'en-US')).toThrow(/money\.amount must be a positive integer/);
  });

  it('rejects an invalid locale with invalid_request', () => {
    expect(() => formatMoney({ amount: 100, currency: 'EUR' }, 'not a locale!')).toThrow(/locale must be a valid BCP 47 language tag/);
  });
});
