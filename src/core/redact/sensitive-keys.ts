/**
 * How an object key decides the fate of its value.
 *
 * - `'secret'`: the value is replaced by `[REDACTED]`, whatever it is. Keys
 *   naming a CVC/CVV, a card number, a password, a secret, a token, an
 *   authorization or cookie header, an API or private key.
 * - `'readable'`: an id-like key (`checkoutId`, `paymentId`, `idempotencyKey`,
 *   `reference`, anything ending in `Id`/`_id`) or `instructions`: its value
 *   is not card data (DESIGN invariant 7) and keeps its digits and e-mail
 *   addresses. Secrets (Stripe keys, auth headers) are still masked in it.
 * - `'plain'`: everything else; strings are redacted by content.
 */
export type KeyKind = 'secret' | 'readable' | 'plain';

const SECRET_WORDS =
  /cvc|cvv|cvn|securitycode|cardnumber|cardnum|ccnumber|password|passwd|passphrase|secret|token|authorization|cookie|apikey|privatekey|accesskey|signature/;
const SECRET_NAMES = new Set(['pan', 'pin', 'pwd', 'auth', 'csc']);
const READABLE_NAMES = new Set(['idempotencykey', 'reference', 'ref', 'paymentreference', 'instructions', 'id']);
/** `checkoutId`, `paymentID`, `payment_id`, `order-id`. */
const ID_SUFFIX = /[a-z0-9](?:Id|ID)$|[_-](?:id|ID)$/;

const cache = new Map<string, KeyKind>();

/** Classifies an object key (case-insensitive; camelCase, snake_case and kebab-case alike). */
export function classifyKey(key: string): KeyKind {
  let kind = cache.get(key);
  if (kind === undefined) {
    const normalized = key.toLowerCase().replace(/[\s_-]/g, '');
    kind =
      SECRET_WORDS.test(normalized) || SECRET_NAMES.has(normalized)
        ? 'secret'
        : READABLE_NAMES.has(normalized) || ID_SUFFIX.test(key)
          ? 'readable'
          : 'plain';
    if (cache.size > 2000) cache.clear();
    cache.set(key, kind);
  }
  return kind;
}
