import { cardMask } from './card-number';
import { isLuhnValid } from './luhn';
import { REDACTED, redactSecrets, redactString } from './redact-string';
import { classifyKey } from './sensitive-keys';

export { redactString } from './redact-string';

/** Nesting deeper than this is cut off (`'[Truncated]'`) so hostile input cannot overflow the stack. */
const MAX_DEPTH = 64;
const CIRCULAR = '[Circular]';
/** An HTTP header name (a token: letters, digits, `-`). */
const HEADER_TOKEN = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
/** Node's `util.inspect` hook, which loggers call instead of reading the object's fields. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Whether text is redacted by content (`'full'`), or is known not to be card
 * data — an id-like key or bank-transfer instructions — and keeps its digits
 * and e-mail addresses while still losing secrets (`'readable'`).
 */
type Mode = 'full' | 'readable';

interface Walk {
  /** Original → copy, for shared references (a DAG stays a DAG). */
  copies: Map<object, unknown>;
  /** Objects on the current path: meeting one again is a cycle. */
  path: Set<object>;
}

/**
 * Deep-copies `value` with every secret masked, so that the copy is safe to
 * log, emit or send. The input is never mutated.
 *
 * - Strings: see {@link redactString} (card numbers → `[card ••••4242]`,
 *   Stripe client secrets and keys, auth and cookie headers, bearer tokens,
 *   e-mail local parts).
 * - Numbers and bigints that are card numbers become the masked string.
 * - Values under keys naming a CVC, card number, password, secret, token,
 *   authorization, cookie or API key become `'[REDACTED]'` (booleans, `null`
 *   and `undefined` are kept: they carry no secret).
 * - Values under id-like keys (`checkoutId`, `paymentId`, `idempotencyKey`,
 *   `reference`), under `instructions`, and inside any
 *   `ManualInstructions`-shaped object keep their digits and e-mails; secrets
 *   in them are still masked.
 * - Objects, arrays, `Map`, `Set`, `Headers` and `URL` are copied; `Error`s
 *   keep their prototype, `name`, `message`, `stack` and `cause` (all
 *   redacted); `Date` and `RegExp` are copied as they are. A reference back to
 *   an object on the current path becomes `'[Circular]'`; nesting deeper than
 *   64 levels becomes `'[Truncated]'`.
 */
export function redact<T>(value: T): T {
  return walk(value, 'full', { copies: new Map(), path: new Set() }, 0) as T;
}

function redactText(s: string, mode: Mode): string {
  return mode === 'full' ? redactString(s) : redactSecrets(s);
}

function redactNumber(n: number | bigint, mode: Mode): number | bigint | string {
  if (mode === 'readable') return n;
  if (typeof n === 'number' && !Number.isInteger(n)) return n;
  const digits = (n < 0 ? -n : n).toString();
  const first = digits.charCodeAt(0);
  return digits.length >= 13 && digits.length <= 19 && first >= 50 && first <= 54 && isLuhnValid(digits)
    ? cardMask(digits.slice(-4))
    : n;
}

function isManualInstructions(o: Record<string, unknown>): boolean {
  return typeof o.reference === 'string' && typeof o.method === 'string' && typeof o.amount === 'object' && o.amount !== null;
}

function walk(value: unknown, mode: Mode, state: Walk, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      return redactText(value, mode);
    case 'number':
    case 'bigint':
      return redactNumber(value, mode);
    case 'object':
      break;
    default:
      return value;
  }
  if (value === null) return value;
  const source = value as object;
  if (state.path.has(source)) return CIRCULAR;
  if (state.copies.has(source)) return state.copies.get(source);
  if (depth >= MAX_DEPTH) return '[Truncated]';
  if (source instanceof Date) return new Date(source.getTime());
  if (source instanceof RegExp) return source;
  if (typeof URL !== 'undefined' && source instanceof URL) return redactText(source.href, mode);

  state.path.add(source);
  try {
    return copyObject(source, state, depth + 1);
  } finally {
    state.path.delete(source);
  }
}

function copyObject(source: object, state: Walk, depth: number): unknown {
  // Readable mode never reaches into an object (so it takes no mode): an object under `reference`
  // or `paymentId` is redacted like any other, and only a ManualInstructions' own fields stay
  // readable (below). So one copy per object serves every path that reaches it.
  const mode: Mode = 'full';
  const child = (v: unknown, m: Mode = mode): unknown => walk(v, m, state, depth);

  if (Array.isArray(source)) {
    const out: unknown[] = [];
    state.copies.set(source, out);
    for (let i = 0; i < source.length; i++) {
      const before: unknown = i > 0 ? source[i - 1] : undefined;
      // Header pairs and raw header lists: ['Authorization', 'Basic …'], [name, value, name, value]:
      // a value follows a header-shaped name at an even index.
      const headerPair = i % 2 === 1 && typeof before === 'string' && HEADER_TOKEN.test(before) && classifyKey(before) === 'secret';
      out.push(headerPair ? valueFor(before, source[i], mode, child) : child(source[i]));
    }
    return out;
  }
  if (source instanceof Map) {
    const out = new Map<unknown, unknown>();
    state.copies.set(source, out);
    for (const [k, v] of source) out.set(child(k), typeof k === 'string' ? valueFor(k, v, mode, child) : child(v));
    return out;
  }
  if (source instanceof Set) {
    const out = new Set<unknown>();
    state.copies.set(source, out);
    for (const v of source) out.add(child(v));
    return out;
  }
  if (typeof Headers !== 'undefined' && source instanceof Headers) {
    const out: Record<string, unknown> = {};
    state.copies.set(source, out);
    source.forEach((v, k) => {
      out[k] = valueFor(k, v, mode, child);
    });
    return out;
  }
  if (ArrayBuffer.isView(source) || source instanceof ArrayBuffer) return source;

  const isError = source instanceof Error || (typeof DOMException !== 'undefined' && source instanceof DOMException);
  const out: Record<PropertyKey, unknown> = isError ? Object.create(Object.getPrototypeOf(source) as object) : {};
  state.copies.set(source, out);
  const record = source as Record<PropertyKey, unknown>;
  const objectMode: Mode = isManualInstructions(record) ? 'readable' : mode;
  // Errors: copy own non-enumerable fields too (message, stack, cause, brands), keeping enumerability.
  const keys: PropertyKey[] = isError ? Reflect.ownKeys(source) : Object.keys(source);
  if (isError) {
    for (const k of ['name', 'message', 'stack'] as const) if (!keys.includes(k)) keys.push(k);
  }
  for (const key of keys) {
    let v: unknown;
    try {
      v = record[key];
    } catch {
      v = '[Unreadable]';
    }
    // An own `toJSON` or custom inspect function would print the original, not the copy.
    if (typeof v === 'function' && (key === 'toJSON' || key === INSPECT)) continue;
    const redacted = typeof key === 'string' ? valueFor(key, v, objectMode, child) : child(v, objectMode);
    if (isError) {
      const enumerable = Object.prototype.propertyIsEnumerable.call(source, key);
      Object.defineProperty(out, key, { value: redacted, enumerable, writable: true, configurable: true });
    } else if (key === '__proto__') {
      Object.defineProperty(out, key, { value: redacted, enumerable: true, writable: true, configurable: true });
    } else {
      out[key] = redacted;
    }
  }
  return out;
}

function valueFor(key: string, v: unknown, mode: Mode, child: (v: unknown, m?: Mode) => unknown): unknown {
  switch (classifyKey(key)) {
    case 'secret':
      return v === null || v === undefined || typeof v === 'boolean' ? v : REDACTED;
    case 'readable':
      return child(v, 'readable');
    default:
      return child(v, mode);
  }
}

