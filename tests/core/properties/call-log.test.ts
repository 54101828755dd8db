// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PaymentError } from '../../../src/core/errors';
import { createSimulatedGateway } from '../../../src/testing';
import { indexCharges, keyReuseViolations, reconcileViolations, truthViolations, type LogEntry } from './call-log';

const confirm = (key: string, outcome: 'succeeded' | 'threw' = 'threw', gatewayId = 'a'): LogEntry => ({
  kind: 'call',
  op: 'confirm',
  gatewayId,
  checkoutId: 'c1',
  key,
  attempt: 1,
  outcome,
});
const failed = (chargeOutcome: 'none' | 'unknown', gatewayId = 'a'): LogEntry => ({
  kind: 'event',
  type: 'attempt.failed',
  checkoutId: 'c1',
  gatewayId,
  chargeOutcome,
});

describe('the chaos checks can fail', () => {
  it('reconcileViolations: a new key after an unknown outcome, unless a retrieve answered first', () => {
    expect(reconcileViolations([confirm('k1'), failed('unknown'), confirm('k2', 'succeeded', 'b')])).toEqual([
      'checkout c1: confirm under key k2 on b while key k1 was unreconciled',
    ]);
    const retrieved: LogEntry = { kind: 'call', op: 'retrieve', gatewayId: 'a', checkoutId: 'c1', key: 'k1', attempt: 1, outcome: 'failed' };
    expect(reconcileViolations([confirm('k1'), failed('unknown'), retrieved, confirm('k2', 'succeeded', 'b')])).toEqual([]);
    expect(reconcileViolations([confirm('k1'), failed('none'), confirm('k2', 'succeeded', 'b')])).toEqual([]);
    // Retrying the same key is how an unknown outcome may be resolved too.
    expect(reconcileViolations([confirm('k1'), failed('unknown'), confirm('k1', 'succeeded')])).toEqual([]);
  });

  it('keyReuseViolations: two keys for one method, or attempts out of order', async () => {
    const g = createSimulatedGateway({ id: 'g' });
    const req = { checkoutId: 'c1', money: { amount: 100, currency: 'EUR' }, method: { type: 'card', token: 'tok_success' } };
    const signal = new AbortController().signal;
    await g.confirm(req, { idempotencyKey: 'k1', attempt: 1, signal });
    expect(keyReuseViolations([g], 3)).toEqual([]);
    await g.confirm(req, { idempotencyKey: 'k2', attempt: 2, signal });
    expect(keyReuseViolations([g], 3)).toEqual(['g: c1|tok_success confirmed under 2 keys', 'g: key k2 attempts 2 (expected 1)']);
  });

  it('truthViolations: two charges, a success no ledger holds, a charge reported as a plain failure', async () => {
    const g = createSimulatedGateway({ id: 'g' });
    const req = { checkoutId: 'c1', money: { amount: 100, currency: 'EUR' } };
    const signal = new AbortController().signal;
    const paid = (await g.confirm(req, { idempotencyKey: 'k1', attempt: 1, signal })) as { paymentId: string };
    expect(truthViolations('c1', { status: 'succeeded', gatewayId: 'g', paymentId: paid.paymentId }, indexCharges([g]))).toEqual([]);
    expect(truthViolations('c1', { status: 'succeeded', gatewayId: 'g', paymentId: 'other' }, indexCharges([g]))).toHaveLength(1);
    const declined = { status: 'failed' as const, error: new PaymentError({ code: 'card_declined' }) };
    expect(truthViolations('c1', declined, indexCharges([g]))).toEqual(['checkout c1 was charged but settled failed (card_declined)']);
    const unknown = { status: 'failed' as const, error: new PaymentError({ code: 'outcome_unknown' }) };
    expect(truthViolations('c1', unknown, indexCharges([g]))).toEqual([]);
    await g.confirm(req, { idempotencyKey: 'k2', attempt: 1, signal });
    expect(truthViolations('c1', unknown, indexCharges([g]))).toEqual(['checkout c1 charged 2 times (g, g)']);
  });
});
