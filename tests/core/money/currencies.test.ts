import { describe, expect, it } from 'vitest';
import { currencyCodes, currencyExponent, isCurrencyCode } from '../../../src/core/money';

describe('ISO 4217 table', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['VND', 0],
    ['CLP', 0],
    ['ISK', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['JOD', 3],
    ['OMR', 3],
    ['TND', 3],
    ['IQD', 3],
    ['LYD', 3],
    ['CLF', 4],
    ['HUF', 2],
  ])('%s has %i minor-unit digits', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
    expect(isCurrencyCode(code)).toBe(true);
  });

  it.each(['eur', 'EURO', 'XTS', 'XXX', 'XAU', '', 'HRK'])('does not know %j', (code) => {
    expect(currencyExponent(code)).toBeUndefined();
    expect(isCurrencyCode(code)).toBe(false);
  });

  it('lists every active code once, each one Intl can format', () => {
    const codes = currencyCodes();
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(150);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(() => new Intl.NumberFormat('en', { style: 'currency', currency: code })).not.toThrow();
    }
  });

  it('knows every currency Intl ships, except withdrawn and non-payable ones', () => {
    const known = new Set(currencyCodes());
    const missing = Intl.supportedValuesOf('currency').filter((c) => !known.has(c));
    expect(missing.filter((c) => !['CUC', 'HRK', 'XDR', 'XSU'].includes(c))).toEqual([]);
  });
});
