import fc from 'fast-check';
import { isLuhnValid } from '../../../src/core/redact/luhn';

/** Appends the Luhn check digit to `body`. */
export function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (isLuhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

/** Luhn-valid card numbers: 13–19 digits, first digit 2–6. */
export const cardNumber = fc
  .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 13, max: 19 }))
  .chain(([first, length]) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: length - 2, maxLength: length - 2 })
      .map((middle) => withCheckDigit(`${first}${middle.join('')}`)),
  );

/** Separators people, forms and URL encoders put between card groups. */
export const separator = fc.constantFrom(
  ' ', '-', '+', '.', '\u00a0', '%20', '%2D', '%2d', '%2B', '%C2%A0', ' - ', '  ',
  '\u2013', '\u2014', '\u2011', '\u2009', '\u202f', '\u3000', '\u200b', '    ', '%E2%80%93', '%e2%80%af',
);

/** Tabs and line breaks join only card-shaped groups (4-4-4-4…), so columns of numbers stay apart. */
export const lineSeparator = fc.constantFrom('\t', '\n', '\r\n', '%09', '%0A', '%0D%0A');

/** A card number split into groups of 1–8 digits joined by separators (or none). */
export const formattedCard = cardNumber.chain((digits) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 19 }),
      fc.array(fc.option(separator, { nil: '' }), { minLength: 19, maxLength: 19 }),
    )
    .map(([sizes, seps]) => {
      let out = '';
      let at = 0;
      let g = 0;
      while (at < digits.length) {
        const size = sizes[g % sizes.length]!;
        if (g > 0) out += seps[g - 1]!;
        out += digits.slice(at, at + size);
        at += size;
        g++;
      }
      return { digits, formatted: out };
    }),
);

/** Text with no digits in it. */
export const digitFreeText = fc.string({ maxLength: 20 }).map((s) => s.replace(/[0-9]/g, 'x'));

const SEPARATORS = /%(?:25)*(?:C2%(?:25)*A0|E2%(?:25)*80%(?:25)*(?:9[0-5]|89|AF)|20|2D|2B|A0|09|0A|0D)|[ \u00a0.+\t\r\n\u2000-\u200a\u2010-\u2015\u202f\u3000-]/gi;

/** Every Luhn-valid 13–19 digit window starting 2–6 left in `text` once separators are removed. */
export function cardRunsIn(text: string): string[] {
  const found: string[] = [];
  for (const run of text.replace(SEPARATORS, '').match(/\d{13,}/g) ?? []) {
    for (let i = 0; i < run.length; i++) {
      for (let len = 13; len <= 19 && i + len <= run.length; len++) {
        const w = run.slice(i, i + len);
        if (w[0]! >= '2' && w[0]! <= '6' && isLuhnValid(w)) found.push(w);
      }
    }
  }
  return found;
}
