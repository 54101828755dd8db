import { isLuhnValid } from './luhn';

/**
 * Card-number masking without regular expressions: one linear scan finds runs
 * of digit groups joined by separators, then checks windows of whole groups.
 *
 * A card number, for this library, is a Luhn-valid run of 13–19 digits whose
 * first digit is 2–6, written with or without separators between groups. The
 * separators are a space, a no-break space, `-`, `+`, `.` and the URL
 * encodings `%20`, `%2D`, `%2B`, `%A0`, `%C2%A0` (any case, also encoded again as `%2520`…), up to three of them in a row
 * (`4242 - 4242`). Digits joined directly to letters still count: card data is
 * masked wherever it hides.
 */

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
/** Separator tokens allowed between two digit groups of one run. */
const MAX_SEPARATORS = 3;

/** Length of the separator token starting at `i`, or 0. */
function separatorAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  // space, no-break space, '-', '+', '.'
  if (c === 32 || c === 160 || c === 45 || c === 43 || c === 46) return 1;
  if (c !== 37 /* % */) return 0;
  // URL-encoded, possibly more than once (`%2520` is `%20` encoded again).
  let j = i + 1;
  while (s.startsWith('25', j)) j += 2;
  const code = s.slice(j, j + 2).toUpperCase();
  if (code === '20' || code === '2D' || code === '2B' || code === 'A0') return j + 2 - i;
  if (code === 'C2' && s.charCodeAt(j + 2) === 37) {
    const tail = separatorAt(s, j + 2);
    // only a no-break space may follow %C2
    return tail > 0 && s.slice(j + 2 + tail - 2, j + 2 + tail).toUpperCase() === 'A0' ? j + 2 + tail - i : 0;
  }
  return 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

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
    let seps = 0;
    let len: number;
    while (seps < MAX_SEPARATORS && k < n && (len = separatorAt(s, k)) > 0) {
      k += len;
      seps++;
    }
    if (seps === 0 || k >= n || !isDigit(s.charCodeAt(k))) return j;
    j = k;
  }
}

/**
 * Replaces every card number in `s` with `[card ••••1234]` (its last four
 * digits). Digit runs that are not card numbers are left as they are.
 */
export function maskCardNumbers(s: string): string {
  const n = s.length;
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  while (i < n) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    // One run: digit groups joined by short separator sequences. First only count its digits
    // (most runs are short and need no bookkeeping), then record the groups of a long one.
    let count = 0;
    const runEnd = scanRun(s, i, (start, end) => {
      count += end - start;
    });
    if (count >= MIN_DIGITS) {
      const groupStart: number[] = [];
      const groupEnd: number[] = [];
      const digitsBefore: number[] = [];
      let digits = '';
      scanRun(s, i, (start, end) => {
        groupStart.push(start);
        groupEnd.push(end);
        digitsBefore.push(digits.length);
        digits += s.slice(start, end);
      });
      const groups = groupStart.length;
      let g = 0;
      while (g < groups) {
        let matchedEnd = -1;
        const first = digits.charCodeAt(digitsBefore[g]!);
        if (first >= 50 && first <= 54) {
          // Longest window of whole groups starting at group g.
          // Every group holds at least one digit, so no window spans more than 19 groups.
          for (let h = Math.min(groups - 1, g + MAX_DIGITS - 1); h >= g; h--) {
            const from = digitsBefore[g]!;
            const to = digitsBefore[h]! + (groupEnd[h]! - groupStart[h]!);
            const count = to - from;
            if (count < MIN_DIGITS) break;
            if (count <= MAX_DIGITS && isLuhnValid(digits.slice(from, to))) {
              matchedEnd = h;
              out += s.slice(copiedUpTo, groupStart[g]) + cardMask(digits.slice(to - 4, to));
              copiedUpTo = groupEnd[h]!;
              break;
            }
          }
        }
        g = matchedEnd >= 0 ? matchedEnd + 1 : g + 1;
      }
    }
    i = runEnd;
  }
  return copiedUpTo === 0 ? s : out + s.slice(copiedUpTo);
}
