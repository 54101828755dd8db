/**
 * A fake Stripe.js built from factory functions (no network, no script).
 * Every method is a vi.fn with a harmless default; tests override the ones
 * they pin. Shapes follow @stripe/stripe-js's types, only as far as the
 * adapter and react-stripe-js read them.
 */
import type { Stripe } from '@stripe/stripe-js';
import { expect, vi } from 'vitest';
import { isPaymentError, type PaymentError } from '../../../src/core/errors';

export const PI_ID = 'pi_3Test0000000000000000001';
export const CLIENT_SECRET = `${PI_ID}_secret_Abc123def456`;

/** A PaymentIntent in `status` (no client secret in it: the adapter must not need one). */
export function intent(status: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: PI_ID, object: 'payment_intent', amount: 4999, currency: 'eur', status, last_payment_error: null, next_action: null, ...extra };
}

/** A Stripe.js error object. */
export function stripeError(type: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { type, message: 'Raw Stripe text that must never reach the shopper.', ...fields };
}

export { deferred } from '../../helpers/deferred';

/** Awaits `promise`, expecting it to reject with a `PaymentError`, and returns that error. */
export async function rejection(promise: Promise<unknown>): Promise<PaymentError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(isPaymentError(error)).toBe(true);
  return error as PaymentError;
}

type Handler = (...args: unknown[]) => void;

/** A fake Element (`elements.create('payment')`) whose events a test can emit. */
export function createFakeElement() {
  const handlers = new Map<string, Set<Handler>>();
  return {
    mount: vi.fn(),
    destroy: vi.fn(),
    update: vi.fn(),
    focus: vi.fn(),
    on: vi.fn((event: string, handler: Handler) => {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(handler);
    }),
    off: vi.fn((event: string, handler: Handler) => {
      handlers.get(event)?.delete(handler);
    }),
    emit(event: string, payload: unknown) {
      for (const handler of handlers.get(event) ?? []) handler(payload);
    },
  };
}

export type FakeElement = ReturnType<typeof createFakeElement>;

/** A fake Elements group. */
export function createFakeElements(overrides: Record<string, unknown> = {}) {
  const element = createFakeElement();
  return {
    element,
    create: vi.fn(() => element),
    getElement: vi.fn(() => element),
    submit: vi.fn(async () => ({})),
    update: vi.fn(async () => undefined),
    fetchUpdates: vi.fn(async () => ({})),
    on: vi.fn(),
    ...overrides,
  };
}

export type FakeElements = ReturnType<typeof createFakeElements>;

/** A fake Stripe instance. `elementsGroup` is what `stripe.elements()` returns. */
export function createFakeStripe(overrides: Record<string, unknown> = {}, elementsGroup: FakeElements = createFakeElements()) {
  const fake = {
    elementsGroup,
    elements: vi.fn((_options?: unknown) => elementsGroup),
    confirmPayment: vi.fn(async (_options: unknown): Promise<unknown> => ({ paymentIntent: intent('succeeded') })),
    handleNextAction: vi.fn(async (_options: unknown): Promise<unknown> => ({ paymentIntent: intent('succeeded') })),
    retrievePaymentIntent: vi.fn(async (_secret: string): Promise<unknown> => ({ paymentIntent: intent('succeeded') })),
    createConfirmationToken: vi.fn(async (_options: unknown): Promise<unknown> => ({ confirmationToken: { id: 'ctoken_1' } })),
    // react-stripe-js checks for these before it accepts a Stripe instance.
    createToken: vi.fn(),
    createPaymentMethod: vi.fn(),
    confirmCardPayment: vi.fn(),
    ...overrides,
  };
  return fake;
}

export type FakeStripe = ReturnType<typeof createFakeStripe>;

/** The fake, typed as the real thing for the adapter's options. */
export const asStripe = (fake: FakeStripe): Stripe => fake as unknown as Stripe;

/** An AttemptContext for direct adapter calls. */
export function attemptContext(session: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}) {
  return { idempotencyKey: 'key-1', attempt: 1, signal: new AbortController().signal, session, ...overrides };
}

export const MONEY = { amount: 4999, currency: 'EUR' };
export const REQUEST = { checkoutId: 'co_1', money: MONEY };
