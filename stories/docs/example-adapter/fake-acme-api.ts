/**
 * "Acme Pay", an imaginary card API for the adapter guide: an in-memory
 * server behind a `fetch`-shaped function (no network). It answers like a
 * typical payment API — JSON bodies, HTTP statuses, an `Idempotency-Key`
 * header that makes a repeated request answer what it answered before.
 */

interface AcmePayment {
  id: string;
  status: 'succeeded' | 'requires_action' | 'declined';
  decline_code?: string;
  amount: number;
  currency: string;
}

/**
 * A Response-shaped answer whose body is already in memory. (A real
 * `Response` reads its body on the browser's networking task queue, which a
 * conformance run counting event-loop turns would see as a slow gateway.)
 */
function json(status: number, body: unknown): Response {
  const text = JSON.stringify(body);
  const answer = {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    headers: new Headers({ 'content-type': 'application/json' }),
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
  };
  return answer as unknown as Response;
}

/** A fetch function backed by an in-memory Acme Pay. Cards: `acme_ok`, `acme_declined`, `acme_3ds`. */
export function createFakeAcmeApi(): typeof fetch {
  const byKey = new Map<string, AcmePayment>();
  let counter = 0;
  return async (input, init) => {
    if (init?.signal?.aborted) throw init.signal.reason;
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = new Headers(init?.headers);
    if (headers.get('authorization') !== 'Bearer acme_pk_test') return json(401, { error: { type: 'auth', message: 'Bad key' } });
    if (init?.method === 'POST' && url.pathname === '/v1/payments') {
      const key = headers.get('idempotency-key');
      if (!key) return json(400, { error: { type: 'invalid_request', message: 'Idempotency-Key is required' } });
      const known = byKey.get(key);
      if (known) return json(200, known);
      const body = JSON.parse(String(init.body)) as { amount: number; currency: string; card: string };
      counter += 1;
      const payment: AcmePayment = {
        id: `acme_pay_${counter}`,
        amount: body.amount,
        currency: body.currency,
        status: body.card === 'acme_declined' ? 'declined' : body.card === 'acme_3ds' ? 'requires_action' : 'succeeded',
        ...(body.card === 'acme_declined' ? { decline_code: 'do_not_honor' } : {}),
      };
      byKey.set(key, payment);
      return json(200, payment);
    }
    const lookup = /^\/v1\/payments\/by-key\/(.+)$/.exec(url.pathname);
    if (init?.method === 'GET' && lookup) {
      const payment = byKey.get(decodeURIComponent(lookup[1] ?? ''));
      return payment ? json(200, payment) : json(404, { error: { type: 'not_found', message: 'No payment under this key' } });
    }
    return json(404, { error: { type: 'not_found', message: 'No such route' } });
  };
}
