import { isLuhnValid } from './luhn';

/**
 * Card-number masking without regular expressions on the hot path: one linear
 * scan finds runs of digit groups joined by separators, then checks every
 * window of whole groups.
 *
 * A card number, for this library, is a Luhn-valid run of 13–19 digits whose
 * first digit is 2–6, written with or without separators between groups.
 * Separators are any space (no-break, thin, zero-width, U+3000), `+` (a space
 * in URLs), any dash (hyphen, soft hyphen, en and em dash, minus) and `.`, also
 * URL-encoded as UTF-8 (`%20`, `%2D`, `%C2%A0`, `%E2%80%93`, …, any case, also
 * encoded again as `%2520`). Between two groups there may be up to three
 * separators, a run of spaces counting as one (`4242 - 4242`, `4242    4242`).
 * Tabs and line breaks (`%09`, `%0A` too) join groups only into a card's
 * usual shape (4-4-4-4…, or 4-6-5 / 4-6-4), so columns of numbers in a table
 * or a log are not read as one. Digits of other scripts (full-width `４`,
 * Arabic-Indic `٤`) count as the digits they are. Digits joined directly to
 * letters still count, and so do digits right after a `%XX` escape
 * (`%224242…`): card data is masked wherever it hides.
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

/** What a separator is: a space, a line break or tab (which only joins card-shaped groups), or a mark (dash, `.`). */
type SeparatorKind = 'space' | 'line' | 'mark';

function kindOf(c: number): SeparatorKind | undefined {
  if (c === 9 || c === 10 || c === 13) return 'line';
  if (
    c === 32 ||
    c === 43 ||
    c === 160 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  ) {
    return 'space';
  }
  if (c === 45 || c === 46 || c === 0xad || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) {
    return 'mark';
  }
  return undefined;
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
 * The separator at `i`: its length and kind, or `undefined`. A URL-encoded
 * separator is decoded as UTF-8 (one to three `%XX` bytes); a lone `%A0` is a
 * no-break space in Latin-1.
 */
function separatorAt(s: string, i: number): { length: number; kind: SeparatorKind } | undefined {
  const direct = kindOf(s.charCodeAt(i));
  if (direct) return { length: 1, kind: direct };
  const first = percentByteAt(s, i);
  if (!first) return undefined;
  let code = first.byte;
  let length = first.length;
  if (code === 0xa0) return { length, kind: 'space' };
  const continuation = code >= 0xe0 && code <= 0xef ? 2 : code >= 0xc2 && code <= 0xdf ? 1 : 0;
  if (code >= 0x80 && continuation === 0) return undefined;
  code &= continuation === 2 ? 0x0f : continuation === 1 ? 0x1f : 0x7f;
  for (let k = 0; k < continuation; k++) {
    const next = percentByteAt(s, i + length);
    if (!next || (next.byte & 0xc0) !== 0x80) return undefined;
    code = (code << 6) | (next.byte & 0x3f);
    length += next.length;
  }
  const kind = kindOf(code);
  return kind ? { length, kind } : undefined;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const OTHER_DIGIT = /\p{Nd}/u;
/** Value of a BMP character as a decimal digit, -1 when it is not one; filled as characters are met. */
const digitValues = new Map<number, number>();

function digitValue(code: number): number {
  let value = digitValues.get(code);
  if (value === undefined) {
    value = -1;
    if (OTHER_DIGIT.test(String.fromCharCode(code))) {
      // Blocks of decimal digits are contiguous runs of ten (some runs hold several blocks).
      let start = code;
      while (start > 0 && code - start < 100 && OTHER_DIGIT.test(String.fromCharCode(start - 1))) start--;
      value = (code - start) % 10;
    }
    if (digitValues.size < 4096) digitValues.set(code, value);
  }
  return value;
}

/** `s` with decimal digits of other scripts (in the BMP, so the length is unchanged) written as ASCII digits. */
function asciiDigits(s: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x660) continue; // no decimal digits of other scripts below Arabic-Indic zero
    const value = digitValue(c);
    if (value < 0) continue;
    out ??= s.split('');
    out[i] = String(value);
  }
  return out ? out.join('') : s;
}

/** How a masked card number reads: the last four digits only. */
export function cardMask(lastFour: string): string {
  return `[card ••••${lastFour}]`;
}

/**
 * Walks the run of digit groups starting at `i`, calling `group` for each with
 * whether a tab or line break came before it; returns where the run ends.
 */
function scanRun(s: string, i: number, group: (start: number, end: number, afterLine: boolean) => void): number {
  const n = s.length;
  let j = i;
  let afterLine = false;
  for (;;) {
    const start = j;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    group(start, j, afterLine);
    // Look across separators for the next group.
    let k = j;
    let separators = 0;
    let spaces = 0;
    let afterSpace = false;
    afterLine = false;
    for (let sep = separatorAt(s, k); sep && k < n; sep = separatorAt(s, k)) {
      const space = sep.kind !== 'mark';
      if (space) {
        if (++spaces > MAX_SPACES) return j;
        if (!afterSpace) separators++;
      } else {
        separators++;
      }
      if (separators > MAX_SEPARATORS) return j;
      if (sep.kind === 'line') afterLine = true;
      afterSpace = space;
      k += sep.length;
    }
    if (k === j || k >= n || !isDigit(s.charCodeAt(k))) return j;
    j = k;
  }
}

/** How many digits from `i` on belong to a `%XX` escape that begins one or two characters before `i`. */
function digitsOfEscapeAt(s: string, i: number): number {
  for (const p of [i - 1, i - 2]) {
    if (p < 0 || s.charCodeAt(p) !== 37) continue;
    const escape = percentByteAt(s, p);
    if (escape && p + escape.length > i) return p + escape.length - i;
  }
  return 0;
}

/** Luhn sums of every window of `digits` in O(1): prefix sums of plain and doubled digits by index parity. */
function luhnWindows(digits: string): (from: number, to: number) => boolean {
  const n = digits.length;
  const plain = [new Int32Array(n + 1), new Int32Array(n + 1)];
  const doubled = [new Int32Array(n + 1), new Int32Array(n + 1)];
  for (let j = 0; j < n; j++) {
    const d = digits.charCodeAt(j) - 48;
    for (let p = 0; p < 2; p++) {
      plain[p]![j + 1] = plain[p]![j]! + (j % 2 === p ? d : 0);
      doubled[p]![j + 1] = doubled[p]![j]! + (j % 2 === p ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : 0);
    }
  }
  return (from, to) => {
    // The rightmost digit (index to - 1) is not doubled, the one before it is, and so on.
    const p = (to - 1) % 2;
    const q = 1 - p;
    const sum = plain[p]![to]! - plain[p]![from]! + doubled[q]![to]! - doubled[q]![from]!;
    return sum % 10 === 0;
  };
}

/** Whether groups of these sizes look like a card written in groups (4-4-4-4…, 4-6-5, 4-6-4). */
function isCardShaped(sizes: number[]): boolean {
  const last = sizes.length - 1;
  if (sizes.length === 3 && sizes[0] === 4 && sizes[1] === 6 && (sizes[2] === 5 || sizes[2] === 4)) return true;
  return sizes.every((size, k) => (k < last ? size === 4 : size >= 1 && size <= 4));
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
      i++;
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
      const lineBefore: boolean[] = [];
      scanRun(t, i, (start, end, afterLine) => {
        groupStart.push(start);
        groupEnd.push(end);
        lineBefore.push(afterLine);
      });
      const groups = groupStart.length;
      const digitsBefore: number[] = [];
      let digits = '';
      for (let g = 0; g < groups; g++) {
        digitsBefore.push(digits.length);
        digits += t.slice(groupStart[g], groupEnd[g]);
      }
      const isLuhnWindow = luhnWindows(digits);
      const digitsUpTo = (h: number) => digitsBefore[h]! + (groupEnd[h]! - groupStart[h]!);
      // Valid windows as spans: from a character position to the end of a group.
      const spans: { from: number; end: number }[] = [];
      /**
       * Tries the windows that start at character `at`: the digits of `lead` (escape digits read
       * as a separator, not in `digits`), then group g's digits after the first `skip`, through
       * group h. Keeps the longest valid one.
       */
      const tryFrom = (at: number, g: number, lead: string, skip: number): void => {
        const from = digitsBefore[g]! + skip;
        const first = lead === '' ? digits.charCodeAt(from) : lead.charCodeAt(0);
        if (first < 50 || first > 54) return;
        let viaLine = false;
        let end = -1;
        // Every group holds at least one digit, so no window spans more than 19 groups.
        for (let h = g; h < groups; h++) {
          if (h > g && lineBefore[h]) viaLine = true;
          const to = digitsUpTo(h);
          const count = lead.length + to - from;
          if (count > MAX_DIGITS) break;
          if (count < MIN_DIGITS || !(lead === '' ? isLuhnWindow(from, to) : isLuhnValid(lead + digits.slice(from, to)))) continue;
          if (viaLine) {
            const sizes = groupEnd.slice(g, h + 1).map((end, k) => end - groupStart[g + k]!);
            sizes[0]! += lead.length - skip;
            if (!isCardShaped(sizes)) continue;
          }
          end = h;
        }
        if (end >= 0) spans.push({ from: at, end });
      };
      for (let g = 0; g < groups; g++) tryFrom(groupStart[g]!, g, '', 0);
      // A run that starts inside a `%XX` escape (`%224242…`, `%A04242…`, `%2560…`): the number may
      // begin at any of the escape's digits.
      const escapeDigits = Math.min(digitsOfEscapeAt(t, i), groupEnd[0]! - groupStart[0]! - 1);
      for (let skip = 1; skip <= escapeDigits; skip++) tryFrom(groupStart[0]! + skip, 0, '', skip);
      // An escape read as a separator inside the run (`9%2042…`) may hold a card's first digits:
      // windows also start at each digit that ends such a gap, joined to the group after it.
      for (let g = 1; g < groups; g++) {
        let at = groupStart[g]!;
        while (at > groupEnd[g - 1]! && isDigit(t.charCodeAt(at - 1))) at--;
        for (; at < groupStart[g]!; at++) tryFrom(at, g, t.slice(at, groupStart[g]), 0);
      }
      spans.sort((a, b) => a.from - b.from);
      // Mask each stretch of overlapping valid windows as one card.
      for (let k = 0; k < spans.length; ) {
        const from = spans[k]!.from;
        let end = spans[k]!.end;
        for (k++; k < spans.length && spans[k]!.from < groupEnd[end]!; k++) end = Math.max(end, spans[k]!.end);
        const to = digitsUpTo(end);
        out += s.slice(copiedUpTo, from) + cardMask(digits.slice(to - 4, to));
        copiedUpTo = groupEnd[end]!;
      }
    }
    i = runEnd;
  }
  return copiedUpTo === 0 ? s : out + s.slice(copiedUpTo);
}
