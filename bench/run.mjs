// npm run bench [-- --n 20000 --seed N --profile a,b --skip-build]
// Builds dist/, then runs every benchmark and prints its tables:
//   1. bundle size (bench/size/measure.mjs)        → bench/results/size.json
//   2. resilience under faults (bench/resilience/) → bench/results/resilience.json
//   3. engine overhead and redact (vitest bench)   → bench/results/engine.json
// Writes everything it printed as Markdown to bench/results/summary.md.
// Exits non-zero when a budget or target fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/import-ts.mjs';
import { summarizeEngineBench, formatEngineBench } from './lib/engine-bench-summary.mjs';
import { runResilienceCli } from './resilience/run.mjs';
import { formatSizeTable, measureSizes } from './size/measure.mjs';

const started = performance.now();
const argv = process.argv.slice(2);
const skipBuild = argv.includes('--skip-build');
const resilienceArgs = argv.filter((a) => a !== '--skip-build');
const failures = [];
/** Markdown sections for bench/results/summary.md. */
const report = [];

function step(title) {
  console.log(`\n== ${title} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

if (!skipBuild) {
  step('build (tsup)');
  if (run('npx', ['tsup', '--silent']) !== 0) {
    console.error('bench: the build failed; bundle sizes need dist/.');
    process.exit(1);
  }
}

step('bundle size');
const sizes = await measureSizes();
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/size.json'), `${JSON.stringify(sizes, null, 2)}\n`);
console.log('\n## Bundle size\n');
console.log(formatSizeTable(sizes));
report.push('## Bundle size', formatSizeTable(sizes));
if (sizes.ours.some((r) => r.withinBudget === false)) failures.push('bundle size budget');
const plannedMisses = sizes.ours.filter((r) => r.withinPlanned === false).map((r) => `${r.path} ${(r.gzipBytes / 1000).toFixed(1)} kB > ${(r.plannedBytes / 1000).toFixed(0)} kB`);

step('resilience under faults (virtual clock)');
const resilience = await runResilienceCli(resilienceArgs);
report.push('## Resilience under faults', resilience.report);
if (resilience.exitCode !== 0) failures.push('resilience targets');

step('engine overhead and redact (vitest bench)');
if (run('npx', ['vitest', 'bench', '--run', '--config', 'bench/vitest.bench.config.ts']) !== 0) {
  failures.push('vitest bench did not run');
} else {
  const summary = summarizeEngineBench(join(root, 'bench/results/engine.json'));
  console.log('\n## Engine overhead\n');
  console.log(formatEngineBench(summary));
  report.push('## Engine overhead', formatEngineBench(summary));
  if (!summary.pass) failures.push('engine overhead per attempt');
}

const seconds = (performance.now() - started) / 1000;
const verdict =
  (failures.length ? `FAILED: ${failures.join(', ')}` : 'all CI budgets and targets pass') +
  (plannedMisses.length ? `; planned size budgets not met: ${plannedMisses.join(', ')}` : '');
console.log(`\n== done in ${seconds.toFixed(0)} s — ${verdict}`);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const cpu = process.cpuUsage();
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`   CPU time of this process and its worker threads: ${cpuSeconds.toFixed(0)} s (build and vitest run in child processes)`);
report.unshift(
  `Run ${new Date().toISOString()} on ${machine}: ${seconds.toFixed(0)} s wall, ${cpuSeconds.toFixed(0)} s CPU in the runner and its workers — ${verdict}.`,
);
writeFileSync(join(root, 'bench/results/summary.md'), `${report.join('\n\n')}\n`);
process.exitCode = failures.length ? 1 : 0;
