import { describe, expect, it } from 'vitest';
import { PaymentError, isPaymentError, parseRetryAfter, toPaymentError } from '../../../src/core/errors';

const NOW = Date.UTC(2026, 9, 21, 7, 28, 0); // Wed, 21 Oct 2026 07:28:00 GMT

function errno(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('toPaymentError', () => {
  describe('given a PaymentError', () => {
    it('returns the same instance when nothing needs filling in', () => {
      const error = new PaymentError({ code: 'card_declined', gatewayId: 'stripe' });
      expect(toPaymentError(error, 'other')).toBe(error);
      expect(toPaymentError(error)).toBe(error);
    });

    it('returns a copy with gatewayId filled in, leaving the original untouched', () => {
      const cause = new Error('root');
      const error = new PaymentError({
        code: 'processing_error',
        message: 'boom',
        declineCode: 'x',
        retryAfterMs: 1200,
        chargeOutcome: 'none',
        retryable: false,
        cause,
      });
      const copy = toPaymentError(error, 'stripe');
      expect(copy).not.toBe(error);
      expect(error.gatewayId).toBeUndefined();
      expect(copy).toMatchObject({
        code: 'processing_error',
        message: 'boom',
        gatewayId: 'stripe',
        declineCode: 'x',
        retryAfterMs: 1200,
        chargeOutcome: 'none',
        retryable: false,
      });
      expect((copy.cause as Error).message).toBe('root');
      expect(copy.stack).toBe(error.stack);
    });
  });

  describe('given fetch network failures', () => {
    it.each([
      ['Chrome', 'Failed to fetch'],
      ['Firefox', 'NetworkError when attempting to fetch resource.'],
      ['Safari', 'Load failed'],
      ['React Native', 'Network request failed'],
    ])('maps the %s TypeError to network_error with an unknown outcome', (_, message) => {
      const error = toPaymentError(new TypeError(message), 'stripe');
      expect(error).toMatchObject({ code: 'network_error', chargeOutcome: 'unknown', retryable: true, gatewayId: 'stripe' });
    });

    it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])(
      'says nothing was charged when undici fails with %s (the request never left)',
      (code) => {
        const error = toPaymentError(new TypeError('fetch failed', { cause: errno(code) }));
        expect(error).toMatchObject({ code: 'network_error', chargeOutcome: 'none', retryable: true });
      },
    );

    it('reads the code through an AggregateError (IPv4 and IPv6 both refused)', () => {
      const cause = Object.assign(new AggregateError([errno('ECONNREFUSED'), errno('ECONNREFUSED')]), { code: 'ECONNREFUSED' });
      expect(toPaymentError(new TypeError('fetch failed', { cause })).chargeOutcome).toBe('none');
      const inner = new AggregateError([errno('ECONNREFUSED')]);
      expect(toPaymentError(new TypeError('fetch failed', { cause: inner })).chargeOutcome).toBe('none');
    });

    it.each([
      ['ECONNRESET', errno('ECONNRESET', 'read ECONNRESET')],
      ['socket hang up', errno('ECONNRESET', 'socket hang up')],
      ['UND_ERR_SOCKET', errno('UND_ERR_SOCKET', 'other side closed')],
      ['an unknown cause', new Error('something else')],
    ])('keeps the outcome unknown for %s (the request may have been processed)', (_, cause) => {
      expect(toPaymentError(new TypeError('fetch failed', { cause }))).toMatchObject({ code: 'network_error', chargeOutcome: 'unknown' });
    });

    it('lets a reset anywhere in the chain win over a refused connection', () => {
      const cause = new AggregateError([errno('ECONNREFUSED'), errno('ECONNRESET')]);
      expect(toPaymentError(new TypeError('fetch failed', { cause })).chargeOutcome).toBe('unknown');
    });

    it('maps errno errors thrown without fetch (HTTP client libraries)', () => {
      expect(toPaymentError(errno('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:443'))).toMatchObject({ code: 'network_error', chargeOutcome: 'none' });
      expect(toPaymentError(errno('ETIMEDOUT'))).toMatchObject({ code: 'timeout', chargeOutcome: 'unknown' });
      expect(toPaymentError(new TypeError('fetch failed', { cause: errno('UND_ERR_HEADERS_TIMEOUT') }))).toMatchObject({ code: 'timeout', chargeOutcome: 'unknown' });
    });

    it('does not treat an unrelated TypeError as a network failure', () => {
      expect(toPaymentError(new TypeError("Cannot read properties of undefined (reading 'id')")).code).toBe('unknown');
    });
  });

  describe('given aborts and timeouts', () => {
    it('maps an AbortError (DOMException or Error) to canceled', () => {
      expect(toPaymentError(new DOMException('The operation was aborted.', 'AbortError'))).toMatchObject({ code: 'canceled', chargeOutcome: 'unknown', retryable: false });
      expect(toPaymentError(Object.assign(new Error('aborted'), { name: 'AbortError' })).code).toBe('canceled');
    });

    it('maps a TimeoutError to timeout with an unknown outcome', () => {
      expect(toPaymentError(new DOMException('signal timed out', 'TimeoutError'))).toMatchObject({ code: 'timeout', chargeOutcome: 'unknown', retryable: true });
    });
  });

  describe('given HTTP responses', () => {
    it.each([
      [400, 'invalid_request', 'none', false],
      [401, 'configuration_error', 'none', false],
      [402, 'card_declined', 'none', false],
      [403, 'configuration_error', 'none', false],
      [404, 'invalid_request', 'none', false],
      [405, 'invalid_request', 'none', false],
      [408, 'timeout', 'unknown', true],
      [409, 'processing_error', 'unknown', true],
      [410, 'invalid_request', 'none', false],
      [422, 'invalid_request', 'none', false],
      [425, 'processing_error', 'none', true],
      [429, 'rate_limited', 'none', true],
      [500, 'processing_error', 'unknown', true],
      [501, 'processing_error', 'unknown', true],
      [502, 'gateway_unavailable', 'unknown', true],
      [503, 'gateway_unavailable', 'unknown', true],
      [504, 'timeout', 'unknown', true],
      [520, 'processing_error', 'unknown', true],
      [200, 'unknown', 'unknown', false],
      [302, 'unknown', 'unknown', false],
    ] as const)('maps status %i to %s (outcome %s, retryable %s)', (status, code, outcome, retryable) => {
      const error = toPaymentError({ status, headers: {} }, 'gw');
      expect(error).toMatchObject({ code, chargeOutcome: outcome, retryable, gatewayId: 'gw' });
      expect(error.message).toContain(String(status));
    });

    it('reads a fetch Response', () => {
      const response = new Response('{}', { status: 503, statusText: 'Service Unavailable', headers: { 'Retry-After': '7' } });
      const error = toPaymentError(response, 'stripe');
      expect(error).toMatchObject({ code: 'gateway_unavailable', retryAfterMs: 7000 });
      expect(error.message).toBe('Gateway answered HTTP 503 Service Unavailable.');
    });

    it('reads statusCode and response.status from HTTP client errors', () => {
      expect(toPaymentError(Object.assign(new Error('Too many'), { statusCode: 429, headers: { 'retry-after': '2' } }))).toMatchObject({
        code: 'rate_limited',
        retryAfterMs: 2000,
      });
      const axiosLike = Object.assign(new Error('Request failed with status code 503'), {
        code: 'ERR_BAD_RESPONSE',
        response: { status: 503, headers: { 'Retry-After': '1' } },
      });
      expect(toPaymentError(axiosLike)).toMatchObject({ code: 'gateway_unavailable', retryAfterMs: 1000 });
    });

    it('parses Retry-After as an HTTP-date relative to now', () => {
      const error = toPaymentError({ status: 429, headers: new Headers({ 'retry-after': 'Wed, 21 Oct 2026 07:28:30 GMT' }) }, undefined, { now: NOW });
      expect(error.retryAfterMs).toBe(30_000);
    });

    it('ignores garbage Retry-After values', () => {
      for (const value of ['soon', '-1', '1.5', 'hello 2', '']) {
        expect(toPaymentError({ status: 429, headers: { 'Retry-After': value } }, undefined, { now: NOW }).retryAfterMs).toBeUndefined();
      }
    });

    it('ignores status values that are not HTTP statuses', () => {
      expect(toPaymentError({ status: 'failed' }).code).toBe('unknown');
      expect(toPaymentError({ status: 999 }).code).toBe('unknown');
    });
  });

  describe('given coded objects', () => {
    it('keeps a known code and its support fields', () => {
      const error = toPaymentError({ code: 'insufficient_funds', message: 'Your card has insufficient funds.', decline_code: 'insufficient_funds' }, 'stripe');
      expect(error).toMatchObject({ code: 'insufficient_funds', declineCode: 'insufficient_funds', gatewayId: 'stripe', chargeOutcome: 'none' });
    });

    it('keeps retryAfterMs, chargeOutcome and the object’s own gatewayId', () => {
      const error = toPaymentError({ code: 'processing_error', retryAfterMs: 500, chargeOutcome: 'none', gatewayId: 'adyen' }, 'stripe');
      expect(error).toMatchObject({ retryAfterMs: 500, chargeOutcome: 'none', gatewayId: 'adyen' });
    });

    it('does not take an unknown code', () => {
      expect(toPaymentError({ code: 'toString' }).code).toBe('unknown');
    });
  });

  describe('given anything else', () => {
    it('maps strings, Errors, numbers and null to unknown', () => {
      expect(toPaymentError('gateway exploded')).toMatchObject({ code: 'unknown', message: 'gateway exploded', chargeOutcome: 'unknown' });
      expect(toPaymentError(new Error('weird'))).toMatchObject({ code: 'unknown', message: 'Unexpected error: weird' });
      expect(toPaymentError(42).code).toBe('unknown');
      expect(toPaymentError(null).code).toBe('unknown');
      expect(toPaymentError(undefined).code).toBe('unknown');
      expect(isPaymentError(toPaymentError({}))).toBe(true);
    });

    it('redacts messages and causes', () => {
      const error = toPaymentError(new Error('card 4242 4242 4242 4242 sk_live_abc'), 'stripe');
      expect(error.message).toBe('Unexpected error: card [card ••••4242] sk_live_[REDACTED]');
      expect((error.cause as Error).message).toBe('card [card ••••4242] sk_live_[REDACTED]');
      expect(JSON.stringify(error)).not.toContain('4242 4242');
      expect(toPaymentError('pi_1_secret_abc').message).toBe('pi_1_secret_[REDACTED]');
    });
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['120', 120_000],
    [' 3 ', 3000],
    ['Wed, 21 Oct 2026 07:28:10 GMT', 10_000],
    ['Wednesday, 21-Oct-26 07:29:00 GMT', 60_000],
    ['Wed Oct 21 07:28:05 2026', 5000],
    ['Tue, 20 Oct 2026 07:28:00 GMT', 0],
    [2, 2000],
  ] as const)('reads %j', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each(['', 'soon', '-5', '1.5', '1e3', 'hello 2', 'Oct', null, undefined, -1, Number.NaN, {}])('rejects %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
