import { maskCardNumbers } from './card-number';

/** What a masked secret reads as. */
export const REDACTED = '[REDACTED]';

// Every pattern is linear: no nested quantifiers, bounded or single-class
// repetitions, and look-behinds that stop a match from starting mid-word.

/**
 * Stripe client secrets (`pi_…_secret_…`, `seti_…_secret_…`, Checkout `cs_…_secret_…`,
 * CustomerSession `cuss_secret_…`): the intent id stays, the secret goes, URL-encoded bytes
 * (`%2F`) included.
 */
const CLIENT_SECRET = /(?<![0-9A-Za-z])((?:pi|seti|src|cs_live|cs_test)_[0-9A-Za-z]+_secret_|cuss_secret_)(?:[0-9A-Za-z]|%[0-9A-Fa-f]{2})+/g;
/** Stripe secret, restricted and ephemeral keys, and webhook signing secrets. */
const STRIPE_KEY = /(?<![0-9A-Za-z])((?:sk|rk|ek)_(?:live|test)_|whsec_)[0-9A-Za-z]+/g;
/**
 * `Authorization: …`, `Proxy-Authorization: …`, `Cookie: …`, `Set-Cookie: …` (also
 * `HTTP_AUTHORIZATION=…`). A quoted value (`"cookie": "…"`, `\"authorization\":\"…\"`,
 * `"set-cookie": ["…"]`) is masked up to its closing quote; a header line up to its end,
 * quotes included (`Cookie: theme="dark"; session=…`, `Authorization: Digest …`).
 */
const AUTH_HEADER =
  /(?<![0-9A-Za-z])((?:proxy-)?authorization|(?:set-)?cookie)(\\?["']?[ \t]*[:=][ \t]*(?:\r?\n[ \t]*)?(?:\[[ \t]*(?=\\?["']))?)(\\?["'])?([^\r\n]*)/gi;

function maskHeaderValue(_match: string, name: string, separator: string, quote: string | undefined, rest: string): string {
  if (!quote) return `${name}${separator}${REDACTED}`;
  const close = rest.indexOf(quote);
  return `${name}${separator}${quote}${REDACTED}${close < 0 ? '' : rest.slice(close)}`;
}
/** A bearer token anywhere in text. */
const BEARER = /\b([Bb]earer[ \t]+)[A-Za-z0-9\-._~+/]+=*/g;
/**
 * `password=…`, `"cvc": "…"`, `api_key: …`, `?token=…` inside text, JSON or URLs, also in
 * escaped JSON (`\"cvc\":\"…\"`) and Stripe's form encoding (`card[cvc]=…`, `card%5Bcvc%5D=…`).
 */
const KEY_VALUE =
  /(?:(?<![0-9A-Za-z])|(?<=%5[Bb]))((?:client_?)?secret|password|passwd|api[_-]?key|token|cvc2?|cvv2?|cvn|csc|security[_-]?code|card_?number)((?:\]|%5[Dd])?\\?["']?[ \t]*[:=][ \t]*\\?["']?)[^\s"'&,;}<>]+/gi;
/** A security code written in prose: `CVC 123`, `cvv2 #1234`, `security code: 123`, `CVC code is 123`. */
const CVC_IN_TEXT =
  /(?<![0-9A-Za-z])(cvc2?|cvv2?|cvn|csc|security[ _-]?code)((?:[ \t]*(?:[:=#]|code|is|was|number|no\.?|nr\.?)){0,3}[ \t]*)[0-9]{3,4}(?![0-9])/gi;
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
  return s
    .replace(CLIENT_SECRET, `$1${REDACTED}`)
    .replace(STRIPE_KEY, `$1${REDACTED}`)
    .replace(AUTH_HEADER, maskHeaderValue)
    .replace(BEARER, `$1${REDACTED}`)
    .replace(KEY_VALUE, `$1$2${REDACTED}`)
    .replace(CVC_IN_TEXT, `$1$2${REDACTED}`);
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
  const out = maskCardNumbers(maskEmails(redactSecrets(s)));
  if (out === s && s.length <= CLEAN_MAX_LENGTH) {
    if (knownClean.size >= CLEAN_MAX_ENTRIES) knownClean.clear();
    knownClean.add(s);
  }
  return out;
}

