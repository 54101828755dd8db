/**
 * Runs one profile × strategy: N checkouts arriving every `ARRIVAL_GAP_MS`
 * on one virtual clock, against fresh seeded gateways.
 */
import { createVirtualClock } from '../../src/testing/virtual-clock';
import { createBenchGateways } from './gateways';
import type { CheckoutRecord } from './metrics';
import { ARRIVAL_GAP_MS, type FaultProfile } from './profiles';
import type { Strategy } from './strategies/strategy';

/** The records of one run, and when each gateway's circuit first opened (engine only). */
export interface ProfileRun {
  records: CheckoutRecord[];
  circuitOpenedAt: ReadonlyMap<string, number>;
}

/** Virtual time a run may take beyond the arrivals themselves. */
const SLACK_MS = 60 * 60 * 1000;

/** Runs `n` checkouts of `profile` with `strategy`. */
export async function runProfile(profile: FaultProfile, strategy: Strategy, n: number, seed: number): Promise<ProfileRun> {
  const clock = createVirtualClock();
  const gateways = createBenchGateways(profile, clock, seed);
  const run = strategy.start({ profile, clock, gateways, seed });
  const partial: Omit<CheckoutRecord, 'calls' | 'charges'>[] = new Array(n);

  async function arrivals(): Promise<void> {
    const inFlight: Promise<void>[] = [];
    for (let index = 0; index < n; index++) {
      if (index > 0) await clock.sleep(ARRIVAL_GAP_MS);
      const startedAt = clock.now();
      inFlight.push(
        run.runCheckout(index).then(({ checkoutId, outcome }) => {
          partial[index] = { index, checkoutId, startedAt, settledAt: clock.now(), outcome };
        }),
      );
    }
    await Promise.all(inFlight);
  }

  await clock.run(arrivals, { maxTimeMs: n * ARRIVAL_GAP_MS + SLACK_MS, maxSteps: 200 * n + 1000 });
  const charges = gateways.chargeCounts();
  const records = partial.map((r) => ({ ...r, calls: gateways.callsOf(r.checkoutId), charges: charges.get(r.checkoutId) ?? 0 }));
  return { records, circuitOpenedAt: run.circuitOpenedAt?.() ?? new Map() };
}
