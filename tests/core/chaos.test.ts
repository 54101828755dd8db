// @vitest-environment node
/**
 * Chaos: 10,000 seeded checkouts on the virtual clock across nine fault
 * profiles. Whatever the gateways do, no checkout is charged twice, every
 * checkout settles, every retry reuses its key, and an unknown outcome is
 * reconciled before any other key is confirmed.
 */
import { describe, expect, it } from 'vitest';
import { createPaymentClient } from '../../src/core';
import type { Checkout, CheckoutState, PaymentMethodRef } from '../../src/core/types';
import {
  createBankTransferGateway,
  createSeededRandom,
  createSimulatedGateway,
  createVirtualClock,
  TEST_TOKENS,
  type FaultPlan,
  type OutageWindow,
  type SimulatedGateway,
} from '../../src/testing';
import { createCallLog, indexCharges, keyReuseViolations, reconcileViolations, SETTLED, truthViolations } from './properties/call-log';

const TOTAL = 10_000;
const MAX_ATTEMPTS = 3;
/** Virtual ms between two arrivals within a profile. */
const ARRIVAL_GAP_MS = 7;

interface Profile {
  name: string;
  primary?: { faults?: FaultPlan; retrieveFaults?: FaultPlan; outages?: OutageWindow[]; retrieve?: boolean };
  secondary?: { faults?: FaultPlan };
  /** Token mix: share of non-success tokens. */
  mixedTokens?: boolean;
}

const PROFILES: Profile[] = [
  { name: 'healthy, mixed tokens', mixedTokens: true },
  { name: 'flaky: network errors before send', primary: { faults: { rate: 0.3, faults: [{ type: 'network_error' }] } } },
  {
    name: 'timeouts after commit',
    primary: {
      faults: { rate: 0.2, faults: [{ type: 'timeout' }, { type: 'timeout', hang: true }, { type: 'malformed' }] },
      retrieveFaults: { rate: 0.15, faults: [{ type: 'network_error' }] },
    },
  },
  {
    name: '5xx, some committed',
    primary: {
      faults: {
        rate: 0.25,
        faults: [
          { type: 'server_error', status: 500 },
          { type: 'server_error', status: 503, committed: true },
          { type: 'server_error', status: 502 },
        ],
      },
    },
  },
  {
    name: '429 with Retry-After',
    primary: {
      faults: {
        rate: 0.3,
        faults: [
          { type: 'rate_limited', retryAfterMs: 300 },
          { type: 'rate_limited', retryAfterMs: 1500 },
          { type: 'rate_limited', retryAfterMs: 8000 },
        ],
      },
    },
  },
  {
    name: 'primary outage, healthy secondary and bank transfer',
    primary: { outages: [{ from: 0, to: 6_000 }] },
  },
  {
    name: 'brown-out: 503 half committed, status look-ups fail too',
    primary: {
      faults: ({ random }) => ({ type: 'server_error', status: 503, committed: random() < 0.5 }),
      retrieveFaults: () => ({ type: 'server_error', status: 503 }),
    },
  },
  {
    name: 'no status look-up: timeouts after commit cannot be reconciled',
    primary: { retrieve: false, faults: { rate: 0.4, faults: [{ type: 'timeout', hang: true }, { type: 'server_error', status: 503, committed: true }] } },
  },
  {
    name: 'everything at once',
    mixedTokens: true,
    primary: {
      faults: {
        rate: 0.35,
        faults: [
          { type: 'network_error' },
          { type: 'timeout' },
          { type: 'timeout', hang: true },
          { type: 'hang' },
          { type: 'server_error', status: 503, committed: true },
          { type: 'rate_limited', retryAfterMs: 700 },
          { type: 'malformed', committed: false },
        ],
      },
      retrieveFaults: { rate: 0.2, faults: [{ type: 'server_error', status: 503 }, { type: 'hang' }] },
      outages: [{ from: 2_000, to: 3_500 }],
    },
    secondary: { faults: { rate: 0.1, faults: [{ type: 'network_error' }, { type: 'timeout' }] } },
  },
];

const card = (token: string): PaymentMethodRef => ({ type: 'test_card', token });

function pickToken(random: () => number, mixed: boolean | undefined): string {
  if (!mixed) return TEST_TOKENS.success;
  const r = random();
  if (r < 0.8) return TEST_TOKENS.success;
  if (r < 0.84) return TEST_TOKENS.decline;
  if (r < 0.88) return TEST_TOKENS.insufficientFunds;
  if (r < 0.94) return TEST_TOKENS.threeDSecureRequired;
  return TEST_TOKENS.processing;
}

/** The shopper: submits, completes 3-D Secure, takes offered fallbacks, sometimes tries a new card. */
async function shop(checkout: Checkout, random: () => number, token: string): Promise<CheckoutState> {
  let state = await checkout.submit({ method: card(token) });
  for (let step = 0; step < 4; step++) {
    if (state.status === 'requires_action') {
      state = await checkout.completeAction(random() < 0.8 ? {} : { result: 'fail' });
    } else if (state.status === 'fallback_offered') {
      const option = state.options[Math.floor(random() * state.options.length)]!;
      state = await checkout.selectFallback(option.gatewayId, option.kind === 'online' ? card(TEST_TOKENS.success) : undefined);
    } else if (state.status === 'failed' && random() < 0.5) {
      // A new card after a decline, an exhausted gateway or an unknown outcome: a new key, reconciled first.
      state = await checkout.submit({ method: card(`${TEST_TOKENS.success}`), gatewayId: state.error.gatewayId });
      if (state.status === 'failed' && state.error.code === 'invalid_request') break;
    } else {
      break;
    }
  }
  return state;
}

interface ProfileRun {
  profile: string;
  gateways: SimulatedGateway[];
  states: { checkoutId: string; state: CheckoutState }[];
  problems: string[];
  pendingTimers: number;
  tally: Record<string, number>;
}

async function runProfile(profile: Profile, count: number, seed: number): Promise<ProfileRun> {
  const clock = createVirtualClock();
  const log = createCallLog();
  const primary = createSimulatedGateway({ id: 'primary', label: 'Card', clock, latencyMs: 120, seed, ...profile.primary });
  const secondary = createSimulatedGateway({ id: 'secondary', label: 'Card (backup)', clock, latencyMs: 180, seed: seed + 1, ...profile.secondary });
  const bank = createBankTransferGateway({ beneficiary: 'Example Shop GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', clock, latencyMs: 40 });
  let ids = 0;
  let reports = 0;
  let crashes = 0;
  let attemptFailures = 0;
  const client = createPaymentClient({
    gateways: [log.wrap(primary), log.wrap(secondary), log.wrap(bank)],
    clock,
    random: createSeededRandom(seed + 2),
    generateId: () => `${seed}-${++ids}`,
    onEvent: (event) => {
      log.onEvent(event);
      if (event.type === 'attempt.failed') attemptFailures += 1;
    },
    reporter: {
      captureError: (_error, context) => {
        reports += 1;
        if (context.operation === 'checkout') crashes += 1;
      },
    },
    retry: { maxAttempts: MAX_ATTEMPTS, attemptTimeoutMs: 5_000 },
    processing: { pollIntervalMs: 1_000, maxPollMs: 10_000 },
    circuitBreaker: { failureThreshold: 5, cooldownMs: 2_000 },
  });
  const shopperRandom = createSeededRandom(seed + 3);
  const money = { amount: 4999, currency: 'EUR' };
  const checkouts = Array.from({ length: count }, (_, i) => {
    const token = pickToken(shopperRandom, profile.mixedTokens);
    const random = createSeededRandom(seed * 100_003 + i);
    return async () => {
      await clock.sleep(i * ARRIVAL_GAP_MS);
      const checkout = client.createCheckout({ money });
      return { checkoutId: checkout.id, state: await shop(checkout, random, token) };
    };
  });
  const states = await clock.run(Promise.all(checkouts.map((run) => run())), { maxTimeMs: 10 * 60_000 });

  const gateways = [primary, secondary];
  const index = indexCharges(gateways);
  const problems: string[] = [];
  const tally: Record<string, number> = {};
  for (const { checkoutId, state } of states) {
    const label = state.status === 'failed' ? `failed:${state.error.code}` : state.status;
    tally[label] = (tally[label] ?? 0) + 1;
    if (!SETTLED.has(state.status)) problems.push(`checkout ${checkoutId} did not settle: ${state.status}`);
    problems.push(...truthViolations(checkoutId, state, index));
  }
  for (const g of gateways) if (g.ledger.doubleCharged().length > 0) problems.push(`${g.id}: double charges ${g.ledger.doubleCharged().join(', ')}`);
  problems.push(...keyReuseViolations(gateways, MAX_ATTEMPTS));
  problems.push(...reconcileViolations(log.entries));
  // Invariant 6: every failed call reported once and emitted once; no checkout stopped unexpectedly.
  if (reports !== attemptFailures) problems.push(`${reports} reports for ${attemptFailures} attempt.failed events`);
  if (crashes > 0) problems.push(`${crashes} checkouts stopped unexpectedly (reported with operation 'checkout')`);
  return { profile: profile.name, gateways, states, problems, pendingTimers: clock.pendingTimers(), tally };
}

describe('chaos: 10,000 seeded checkouts across fault profiles', () => {
  it('never charges twice, always settles, reuses keys on retry and reconciles before a new key', async () => {
    const perProfile = Math.floor(TOTAL / PROFILES.length);
    const runs: ProfileRun[] = [];
    for (const [i, profile] of PROFILES.entries()) {
      const count = perProfile + (i === 0 ? TOTAL - perProfile * PROFILES.length : 0);
      runs.push(await runProfile(profile, count, 1000 + i));
    }

    expect(runs.reduce((n, r) => n + r.states.length, 0)).toBe(TOTAL);
    // The invariants, over every checkout and every ledger.
    expect(runs.flatMap((r) => r.problems.slice(0, 5).map((p) => `${r.profile}: ${p}`))).toEqual([]);
    expect(runs.map((r) => r.pendingTimers)).toEqual(runs.map(() => 0));

    // The faults really happened, and the engine really recovered from them.
    const byName = new Map(runs.map((r) => [r.profile, r]));
    const injected = (name: string, type: string) =>
      byName.get(name)!.gateways[0]!.injectedFaults().filter((c) => c.fault?.type === type).length;
    expect(injected('timeouts after commit', 'timeout')).toBeGreaterThan(100);
    expect(byName.get('timeouts after commit')!.gateways[0]!.calls.filter((c) => c.fault && c.committed).length).toBeGreaterThan(100);
    expect(injected('429 with Retry-After', 'rate_limited')).toBeGreaterThan(100);
    expect(byName.get('flaky: network errors before send')!.tally.succeeded).toBeGreaterThan(perProfile * 0.9);
    expect(byName.get('timeouts after commit')!.tally.succeeded).toBeGreaterThan(perProfile * 0.9);
    const outage = byName.get('primary outage, healthy secondary and bank transfer')!;
    expect(outage.gateways[1]!.ledger.chargeCount()).toBeGreaterThan(0);
    expect(outage.tally.pending_manual).toBeGreaterThan(0);
    expect(outage.gateways[0]!.calls.filter((c) => c.outage).length).toBeLessThan(perProfile); // the circuit opened
    const brownOut = byName.get('brown-out: 503 half committed, status look-ups fail too')!;
    expect(brownOut.tally['failed:outcome_unknown']).toBeGreaterThan(0);
    const blind = byName.get('no status look-up: timeouts after commit cannot be reconciled')!;
    expect(blind.tally['failed:outcome_unknown']).toBeGreaterThan(0);
    // Safety wins over availability: a checkout whose primary call left the outcome unknown (every
    // brown-out call does, and look-ups fail) never gets charged by the healthy secondary. Checkouts
    // that found the circuit already open never called the primary, and may fall back.
    const unknownAtPrimary = new Set(brownOut.gateways[0]!.calls.filter((c) => c.operation === 'confirm').map((c) => c.checkoutId!));
    expect(unknownAtPrimary.size).toBeGreaterThan(0);
    expect([...unknownAtPrimary].filter((id) => brownOut.gateways[1]!.ledger.chargeCount(id) > 0)).toEqual([]);
    expect(brownOut.gateways[1]!.ledger.chargeCount()).toBeGreaterThan(0);
  }, 120_000); // ~7 s of CPU; the margin is for a loaded machine, the virtual clock already catches hangs
});
