// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

const { loadStripe } = vi.hoisted(() => ({ loadStripe: vi.fn() }));
vi.mock('@stripe/stripe-js/pure', () => ({ loadStripe }));

describe('react-secure-payments/stripe on a server', () => {
  it('imports, creates an adapter and renders its form without a browser global or a script', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { createStripeAdapter, readStripeRedirectReturn } = await import('../../../src/adapters/stripe');
    const adapter = createStripeAdapter({ publishableKey: 'pk_test_ssr', mode: 'client-confirm' });
    const html = renderToString(
      <adapter.Form gatewayId="stripe" money={{ amount: 100, currency: 'EUR' }} locale="en" disabled={false} session={{}} onChange={() => undefined} />,
    );
    expect(html).toContain('<div');
    expect(readStripeRedirectReturn()).toBeNull();
    // Loading on a server fails fast (nothing to load into) and says nothing was sent.
    await expect(adapter.load(new AbortController().signal)).rejects.toMatchObject({ code: 'gateway_unavailable', chargeOutcome: 'none' });
    expect(loadStripe).not.toHaveBeenCalled();
  });
});
