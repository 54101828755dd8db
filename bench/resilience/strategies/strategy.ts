/**
 * What a strategy of the resilience benchmark is: given the gateways and the
 * clock of one run, it takes checkouts one by one to an outcome.
 */
import type { VirtualClock } from '../../../src/testing/virtual-clock';
import type { BenchGateways } from '../gateways';
import type { CheckoutOutcome } from '../metrics';
import type { FaultProfile } from '../profiles';

/** Everything one run of a strategy gets. */
export interface StrategyEnv {
  profile: FaultProfile;
  clock: VirtualClock;
  gateways: BenchGateways;
  seed: number;
}

/** How one checkout ended. */
export interface CheckoutRun {
  checkoutId: string;
  outcome: CheckoutOutcome;
}

/** A strategy started for one run. */
export interface StrategyRun {
  /** Takes checkout number `index` to its final outcome (the shopper takes the first fallback offered). */
  runCheckout(index: number): Promise<CheckoutRun>;
  /** Virtual time each gateway's circuit first opened, for strategies that have circuits. */
  circuitOpenedAt?(): ReadonlyMap<string, number>;
}

/** One strategy: a row group of the table. */
export interface Strategy {
  id: string;
  label: string;
  start(env: StrategyEnv): StrategyRun;
}
