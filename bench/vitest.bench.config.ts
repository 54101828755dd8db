import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Micro-benchmarks (`vitest bench`): not part of `npm test`. Run with
// `npx vitest bench --run --config bench/vitest.bench.config.ts` or `npm run bench`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    include: [],
    benchmark: {
      include: ['bench/**/*.bench.ts'],
      outputJson: 'bench/results/engine.json',
    },
  },
});
