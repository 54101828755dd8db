import { defineConfig } from 'tsup';

// One build of all four entries, so the ESM output shares chunks: a storefront
// importing from `react-secure-payments`, `/core` and `/stripe` ships the
// engine once. The React entries get their 'use client' directive afterwards
// (scripts/add-use-client.mjs); core, testing and the shared chunks never do
// (they run on servers too).
export default defineConfig({
  entry: {
    core: 'src/core/index.ts',
    testing: 'src/testing/index.ts',
    index: 'src/index.ts',
    stripe: 'src/adapters/stripe/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  // tsup's extra rollup tree-shaking pass is not needed: esbuild has already
  // tree-shaken the bundle, and consumers' bundlers do again.
  treeshake: false,
  clean: true,
  external: ['react', 'react-dom', '@stripe/stripe-js', '@stripe/react-stripe-js', 'zod'],
  onSuccess: 'node scripts/copy-styles.mjs && node scripts/drop-bare-chunk-imports.mjs && node scripts/add-use-client.mjs && node scripts/relative-source-maps.mjs',
});
