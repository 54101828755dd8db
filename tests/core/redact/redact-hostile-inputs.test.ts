import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PaymentError } from '../../../src/core/errors/payment-error';
import { redact, redactString } from '../../../src/core/redact/redact';
import { cardNumber, lineSeparator } from './card-fixtures';

const CARD = '4242424242424242';
const masked = '[card ••••4242]';

/** Digits left in `text` once masks and URL escapes (`%20`) are taken out. */
const digitsOutsideMasks = (text: string) =>
  text
    .replace(/\[card ••••\d{4}\]/g, '')
    .replace(/%[0-9A-Fa-f]{2}/g, '')
    .replace(/\D/g, '');

describe('card numbers in formats people and systems actually produce', () => {
  it.each([
    ['tabs', '4242\t4242\t4242\t4242'],
    ['line breaks', '4242\n4242\r\n4242\n4242'],
    ['en dashes', '4242–4242–4242–4242'],
    ['em dashes', '4242—4242—4242—4242'],
    ['non-breaking hyphens', '4242\u20114242\u20114242\u20114242'],
    ['thin spaces', '4242\u20094242\u20094242\u20094242'],
    ['narrow no-break spaces (French number formatting)', '4242\u202f4242\u202f4242\u202f4242'],
    ['ideographic spaces', '4242\u30004242\u30004242\u30004242'],
    ['runs of spaces', '4242    4242    4242    4242'],
    ['spaced dashes', '4242 -  4242 -  4242 -  4242'],
    ['URL-encoded tabs', '4242%094242%094242%094242'],
    ['URL-encoded en dashes', '4242%E2%80%934242%E2%80%934242%E2%80%934242'],
    ['an encoded no-break space before the card', 'n=%C2%A04242%C2%A04242%C2%A04242%C2%A04242'],
    ['an encoded space before the card', 'n=%204242%204242%204242%204242'],
    ['full-width digits', '４２４２４２４２４２４２４２４２'],
    ['Arabic-Indic digits', '٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢'],
  ])('masks a card written with %s', (_name, text) => {
    const out = redactString(text);
    expect(out).toContain(masked);
    expect(digitsOutsideMasks(out)).toBe('');
  });

  it('masks the whole card when a date before it forms a valid window with its first groups', () => {
    // 2024 01 07 4242 4242 is itself Luhn-valid: the card's last groups must not stay in clear.
    const out = redactString('2024-01-07 4242 4242 4242 4242');
    expect(digitsOutsideMasks(out)).toBe('');
    expect(out).toContain(masked);
  });

  it('property: digit groups written before a card never leave any of its digits in clear', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { minLength: 1, maxLength: 4 }), cardNumber, (groups, digits) => {
        const prefix = groups.join('-');
        const card = digits.match(/.{1,4}/g)!.join(' ');
        const left = digitsOutsideMasks(redactString(`${prefix} ${card}`));
        expect(prefix.replace(/\D/g, '').startsWith(left)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('property: a card in groups of four joined by tabs or line breaks is masked', () => {
    fc.assert(
      fc.property(cardNumber, lineSeparator, (digits, sep) => {
        const out = redactString(`card:${sep}${digits.match(/.{1,4}/g)!.join(sep)}${sep}thanks`);
        expect(out).toContain(`[card ••••${digits.slice(-4)}]`);
      }),
      { numRuns: 300 },
    );
  });

  it('does not join columns of numbers across tabs and line breaks into a card', () => {
    expect(redactString('30120\t29310\t75525\t62938\t28288')).toBe('30120\t29310\t75525\t62938\t28288');
    expect(redactString('20000\n00000\n0008')).toBe('20000\n00000\n0008');
  });

  it('finds a card right after a %XX escape whose hex digits are decimal', () => {
    expect(redactString('q=%224242424242424242%22')).toBe(`q=%22${masked}%22`);
    expect(redactString('%E2%80%994242424242424242')).toBe(`%E2%80%99${masked}`);
    // …and cards that begin inside an escape's digits, also split by tabs or line breaks.
    expect(redactString('q=%32228620309171962')).toBe('q=%3[card ••••1962]');
    expect(digitsOutsideMasks(redactString('%2560417746091512185'))).toBe('');
    for (const text of ['q=%4509\t1159\t3924\t5637\t44', 'q=%5662%0A8521%0A3090%0A700']) {
      expect(redactString(text)).toMatch(/\[card ••••\d{4}\]/);
    }
    // …and an escape read as a separator inside a run (`9%20` + `42…`) whose digits start a card.
    for (const text of ['9%2042424242424248', '9 %2042424242424248', 'a2%2042424242424248', '7%2520424242424249', 'x%25%2520424242424249']) {
      expect(redactString(text)).toMatch(/%\[card ••••424[89]\]|%25\[card ••••4249\]/);
    }
    // …and one whose own first digits read like an escape (`%20` + `24…`).
    expect(digitsOutsideMasks(redactString('%2024335183639259'))).toBe('');
  });

  it('leaves ordinary digit runs alone', () => {
    for (const text of ['order 12345, phone +1 555 123 4567, date 2024-01-07', 'amount 4999 EUR, 20 items', '100%', '2024-01-07 2024-01-08 2024-01-09']) {
      expect(redactString(text)).toBe(text);
    }
  });

  it('masks negative numbers and bigints that are card numbers', () => {
    expect(redact({ n: -Number(CARD) })).toEqual({ n: masked });
    expect(redact({ n: -BigInt(CARD) })).toEqual({ n: masked });
  });
});

describe('security codes in strings', () => {
  it.each([
    ['Stripe form encoding', 'card[cvc]=123&card[number]=x', 'card[cvc]=[REDACTED]'],
    ['nested form encoding', 'payment_method_data[card][cvc]=123', 'payment_method_data[card][cvc]=[REDACTED]'],
    ['URL-encoded brackets', 'card%5Bcvc%5D=123', 'card%5Bcvc%5D=[REDACTED]'],
    ['camelCase JSON', '{"securityCode":"123"}', '{"securityCode":"[REDACTED]"}'],
    ['snake_case JSON', '{"security_code": "123"}', '{"security_code": "[REDACTED]"}'],
    ['cvn', '{"cvn":"123"}', '{"cvn":"[REDACTED]"}'],
    ['csc', '{"csc":"123"}', '{"csc":"[REDACTED]"}'],
    ['escaped JSON inside a string', '{\\"cvc\\":\\"123\\"}', '{\\"cvc\\":\\"[REDACTED]'],
    ['prose with "code"', 'CVC code 123 given', 'CVC code [REDACTED] given'],
    ['prose with "is"', 'the cvc is 123', 'the cvc is [REDACTED]'],
  ])('masks the code in %s', (_name, text, expected) => {
    const out = redactString(text);
    expect(out).toContain(expected);
    expect(out).not.toMatch(/123/);
  });

  it('masks values under gateway spellings of the code, and keeps Stripe’s cvc_check result', () => {
    expect(redact({ card_csc: '123', cardCode: '123', verification_value: '123', cvd_value: '123', csc: '123' })).toEqual({
      card_csc: '[REDACTED]',
      cardCode: '[REDACTED]',
      verification_value: '[REDACTED]',
      cvd_value: '[REDACTED]',
      csc: '[REDACTED]',
    });
    expect(redact({ cvc_check: 'pass', tokenization_method: 'apple_pay' })).toEqual({ cvc_check: 'pass', tokenization_method: 'apple_pay' });
  });
});

describe('a card under a sensitive key, and secrets right after a %XX escape', () => {
  it('masks a spaced card under a key whole', () => {
    expect(redactString('{"card_number": "4242 4242 4242 4242"}')).toBe('{"card_number": "[REDACTED]"}');
    expect(redactString('cvc: 4242 4242 4242 4242')).not.toMatch(/4242 4242/);
  });

  it.each([
    ['%22sk_live_abc123', '%22sk_live_[REDACTED]'],
    ['%3Dpi_123_secret_abc', '%3Dpi_123_secret_[REDACTED]'],
    ['%26Bearer abc.def', '%26Bearer [REDACTED]'],
    ['%3Acvc: 123', '%3Acvc: [REDACTED]'],
  ])('masks %s', (text, expected) => {
    expect(redactString(text)).toBe(expected);
  });

  it('is idempotent where a mask opens a boundary for another pattern', () => {
    for (const text of ['4242424242424242sk_live_abc', 'cvc123Bearer x']) {
      const once = redactString(text);
      expect(redactString(once)).toBe(once);
      expect(once).not.toMatch(/sk_live_abc|Bearer x/);
    }
  });
});

describe('authorization and cookie headers', () => {
  it('masks every header of a line, each value in a Set-Cookie list, and leaves JSON around them intact', () => {
    expect(redactString('{"authorization":"Basic dXNlcjpwYXNz","cookie":"sid=abc123"}')).toBe(
      '{"authorization":"[REDACTED]","cookie":"[REDACTED]"}',
    );
    expect(redactString('{"set-cookie":["a=1","sid=s3cr3t"]}')).toBe('{"set-cookie":["[REDACTED]"]}');
    expect(redactString('{"msg":"Authorization: declined by issuer","orderId":"ord_123","amount":4999}')).toBe(
      '{"msg":"Authorization: [REDACTED]","orderId":"ord_123","amount":4999}',
    );
    expect(redactString('{"authorization":null,"orderId":"ord_1"}')).toBe('{"authorization":null,"orderId":"ord_1"}');
    expect(redactString('{"cookie": 12345, "orderId": "ord_9", "amount": 100}')).toBe('{"cookie": [REDACTED], "orderId": "ord_9", "amount": 100}');
    expect(redactString('Cookie:\norder 12345 shipped')).toBe('Cookie:\norder 12345 shipped');
  });

  it('masks header pairs and raw header lists in arrays', () => {
    expect(redact([['Authorization', 'Basic dXNlcjpwYXNz'], ['Cookie', 'sid=abc123'], ['Accept', 'text/html']])).toEqual([
      ['Authorization', '[REDACTED]'],
      ['Cookie', '[REDACTED]'],
      ['Accept', 'text/html'],
    ]);
    expect(redact(['Host', 'shop.test', 'authorization', 'Bearer abc'])).toEqual(['Host', 'shop.test', 'authorization', '[REDACTED]']);
    // Not header pairs: sentences, and a value that sits where a header name would.
    expect(redact(['User requested password reset', 'Order 1234 shipped'])).toEqual(['User requested password reset', 'Order 1234 shipped']);
    expect(redact(['expMonth', 'cvc', 'expYear', 'country'])).toEqual(['expMonth', 'cvc', 'expYear', 'country']);
  });

  it.each([
    ['a cookie line with quotes', 'Cookie: theme="dark"; session=abc123', 'Cookie: [REDACTED]'],
    ['a Digest authorization', 'Authorization: Digest username="bob", response="6629fae49393a05397450978507c4ef1"', 'Authorization: [REDACTED]'],
    ['stringified Set-Cookie', '{"set-cookie":["sid=abc123; Path=/"]}', '{"set-cookie":["[REDACTED]"]}'],
    ['escaped JSON', '{\\"authorization\\":\\"Basic dXNlcjpwYXNz\\"}', '{\\"authorization\\":\\"[REDACTED]\\"}'],
    ['CGI variables', 'HTTP_AUTHORIZATION=Basic dXNlcjpwYXNz', 'HTTP_AUTHORIZATION=[REDACTED]'],
    ['a value on the next line', 'Authorization:\n  Basic dXNlcjpwYXNz', 'Authorization:\n  [REDACTED]'],
  ])('masks %s', (_name, text, expected) => {
    expect(redactString(text)).toBe(expected);
    expect(redactString(expected)).toBe(expected);
  });
});

describe('Stripe secrets', () => {
  it('masks a Checkout Session secret with URL-encoded bytes, and CustomerSession secrets', () => {
    const out = redactString('You specified: cs_test_a1B2_secret_fidwbEhqYWAnPydmcHZxamgneCUl%2FJ2FgY2RwaXEn');
    expect(out).toBe('You specified: cs_test_a1B2_secret_[REDACTED]');
    expect(redactString('cuss_secret_ek0RbUEW1Fa8gH')).toBe('cuss_secret_[REDACTED]');
  });
});

describe('what stays readable', () => {
  it('keeps text under an id-like key readable, but not an object or array under it', () => {
    expect(redact({ reference: `order ${CARD}` })).toEqual({ reference: `order ${CARD}` });
    expect(redact({ reference: { note: `card ${CARD}` }, paymentId: [CARD] })).toEqual({
      reference: { note: `card ${masked}` },
      paymentId: [masked],
    });
  });

  it('gives an object reached through a readable key and a plain key the same redacted copy', () => {
    const shared = { note: `card ${CARD}` };
    const out = redact({ reference: shared, details: shared }) as { reference: unknown; details: unknown };
    expect(out.details).toEqual({ note: `card ${masked}` });
    expect(out.reference).toBe(out.details);
  });

  it('keeps a ManualInstructions’ own fields readable, but not an object nested in it', () => {
    const lookalike = { method: 'card', amount: { amount: 100, currency: 'EUR' }, reference: 'order-1', card: { number: CARD } };
    expect(redact(lookalike)).toEqual({ ...lookalike, card: { number: masked } });
  });
});

describe('objects that print themselves', () => {
  it('drops an own toJSON or custom inspect function, so the copy prints its redacted fields', () => {
    const hostile = { value: CARD, toJSON: () => CARD, [Symbol.for('nodejs.util.inspect.custom')]: () => CARD };
    const out = redact({ x: hostile });
    expect(JSON.stringify(out)).not.toContain(CARD);
    expect(JSON.stringify(out)).toContain(masked);
    expect(Object.getOwnPropertySymbols((out as { x: object }).x)).toEqual([]);
  });
});

describe('PaymentError fields that come from gateways', () => {
  it('redacts declineCode, gatewayId and a message that is not a string', () => {
    const error = new PaymentError({
      code: 'card_declined',
      declineCode: CARD,
      gatewayId: 'sk_live_abc123',
      message: [CARD] as unknown as string,
    });
    expect(JSON.stringify(error.toJSON())).not.toMatch(/4242424242424242|sk_live_abc123/);
    expect(error.message).toBe(masked);
    expect(String(error)).not.toContain(CARD);
  });
});
