// node bench/resilience/run.mjs [--n 20000] [--seed N] [--profile flaky,healthy] [--out file]
import { join } from 'node:path';
import { importTs, root } from '../lib/import-ts.mjs';

export async function runResilienceCli(argv) {
  const { main } = await importTs('bench/resilience/main.ts');
  return main(argv, join(root, 'bench/results/resilience.json'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runResilienceCli(process.argv.slice(2));
}
