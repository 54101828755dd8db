/**
 * The public contract of `react-secure-payments/core`: the types every layer
 * (engine, React bindings, adapters, testing kit) speaks. See `docs/core.md`.
 *
 * Nothing here has runtime behaviour; the engine validates values of these
 * shapes at its edges with zod/mini.
 */
import type { PaymentError, PaymentErrorJSON } from './errors/payment-error';

/**
 * An amount of money: `amount` in integer minor units (cents for EUR, yen for
 * JPY, fils/1000 for KWD) and `currency` as an upper-case ISO 4217 code.
 */
export interface Money {
  /** Integer minor units, greater than zero. */
  amount: number;
  /** ISO 4217 code, upper case (`'EUR'`, `'JPY'`). */
  currency: string;
}

/** A method the shopper chose, as a gateway token — never a card number. */
export interface PaymentMethodRef {
  /** Method type as the gateway names it (`'card'`, `'test_card'`, `'confirmation_token'`). */
  type: string;
  /** The gateway's token or id for the method (`tok_…`, `pm_…`, `ctoken_…`). */
  token: string;
}

/** What the engine asks a gateway to confirm. */
export interface ConfirmRequest {
  checkoutId: string;
  money: Money;
  method?: PaymentMethodRef;
  metadata?: Record<string, string>;
}

/** Per-call context: the idempotency key every retry of this call reuses, the 1-based attempt, and the abort signal. */
export interface AttemptContext {
  idempotencyKey: string;
  /** 1-based attempt number under this idempotency key. */
  attempt: number;
  /** Aborted on cancel, unmount or attempt timeout. Adapters should pass it to fetch. */
  signal: AbortSignal;
  /**
   * Per-checkout values from the storefront that an adapter may need (a Stripe
   * client secret, the merchant's server-confirm callback). Never stored,
   * never emitted, never part of state.
   */
  session?: PaymentSession;
}

/** Context handed to a merchant's server-confirm callback. */
export interface ServerConfirmContext {
  /** Send this to your server and confirm with it, so a retry never charges twice. */
  idempotencyKey: string;
  signal: AbortSignal;
  gatewayId: string;
  attempt: number;
}

/**
 * What a server-confirm callback may answer: a `GatewayResult`, a client
 * secret for the adapter to continue with (3-D Secure, status look-up), or
 * nothing (the adapter decides, e.g. by retrieving).
 */
export type ServerConfirmResponse = GatewayResult | { clientSecret: string; paymentId?: string } | void;

/** The merchant's server-confirm callback: gets the gateway's method token id and the checkout's idempotency key. */
export type ServerConfirmHandler = (paymentMethodId: string, ctx: ServerConfirmContext) => Promise<ServerConfirmResponse>;

/**
 * Values that live only as long as one checkout in one page, passed with
 * `checkout.submit({ session })`. Secrets here never reach state, events,
 * storage or errors.
 */
export interface PaymentSession {
  /** Client-confirm gateways (Stripe): the PaymentIntent's client secret. */
  clientSecret?: string;
  /** Server-confirm gateways: called with the method's token id and the idempotency key. */
  onPaymentSubmit?: ServerConfirmHandler;
}

/** Everything needed to look a payment up again (reconcile after an unknown outcome). */
export interface PaymentReference {
  checkoutId: string;
  idempotencyKey: string;
  paymentId?: string;
}

/** A step the shopper must complete before the payment can go on (3-D Secure, redirect, step-up code). */
export interface NextAction {
  type: 'three_d_secure' | 'redirect' | 'step_up' | (string & {});
  url?: string;
  data?: Record<string, unknown>;
}

/** How a shopper pays with a manual method such as a bank transfer. Not card data: stays readable in redacted output. */
export interface ManualInstructions {
  method: 'bank_transfer' | (string & {});
  /** The reference the shopper must quote; unique per checkout. */
  reference: string;
  amount: Money;
  beneficiary?: string;
  iban?: string;
  bic?: string;
  /** Business days until the transfer is expected to arrive. */
  expectedDays?: number;
  note?: string;
}

/** What a gateway call returns. A definite failure is `failed`; an ambiguous one is thrown. */
export type GatewayResult =
  | { status: 'succeeded'; paymentId: string }
  /** Accepted; the final word comes later. Polled with `retrieve`. */
  | { status: 'processing'; paymentId: string }
  | { status: 'requires_action'; paymentId: string; action: NextAction }
  | { status: 'pending_manual'; paymentId?: string; instructions: ManualInstructions }
  /** Nothing was charged under this key (from `retrieve`: no such payment). */
  | { status: 'failed'; error: PaymentError };

/** Whether an adapter charges online or only gives instructions (bank transfer). */
export type GatewayKind = 'online' | 'manual';

/**
 * The one interface every gateway implements. Write one, then prove it with
 * `runAdapterConformance` from `react-secure-payments/testing`.
 */
export interface GatewayAdapter {
  /** Stable id: `'stripe'`, `'bank-transfer'`, … Used in flags (`gateway.<id>`) and events. */
  id: string;
  /** Shopper-facing name of the method. */
  label: string;
  kind: GatewayKind;
  /** Whether this gateway can take this payment. Absent means yes. */
  supports?(req: { money: Money; country?: string }): boolean;
  /** Lazy SDK load; called at most once per client. */
  load?(signal: AbortSignal): Promise<void>;
  confirm(req: ConfirmRequest, ctx: AttemptContext): Promise<GatewayResult>;
  /** Look a payment up by reference; needed to reconcile unknown outcomes. */
  retrieve?(ref: PaymentReference, ctx: AttemptContext): Promise<GatewayResult>;
  /** Complete a `requires_action` result (3-D Secure, …) with optional shopper input. */
  handleAction?(action: NextAction, ctx: AttemptContext, input?: Record<string, string>): Promise<GatewayResult>;
  /** Turn anything this gateway throws into a `PaymentError`. Must never throw. */
  normalizeError(error: unknown): PaymentError;
  /**
   * Per-call bounds for this gateway, overriding the client's
   * `retry.attemptTimeoutMs`. For calls that may hold a shopper's challenge
   * (a 3-D Secure frame inside Stripe's `confirmPayment` or
   * `handleNextAction`), which can take minutes. Every call stays bounded.
   */
  timeouts?: GatewayTimeouts;
}

/** Per-operation call bounds of one gateway, in ms (each ≥ 1). */
export interface GatewayTimeouts {
  confirmMs?: number;
  retrieveMs?: number;
  handleActionMs?: number;
}

/** Retry settings; see invariant 2 in `docs/core.md`. */
export interface RetryOptions {
  /** Calls per (checkout, idempotency key), the first included. Default 3. */
  maxAttempts?: number;
  /** Default 250. */
  baseDelayMs?: number;
  /** Default 4000. A `retryAfterMs` above this ends the retries. */
  maxDelayMs?: number;
  /** Upper bound of every gateway call. Default 20000. */
  attemptTimeoutMs?: number;
}

/** Circuit breaker settings, per gateway. */
export interface CircuitBreakerOptions {
  /** Consecutive transient failures that open the circuit. Default 5. */
  failureThreshold?: number;
  /** Time the circuit stays open before one trial call. Default 30000. */
  cooldownMs?: number;
}

/** Polling of `processing` results. */
export interface ProcessingOptions {
  /** Default 2000. */
  pollIntervalMs?: number;
  /** Default 60000. */
  maxPollMs?: number;
}

/** A feature-flag source: a plain record or anything with `isEnabled` (an OpenFeature client behind a one-line wrapper). */
export type FlagSource = Record<string, boolean> | { isEnabled(flag: string, fallback: boolean): boolean };

/** Client-side, advisory risk rules. The server must enforce its own. */
export interface RiskPolicy {
  /** Per currency, in minor units. */
  maxAmount?: Record<string, number>;
  /** Submits per rolling window, per client. */
  maxAttempts?: { count: number; windowMs: number };
  /** Declines per client before a `step_up` action is required. */
  stepUpAfterDeclines?: number;
  /** Verifies the shopper's step-up input (merchant's server call). */
  verifyStepUp?(input: Record<string, string>, ctx: { checkoutId: string; signal: AbortSignal }): Promise<boolean>;
  /** Tries of the step-up code per checkout before it settles `risk_blocked`. Default 3. */
  stepUpMaxTries?: number;
  /** ISO 3166-1 alpha-2 codes, checked when the request names a country. */
  blockedCountries?: string[];
}

/** The event types the engine emits. */
export type PaymentEventType =
  | 'checkout.started'
  | 'attempt.started'
  | 'attempt.failed'
  | 'retry.scheduled'
  | 'action.required'
  | 'reconcile.started'
  | 'fallback.offered'
  | 'fallback.selected'
  | 'checkout.succeeded'
  | 'checkout.processing'
  | 'checkout.failed'
  | 'checkout.pending_manual'
  | 'checkout.canceled'
  | 'circuit.opened'
  | 'circuit.closed'
  | 'risk.blocked';

/** One thing that happened. Always redacted before it leaves the engine. */
export interface PaymentEvent {
  type: PaymentEventType;
  checkoutId?: string;
  gatewayId?: string;
  /** Clock time, ms. */
  at: number;
  attempt?: number;
  error?: PaymentErrorJSON;
  /** The checkout state after the event, redacted (errors as JSON). */
  state?: unknown;
}

/** Receives every event (redacted), isolated from the checkout: may throw or hang without effect. */
export interface Notifier {
  name: string;
  notify(event: PaymentEvent): Promise<void>;
}

/** Gets each failed call's error exactly once (Sentry, Datadog, …). */
export interface ErrorReporter {
  captureError(error: PaymentError, context: Record<string, unknown>): void;
}

/** Injected time. `sleep` rejects with `signal.reason` when aborted, and drops its timer. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Optional fast path for timers that are usually dropped (the bound on every
   * gateway call): calls `callback` once `ms` have passed and returns a
   * function that drops the timer. When absent, the engine uses `sleep` with
   * an `AbortSignal` instead, which costs an `AbortController` per call.
   * `systemClock` and the testing kit's virtual clock implement it.
   */
  schedule?(ms: number, callback: () => void): () => void;
}

/** The storage the engine keeps in-flight records in (`localStorage`, `sessionStorage`, a Map wrapper). */
export type CheckoutStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Options of `createPaymentClient`. */
export interface PaymentClientOptions {
  /** Order is priority. */
  gateways: GatewayAdapter[];
  retry?: RetryOptions;
  circuitBreaker?: CircuitBreakerOptions | false;
  processing?: ProcessingOptions;
  /** Offer manual methods after an outcome that cannot be learned. Default false. */
  offerManualWhenOutcomeUnknown?: boolean;
  /** `gateway.<id>`: a gateway is on unless its flag is explicitly false. */
  flags?: FlagSource;
  risk?: RiskPolicy;
  notifiers?: Notifier[];
  reporter?: ErrorReporter;
  onEvent?: (event: PaymentEvent) => void;
  clock?: Clock;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Checkout ids and idempotency keys. Default `crypto.randomUUID`. */
  generateId?: () => string;
  /** Where in-flight checkout records are kept so `resume()` can reconcile after a reload. */
  storage?: CheckoutStorage;
  /** Bound of one notifier `notify` call on the clock; a slower notifier is reported and ignored. Default 5000. */
  notifierTimeoutMs?: number;
}

/** Health of one gateway, for monitors. */
export interface GatewayHealth {
  gatewayId: string;
  circuit: 'closed' | 'open' | 'half_open';
  successes: number;
  failures: number;
  consecutiveFailures: number;
  /** Recent call latencies, oldest first. */
  latencyMs: number[];
}

/** A gateway the shopper may switch to. */
export interface FallbackOption {
  gatewayId: string;
  label: string;
  kind: GatewayKind;
}

/** Where one checkout is. Settled states: succeeded, processing, failed, fallback_offered, pending_manual, requires_action, canceled. */
export type CheckoutState =
  | { status: 'idle'; gatewayId?: string }
  | { status: 'submitting'; gatewayId: string; attempt: number }
  | {
      status: 'retrying';
      gatewayId: string;
      attempt: number;
      retryAt: number;
      error: PaymentError;
      /** Calls allowed under this key (`retry.maxAttempts`), so a UI can say "retrying (2 of 3)". Optional: engines may omit it. */
      maxAttempts?: number;
    }
  /** `error`: why the shopper's last try of this action failed (a step-up code that was not accepted); they may try again. */
  | { status: 'requires_action'; gatewayId: string; action: NextAction; error?: PaymentError }
  | { status: 'reconciling'; gatewayId: string; error: PaymentError }
  | { status: 'succeeded'; gatewayId: string; paymentId: string }
  | { status: 'processing'; gatewayId: string; paymentId: string }
  | { status: 'failed'; error: PaymentError }
  | { status: 'fallback_offered'; error: PaymentError; options: FallbackOption[] }
  | { status: 'pending_manual'; gatewayId: string; instructions: ManualInstructions }
  | { status: 'canceled' };

/** The `status` of a `CheckoutState`. */
export type CheckoutStatus = CheckoutState['status'];

/** One payment. Methods never reject. */
export interface Checkout {
  id: string;
  getState(): CheckoutState;
  subscribe(listener: () => void): () => void;
  /** Allowed from idle, failed and fallback_offered; otherwise resolves the current state and changes nothing. */
  submit(input: SubmitInput): Promise<CheckoutState>;
  /** Manual gateway, or a method given: confirms there. Otherwise resolves `idle` with that gateway chosen. */
  selectFallback(gatewayId: string, method?: PaymentMethodRef, session?: PaymentSession): Promise<CheckoutState>;
  /** After `requires_action`: runs `handleAction` (3DS) or the step-up verification, then continues. */
  completeAction(input?: Record<string, string>): Promise<CheckoutState>;
  /**
   * While idle only: change the amount (the storefront's cart changed). Returns
   * false, changing nothing, once the checkout has been submitted.
   */
  updateMoney(money: Money): boolean;
  /** The money this checkout charges. */
  getMoney(): Money;
  /** Aborts sleeps and calls; settles `canceled`. */
  cancel(): void;
}

/** What `checkout.submit` takes. */
export interface SubmitInput {
  gatewayId?: string;
  method?: PaymentMethodRef;
  session?: PaymentSession;
  /** ISO 3166-1 alpha-2 country of the shopper, when known: checked against `risk.blockedCountries` and `supports`. */
  country?: string;
}

/** The long-lived client: adapters, breakers, health, events. */
export interface PaymentClient {
  /** Throws a `PaymentError` (`invalid_request`) for bad money. `country` is the default for its submits. */
  createCheckout(req: { money: Money; metadata?: Record<string, string>; country?: string }): Checkout;
  /** One-call form: `createCheckout` + `submit`. Rejects only for bad money (`invalid_request`). */
  pay(req: { money: Money; gatewayId?: string; method?: PaymentMethodRef; session?: PaymentSession; country?: string; metadata?: Record<string, string> }): Promise<CheckoutState>;
  /** Per gateway: breaker state, successes, failures, recent latency. Same array until something changes. */
  gatewayHealth(): GatewayHealth[];
  /** Called whenever `gatewayHealth()` changes. */
  subscribeHealth(listener: () => void): () => void;
  subscribeEvents(listener: (event: PaymentEvent) => void): () => void;
  /** Reconciles in-flight records left by a reload; returns the newest as a settled Checkout. */
  resume(): Promise<Checkout | null>;
  /** Enabled gateways that support `money` (circuit state ignored), in priority order, online before manual. */
  availableGateways(money: Money, country?: string): FallbackOption[];
  /** The adapter registered under `id`. */
  getGateway(id: string): GatewayAdapter | undefined;
}
