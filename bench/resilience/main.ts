/**
 * The resilience benchmark: every fault profile × strategy, on the virtual
 * clock, with seeded simulated gateways. Run through `bench/resilience/run.mjs`
 * (`node bench/resilience/run.mjs --n 20000`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { summarize, type Summary } from './metrics';
import { ARRIVAL_GAP_MS, PROFILES, RATE_LIMIT_PERIOD_MS, RATE_LIMIT_WINDOW_MS, type FaultProfile } from './profiles';
import { LATENCY_MS, SLOW_TAIL } from './gateways';
import { runProfile, type ProfileRun } from './run-profile';
import { engine } from './strategies/engine';
import { naiveRetry } from './strategies/naive-retry';
import { noRetry } from './strategies/no-retry';
import { oracle } from './strategies/oracle';
import { CALL_TIMEOUT_MS } from './strategies/bare-call';
import type { Strategy } from './strategies/strategy';
import { afterOpen, checkTargets, type AfterOpen, type TargetResult } from './targets';

/** Strategies in table order. */
export const STRATEGIES: readonly Strategy[] = [noRetry, naiveRetry, engine, oracle];

/** Options of one benchmark run. */
export interface ResilienceOptions {
  /** Checkouts per profile × strategy. Default 20,000. */
  n: number;
  seed: number;
  /** Profile ids to run (default all). */
  profiles?: string[];
  /** Where to write the JSON results. */
  out?: string;
  /** Worker threads running profiles side by side. Default: min(2, available cores). */
  workers?: number;
}

/** The results of one profile. */
export interface ProfileResult {
  id: string;
  label: string;
  summaries: Record<string, Summary>;
  afterOpen: AfterOpen;
  targets: TargetResult[];
}

/** Everything `bench/results/resilience.json` holds. */
export interface ResilienceResult {
  generatedAt: string;
  n: number;
  seed: number;
  setup: Record<string, unknown>;
  profiles: ProfileResult[];
  pass: boolean;
  /** Real seconds the benchmark took. */
  wallSeconds: number;
}

/** Runs every strategy on one profile and checks the targets. */
export async function runProfileResult(profile: FaultProfile, n: number, seed: number): Promise<ProfileResult> {
  const summaries: Record<string, Summary> = {};
  const runs = new Map<string, ProfileRun>();
  for (const strategy of STRATEGIES) {
    const t0 = performance.now();
    const run = await runProfile(profile, strategy, n, seed);
    runs.set(strategy.id, run);
    summaries[strategy.id] = summarize(run.records);
    process.stderr.write(`  ${profile.id} × ${strategy.id}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const engineRun = runs.get(engine.id)!;
  const oracleRun = runs.get(oracle.id)!;
  const open = afterOpen(profile, engineRun.records, oracleRun.records, engineRun.circuitOpenedAt);
  return {
    id: profile.id,
    label: profile.label,
    summaries,
    afterOpen: open,
    targets: checkTargets(profile, summaries[engine.id]!, summaries[oracle.id]!, open),
  };
}

interface WorkerJob {
  kind: 'resilience-profile';
  profileId: string;
  n: number;
  seed: number;
}

/** Runs profiles on `workers` threads (this same module), in table order. */
async function runProfilesInWorkers(profiles: readonly FaultProfile[], n: number, seed: number, workers: number): Promise<ProfileResult[]> {
  const results = new Array<ProfileResult>(profiles.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < profiles.length) {
      const index = next++;
      const job: WorkerJob = { kind: 'resilience-profile', profileId: profiles[index]!.id, n, seed };
      results[index] = await new Promise<ProfileResult>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: job });
        worker.once('message', (result: ProfileResult) => resolve(result));
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`bench/resilience: worker for ${job.profileId} exited with ${code}`));
        });
      });
    }
  }
  await Promise.all(Array.from({ length: Math.min(workers, profiles.length) }, lane));
  return results;
}

if (!isMainThread && (workerData as WorkerJob | undefined)?.kind === 'resilience-profile') {
  const job = workerData as WorkerJob;
  const profile = PROFILES.find((p) => p.id === job.profileId)!;
  const result = await runProfileResult(profile, job.n, job.seed);
  parentPort!.postMessage(result);
}

/** Runs the benchmark. */
export async function runResilience(options: ResilienceOptions): Promise<ResilienceResult> {
  const started = performance.now();
  const profiles = PROFILES.filter((p) => !options.profiles || options.profiles.includes(p.id));
  if (profiles.length === 0) throw new Error(`bench/resilience: no profile matches ${options.profiles?.join(', ')}`);
  const workers = options.workers ?? 1;
  const results: ProfileResult[] = [];
  if (workers > 1) {
    results.push(...(await runProfilesInWorkers(profiles, options.n, options.seed, workers)));
  } else {
    for (const profile of profiles) results.push(await runProfileResult(profile, options.n, options.seed));
  }
  const result: ResilienceResult = {
    generatedAt: new Date().toISOString(),
    n: options.n,
    seed: options.seed,
    setup: {
      arrivalGapMs: ARRIVAL_GAP_MS,
      latencyMs: LATENCY_MS,
      cardLatency: `base × U(0.5, 1.5); ${SLOW_TAIL.share * 100}% of calls × ${SLOW_TAIL.factor}`,
      callTimeoutMs: CALL_TIMEOUT_MS,
      rateLimit: { periodMs: RATE_LIMIT_PERIOD_MS, windowMs: RATE_LIMIT_WINDOW_MS },
      engine: 'createPaymentClient defaults: retry 3 / 250 ms / 4000 ms / 20000 ms, circuit 5 failures / 30000 ms',
    },
    profiles: results,
    pass: results.every((p) => p.targets.every((t) => t.pass)),
    wallSeconds: (performance.now() - started) / 1000,
  };
  if (options.out) {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  }
  return result;
}

/** A table that reads as text and as Markdown. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const ms = (x: number): string => (Number.isFinite(x) ? String(Math.round(x)) : 'n/a');
const num = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** The three tables: all checkouts, after the circuit opened, targets. */
export function formatResilience(result: ResilienceResult): string {
  const strategyLabel = new Map(STRATEGIES.map((s) => [s.id, s.label]));
  const rows: string[][] = [];
  for (const p of result.profiles) {
    for (const [id, s] of Object.entries(p.summaries)) {
      rows.push([
        p.id,
        strategyLabel.get(id) ?? id,
        pct(s.successPct),
        pct(s.manualPct),
        pct(s.unknownPct),
        String(s.doubleCharges),
        String(s.chargedNotConfirmed),
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        num(s.callsPerCheckout),
      ]);
    }
  }
  const main = table(
    ['profile', 'strategy', 'success %', 'bank transfer %', 'outcome unknown %', 'double charges', 'charged, not confirmed', 'p50 ms', 'p95 ms', 'p99 ms', 'calls/checkout'],
    rows,
  );
  const openRows = result.profiles
    .filter((p) => p.afterOpen.openedAt !== undefined || p.targets.some((t) => t.target.startsWith('p95')))
    .map((p) => {
      const o = p.afterOpen;
      return [
        p.id,
        o.openedAt === undefined ? 'never' : `${(o.openedAt / 1000).toFixed(2)} s`,
        String(o.checkouts),
        o.engine ? ms(o.engine.p95) : 'n/a',
        o.oracle ? ms(o.oracle.p95) : 'n/a',
        o.engine ? num(o.engine.callsPerCheckout, 3) : 'n/a',
        o.oracle ? num(o.oracle.callsPerCheckout, 3) : 'n/a',
        o.engine ? pct(o.engine.successPct) : 'n/a',
      ];
    });
  const open = table(
    ['profile', 'circuit open at (virtual)', 'checkouts after', 'engine p95 ms', 'oracle p95 ms', 'engine calls/checkout', 'oracle calls/checkout', 'engine success %'],
    openRows,
  );
  const targetRows = result.profiles.flatMap((p) => p.targets.map((t) => [t.pass ? 'PASS' : 'FAIL', t.profile, t.target, t.measured, t.limit]));
  const targets = table(['result', 'profile', 'target', 'measured', 'limit'], targetRows);
  return [
    `N = ${result.n} checkouts per profile × strategy, seed ${result.seed}, one arrival every ${ARRIVAL_GAP_MS} virtual ms.`,
    '',
    main,
    '',
    'Once the circuit is open (checkouts that arrived after the last outage circuit first opened):',
    '',
    open,
    '',
    'Targets (engine):',
    '',
    targets,
    '',
    `${result.pass ? 'All targets pass' : 'SOME TARGETS FAIL'} — ${result.wallSeconds.toFixed(1)} s of real time.`,
  ].join('\n');
}

/** Parses `--n 20000 --seed 7 --profile flaky --out file`. */
export function parseArgs(argv: readonly string[]): ResilienceOptions {
  const options: ResilienceOptions = { n: 20_000, seed: 20261204, workers: Math.min(2, availableParallelism()) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`bench/resilience: ${flag} needs a value`);
      return v;
    };
    if (flag === '--n') options.n = Number(value());
    else if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--profile') (options.profiles ??= []).push(...value().split(','));
    else if (flag === '--out') options.out = value();
    else if (flag === '--workers') options.workers = Number(value());
    else throw new Error(`bench/resilience: unknown option ${arg} (known: --n, --seed, --profile, --out, --workers)`);
  }
  if (!Number.isInteger(options.n) || options.n < 1) throw new Error('bench/resilience: --n must be a positive integer');
  if (!Number.isFinite(options.seed)) throw new Error('bench/resilience: --seed must be a number');
  if (!Number.isInteger(options.workers) || options.workers! < 1) throw new Error('bench/resilience: --workers must be a positive integer');
  return options;
}

/** CLI entry: runs, prints the tables, returns the exit code and the printed report. */
export async function main(argv: readonly string[], defaultOut: string): Promise<{ exitCode: number; report: string }> {
  const options = parseArgs(argv);
  options.out ??= defaultOut;
  const result = await runResilience(options);
  const report = formatResilience(result);
  console.log('\n## Resilience under faults\n');
  console.log(report);
  console.log(`\nwrote ${options.out}`);
  return { exitCode: result.pass ? 0 : 1, report };
}
