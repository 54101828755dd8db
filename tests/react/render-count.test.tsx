/**
 * Render cost, counted (never timed): React's <Profiler> reports every commit
 * of a subtree. One checkout state change may re-render the processor at most
 * once, and a component that selects other state must not re-render at all.
 */
import { Profiler } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import {
  createPaymentClient,
  isPaymentError,
  PaymentError,
  PaymentGatewayProvider,
  SecurePaymentProcessor,
  useCheckoutState,
  type Checkout,
  type GatewayAdapter,
  type GatewayResult,
  type PaymentClient,
} from '../../src/index';
import { createVirtualClock } from '../../src/testing/index';
import { deferred, type Deferred } from '../helpers/deferred';

/** A gateway whose every confirm waits until the test settles it. */
function createControlledGateway(): { adapter: GatewayAdapter; calls: Deferred<GatewayResult>[] } {
  const calls: Deferred<GatewayResult>[] = [];
  const adapter: GatewayAdapter = {
    id: 'controlled',
    label: 'Controlled card',
    kind: 'online',
    confirm() {
      const call = deferred<GatewayResult>();
      calls.push(call);
      return call.promise;
    },
    normalizeError: (error) => (isPaymentError(error) ? error : new PaymentError({ code: 'unknown', cause: error })),
  };
  return { adapter, calls };
}

/** The same client, remembering every checkout it creates (the processor's included). */
function rememberCheckouts(client: PaymentClient, created: Checkout[]): PaymentClient {
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'createCheckout') {
        return (req: Parameters<PaymentClient['createCheckout']>[0]) => {
          const checkout = target.createCheckout(req);
          created.push(checkout);
          return checkout;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Counts the commits a <Profiler> reports. */
interface Counter {
  commits: number;
  onRender(): void;
}

function createCounter(): Counter {
  const counter: Counter = {
    commits: 0,
    onRender() {
      counter.commits += 1;
    },
  };
  return counter;
}

function setup() {
  const clock = createVirtualClock();
  const { adapter, calls } = createControlledGateway();
  let ids = 0;
  const created: Checkout[] = [];
  const client = rememberCheckouts(
    createPaymentClient({ gateways: [adapter], clock, random: () => 0, generateId: () => `id_${++ids}`, circuitBreaker: false }),
    created,
  );
  const processor = createCounter();
  render(
    <PaymentGatewayProvider client={client}>
      <Profiler id="processor" onRender={processor.onRender}>
        <SecurePaymentProcessor amount={4999} currency="EUR" />
      </Profiler>
    </PaymentGatewayProvider>,
  );
  expect(created).toHaveLength(1);
  const checkout = created[0]!;

  // Other components, in their own root, subscribed to the processor's checkout.
  const statusReader = createCounter();
  const errorCodeReader = createCounter();
  function StatusReader() {
    const status = useCheckoutState(checkout, (s) => s.status);
    return <output data-testid="status">{status}</output>;
  }
  function ErrorCodeReader() {
    const code = useCheckoutState(checkout, (s) => (s.status === 'failed' ? s.error.code : null));
    return <output data-testid="error-code">{code ?? 'none'}</output>;
  }
  render(
    <>
      <Profiler id="status-reader" onRender={statusReader.onRender}>
        <StatusReader />
      </Profiler>
      <Profiler id="error-code-reader" onRender={errorCodeReader.onRender}>
        <ErrorCodeReader />
      </Profiler>
    </>,
  );

  const stateChanges = { count: 0 };
  checkout.subscribe(() => void (stateChanges.count += 1));
  const counters = { processor, statusReader, errorCodeReader, stateChanges };
  const reset = () => {
    for (const c of [processor, statusReader, errorCodeReader]) c.commits = 0;
    stateChanges.count = 0;
  };
  return { clock, calls, checkout, counters, reset };
}

describe('render counts', () => {
  describe('given a processor whose payment is in flight', () => {
    async function startPayment() {
      const ctx = setup();
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: /pay/i }));
      });
      expect(ctx.calls).toHaveLength(1);
      expect(ctx.checkout.getState().status).toBe('submitting');
      ctx.reset();
      return ctx;
    }

    it('when the attempt fails and a retry is scheduled, the processor commits once and the error-code reader not at all', async () => {
      const { calls, checkout, counters } = await startPayment();

      await act(async () => {
        calls[0]!.reject(new PaymentError({ code: 'network_error', chargeOutcome: 'none', gatewayId: 'controlled' }));
      });

      expect(checkout.getState().status).toBe('retrying');
      expect(counters.stateChanges.count).toBeGreaterThanOrEqual(1);
      expect(counters.processor.commits).toBe(1);
      expect(counters.statusReader.commits).toBe(1);
      expect(counters.errorCodeReader.commits).toBe(0);
      expect(screen.getByTestId('status')).toHaveTextContent('retrying');
    });

    it('when the retry starts and then succeeds, each state change commits the processor at most once', async () => {
      const { clock, calls, checkout, counters, reset } = await startPayment();
      await act(async () => {
        calls[0]!.reject(new PaymentError({ code: 'network_error', chargeOutcome: 'none', gatewayId: 'controlled' }));
      });
      reset();

      // The backoff sleep (0 ms with random() = 0) fires: attempt 2 starts.
      await act(async () => {
        await clock.advance(0);
      });
      expect(calls).toHaveLength(2);
      expect(checkout.getState()).toMatchObject({ status: 'submitting', attempt: 2 });
      expect(counters.stateChanges.count).toBe(1);
      expect(counters.processor.commits).toBe(1);
      expect(counters.statusReader.commits).toBe(1);
      expect(counters.errorCodeReader.commits).toBe(0);
      reset();

      await act(async () => {
        calls[1]!.resolve({ status: 'succeeded', paymentId: 'pay_1' });
      });
      expect(checkout.getState().status).toBe('succeeded');
      expect(counters.stateChanges.count).toBe(1);
      expect(counters.processor.commits).toBe(1);
      expect(counters.statusReader.commits).toBe(1);
      expect(counters.errorCodeReader.commits).toBe(0);
      expect(screen.getByTestId('error-code')).toHaveTextContent('none');
    });

    it('when the payment is declined, the processor commits once and the error-code reader exactly once (the counting sees a real change)', async () => {
      const { calls, checkout, counters } = await startPayment();

      await act(async () => {
        calls[0]!.resolve({
          status: 'failed',
          error: new PaymentError({ code: 'card_declined', gatewayId: 'controlled', declineCode: 'generic_decline' }),
        });
      });

      expect(checkout.getState().status).toBe('failed');
      expect(counters.stateChanges.count).toBeGreaterThanOrEqual(1);
      expect(counters.processor.commits).toBe(1);
      expect(counters.errorCodeReader.commits).toBe(1);
      expect(screen.getByTestId('error-code')).toHaveTextContent('card_declined');
    });
  });
});
