import type { Stripe, StripeElements, StripeError } from '@stripe/stripe-js';
import type { ComponentType } from 'react';
import { isPaymentError, PaymentError } from '../../core/errors/payment-error';
import type {
  AttemptContext,
  ConfirmRequest,
  GatewayAdapter,
  GatewayResult,
  NextAction,
  PaymentReference,
  ServerConfirmResponse,
} from '../../core/types';
import type { GatewayFormProps } from '../../react/gateway-form';
import { mapPaymentIntent } from './map-payment-intent';
import { isStripeErrorLike, normalizeStripeError } from './normalize-stripe-error';
import { readStripeRedirectReturn, SECRET, withoutStripeRedirectParams } from './redirect-return';
import { createStripeForm, type StripeFormHost, type StripeFormRegistration } from './stripe-form';
import { abortable } from '../../core/resilience/abortable';
import { canceled, createStripeLoader } from './stripe-loader';
import { resolveStripeOptions, type StripeAdapterOptions } from './stripe-options';

/** The Stripe adapter: a `GatewayAdapter` with its React `Form` (Payment Element). */
export type StripeAdapter = GatewayAdapter & {
  readonly mode: StripeAdapterOptions['mode'];
  /** Renders `<Elements>` + `<PaymentElement>`; must be mounted before `confirm` (unless a method token is given). */
  Form: ComponentType<GatewayFormProps>;
  load(signal: AbortSignal): Promise<void>;
  retrieve(ref: PaymentReference, ctx: AttemptContext): Promise<GatewayResult>;
  handleAction(action: NextAction, ctx: AttemptContext): Promise<GatewayResult>;
};

const MEMORY = 50;

/** Map with a size cap: secrets and tokens are kept in memory for the page's life only. */
function remember(map: Map<string, string>, key: string, value: string): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MEMORY) map.delete(map.keys().next().value as string);
}

/**
 * Creates the Stripe adapter (`react-secure-payments/stripe`). Validates its
 * options eagerly (a `configuration_error` naming the field), loads Stripe.js
 * lazily on first use, and keeps card data inside Stripe's iframes: it only
 * ever sees PaymentIntent ids, client secrets (in memory) and token ids.
 *
 * See docs/stripe.md for both modes, the server side, the CSP and the error table.
 */
export function createStripeAdapter(options: StripeAdapterOptions): StripeAdapter {
  const opts = resolveStripeOptions(options);
  const { id, mode } = opts;
  const loader = createStripeLoader(opts);
  const normalize = (error: unknown): PaymentError => normalizeStripeError(error, id);
  /** Client secrets by PaymentIntent id and by idempotency key. */
  const secrets = new Map<string, string>();
  /** ConfirmationToken ids by idempotency key: a retry must send the very same request. */
  const tokens = new Map<string, string>();
  const resumed = new Set<string>();
  /** Calls that have sent something that may charge (confirm, 3DS, the merchant's server). */
  const sent = new WeakSet<AttemptContext>();
  let registration: StripeFormRegistration | null = null;

  const host: StripeFormHost = {
    options: opts,
    loader,
    normalize,
    register(next) {
      registration = next;
      return () => {
        if (registration === next) registration = null;
      };
    },
  };

  const fail = (field: string, problem: string, chargeOutcome: 'none' | 'unknown' = 'none'): PaymentError =>
    new PaymentError({ code: 'configuration_error', gatewayId: id, chargeOutcome, message: `Stripe adapter: \`${field}\` ${problem}` });

  function checkAbort(signal: AbortSignal): void {
    if (signal.aborted) throw canceled(id, 'none', 'Aborted before anything was sent to Stripe.');
  }

  function requireForm(): StripeFormRegistration {
    if (!registration) throw fail('Form', 'is not mounted: render adapter.Form (the Payment Element) before submitting.');
    return registration;
  }

  function returnUrl(): string {
    const url = opts.returnUrl ?? (typeof location === 'undefined' ? undefined : withoutStripeRedirectParams(location.href));
    if (!url) throw fail('returnUrl', 'is required outside a browser page.');
    return url;
  }

  /** A decline is a definite `failed` result; everything else is thrown for the engine's policy. */
  function settle(error: PaymentError): GatewayResult {
    if (error.category === 'decline' || error.code === 'authentication_required') return { status: 'failed', error };
    throw error;
  }

  function fromIntentResult(result: { paymentIntent?: unknown; error?: StripeError }): GatewayResult {
    if (result.error) {
      const error = normalize(result.error);
      // The intent may already have succeeded (an earlier confirm that reached Stripe): its state is the truth.
      if (error.code === 'outcome_unknown' && result.error.payment_intent) return mapPaymentIntent(result.error.payment_intent, id);
      return settle(error);
    }
    return mapPaymentIntent(result.paymentIntent, id);
  }

  async function retrieveIntent(stripe: Stripe, clientSecret: string): Promise<GatewayResult> {
    const result = await stripe.retrievePaymentIntent(clientSecret);
    if (result.error) {
      if (result.error.code === 'resource_missing') {
        return { status: 'failed', error: new PaymentError({ code: 'invalid_request', gatewayId: id, chargeOutcome: 'none', message: 'No such PaymentIntent.' }) };
      }
      throw normalize(result.error);
    }
    return remembered(mapPaymentIntent(result.paymentIntent, id), clientSecret);
  }

  function remembered(result: GatewayResult, clientSecret: string): GatewayResult {
    if (result.status === 'requires_action' || result.status === 'processing') remember(secrets, result.paymentId, clientSecret);
    return result;
  }

  async function clientConfirm(stripe: Stripe, req: ConfirmRequest, ctx: AttemptContext): Promise<GatewayResult> {
    const clientSecret = ctx.session?.clientSecret;
    if (typeof clientSecret !== 'string' || !SECRET.test(clientSecret)) {
      throw fail('clientSecret', "is missing or malformed: pass the PaymentIntent's client_secret as the processor's clientSecret prop.");
    }
    remember(secrets, ctx.idempotencyKey, clientSecret);
    const back = readStripeRedirectReturn();
    if (back?.clientSecret === clientSecret && !resumed.has(clientSecret)) {
      // Returning from a redirect: look the intent up instead of confirming again.
      resumed.add(clientSecret);
      return remembered(await retrieveIntent(stripe, clientSecret), clientSecret);
    }
    const return_url = returnUrl();
    checkAbort(ctx.signal);
    if (req.method) {
      const confirmParams = req.method.type === 'confirmation_token'
        ? { return_url, confirmation_token: req.method.token }
        : { return_url, payment_method: req.method.token };
      sent.add(ctx);
      return remembered(fromIntentResult(await stripe.confirmPayment({ clientSecret, confirmParams, redirect: 'if_required' })), clientSecret);
    }
    const form = requireForm();
    if (form.deferred) {
      const submitted = await form.elements.submit();
      if (submitted.error) return settle(normalize(submitted.error));
      checkAbort(ctx.signal);
    }
    sent.add(ctx);
    const result = await form.stripe.confirmPayment({ elements: form.elements, clientSecret, confirmParams: { return_url }, redirect: 'if_required' });
    return remembered(fromIntentResult(result), clientSecret);
  }

  async function confirmationToken(elements: StripeElements, stripe: Stripe, ctx: AttemptContext): Promise<string | GatewayResult> {
    const cached = tokens.get(ctx.idempotencyKey);
    if (cached) return cached;
    const submitted = await elements.submit();
    if (submitted.error) return settle(normalize(submitted.error));
    checkAbort(ctx.signal);
    const created = await stripe.createConfirmationToken({ elements });
    if (created.error) return settle(normalize(created.error));
    remember(tokens, ctx.idempotencyKey, created.confirmationToken.id);
    return created.confirmationToken.id;
  }

  async function interpret(response: ServerConfirmResponse, ctx: AttemptContext, clientSecret?: string): Promise<GatewayResult> {
    const r = response as Record<string, unknown> | null | undefined;
    if (r === undefined || r === null) {
      if (clientSecret && SECRET.test(clientSecret)) return retrieveIntent(await loader.load(ctx.signal), clientSecret);
      throw fail('onPaymentSubmit', 'resolved nothing and no client secret is known: answer a GatewayResult or { clientSecret }.', 'unknown');
    }
    if (typeof r === 'object' && typeof r.clientSecret === 'string' && SECRET.test(r.clientSecret)) {
      const secret = r.clientSecret;
      remember(secrets, ctx.idempotencyKey, secret);
      return retrieveIntent(await loader.load(ctx.signal), secret);
    }
    if (typeof r === 'object' && typeof r.status === 'string') {
      const paymentId = typeof r.paymentId === 'string' && r.paymentId !== '' ? r.paymentId : undefined;
      if ((r.status === 'succeeded' || r.status === 'processing') && paymentId) return { status: r.status, paymentId };
      if (r.status === 'failed' && (isPaymentError(r.error) || isStripeErrorLike(r.error))) {
        return { status: 'failed', error: normalize(r.error) };
      }
      const action = r.action as NextAction | undefined;
      if (r.status === 'requires_action' && paymentId && typeof action?.type === 'string') return { status: 'requires_action', paymentId, action };
    }
    throw fail('onPaymentSubmit', 'answered something that is not a GatewayResult or { clientSecret }.', 'unknown');
  }

  async function serverConfirm(stripe: Stripe, req: ConfirmRequest, ctx: AttemptContext): Promise<GatewayResult> {
    const onPaymentSubmit = ctx.session?.onPaymentSubmit;
    if (typeof onPaymentSubmit !== 'function') throw fail('onPaymentSubmit', 'is required in server-confirm mode.');
    let token = req.method?.token;
    if (!token) {
      const form = requireForm();
      const made = await confirmationToken(form.elements, form.stripe, ctx);
      if (typeof made !== 'string') return made;
      token = made;
    }
    checkAbort(ctx.signal);
    let response: ServerConfirmResponse;
    sent.add(ctx);
    try {
      response = await onPaymentSubmit(token, { idempotencyKey: ctx.idempotencyKey, signal: ctx.signal, gatewayId: id, attempt: ctx.attempt });
    } catch (error) {
      return settle(normalize(error));
    }
    return interpret(response, ctx, ctx.session?.clientSecret);
  }

  /**
   * Every call: errors normalised, and settled as soon as the signal aborts.
   * Stripe.js calls cannot be cancelled, so a call aborted mid-flight may
   * still reach Stripe: its outcome is unknown and the engine reconciles.
   */
  async function guard(ctx: AttemptContext, run: () => Promise<GatewayResult>): Promise<GatewayResult> {
    try {
      checkAbort(ctx.signal);
      return await abortable(run(), ctx.signal, () =>
        sent.has(ctx) ? canceled(id, 'unknown', 'Aborted while a Stripe call was in flight; it may still complete.') : canceled(id, 'none', 'Aborted before anything was sent.'),
      );
    } catch (error) {
      throw normalize(error);
    }
  }

  return {
    id,
    label: opts.label,
    kind: 'online',
    mode,
    // A 3-D Secure challenge runs inside these calls: bound them by the shopper's time, not the network's.
    timeouts:
      mode === 'client-confirm'
        ? { confirmMs: opts.challengeTimeoutMs, handleActionMs: opts.challengeTimeoutMs }
        : { handleActionMs: opts.challengeTimeoutMs },
    Form: createStripeForm(host),
    async load(signal) {
      await loader.load(signal);
    },
    confirm: (req, ctx) =>
      guard(ctx, async () => {
        const stripe = await loader.load(ctx.signal);
        return mode === 'client-confirm' ? clientConfirm(stripe, req, ctx) : serverConfirm(stripe, req, ctx);
      }),
    handleAction: (action, ctx) =>
      guard(ctx, async () => {
        const stripe = await loader.load(ctx.signal);
        const intentId = action.data?.paymentIntentId;
        const clientSecret = ctx.session?.clientSecret ?? (typeof intentId === 'string' ? secrets.get(intentId) : undefined);
        if (!clientSecret) throw fail('clientSecret', 'is unknown for this action: pass session.clientSecret.');
        sent.add(ctx);
        return remembered(fromIntentResult(await stripe.handleNextAction({ clientSecret })), clientSecret);
      }),
    retrieve: (ref, ctx) =>
      guard(ctx, async () => {
        const back = readStripeRedirectReturn();
        const clientSecret =
          ctx.session?.clientSecret ??
          (ref.paymentId === undefined ? undefined : secrets.get(ref.paymentId)) ??
          secrets.get(ref.idempotencyKey) ??
          (back && (ref.paymentId === undefined || ref.paymentId === back.paymentIntentId) ? back.clientSecret : undefined);
        if (clientSecret) return retrieveIntent(await loader.load(ctx.signal), clientSecret);
        if (opts.lookupPayment) {
          const found = await opts.lookupPayment(ref, { signal: ctx.signal });
          if (found === undefined || found === null) {
            return { status: 'failed', error: new PaymentError({ code: 'invalid_request', gatewayId: id, chargeOutcome: 'none', message: 'No payment under this key.' }) };
          }
          return interpret(found, ctx);
        }
        throw new PaymentError({
          code: 'outcome_unknown',
          gatewayId: id,
          message: 'Stripe adapter cannot look this payment up: no client secret is known. Pass session.clientSecret, or lookupPayment in server-confirm mode.',
        });
      }),
    normalizeError: normalize,
  };
}
