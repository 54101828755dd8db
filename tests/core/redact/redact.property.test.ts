import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact, redactString } from '../../../src/core/redact/redact';
import { cardNumber, cardRunsIn, digitFreeText, formattedCard, withCheckDigit } from './card-fixtures';

const plainKey = fc.constantFrom('note', 'message', 'data', 'items', 'meta', 'detail', 'body');

/** Every string inside a redacted value, Map keys and Set members included. */
function stringsIn(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'bigint') out.push(String(value));
  else if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    const entries = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Object.values(value);
    for (const v of entries) stringsIn(v, out, seen);
  }
  return out;
}

describe('redaction properties', () => {
  it('no Luhn-valid card run survives, in any formatting, inside any text', () => {
    fc.assert(
      fc.property(digitFreeText, formattedCard, digitFreeText, (before, { formatted }, after) => {
        expect(cardRunsIn(redactString(before + formatted + after))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('masks a separated card run down to exactly its last four digits', () => {
    fc.assert(
      fc.property(cardNumber, fc.constantFrom(' ', '-', '%20', '+'), (digits, sep) => {
        const formatted = digits.match(/.{1,4}/g)!.join(sep);
        expect(redactString(`pay ${formatted} now`)).toBe(`pay [card ••••${digits.slice(-4)}] now`);
      }),
    );
  });

  it('no card survives in JSON, URLs or nested objects', () => {
    const carrier = formattedCard.chain(({ formatted }) =>
      fc.constantFrom(
        JSON.stringify({ card: { note: formatted } }),
        `https://shop.test/pay?n=${encodeURIComponent(formatted)}&ok=1`,
        `https://shop.test/r?next=${encodeURIComponent(`/pay?n=${encodeURIComponent(formatted)}`)}`,
        `https://shop.test/pay?n=${formatted.replace(/ /g, '+')}`,
        `log: "${formatted}"`,
      ),
    );
    const nested = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        carrier,
        digitFreeText,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(plainKey, tie('node'), { maxKeys: 3 }),
        fc.array(tie('node'), { maxLength: 3 }).map((xs) => new Set(xs)),
        fc.array(fc.tuple(plainKey, tie('node')), { maxLength: 3 }).map((xs) => new Map(xs)),
        tie('node').map((cause) => new Error('failed', { cause })),
      ),
    })).node;
    fc.assert(
      fc.property(nested, (value) => {
        for (const s of stringsIn(redact(value))) expect(cardRunsIn(s)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps digit runs that are not card numbers', () => {
    const notCard = fc.oneof(
      // too short
      fc.stringMatching(/^[0-9]{1,12}$/),
      // starts with 0, 1, 7, 8 or 9
      fc.tuple(fc.constantFrom('0', '1', '7', '8', '9'), fc.stringMatching(/^[0-9]{12,18}$/)).map(([a, b]) => a + b),
      // the right shape but failing Luhn
      cardNumber.map((c) => c.slice(0, -1) + String((Number(c.slice(-1)) + 1) % 10)),
      // longer than any card
      fc.stringMatching(/^[2-6][0-9]{19,30}$/),
    );
    fc.assert(
      fc.property(digitFreeText, notCard, digitFreeText, (before, digits, after) => {
        const text = `${before} #${digits}; ${after}`;
        expect(redactString(text)).toContain(`#${digits};`);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    const secretish = fc.oneof(
      formattedCard.map(({ formatted }) => formatted),
      fc.constantFrom('sk_live_abc', 'pi_1_secret_2', 'Authorization: Bearer x', 'jane@example.com', 'password=1'),
      fc.string(),
    );
    const value = fc.oneof(
      secretish,
      fc.anything({ withMap: true, withSet: true, withDate: true, withBigInt: true, withNullPrototype: false }),
      fc.dictionary(fc.oneof(plainKey, fc.constantFrom('cvc', 'checkoutId', 'token')), secretish),
    );
    fc.assert(
      fc.property(value, (v) => {
        const once = redact(v);
        expect(redact(once)).toEqual(once);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(redactString(redactString(s))).toBe(redactString(s));
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withDate: true, withBigInt: true }), formattedCard, (v, { formatted }) => {
        const input = { v, note: formatted, cvc: '123' };
        const before = structuredClone(input);
        redact(input);
        expect(input).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('terminates on cyclic structures of any shape', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 12 }), cardNumber, (links, digits) => {
        const nodes = links.map(() => ({ note: digits, next: null as unknown, list: [] as unknown[] }));
        links.forEach((target, i) => {
          const to = nodes[target % nodes.length];
          nodes[i]!.next = to;
          nodes[i]!.list.push(to, new Map([['back', nodes[0]]]));
        });
        const out = redact(nodes[0]);
        expect(stringsIn(out).every((s) => !s.includes(digits))).toBe(true);
      }),
    );
  });

  it('agrees with a digit-only Luhn check on bare runs', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[2-6][0-9]{11,17}$/), (body) => {
        const valid = withCheckDigit(body);
        expect(redactString(valid)).toBe(`[card ••••${valid.slice(-4)}]`);
      }),
    );
  });
});
