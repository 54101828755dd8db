/**
 * The three gateways of one benchmark run, built from the testing kit and
 * wrapped so every call is counted per checkout.
 */
import type { AttemptContext, GatewayAdapter } from '../../src/core/types';
import type { VirtualClock } from '../../src/testing/virtual-clock';
import type { SimulatedLedger } from '../../src/testing/ledger';
import type { FaultCallInfo } from '../../src/testing/faults';
import { createSimulatedGateway, type SimulatedGatewayOptions } from '../../src/testing/index';
import { createBankTransferGateway } from '../../src/adapters/bank-transfer/index';
import { GATEWAY_IDS, type FaultProfile, type GatewayFaults } from './profiles';

/**
 * Typical virtual latency of each gateway's answer, ms. Card gateways vary per
 * call (seeded): `base × U(0.5, 1.5)`, and 2% of calls take 4× that (a slow
 * tail). Bank transfer only builds instructions: a fixed 40 ms.
 */
export const LATENCY_MS = { primary: 120, secondary: 180, bank: 40 } as const;

/** Share of card calls in the slow tail, and how much slower they are. */
export const SLOW_TAIL = { share: 0.02, factor: 4 } as const;

function cardLatency(baseMs: number): (call: FaultCallInfo) => number {
  return ({ random }) => {
    const spread = baseMs * (0.5 + random());
    return Math.round(random() < SLOW_TAIL.share ? spread * SLOW_TAIL.factor : spread);
  };
}

/** One gateway of a run. */
export interface BenchGateway {
  id: string;
  kind: 'online' | 'manual';
  /** The adapter strategies call: the kit's gateway, with calls counted. */
  adapter: GatewayAdapter;
  /** The simulated gateway's books (online gateways). */
  ledger?: SimulatedLedger;
}

/** The gateways of one run, in priority order, with their call counts and ledgers. */
export interface BenchGateways {
  list: readonly BenchGateway[];
  byId(id: string): BenchGateway;
  /** Gateway calls made for `checkoutId`, all gateways. */
  callsOf(checkoutId: string): number;
  /** Card charges per checkout id, over all online ledgers. Read after the run. */
  chargeCounts(): Map<string, number>;
}

function countingAdapter(inner: GatewayAdapter, count: (checkoutId: string) => void): GatewayAdapter {
  const adapter: GatewayAdapter = {
    id: inner.id,
    label: inner.label,
    kind: inner.kind,
    confirm(req, ctx) {
      count(req.checkoutId);
      return inner.confirm(req, ctx);
    },
    normalizeError: (error) => inner.normalizeError(error),
  };
  if (inner.supports) adapter.supports = (req) => inner.supports!(req);
  if (inner.load) adapter.load = (signal) => inner.load!(signal);
  if (inner.retrieve) {
    adapter.retrieve = (ref, ctx) => {
      count(ref.checkoutId);
      return inner.retrieve!(ref, ctx);
    };
  }
  if (inner.handleAction) {
    adapter.handleAction = (action, ctx: AttemptContext, input) => {
      // handleAction carries no checkout id; the benchmark never asks for 3-D Secure.
      return inner.handleAction!(action, ctx, input);
    };
  }
  return adapter;
}

function kitFaults({ confirm, retrieve, outages }: GatewayFaults): Pick<SimulatedGatewayOptions, 'faults' | 'outages'> {
  return { faults: { confirm, retrieve }, outages: outages ?? [] };
}

/** Builds fresh gateways (empty ledgers, seeded faults) for one profile × strategy run. */
export function createBenchGateways(profile: FaultProfile, clock: VirtualClock, seed: number): BenchGateways {
  const calls = new Map<string, number>();
  const count = (checkoutId: string): void => {
    calls.set(checkoutId, (calls.get(checkoutId) ?? 0) + 1);
  };
  const primary = createSimulatedGateway({
    id: GATEWAY_IDS.primary,
    label: 'Card (primary)',
    clock,
    latencyMs: cardLatency(LATENCY_MS.primary),
    seed,
    ...kitFaults(profile.primary),
  });
  const secondary = createSimulatedGateway({
    id: GATEWAY_IDS.secondary,
    label: 'Card (secondary)',
    clock,
    latencyMs: cardLatency(LATENCY_MS.secondary),
    seed: seed + 1,
    ...kitFaults(profile.secondary),
  });
  const bank = createBankTransferGateway({
    id: GATEWAY_IDS.bank,
    clock,
    latencyMs: LATENCY_MS.bank,
    beneficiary: 'Example Shop GmbH',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
  });
  const list: BenchGateway[] = [
    { id: primary.id, kind: 'online', adapter: countingAdapter(primary, count), ledger: primary.ledger },
    { id: secondary.id, kind: 'online', adapter: countingAdapter(secondary, count), ledger: secondary.ledger },
    { id: bank.id, kind: 'manual', adapter: countingAdapter(bank, count) },
  ];
  return {
    list,
    byId(id) {
      const gateway = list.find((g) => g.id === id);
      if (!gateway) throw new Error(`bench: no gateway ${id}`);
      return gateway;
    },
    callsOf: (checkoutId) => calls.get(checkoutId) ?? 0,
    chargeCounts() {
      const counts = new Map<string, number>();
      for (const gateway of list) {
        for (const charge of gateway.ledger?.charges ?? []) {
          counts.set(charge.checkoutId, (counts.get(charge.checkoutId) ?? 0) + 1);
        }
      }
      return counts;
    },
  };
}
