import { describe, expect, it } from 'vitest';
import { redactString } from '../../../src/core/redact/redact';

describe('redactString', () => {
  describe('card numbers', () => {
    it.each([
      ['4242424242424242', '[card ••••4242]'],
      ['4242 4242 4242 4242', '[card ••••4242]'],
      ['4242-4242-4242-4242', '[card ••••4242]'],
      ['4242%204242%204242%204242', '[card ••••4242]'],
      ['4242%2D4242%2d4242+4242', '[card ••••4242]'],
      ['3782 822463 10005', '[card ••••0005]'],
      ['5555 - 5555 - 5555 - 4444', '[card ••••4444]'],
    ])('masks %s down to the last four', (input, masked) => {
      expect(redactString(input)).toBe(masked);
    });

    it('masks cards inside text, JSON and URLs', () => {
      expect(redactString('paid with 4242 4242 4242 4242.')).toBe('paid with [card ••••4242].');
      expect(redactString('{"pan":"5555555555554444","x":1}')).toBe('{"pan":"[card ••••4444]","x":1}');
      expect(redactString('https://shop.test/pay?number=4242+4242+4242+4242&exp=12')).toBe(
        'https://shop.test/pay?number=[card ••••4242]&exp=12',
      );
      expect(redactString('ref 12 4242 4242 4242 4242 ok')).toBe('ref 12 [card ••••4242] ok');
    });

    it.each([
      ['order id failing Luhn', 'order 4242424242424241'],
      ['a millisecond timestamp', 'at 1764864000000'],
      ['a phone number', 'call +49 30 1234 5678'],
      ['a long id of more than 19 digits', 'id 42424242424242424242424'],
      ['a Luhn-valid run starting with 1', 'id 1000000000000008'],
      ['an amount', 'total 49.99 EUR'],
      ['an IBAN', 'DE89 3704 0044 0532 0130 00'],
    ])('leaves %s alone', (_, input) => {
      expect(redactString(input)).toBe(input);
    });
  });

  describe('Stripe secrets', () => {
    it('masks client secrets but keeps the intent id', () => {
      expect(redactString('secret pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH here')).toBe(
        'secret pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_[REDACTED] here',
      );
      expect(redactString('seti_1Mm8s8LkdIwHu7ix0OXBfTRG_secret_NXDICkPqPeiBTAFqWmkbff09lRmSVXe')).toBe(
        'seti_1Mm8s8LkdIwHu7ix0OXBfTRG_secret_[REDACTED]',
      );
    });

    it('masks secret, restricted and webhook keys', () => {
      expect(redactString('key sk_live_51H8abcDEF and rk_test_9xYz, whsec_abc123')).toBe(
        'key sk_live_[REDACTED] and rk_test_[REDACTED], whsec_[REDACTED]',
      );
    });

    it('keeps publishable keys and ids', () => {
      const s = 'pk_live_51H8abc pi_3MtwBwLkdIwHu7ix28a3tqPa tok_visa pm_card_visa';
      expect(redactString(s)).toBe(s);
    });
  });

  describe('headers and pairs', () => {
    it.each([
      ['Authorization: Bearer abc.def.ghi', 'Authorization: [REDACTED]'],
      ['authorization: Basic dXNlcjpwYXNz\nnext', 'authorization: [REDACTED]\nnext'],
      ['Cookie: sid=abc; theme=dark', 'Cookie: [REDACTED]'],
      ['Set-Cookie: sid=abc; HttpOnly', 'Set-Cookie: [REDACTED]'],
      ['{"Authorization":"Bearer x1"}', '{"Authorization":"[REDACTED]"}'],
      ['sent Bearer eyJhbGciOi.x.y to api', 'sent Bearer [REDACTED] to api'],
      ['password=hunter2&user=jo', 'password=[REDACTED]&user=jo'],
      ['{"cvc": "123"}', '{"cvc": "[REDACTED]"}'],
      ['?access_token=abc123&x=1', '?access_token=[REDACTED]&x=1'],
      ['api_key: k-123', 'api_key: [REDACTED]'],
      ['card ok, cvc 123 wrong', 'card ok, cvc [REDACTED] wrong'],
      ['CVV2 #1234.', 'CVV2 #[REDACTED].'],
      ['security code 987', 'security code [REDACTED]'],
    ])('masks %j', (input, masked) => {
      expect(redactString(input)).toBe(masked);
    });

    it('leaves numbers that only follow a CVC mention at a distance', () => {
      const s = 'cvc check failed on order 12345';
      expect(redactString(s)).toBe(s);
    });

    it('does not mistake prose for a header', () => {
      const s = 'Authorization failed for this card; cookies are disabled';
      expect(redactString(s)).toBe(s);
    });
  });

  describe('e-mail addresses', () => {
    it('keeps the first letter of the local part and the domain', () => {
      expect(redactString('receipt to jane.doe+shop@example.com, cc j@x.co')).toBe('receipt to j***@example.com, cc j***@x.co');
    });
    it('leaves @mentions and versions alone', () => {
      expect(redactString('ping @team about react@19')).toBe('ping @team about react@19');
    });
  });

  // Speed on hostile input is measured in bench/engine.bench.ts; here we pin that these
  // inputs finish (a catastrophic pattern would exceed the test timeout) with the right output.
  it('handles long hostile input without mangling it', () => {
    const unchanged = ['a'.repeat(200_000), 'a.'.repeat(100_000) + '!', '1 '.repeat(100_000), 'pi_'.repeat(50_000), '%2'.repeat(100_000)];
    for (const input of unchanged) expect(redactString(input)).toBe(input);
    // Long digit runs are not a 13–19 digit card number: kept as they are.
    expect(redactString('4'.repeat(200_000))).toBe('4'.repeat(200_000));
    const withCard = '42-'.repeat(10_000) + ' 4242 4242 4242 4242 ' + 'token'.repeat(40_000);
    const out = redactString(withCard);
    expect(out).not.toMatch(/4242 4242 4242 4242/);
    expect(out).toContain('4242');
  });

  describe('repeated strings (it remembers strings with nothing to mask)', () => {
    it('answers the same for a clean string every time, and still masks what differs from it by one character', () => {
      const clean = 'Order 4242 4242 4242 for jane';
      expect(redactString(clean)).toBe(clean);
      expect(redactString(clean)).toBe(clean);
      const withCard = 'Order 4242 4242 4242 4242 for jane';
      expect(redactString(withCard)).toBe('Order [card ••••4242] for jane');
      expect(redactString(withCard)).toBe('Order [card ••••4242] for jane');
    });

    it('keeps masking after thousands of distinct clean strings went through it', () => {
      for (let i = 0; i < 3000; i++) expect(redactString(`attempt ${i} of checkout co_${i}`)).toBe(`attempt ${i} of checkout co_${i}`);
      expect(redactString('Authorization: Bearer abc.def')).toBe('Authorization: [REDACTED]');
      expect(redactString('card 5555555555554444 declined')).toBe('card [card ••••4444] declined');
      expect(redactString('mail jane.doe@example.com now')).toBe('mail j***@example.com now');
    });
  });
});
