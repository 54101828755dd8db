// node bench/resilience/run.mjs [--n 20000] [--seed N] [--profile flaky,healthy] [--workers 2] [--out file]
import { join } from 'node:path';
import { importTs, root } from '../lib/import-ts.mjs';

/** Runs the resilience benchmark; resolves `{ exitCode, report }` (the printed tables). */
export async function runResilienceCli(argv) {
  const { main } = await importTs('bench/resilience/main.ts');
  return main(argv, join(root, 'bench/results/resilience.json'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await runResilienceCli(process.argv.slice(2))).exitCode;
}
