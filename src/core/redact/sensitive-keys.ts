/**
 * How an object key decides the fate of its value.
 *
 * - `'secret'`: the value is replaced by `[REDACTED]`, whatever it is. Keys
 *   naming a CVC/CVV (also `cardCode`, `verification_value`, `csc`), a card
 *   number, a password, a secret, a token, an authorization or cookie header,
 *   an API or private key; not Stripe's `cvc_check` result.
 * - `'readable'`: the id-like keys DESIGN invariant 7 names (`checkoutId`,
 *   `paymentId`, `idempotencyKey`, `reference`) and `instructions`: a text or
 *   number value is not card data and keeps its digits and e-mail addresses
 *   (secrets such as Stripe keys and auth headers are still masked in it); an
 *   object or array under such a key is redacted like any other. Deliberately
 *   a closed list: any other key ending in `Id` is redacted by content like
 *   free text.
 * - `'plain'`: everything else; strings are redacted by content.
 */
export type KeyKind = 'secret' | 'readable' | 'plain';

const SECRET_WORDS =
  /cvc|cvv|cvn|cvd|cardcsc|securitycode|cardcode|verificationvalue|cardnumber|cardnum|ccnumber|password|passwd|passphrase|secret|token|authorization|cookie|apikey|privatekey|accesskey|signature/;
const SECRET_NAMES = new Set(['pan', 'pin', 'pwd', 'auth', 'csc']);
/** Names that contain a secret word but carry no secret: Stripe's `cvc_check` result, `tokenization_method`. */
const NOT_SECRET = new Set(['cvccheck', 'tokenizationmethod']);
const READABLE_NAMES = new Set(['checkoutid', 'paymentid', 'idempotencykey', 'reference', 'instructions']);

const cache = new Map<string, KeyKind>();

/** Classifies an object key (case-insensitive; camelCase, snake_case and kebab-case alike). */
export function classifyKey(key: string): KeyKind {
  let kind = cache.get(key);
  if (kind === undefined) {
    const normalized = key.toLowerCase().replace(/[\s_-]/g, '');
    kind =
      (SECRET_WORDS.test(normalized) && !NOT_SECRET.has(normalized)) || SECRET_NAMES.has(normalized)
        ? 'secret'
        : READABLE_NAMES.has(normalized)
          ? 'readable'
          : 'plain';
    if (cache.size > 2000) cache.clear();
    cache.set(key, kind);
  }
  return kind;
}
