// Bundles each built ESM entry the way a storefront's esbuild-based bundler
// would (honouring this package's "sideEffects") and fails on any warning, so a
// consumer's build stays quiet.
import * as esbuild from 'esbuild';

const entries = ['dist/core.js', 'dist/index.js', 'dist/stripe.js', 'dist/testing.js'];
let failed = false;
for (const entry of entries) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    packages: 'external',
    logLevel: 'silent',
  });
  if (result.warnings.length === 0) continue;
  failed = true;
  const messages = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
  console.error(`${entry}: ${result.warnings.length} bundler warning(s)\n${messages.join('')}`);
}
if (failed) process.exit(1);
console.log(`bundling ${entries.join(', ')} prints no warnings`);
