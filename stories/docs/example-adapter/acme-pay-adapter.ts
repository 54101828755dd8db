/**
 * The adapter from "Docs / Writing an adapter": a complete `GatewayAdapter`
 * for the imaginary Acme Pay API, in the shape every adapter takes.
 *
 * 1. `confirm` sends the checkout's idempotency key with the request, so a
 *    retry of the same attempt can never charge twice.
 * 2. Definite answers become `GatewayResult`s; declines are `failed` with a
 *    `PaymentError` (nothing was charged under this key).
 * 3. Ambiguous failures (timeouts, 5xx, a dropped connection) are thrown:
 *    the engine classifies them with `normalizeError` and reconciles through
 *    `retrieve` before it tries anything else.
 * 4. `retrieve` looks the payment up by idempotency key; "not found" is
 *    `failed` (nothing was charged).
 * 5. `normalizeError` never throws.
 */
import { PaymentError } from '../../../src/core/errors/payment-error';
import { toPaymentError } from '../../../src/core/errors/to-payment-error';
import type { AttemptContext, ConfirmRequest, GatewayAdapter, GatewayResult, PaymentReference } from '../../../src/core/types';

/** Options of the example adapter. */
export interface AcmePayAdapterOptions {
  publishableKey: string;
  /** Injected for tests and stories; `globalThis.fetch` in production. */
  fetch?: typeof fetch;
  baseUrl?: string;
}

interface AcmePaymentBody {
  id: string;
  status: 'succeeded' | 'requires_action' | 'declined';
  decline_code?: string;
}

const GATEWAY_ID = 'acme-pay';

/** Creates the Acme Pay adapter. */
export function createAcmePayAdapter(options: AcmePayAdapterOptions): GatewayAdapter {
  const call = options.fetch ?? globalThis.fetch.bind(globalThis);
  const baseUrl = options.baseUrl ?? 'https://api.acme-pay.example';
  const headers = (key?: string) => ({
    authorization: `Bearer ${options.publishableKey}`,
    'content-type': 'application/json',
    ...(key ? { 'idempotency-key': key } : {}),
  });

  async function answer(response: Response): Promise<GatewayResult> {
    // Anything but a 2xx is thrown as the Response: toPaymentError maps the
    // status (429 → rate_limited with Retry-After, 5xx → processing_error
    // with chargeOutcome 'unknown', 401 → configuration_error).
    if (!response.ok) throw response;
    const body = (await response.json()) as AcmePaymentBody;
    switch (body.status) {
      case 'succeeded':
        return { status: 'succeeded', paymentId: body.id };
      case 'requires_action':
        return { status: 'requires_action', paymentId: body.id, action: { type: 'three_d_secure', data: { paymentId: body.id } } };
      case 'declined':
        return {
          status: 'failed',
          error: new PaymentError({ code: 'card_declined', gatewayId: GATEWAY_ID, declineCode: body.decline_code, chargeOutcome: 'none' }),
        };
    }
  }

  return {
    id: GATEWAY_ID,
    label: 'Acme Pay',
    kind: 'online',
    supports: ({ money }) => money.currency === 'EUR' || money.currency === 'USD',

    async confirm(req: ConfirmRequest, ctx: AttemptContext): Promise<GatewayResult> {
      const response = await call(`${baseUrl}/v1/payments`, {
        method: 'POST',
        headers: headers(ctx.idempotencyKey),
        body: JSON.stringify({ amount: req.money.amount, currency: req.money.currency, card: req.method?.token ?? 'acme_ok' }),
        signal: ctx.signal,
      });
      return answer(response);
    },

    async retrieve(ref: PaymentReference, ctx: AttemptContext): Promise<GatewayResult> {
      const response = await call(`${baseUrl}/v1/payments/by-key/${encodeURIComponent(ref.idempotencyKey)}`, {
        method: 'GET',
        headers: headers(),
        signal: ctx.signal,
      });
      if (response.status === 404) {
        return { status: 'failed', error: new PaymentError({ code: 'processing_error', gatewayId: GATEWAY_ID, chargeOutcome: 'none' }) };
      }
      return answer(response);
    },

    normalizeError(error: unknown): PaymentError {
      // Must never throw, whatever was thrown (the conformance kit tries a
      // hostile object whose getters throw).
      try {
        return toPaymentError(error, GATEWAY_ID);
      } catch {
        return new PaymentError({ code: 'unknown', gatewayId: GATEWAY_ID });
      }
    },
  };
}
