// Runs a TypeScript bench entry without a TS runner: esbuild bundles it (our
// src/ included, npm packages left external) into node_modules/.cache and
// Node imports the result. No type checking here; `npm run typecheck` covers bench/.
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cacheDir = join(root, 'node_modules/.cache/react-secure-payments-bench');

/** Bundles `entry` (a path relative to the repository root) and imports it. */
export async function importTs(entry) {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = join(cacheDir, basename(entry).replace(/\.tsx?$/, '.mjs'));
  await esbuild.build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?v=${Date.now()}`);
}
