import { describe, expect, it } from 'vitest';
import { maskStripeSecrets } from '../../../src/adapters/stripe/mask-stripe-secrets';

describe('maskStripeSecrets', () => {
  it.each([
    ['a PaymentIntent client secret', 'clientSecret pi_3Mtw_secret_YrKJUKribcBjcG8H was invalid', 'clientSecret [REDACTED] was invalid'],
    ['a Checkout Session secret with URL-encoded bytes', 'You specified: cs_test_a1_secret_fidwbEhq%2FJ2FgY2RwaXEn.', 'You specified: [REDACTED].'],
    ['a CustomerSession secret', 'cuss_secret_ek0RbUEW1Fa8gH', '[REDACTED]'],
    ['a secret key', 'Invalid API Key provided: sk_live_51Habc', 'Invalid API Key provided: [REDACTED]'],
    ['a restricted key right after a %XX escape', 'key=%22rk_test_abc%22', 'key=%22[REDACTED]%22'],
  ])('masks %s', (_name, text, expected) => {
    expect(maskStripeSecrets(text)).toBe(expected);
  });

  it('leaves publishable keys and ids alone', () => {
    const text = 'pk_live_51Habc pi_3Mtw pm_card_visa task_live_notes';
    expect(maskStripeSecrets(text)).toBe(text);
  });
});
