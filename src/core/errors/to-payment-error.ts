import { isPaymentErrorCode, type PaymentErrorCode } from './classification';
import { PaymentError, isPaymentError, type PaymentErrorInit } from './payment-error';
import { parseRetryAfter } from './retry-after';

/** Options for {@link toPaymentError}. */
export interface ToPaymentErrorOptions {
  /** Current time in ms, for `Retry-After` HTTP-dates. Defaults to `Date.now()`; pass the injected clock's time. */
  now?: number;
}

/**
 * Connection failures where the request surely never reached the gateway:
 * name resolution failed, the connection was refused or never established.
 * Anything else (reset, hang-up, broken pipe) may have been processed.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/** Connection failures after the request may have been sent. */
const MAYBE_SENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ERR_NETWORK']);
/** Timeouts after the request may have been sent. */
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** What fetch implementations say when the network failed (Chrome, Firefox, Safari, Node/undici, React Native). */
const FETCH_FAILED = /failed to fetch|networkerror when attempting to fetch|load failed|fetch failed|network request failed|socket hang up/i;

type Bag = Record<string, unknown>;
const isObject = (v: unknown): v is Bag => typeof v === 'object' && v !== null;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Every error in the `cause` chain (and an AggregateError's `errors`), `e` first, at most 8. */
function chain(e: Bag): Bag[] {
  const out: Bag[] = [];
  const queue: unknown[] = [e];
  while (queue.length > 0 && out.length < 8) {
    const next = queue.shift();
    if (!isObject(next) || out.includes(next)) continue;
    out.push(next);
    queue.push(next.cause);
    if (Array.isArray(next.errors)) queue.push(...(next.errors as unknown[]).slice(0, 4));
  }
  return out;
}

/** An HTTP status from a Response, an HTTP client error (`status`, `statusCode`, `response.status`). */
function httpStatusOf(e: Bag): { status: number; source: Bag } | undefined {
  for (const source of [e, e.response]) {
    if (!isObject(source)) continue;
    const status = source.status ?? source.statusCode;
    if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) return { status, source };
  }
  return undefined;
}

/** Reads one header from a `Headers` object or a plain record, case-insensitively. */
function headerOf(source: Bag, name: string): unknown {
  const headers = source.headers;
  if (!isObject(headers)) return undefined;
  if (typeof headers.get === 'function') return (headers.get as (n: string) => unknown).call(headers, name);
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

/**
 * The code an HTTP status means, and the charge outcome when the status
 * tells more than the table's default (`undefined` keeps the default).
 */
function classifyStatus(status: number): [PaymentErrorCode, ('none' | 'unknown')?] {
  if (status === 429) return ['rate_limited'];
  if (status === 425) return ['processing_error', 'none']; // Too Early: the server refused to process it
  if (status === 408 || status === 504) return ['timeout'];
  if (status === 502 || status === 503) return ['gateway_unavailable'];
  if (status === 409) return ['processing_error']; // e.g. the same idempotency key still in flight
  if (status >= 500) return ['processing_error'];
  if (status === 402) return ['card_declined'];
  if (status === 401 || status === 403) return ['configuration_error'];
  if (status >= 400) return ['invalid_request'];
  // 1xx–3xx thrown as an error: an answer we cannot read, so nothing is known.
  return ['unknown'];
}

function fromHttp(e: Bag, status: number, source: Bag, gatewayId: string | undefined, now: number): PaymentError {
  const [code, chargeOutcome] = classifyStatus(status);
  const statusText = str(source.statusText);
  const init: PaymentErrorInit = {
    code,
    message: `Gateway answered HTTP ${status}${statusText ? ` ${statusText}` : ''}.`,
    gatewayId,
    cause: e,
  };
  if (chargeOutcome) init.chargeOutcome = chargeOutcome;
  const retryAfterMs = parseRetryAfter(headerOf(source, 'retry-after') ?? headerOf(e, 'retry-after'), now);
  if (retryAfterMs !== undefined) init.retryAfterMs = retryAfterMs;
  return new PaymentError(init);
}

/** From an object that already speaks our codes: `{ code: 'card_declined', declineCode, retryAfterMs, … }`. */
function fromCoded(e: Bag, code: PaymentErrorCode, gatewayId: string | undefined): PaymentError {
  const init: PaymentErrorInit = { code, gatewayId: str(e.gatewayId) ?? gatewayId, cause: e };
  const message = str(e.message);
  if (message) init.message = message;
  const declineCode = str(e.declineCode) ?? str(e.decline_code);
  if (declineCode) init.declineCode = declineCode;
  if (typeof e.retryAfterMs === 'number') init.retryAfterMs = e.retryAfterMs;
  if (e.chargeOutcome === 'none' || e.chargeOutcome === 'unknown') init.chargeOutcome = e.chargeOutcome;
  return new PaymentError(init);
}

/** Network-level failures: fetch's TypeError, Node/undici error codes, anywhere in the cause chain. */
function fromNetwork(e: Bag, gatewayId: string | undefined): PaymentError | undefined {
  const links = chain(e);
  const codes = links.map((l) => str(l.code) ?? '');
  const fetchFailed = links.some((l) => FETCH_FAILED.test(str(l.message) ?? ''));
  const timedOut = codes.some((c) => TIMEOUT_CODES.has(c));
  const notSent = codes.some((c) => NOT_SENT_CODES.has(c));
  const maybeSent = codes.some((c) => MAYBE_SENT_CODES.has(c));
  if (!fetchFailed && !timedOut && !notSent && !maybeSent) return undefined;
  const message = `Network request failed: ${str(e.message) ?? 'no detail'}`;
  if (timedOut && !notSent) return new PaymentError({ code: 'timeout', message, gatewayId, cause: e });
  // 'none' only when every signal says the request never left; a reset anywhere in the chain wins.
  const init: PaymentErrorInit = { code: 'network_error', message, gatewayId, cause: e };
  if (notSent && !maybeSent) init.chargeOutcome = 'none';
  return new PaymentError(init);
}

/**
 * Turns whatever a gateway call threw into a {@link PaymentError}. Synchronous:
 * an adapter that needs a response body (decline codes) reads it first and
 * passes a coded object or its own `PaymentError`.
 *
 * | thrown | code | chargeOutcome |
 * |---|---|---|
 * | a `PaymentError` | unchanged (a copy with `gatewayId` filled in when missing) | unchanged |
 * | `{ code }` with a known code | that code, with `declineCode`, `retryAfterMs`, `chargeOutcome` | given or table |
 * | `AbortError` | `canceled` | table (`unknown`) |
 * | `TimeoutError`, `ETIMEDOUT`, undici header/body timeouts | `timeout` | `unknown` |
 * | fetch `TypeError` caused by `ECONNREFUSED`, `ENOTFOUND`, `EAI_AGAIN`, unreachable, connect timeout | `network_error` | `none` |
 * | other fetch `TypeError` (`Failed to fetch`, `Load failed`, `ECONNRESET`, socket hang up) | `network_error` | `unknown` |
 * | HTTP status (`status`, `statusCode`, `response.status`) | see `docs/errors.md` | `none` for 429/425 |
 * | a string, an `Error`, anything else | `unknown` | `unknown` |
 *
 * `Retry-After` (seconds or HTTP-date, read from `headers` as a `Headers`
 * object or a plain record) becomes `retryAfterMs`. Messages and causes are
 * redacted by the `PaymentError` constructor.
 *
 * @param e - what was thrown or rejected
 * @param gatewayId - the gateway that was called, filled in when the error does not name one
 * @param options - `now` for HTTP-date `Retry-After` values (defaults to `Date.now()`)
 */
export function toPaymentError(e: unknown, gatewayId?: string, options: ToPaymentErrorOptions = {}): PaymentError {
  try {
    return convert(e, gatewayId, options);
  } catch {
    // Hostile input (a getter or toString that throws): still one error, never a crash.
    return new PaymentError({ code: 'unknown', message: 'An unreadable value was thrown.', gatewayId });
  }
}

function convert(e: unknown, gatewayId: string | undefined, options: ToPaymentErrorOptions): PaymentError {
  if (isPaymentError(e)) {
    if (gatewayId === undefined || e.gatewayId !== undefined) return e;
    // A copy, not a mutation: the same instance may be shared by events and state.
    const init: PaymentErrorInit = {
      code: e.code,
      message: e.message,
      gatewayId,
      retryable: e.retryable,
      chargeOutcome: e.chargeOutcome,
      cause: (e as { cause?: unknown }).cause,
    };
    if (e.declineCode !== undefined) init.declineCode = e.declineCode;
    if (e.retryAfterMs !== undefined) init.retryAfterMs = e.retryAfterMs;
    const copy = new PaymentError(init);
    if (typeof e.stack === 'string') copy.stack = e.stack;
    return copy;
  }
  if (typeof e === 'string') return new PaymentError({ code: 'unknown', message: e, gatewayId });
  if (!isObject(e)) return new PaymentError({ code: 'unknown', message: `Non-error thrown: ${String(e)}`, gatewayId, cause: e });

  const name = str(e.name);
  if (name === 'AbortError') return new PaymentError({ code: 'canceled', message: 'The request was aborted.', gatewayId, cause: e });
  if (name === 'TimeoutError') return new PaymentError({ code: 'timeout', message: 'The request timed out.', gatewayId, cause: e });
  if (isPaymentErrorCode(e.code)) return fromCoded(e, e.code, gatewayId);

  const network = fromNetwork(e, gatewayId);
  if (network) return network;

  const http = httpStatusOf(e);
  if (http) return fromHttp(e, http.status, http.source, gatewayId, options.now ?? Date.now());

  const message = str(e.message);
  return new PaymentError({ code: 'unknown', message: message ? `Unexpected error: ${message}` : 'Unexpected error.', gatewayId, cause: e });
}
