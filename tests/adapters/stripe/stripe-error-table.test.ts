import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findStripeErrorRow,
  normalizeStripeError,
  STRIPE_DECLINE_CODES,
  STRIPE_ERROR_CODES,
  STRIPE_ERROR_TYPES,
} from '../../../src/adapters/stripe';
import { isPaymentError, PaymentError, type PaymentErrorCode } from '../../../src/core/errors';
import { CLIENT_SECRET, stripeError } from './fake-stripe';

type Expect = [code: PaymentErrorCode, retryable: boolean, outcome: 'none' | 'unknown'];

// Pinned by hand: changing a mapping must change this list on purpose.
const declines: Record<string, Expect> = {
  generic_decline: ['card_declined', false, 'none'],
  insufficient_funds: ['insufficient_funds', false, 'none'],
  do_not_honor: ['card_declined', false, 'none'],
  lost_card: ['card_declined', false, 'none'],
  stolen_card: ['card_declined', false, 'none'],
  pickup_card: ['card_declined', false, 'none'],
  fraudulent: ['card_declined', false, 'none'],
  merchant_blacklist: ['card_declined', false, 'none'],
  card_velocity_exceeded: ['card_declined', false, 'none'],
  try_again_later: ['card_declined', false, 'none'],
  issuer_not_available: ['card_declined', false, 'none'],
  reenter_transaction: ['card_declined', false, 'none'],
  do_not_try_again: ['card_declined', false, 'none'],
  call_issuer: ['card_declined', false, 'none'],
  approve_with_id: ['card_declined', false, 'none'],
  expired_card: ['expired_card', false, 'none'],
  incorrect_cvc: ['incorrect_cvc', false, 'none'],
  invalid_cvc: ['incorrect_cvc', false, 'none'],
  incorrect_number: ['incorrect_number', false, 'none'],
  invalid_number: ['incorrect_number', false, 'none'],
  authentication_required: ['authentication_required', false, 'none'],
  processing_error: ['processing_error', true, 'none'],
};

const codes: Record<string, Expect> = {
  card_declined: ['card_declined', false, 'none'],
  expired_card: ['expired_card', false, 'none'],
  incorrect_cvc: ['incorrect_cvc', false, 'none'],
  invalid_cvc: ['incorrect_cvc', false, 'none'],
  incorrect_number: ['incorrect_number', false, 'none'],
  invalid_number: ['incorrect_number', false, 'none'],
  invalid_expiry_month: ['expired_card', false, 'none'],
  invalid_expiry_year: ['expired_card', false, 'none'],
  processing_error: ['processing_error', true, 'none'],
  authentication_required: ['authentication_required', false, 'none'],
  payment_intent_authentication_failure: ['authentication_failed', false, 'none'],
  payment_intent_unexpected_state: ['outcome_unknown', false, 'unknown'],
  lock_timeout: ['processing_error', true, 'unknown'],
  rate_limit: ['rate_limited', true, 'none'],
  amount_too_small: ['invalid_request', false, 'none'],
  amount_too_large: ['invalid_request', false, 'none'],
  resource_missing: ['configuration_error', false, 'none'],
  incomplete_number: ['incorrect_number', false, 'none'],
  incomplete_cvc: ['incorrect_cvc', false, 'none'],
  incomplete_expiry: ['invalid_request', false, 'none'],
  invalid_expiry_year_past: ['expired_card', false, 'none'],
};

const types: Record<string, Expect> = {
  api_connection_error: ['network_error', true, 'unknown'],
  api_error: ['processing_error', true, 'unknown'],
  rate_limit_error: ['rate_limited', true, 'none'],
  authentication_error: ['configuration_error', false, 'none'],
  invalid_request_error: ['invalid_request', false, 'none'],
  idempotency_error: ['configuration_error', false, 'unknown'],
  validation_error: ['invalid_request', false, 'none'],
  card_error: ['card_declined', false, 'none'],
};

function check(error: PaymentError, [code, retryable, outcome]: Expect): void {
  expect(isPaymentError(error)).toBe(true);
  expect(error).toMatchObject({ code, retryable, chargeOutcome: outcome, gatewayId: 'stripe', messageKey: `error.${code}` });
  // Stripe's raw text never travels: not in the message, not in the JSON.
  expect(error.message).not.toContain('Raw Stripe text');
  expect(JSON.stringify(error.toJSON())).not.toContain('Raw Stripe text');
}

describe('Stripe error table', () => {
  it('pins every row of every table, and nothing else', () => {
    expect(Object.keys(STRIPE_DECLINE_CODES).sort()).toEqual(Object.keys(declines).sort());
    expect(Object.keys(STRIPE_ERROR_CODES).sort()).toEqual(Object.keys(codes).sort());
    expect(Object.keys(STRIPE_ERROR_TYPES).sort()).toEqual(Object.keys(types).sort());
  });

  it('links every row to Stripe documentation', () => {
    for (const row of [...Object.values(STRIPE_DECLINE_CODES), ...Object.values(STRIPE_ERROR_CODES), ...Object.values(STRIPE_ERROR_TYPES)]) {
      expect(`https://docs.stripe.com/${row.doc}`).toMatch(/^https:\/\/docs\.stripe\.com\/[a-z][\w/#.-]*$/);
    }
  });

  describe.each(Object.entries(declines))('given decline_code %s on a card_error', (declineCode, expected) => {
    it('maps it, keeps the decline code, never retries', () => {
      const error = normalizeStripeError(stripeError('card_error', { code: 'card_declined', decline_code: declineCode }), 'stripe');
      check(error, expected);
      expect(error.declineCode).toBe(declineCode);
      expect(error.toJSON().declineCode).toBe(declineCode);
      if (expected[0] !== 'processing_error') expect(error.category === 'decline' || error.code === 'authentication_required').toBe(true);
    });
  });

  describe.each(Object.entries(codes))('given code %s', (code, expected) => {
    it('maps it', () => {
      check(normalizeStripeError(stripeError(code === 'rate_limit' ? 'invalid_request_error' : 'card_error', { code }), 'stripe'), expected);
    });
  });

  describe.each(Object.entries(types))('given type %s with no code', (type, expected) => {
    it('maps it', () => {
      check(normalizeStripeError(stripeError(type), 'stripe'), expected);
    });
  });

  it('shows lost, stolen and fraudulent cards as the generic decline', () => {
    for (const declineCode of ['lost_card', 'stolen_card', 'pickup_card', 'fraudulent']) {
      expect(normalizeStripeError(stripeError('card_error', { code: 'card_declined', decline_code: declineCode }), 'stripe').messageKey).toBe('error.card_declined');
    }
  });

  it('an unknown decline code on a card error falls back to the code row (card_declined)', () => {
    const error = normalizeStripeError(stripeError('card_error', { code: 'card_declined', decline_code: 'brand_new_reason' }), 'stripe');
    expect(error).toMatchObject({ code: 'card_declined', declineCode: 'brand_new_reason', retryable: false });
  });

  it('an invalid_request_error about a key, secret or URL is the merchant configuration', () => {
    expect(normalizeStripeError(stripeError('invalid_request_error', { param: 'client_secret' }), 'stripe').code).toBe('configuration_error');
    expect(normalizeStripeError(stripeError('invalid_request_error', { param: 'return_url' }), 'stripe').code).toBe('configuration_error');
    expect(normalizeStripeError(stripeError('invalid_request_error', { param: 'amount' }), 'stripe').code).toBe('invalid_request');
  });

  it('ignores prototype keys in codes (no "constructor" row)', () => {
    expect(findStripeErrorRow({ type: 'nope', code: 'constructor', decline_code: '__proto__' })).toBeUndefined();
    expect(normalizeStripeError(stripeError('nope', { code: 'toString' }), 'stripe').code).toBe('unknown');
  });

  it('never keeps the PaymentIntent (and its client secret) carried by an error', () => {
    const error = normalizeStripeError(
      stripeError('card_error', { code: 'card_declined', payment_intent: { id: 'pi_1', client_secret: CLIENT_SECRET } }),
      'stripe',
    );
    expect(JSON.stringify(error.toJSON())).not.toContain('_secret_');
    expect(JSON.stringify((error as { cause?: unknown }).cause)).not.toContain('_secret_');
  });

  it('keeps a PaymentError (adding the gateway id) and turns anything else into unknown (outcome unknown)', () => {
    const own = new PaymentError({ code: 'timeout', retryAfterMs: 20 });
    expect(normalizeStripeError(own, 'stripe')).toMatchObject({ code: 'timeout', retryAfterMs: 20, chargeOutcome: 'unknown', gatewayId: 'stripe' });
    for (const weird of [undefined, null, 42, 'text', new Error('boom'), { foo: 1 }]) {
      const error = normalizeStripeError(weird, 'stripe');
      expect(error).toMatchObject({ code: 'unknown', chargeOutcome: 'unknown', gatewayId: 'stripe' });
    }
  });

  it('the developer message names type, code and the doc link', () => {
    const error = normalizeStripeError(stripeError('invalid_request_error', { code: 'lock_timeout' }), 'stripe');
    expect(error.message).toContain('invalid_request_error/lock_timeout');
    expect(error.message).toContain('https://docs.stripe.com/error-codes#lock-timeout');
  });
});

describe('docs/stripe.md', () => {
  it('lists every row of the table with its core code', () => {
    const doc = readFileSync(resolve(process.cwd(), 'docs/stripe.md'), 'utf8');
    for (const table of [STRIPE_DECLINE_CODES, STRIPE_ERROR_CODES, STRIPE_ERROR_TYPES]) {
      for (const [key, row] of Object.entries(table)) {
        expect(doc).toContain(`| \`${key}\` | \`${row.code}\` |`);
      }
    }
  });
});
