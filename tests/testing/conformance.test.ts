// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { PaymentError } from '../../src/core/errors';
import type { GatewayAdapter, GatewayResult } from '../../src/core/types';
import {
  checkAdapterConformance,
  CONFORMANCE_CHECKS,
  createBankTransferGateway,
  createSimulatedGateway,
  createVirtualClock,
  gatewayResultProblems,
  runAdapterConformance,
} from '../../src/testing';

const bank = () =>
  createBankTransferGateway({ beneficiary: 'Example Shop GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', expectedDays: 2 });

describe('the kit’s own gateways pass', () => {
  runAdapterConformance(() => createSimulatedGateway(), { test, expect, name: 'simulated' });
  const clock = createVirtualClock();
  runAdapterConformance(() => createSimulatedGateway({ id: 'sim-latency', clock, latencyMs: 300 }), {
    test,
    expect,
    name: 'simulated with virtual latency',
    run: (p) => clock.run(p),
  });
  runAdapterConformance(bank, { test, expect, name: 'bank transfer' });
});

test('runAdapterConformance registers one test per check', () => {
  const names: string[] = [];
  runAdapterConformance(() => createSimulatedGateway(), { test: (name) => void names.push(name), expect, name: 'x' });
  expect(names).toEqual(CONFORMANCE_CHECKS.map((c) => `x: ${c.name}`));
});

/** A well-behaved online adapter to break one rule at a time. */
function goodAdapter(): GatewayAdapter {
  const gateway = createSimulatedGateway({ id: 'base' });
  return gateway;
}

async function problemsOf(adapter: () => GatewayAdapter, check: string): Promise<string[]> {
  const results = await checkAdapterConformance(adapter, { callTimeoutMs: 0 });
  const found = results.find((r) => r.name.startsWith(check));
  if (!found) throw new Error(`no check named ${check}`);
  return found.problems;
}

describe('the checks catch broken adapters', () => {
  test('a good adapter has no problems at all', async () => {
    const results = await checkAdapterConformance(goodAdapter);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });

  test('bad id, label and kind', async () => {
    const problems = await problemsOf(() => ({ ...goodAdapter(), id: 'has space', label: '', kind: 'offline' as 'online' }), 'has a stable id');
    expect(problems).toHaveLength(3);
  });

  test('normalizeError that throws or returns plain Errors', async () => {
    const throwing = await problemsOf(
      () => ({
        ...goodAdapter(),
        normalizeError: (e: unknown) => {
          if (e === null) throw new Error('null!');
          return new PaymentError({ code: 'unknown' });
        },
      }),
      'normalizeError returns',
    );
    expect(throwing).toEqual(['normalizeError(null) threw: null!']);
    const plain = await problemsOf(() => ({ ...goodAdapter(), normalizeError: () => new Error('x') as PaymentError }), 'normalizeError returns');
    expect(plain.length).toBeGreaterThan(5);
  });

  test('an error that leaks the raw message with a card number or secret key', async () => {
    const leaky = { ...goodAdapter() };
    leaky.normalizeError = (e: unknown) => {
      const error = new PaymentError({ code: 'unknown' });
      Object.defineProperty(error, 'message', { value: String((e as { message?: unknown })?.message ?? e) });
      return error;
    };
    const problems = await problemsOf(() => leaky, 'errors never carry');
    expect(problems.join('\n')).toMatch(/contains 4242 42/);
    expect(problems.join('\n')).toMatch(/contains sk_live/);
  });

  test('an invalid confirm result', async () => {
    const bad = { ...goodAdapter(), confirm: async () => ({ status: 'succeeded' }) as GatewayResult };
    expect(await problemsOf(() => bad, 'confirm answers')).toEqual(['confirm().paymentId must be a non-empty string for status succeeded']);
  });

  test('an adapter that ignores its signal', async () => {
    const deaf = { ...goodAdapter(), confirm: () => new Promise<GatewayResult>(() => {}) };
    expect(await problemsOf(() => deaf, 'an abort during the call')).toEqual([
      'confirm did not settle within 200 event-loop turns of its signal aborting',
    ]);
    expect(await problemsOf(() => deaf, 'an already-aborted signal')).toEqual(['confirm with an aborted signal did not settle']);
    expect(await problemsOf(() => deaf, 'confirm answers')).toEqual([
      'confirm() did not settle within 10000 event-loop turns (pass options.run to drive a virtual clock)',
    ]);
  });

  test('a call that takes real time (a sandbox) passes within callTimeoutMs; a hanging one is named with both budgets', async () => {
    // Settles after 50 event-loop turns: past its 10 turns, well inside the real-time grace.
    const slow = {
      ...goodAdapter(),
      confirm: async (): Promise<GatewayResult> => {
        for (let i = 0; i < 50; i++) await new Promise<void>((resolve) => setImmediate(resolve));
        return { status: 'succeeded', paymentId: 'p_slow' };
      },
    };
    const results = await checkAdapterConformance(() => slow, { callTurns: 10, callTimeoutMs: 1000 });
    expect(results.find((r) => r.name.startsWith('confirm answers'))?.problems).toEqual([]);
    const deaf = { ...goodAdapter(), confirm: () => new Promise<GatewayResult>(() => {}) };
    const stuck = await checkAdapterConformance(() => deaf, { callTurns: 10, callTimeoutMs: 5 });
    expect(stuck.find((r) => r.name.startsWith('confirm answers'))?.problems).toEqual([
      'confirm() did not settle within 10 event-loop turns and 5 ms (pass options.run to drive a virtual clock)',
    ]);
  });

  test('an adapter that charges although the signal was aborted', async () => {
    const eager = () => {
      const inner = createSimulatedGateway({ id: 'eager' });
      return { ...inner, ledger: inner.ledger, confirm: (req: Parameters<GatewayAdapter['confirm']>[0], ctx: Parameters<GatewayAdapter['confirm']>[1]) =>
        inner.confirm(req, { ...ctx, signal: new AbortController().signal }) };
    };
    const problems = await problemsOf(eager, 'an already-aborted signal');
    expect(problems).toContain('confirm with an aborted signal charged (answered succeeded)');
    expect(problems).toContain('confirm with an aborted signal wrote a charge to the ledger');
  });

  test('an adapter that charges again under the same key', async () => {
    const forgetful = () => {
      const inner = createSimulatedGateway({ id: 'forgetful' });
      let n = 0;
      return {
        ...inner,
        ledger: inner.ledger,
        confirm: (req: Parameters<GatewayAdapter['confirm']>[0], ctx: Parameters<GatewayAdapter['confirm']>[1]) =>
          inner.confirm(req, { ...ctx, idempotencyKey: `${ctx.idempotencyKey}#${n++}` }),
      };
    };
    const problems = await problemsOf(forgetful, 'the same idempotency key');
    expect(problems[0]).toBe('ledger shows 2 charges for one key');
    expect(problems[1]).toMatch(/answered another payment/);
  });

  test('a retrieve that claims success for anything', async () => {
    const liar = { ...goodAdapter(), retrieve: async () => ({ status: 'succeeded', paymentId: 'pay_x' }) as GatewayResult };
    expect(await problemsOf(() => liar, 'retrieve never reports')).toEqual(['retrieve() of an unknown key answered succeeded']);
  });

  test('a manual adapter must answer instructions with a stable reference', async () => {
    let n = 0;
    const drifting = () => {
      const inner = bank();
      return {
        ...inner,
        confirm: async (...args: Parameters<GatewayAdapter['confirm']>) => {
          const result = await inner.confirm(...args);
          if (result.status !== 'pending_manual') return result;
          return { ...result, instructions: { ...result.instructions, reference: `REF-${n++}` } };
        },
      };
    };
    expect(await problemsOf(drifting, 'the same idempotency key')).toEqual(['a repeat for the same checkout answered another transfer reference']);
  });
});

describe('gatewayResultProblems', () => {
  test.each<[unknown, number]>([
    [{ status: 'succeeded', paymentId: 'p' }, 0],
    [{ status: 'processing', paymentId: '' }, 1],
    [{ status: 'requires_action', paymentId: 'p', action: {} }, 1],
    [{ status: 'pending_manual', instructions: { method: 'bank_transfer', reference: 'R', amount: { amount: 1, currency: 'EUR' } } }, 0],
    [{ status: 'pending_manual', instructions: { method: '', reference: '', amount: null } }, 3],
    [{ status: 'failed', error: new Error('x') }, 1],
    [{ status: 'failed', error: new PaymentError({ code: 'card_declined' }) }, 0],
    [{ status: 'nope' }, 1],
    [null, 1],
  ])('%o has %i problems', (value, count) => {
    expect(gatewayResultProblems(value)).toHaveLength(count);
  });
});
