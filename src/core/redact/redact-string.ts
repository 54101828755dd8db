import { maskCardNumbers } from './card-number';

/** What a masked secret reads as. */
export const REDACTED = '[REDACTED]';

// Every pattern is linear: no nested unbounded quantifiers, and look-behinds that
// stop a match from starting mid-word. A match may start right after a `%XX`
// escape too (`%22sk_live_…`, `%3Dpi_…_secret_…`): URL-encoded text hides secrets.
const START = String.raw`(?:(?<![0-9A-Za-z])|(?<=%[0-9A-Fa-f]{2}))`;

/**
 * Stripe client secrets (`pi_…_secret_…`, `seti_…_secret_…`, Checkout `cs_…_secret_…`,
 * CustomerSession `cuss_secret_…`): the intent id stays, the secret goes, URL-encoded bytes
 * (`%2F`) included.
 */
const CLIENT_SECRET = new RegExp(
  String.raw`${START}((?:pi|seti|src|cs_live|cs_test)_[0-9A-Za-z]+_secret_|cuss_secret_)(?:[0-9A-Za-z]|%[0-9A-Fa-f]{2})+`,
  'g',
);
/** Stripe secret, restricted and ephemeral keys, and webhook signing secrets. */
const STRIPE_KEY = new RegExp(String.raw`${START}((?:sk|rk|ek)_(?:live|test)_|whsec_)[0-9A-Za-z]+`, 'g');
/** A bearer token anywhere in text. */
const BEARER = new RegExp(String.raw`${START}([Bb]earer[ \t]+)[A-Za-z0-9\-._~+/]+=*`, 'g');
/**
 * `password=…`, `"cvc": "…"`, `api_key: …`, `?token=…` inside text, JSON or URLs, also in
 * escaped JSON (`\"cvc\":\"…\"`) and Stripe's form encoding (`card[cvc]=…`, `card%5Bcvc%5D=…`).
 * A card already masked there goes whole.
 */
const KEY_VALUE = new RegExp(
  String.raw`${START}((?:client_?)?secret|password|passwd|api[_-]?key|token|cvc2?|cvv2?|cvn|csc|security[_-]?code|card_?number)((?:\]|%5[Dd])?\\?["']?[ \t]*[:=][ \t]*\\?["']?)(?:\[card ••••[0-9]{4}\]|[^\s"'&,;}<>]+)`,
  'gi',
);
/** A security code written in prose: `CVC 123`, `cvv2 #1234`, `security code: 123`, `CVC code is 123`. */
const CVC_IN_TEXT = new RegExp(
  String.raw`${START}(cvc2?|cvv2?|cvn|csc|security[ _-]?code)((?:[ \t]*(?:[:=#]|code|is|was|number|no\.?|nr\.?)){0,3}[ \t]*)[0-9]{3,4}(?![0-9])`,
  'gi',
);
/** `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie` (also `HTTP_AUTHORIZATION`). */
const HEADER_NAME = new RegExp(String.raw`${START}(?:proxy-)?authorization|${START}(?:set-)?cookie`, 'gi');
/** What follows a header name when a value comes: `: `, `=`, `":"`, `\":\"`, and a folded next line. */
const HEADER_SEPARATOR = /^(\\?["'])?[ \t]*[:=][ \t]*(?:\r?\n[ \t]+)?/;
const JSON_LITERAL = /[^,}\]\s]*/y;
const QUOTE = /\\?["']/y;
const LIST_END = /["'][ \t]*\]/g;
/** A list of quoted values: `[` and the quote (plain or escaped) of its first value. */
const LIST_START = /\[[ \t]*(\\?["'])/y;
const LINE_BREAK = /[\r\n]/g;

/**
 * Masks Authorization and Cookie header values wherever they are written:
 * - as a JSON key (`"cookie": "…"`, escaped `\"authorization\":\"…\"`, a list
 *   `"set-cookie": ["…", "…"]`, a bare literal other than `null`/`true`/`false`);
 * - as text inside a quoted string (`"Authorization: …"`): up to the closing quote;
 * - as a header line (`Cookie: theme="dark"; session=…`): to the end of the line.
 * Scanning goes on after each value, so every header of a line is masked. Every
 * search starts where the last one ended, so the whole pass stays linear.
 */
function maskHeaders(s: string): string {
  HEADER_NAME.lastIndex = 0;
  let out = '';
  let copied = 0;
  // Searches run left to right and each remembers its last answer, so no part of `s` is
  // searched twice by the same search (hostile input stays linear).
  const found = new Map<RegExp | string, number>();
  const next = (what: RegExp | string, from: number): number => {
    let at = found.get(what);
    if (at === undefined || at < from) {
      if (typeof what === 'string') {
        at = s.indexOf(what, from);
      } else {
        what.lastIndex = from;
        at = what.exec(s)?.index ?? -1;
      }
      if (at < 0) at = s.length;
      found.set(what, at);
    }
    return at;
  };
  const lineEnd = (from: number): number => next(LINE_BREAK, from);
  for (let m = HEADER_NAME.exec(s); m; m = HEADER_NAME.exec(s)) {
    const nameEnd = m.index + m[0].length;
    const separator = HEADER_SEPARATOR.exec(s.slice(nameEnd, nameEnd + 64));
    if (!separator) continue;
    const from = nameEnd + separator[0].length;
    const end = lineEnd(from);
    let to: number;
    let masked = REDACTED;
    if (separator[1]) {
      if (s.startsWith(REDACTED, from)) continue;
      QUOTE.lastIndex = from;
      const quote = QUOTE.exec(s)?.[0];
      LIST_START.lastIndex = from;
      const list = LIST_START.exec(s);
      if (quote) {
        const close = next(quote, from + quote.length);
        const closed = close < end;
        to = closed ? close + quote.length : end;
        masked = `${quote}${REDACTED}${closed ? quote : ''}`;
      } else if (list) {
        // The list ends at the first `]` after a closing quote (a masked value holds a `]` too).
        const close = next(LIST_END, from);
        const closed = close < end;
        to = closed ? s.indexOf(']', close) + 1 : end;
        const inner = list[1]!;
        masked = `[${inner}${REDACTED}${inner}${closed ? ']' : ''}`;
      } else {
        JSON_LITERAL.lastIndex = from;
        const literal = JSON_LITERAL.exec(s)![0];
        if (literal === '' || literal === 'null' || literal === 'true' || literal === 'false') continue;
        to = from + literal.length;
      }
    } else {
      const before = m.index > 0 ? s[m.index - 1] : '';
      // Header text inside a quoted string ends with the string.
      const close = before === '"' || before === "'" ? next(before, from) : end;
      to = close < end ? (s[close - 1] === '\\' ? close - 1 : close) : end;
    }
    if (to <= from || s.slice(from, to) === masked) continue;
    out += s.slice(copied, from) + masked;
    copied = to;
    HEADER_NAME.lastIndex = Math.max(HEADER_NAME.lastIndex, to);
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** One cheap test that every pattern above needs to pass first: most strings skip them all. */
const SECRET_HINT = /_secret_|k_live_|k_test_|whsec_|authori[sz]ation|cookie|bearer|secret|passw|api.?key|token|cvc|cvv|cvn|csc|security.?code|card.?number/i;
/** E-mail local parts: `jane.doe@example.com` → `j***@example.com`. */
const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{0,127}@(?=[A-Za-z0-9-]+\.[A-Za-z0-9])/g;

/**
 * Masks the secrets a string can carry whatever its shape: Stripe client
 * secrets and keys, Authorization / Cookie header values, bearer tokens and
 * `secret=` / `password:` / `token=` / `cvc:` style pairs, and security codes
 * written in prose (`CVC 123`).
 */
export function redactSecrets(s: string): string {
  if (!SECRET_HINT.test(s)) return s;
  return maskHeaders(
    s
      .replace(CLIENT_SECRET, `$1${REDACTED}`)
      .replace(STRIPE_KEY, `$1${REDACTED}`)
      .replace(CVC_IN_TEXT, `$1$2${REDACTED}`)
      .replace(BEARER, `$1${REDACTED}`)
      .replace(KEY_VALUE, `$1$2${REDACTED}`),
  );
}

/** Masks e-mail local parts down to their first character. */
export function maskEmails(s: string): string {
  return s.includes('@') ? s.replace(EMAIL, '$1***@') : s;
}

// Events repeat the same short strings (types, statuses, ids, codes, messages): remember the ones
// that came out unchanged so the next event skips their scans. Only strings with nothing to mask
// are kept, so the set never holds a secret; it is bounded and simply emptied when full.
const CLEAN_MAX_LENGTH = 160;
const CLEAN_MAX_ENTRIES = 512;
const knownClean = new Set<string>();

/**
 * Masks everything secret or personal in a string: card numbers (down to the
 * last four digits), Stripe client secrets and keys, Authorization and Cookie
 * headers, bearer tokens, `password=…`-style pairs and e-mail local parts.
 * Digit runs that are not card numbers (order ids, phone numbers, timestamps)
 * are left alone. Idempotent: redacting twice changes nothing more.
 */
export function redactString(s: string): string {
  if (s.length < 4 || knownClean.has(s)) return s;
  // Cards first, so a card under a key (`cvc: 4242 4242 …`) goes whole. A mask can open a
  // boundary for another pattern (`…4242sk_live_…` → `[card ••••4242]sk_live_…`): repeat until
  // nothing changes, so that redacting twice changes nothing more.
  let out = s;
  for (let pass = 0; pass < 4; pass++) {
    const next = maskEmails(redactSecrets(maskCardNumbers(out)));
    if (next === out) break;
    out = next;
  }
  if (out === s && s.length <= CLEAN_MAX_LENGTH) {
    if (knownClean.size >= CLEAN_MAX_ENTRIES) knownClean.clear();
    knownClean.add(s);
  }
  return out;
}

