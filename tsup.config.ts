import { defineConfig } from 'tsup';

// One build, four entries. React entries get a 'use client' banner; core and
// testing never do (they run on servers too).
const shared = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  external: ['react', 'react-dom', '@stripe/stripe-js', '@stripe/react-stripe-js', 'zod'],
};

export default defineConfig([
  {
    ...shared,
    entry: { core: 'src/core/index.ts', testing: 'src/testing/index.ts' },
    clean: true,
  },
  {
    ...shared,
    entry: { index: 'src/index.ts', stripe: 'src/adapters/stripe/index.ts' },
    banner: { js: "'use client';" },
    // tsup's extra rollup tree-shaking pass drops module-level directives ("use client" was
    // ignored); esbuild has already tree-shaken the bundle, and consumers' bundlers do again.
    treeshake: false,
    onSuccess: 'node scripts/copy-styles.mjs',
  },
]);
