import { isLuhnValid } from './luhn';

/**
 * Card-number masking without regular expressions on the hot path: one linear
 * scan finds runs of digit groups joined by separators, then checks every
 * window of whole groups.
 *
 * A card number, for this library, is a Luhn-valid run of 13–19 digits whose
 * first digit is 2–6, written with or without separators between groups.
 * Separators are any space (tab, line breaks, no-break and thin spaces, U+3000),
 * `+` (a space in URLs), any dash (hyphen, en and em dash, minus, full-width hyphen) and `.`,
 * also URL-encoded as UTF-8 (`%20`, `%2D`, `%09`, `%C2%A0`, `%E2%80%93`, …, any
 * case, also encoded again as `%2520`). Between two groups there may be up to
 * three separators, a run of spaces counting as one (`4242 - 4242`,
 * `4242    4242`). Digits of other scripts (full-width `４`, Arabic-Indic `٤`)
 * count as the digits they are. Digits joined directly to letters still count:
 * card data is masked wherever it hides.
 *
 * Every Luhn-valid window is masked, and overlapping windows are masked as one,
 * so a digit group before a card (a date, say) that happens to form a valid
 * window with the card's first groups cannot leave the card's last groups in
 * clear: over-masking beats a leak.
 */

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
/** Separators allowed between two digit groups of one run (a run of spaces counts once). */
const MAX_SEPARATORS = 3;
/** Spaces allowed in a row between two groups. */
const MAX_SPACES = 8;

/** Whether `c` is a space that may sit between digit groups (`+` is a space in URLs). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 43 || c === 9 || c === 10 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Whether `c` is a dash or `.` that may sit between digit groups. */
function isMark(c: number): boolean {
  return c === 45 || c === 46 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** The byte of a `%XX` escape at `i` (also `%25XX`, `%2525XX`, …) and the escape's length, or `undefined`. */
function percentByteAt(s: string, i: number): { byte: number; length: number } | undefined {
  if (s.charCodeAt(i) !== 37 /* % */) return undefined;
  let j = i + 1;
  while (s.startsWith('25', j) && s.charCodeAt(j + 2) !== 37 && HEX.test(s.slice(j + 2, j + 4))) j += 2;
  const hex = s.slice(j, j + 2);
  return HEX.test(hex) ? { byte: parseInt(hex, 16), length: j + 2 - i } : undefined;
}

/**
 * The separator at `i`: its length and whether it is a space, or `undefined`.
 * A URL-encoded separator is decoded as UTF-8 (one to three `%XX` bytes).
 */
function separatorAt(s: string, i: number): { length: number; space: boolean } | undefined {
  const c = s.charCodeAt(i);
  if (isSpace(c)) return { length: 1, space: true };
  if (isMark(c)) return { length: 1, space: false };
  const first = percentByteAt(s, i);
  if (!first) return undefined;
  let code = first.byte;
  let length = first.length;
  if (code === 0xa0) return { length, space: true }; // a no-break space in Latin-1 encoding
  const continuation = code >= 0xe0 && code <= 0xef ? 2 : code >= 0xc2 && code <= 0xdf ? 1 : 0;
  if (code >= 0x80 && continuation === 0) return undefined;
  code &= continuation === 2 ? 0x0f : continuation === 1 ? 0x1f : 0x7f;
  for (let k = 0; k < continuation; k++) {
    const next = percentByteAt(s, i + length);
    if (!next || (next.byte & 0xc0) !== 0x80) return undefined;
    code = (code << 6) | (next.byte & 0x3f);
    length += next.length;
  }
  if (isSpace(code)) return { length, space: true };
  if (isMark(code)) return { length, space: false };
  return undefined;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const OTHER_DIGIT = /\p{Nd}/u;
const NON_ASCII = /[\u0080-\uffff]/;
const digitValues = new Map<number, number>();

/** The value of a decimal digit of any script: its distance from the start of its block of ten. */
function digitValue(code: number): number {
  let value = digitValues.get(code);
  if (value === undefined) {
    let start = code;
    // Blocks of decimal digits are contiguous runs of ten (some runs hold several blocks).
    while (start > 0 && code - start < 100 && OTHER_DIGIT.test(String.fromCharCode(start - 1))) start--;
    value = (code - start) % 10;
    digitValues.set(code, value);
  }
  return value;
}

/** `s` with decimal digits of other scripts (in the BMP, so the length is unchanged) written as ASCII digits. */
function asciiDigits(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.replace(/\p{Nd}/gu, (d) => (d.length === 1 && !isDigit(d.charCodeAt(0)) ? String(digitValue(d.charCodeAt(0))) : d));
}

/** How a masked card number reads: the last four digits only. */
export function cardMask(lastFour: string): string {
  return `[card ••••${lastFour}]`;
}

/** Walks the run of digit groups starting at `i`, calling `group` for each; returns where the run ends. */
function scanRun(s: string, i: number, group: (start: number, end: number) => void): number {
  const n = s.length;
  let j = i;
  for (;;) {
    const start = j;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    group(start, j);
    // Look across separators for the next group.
    let k = j;
    let separators = 0;
    let spaces = 0;
    let afterSpace = false;
    let found = false;
    for (let sep = separatorAt(s, k); sep && k < n; sep = separatorAt(s, k)) {
      if (sep.space) {
        if (++spaces > MAX_SPACES) break;
        if (!afterSpace) separators++;
      } else {
        separators++;
      }
      if (separators > MAX_SEPARATORS) break;
      afterSpace = sep.space;
      k += sep.length;
      found = true;
    }
    if (!found || k >= n || !isDigit(s.charCodeAt(k)) || separators > MAX_SEPARATORS || spaces > MAX_SPACES) return j;
    j = k;
  }
}

/**
 * Replaces every card number in `s` with `[card ••••1234]` (its last four
 * digits). Digit runs that are not card numbers are left as they are.
 */
export function maskCardNumbers(s: string): string {
  const t = asciiDigits(s);
  const n = t.length;
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (!isDigit(c)) {
      // An encoded separator is skipped whole: its hex digits are not digits of a number
      // (`%C2%A04242` starts at `4`). Any other `%` may precede a card (`%4242…`).
      i += (c === 37 && separatorAt(t, i)?.length) || 1;
      continue;
    }
    // One run: digit groups joined by short separator sequences. First only count its digits
    // (most runs are short and need no bookkeeping), then record the groups of a long one.
    let count = 0;
    const runEnd = scanRun(t, i, (start, end) => {
      count += end - start;
    });
    if (count >= MIN_DIGITS) {
      const groupStart: number[] = [];
      const groupEnd: number[] = [];
      const digitsBefore: number[] = [];
      let digits = '';
      scanRun(t, i, (start, end) => {
        groupStart.push(start);
        groupEnd.push(end);
        digitsBefore.push(digits.length);
        digits += t.slice(start, end);
      });
      const groups = groupStart.length;
      const digitsUpTo = (h: number) => digitsBefore[h]! + (groupEnd[h]! - groupStart[h]!);
      // reach[g]: the last group of the longest valid window starting at group g, or -1.
      const reach: number[] = new Array<number>(groups).fill(-1);
      for (let g = 0; g < groups; g++) {
        const from = digitsBefore[g]!;
        const first = digits.charCodeAt(from);
        if (first < 50 || first > 54) continue;
        // Every group holds at least one digit, so no window spans more than 19 groups.
        for (let h = g; h < groups; h++) {
          const windowDigits = digitsUpTo(h) - from;
          if (windowDigits > MAX_DIGITS) break;
          if (windowDigits >= MIN_DIGITS && isLuhnValid(digits.slice(from, from + windowDigits))) reach[g] = h;
        }
      }
      // Mask each stretch of overlapping valid windows as one card.
      let g = 0;
      while (g < groups) {
        if (reach[g]! < 0) {
          g++;
          continue;
        }
        let end = reach[g]!;
        for (let k = g + 1; k <= end; k++) end = Math.max(end, reach[k]!);
        const to = digitsUpTo(end);
        out += s.slice(copiedUpTo, groupStart[g]) + cardMask(digits.slice(to - 4, to));
        copiedUpTo = groupEnd[end]!;
        g = end + 1;
      }
    }
    i = runEnd;
  }
  return copiedUpTo === 0 ? s : out + s.slice(copiedUpTo);
}
