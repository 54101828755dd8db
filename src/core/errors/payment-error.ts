import { redact, redactString } from '../redact/redact';
import { classifyPaymentError, isPaymentErrorCode, type PaymentErrorCode, type PaymentNextStep, type PaymentErrorCategory } from './classification';

/** Cross-bundle brand: two copies of this library recognise each other's errors. */
const PAYMENT_ERROR_BRAND = Symbol.for('react-secure-payments.PaymentError');

/** What `new PaymentError(init)` takes. Fields not given come from the classification table. */
export interface PaymentErrorInit {
  code: PaymentErrorCode;
  /** Developer-facing detail. Redacted on construction. Never shown to shoppers. */
  message?: string;
  gatewayId?: string;
  /** The gateway's own decline code, kept for support. */
  declineCode?: string;
  /** From `Retry-After` or the gateway. */
  retryAfterMs?: number;
  /** Overrides the table's default. `'none'` only when nothing can have been processed. */
  chargeOutcome?: 'none' | 'unknown';
  /** Overrides the table's default (rarely needed: e.g. a `processing_error` the gateway says not to repeat). */
  retryable?: boolean;
  /** What caused it. Kept in redacted form. */
  cause?: unknown;
}

/** The redacted, serialisable form of a `PaymentError`: what events, notifiers and reporters carry. */
export interface PaymentErrorJSON {
  name: 'PaymentError';
  code: PaymentErrorCode;
  message: string;
  messageKey: string;
  retryable: boolean;
  chargeOutcome: 'none' | 'unknown';
  category: PaymentErrorCategory;
  gatewayId?: string;
  declineCode?: string;
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The one error type of the library. Every failure, whatever the gateway,
 * becomes one of these; `code` decides policy through the classification table.
 *
 * Use `isPaymentError(e)` rather than `instanceof`: it works across bundles.
 */
export class PaymentError extends Error {
  override readonly name = 'PaymentError';
  readonly code: PaymentErrorCode;
  /** Safe and useful to repeat on the same gateway with the same idempotency key. */
  readonly retryable: boolean;
  /** `'none'` only when nothing can have been processed; otherwise `'unknown'`. */
  readonly chargeOutcome: 'none' | 'unknown';
  readonly gatewayId?: string;
  readonly declineCode?: string;
  readonly retryAfterMs?: number;
  /** i18n key of the shopper-facing message. */
  readonly messageKey: string;
  readonly category: PaymentErrorCategory;
  /** What the shopper can usefully do next. */
  readonly nextStep: PaymentNextStep;

  constructor(init: PaymentErrorInit) {
    // Callers without types (JavaScript, a gateway's own code string) may pass a code outside the
    // union: it becomes `unknown` rather than a crash, and the message names what was given.
    const given: Partial<PaymentErrorInit> = init ?? {};
    const code: PaymentErrorCode = isPaymentErrorCode(given.code) ? given.code : 'unknown';
    const known = code === given.code;
    const row = classifyPaymentError(code);
    super(
      redactString(
        // String(): an untyped caller's non-string message is redacted as the text it prints as.
        given.message != null
          ? String(given.message)
          : known
            ? defaultDeveloperMessage(code)
            : `Payment failed: unknown (unrecognised code ${JSON.stringify(String(given.code))}).`,
      ),
    );
    if (given.cause !== undefined) {
      // `cause` leaves the library (loggers print it): keep only a redacted copy.
      Object.defineProperty(this, 'cause', { value: redact(given.cause), enumerable: false, configurable: true, writable: true });
    }
    Object.defineProperty(this, PAYMENT_ERROR_BRAND, { value: true });
    this.code = code;
    this.retryable = given.retryable ?? row.retryable;
    this.chargeOutcome = given.chargeOutcome ?? row.chargeOutcome;
    // Both come from gateways and configuration, not from us: redacted like any text that leaves.
    if (given.gatewayId !== undefined) this.gatewayId = redactString(String(given.gatewayId));
    if (given.declineCode !== undefined) this.declineCode = redactString(String(given.declineCode));
    if (given.retryAfterMs !== undefined && Number.isFinite(given.retryAfterMs) && given.retryAfterMs >= 0) {
      this.retryAfterMs = Math.round(given.retryAfterMs);
    }
    this.messageKey = row.messageKey;
    this.category = row.category;
    this.nextStep = row.nextStep;
  }

  /** Redacted: safe to log, send, or store. */
  toJSON(): PaymentErrorJSON {
    const json: PaymentErrorJSON = {
      name: 'PaymentError',
      code: this.code,
      message: redactString(this.message),
      messageKey: this.messageKey,
      retryable: this.retryable,
      chargeOutcome: this.chargeOutcome,
      category: this.category,
    };
    if (this.gatewayId !== undefined) json.gatewayId = this.gatewayId;
    if (this.declineCode !== undefined) json.declineCode = this.declineCode;
    if (this.retryAfterMs !== undefined) json.retryAfterMs = this.retryAfterMs;
    const cause = (this as { cause?: unknown }).cause;
    if (cause !== undefined) json.cause = summariseCause(cause);
    return json;
  }
}

/** Whether `value` is a `PaymentError` from any copy of this library. */
export function isPaymentError(value: unknown): value is PaymentError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PAYMENT_ERROR_BRAND] === true;
}

function defaultDeveloperMessage(code: PaymentErrorCode): string {
  return `Payment failed: ${code.replace(/_/g, ' ')}.`;
}

function summariseCause(cause: unknown): unknown {
  if (cause instanceof Error || (typeof cause === 'object' && cause !== null && 'message' in cause)) {
    const c = cause as { name?: unknown; message?: unknown };
    return redact({ name: typeof c.name === 'string' ? c.name : 'Error', message: String(c.message) });
  }
  return redact(cause);
}
