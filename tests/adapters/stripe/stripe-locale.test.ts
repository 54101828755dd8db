import { describe, expect, it } from 'vitest';
import { toStripeLocale } from '../../../src/adapters/stripe/stripe-locale';

describe('toStripeLocale', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt_br', 'pt-BR'],
    ['EN-gb', 'en-GB'],
    ['es-419', 'es-419'],
    ['es-MX', 'es'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-Hans-CN', 'zh'],
    ['zh-Hans-HK', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh-TW'],
    ['fil', 'fil'],
  ])('%s → %s: the exact tag Stripe has, else its language', (input, expected) => {
    expect(toStripeLocale(input)).toBe(expected);
  });

  it.each([[undefined], [''], ['xx'], ['klingon-KL'], [42 as unknown as string]])(
    '%s → auto: never a value Stripe.js would reject',
    (input) => {
      expect(toStripeLocale(input)).toBe('auto');
    },
  );
});
