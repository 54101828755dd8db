#!/usr/bin/env node
// Proves that the built `react-secure-payments/core` runs in plain Node without React:
// 1. its static import graph (dist/core.{js,cjs} and the chunks they load) names no react, react-dom or @stripe/*;
// 2. `import('./dist/core.js')` and `require('./dist/core.cjs')` succeed while any attempt to load those
//    packages throws.
// Run after `npm run build`.
import { readFileSync, existsSync } from 'node:fs';
import Module, { createRequire, register } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FORBIDDEN = /^(react|react-dom|@stripe\/.+)(\/.*)?$/;
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

function importGraph(entry) {
  const seen = new Set();
  const offenders = [];
  const queue = [join(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${entry}: missing file ${file} (run npm run build first)`);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else if (FORBIDDEN.test(spec)) offenders.push(`${file.slice(root.length + 1)} imports ${spec}`);
    }
  }
  return { files: seen.size, offenders };
}

let failed = false;
for (const entry of ['dist/core.js', 'dist/core.cjs']) {
  const { files, offenders } = importGraph(entry);
  if (offenders.length > 0) {
    failed = true;
    console.error(`✗ ${entry}: the core must not import React or a gateway SDK:\n  ${offenders.join('\n  ')}`);
  } else {
    console.log(`✓ ${entry}: ${files} file(s) in its import graph, none imports react, react-dom or @stripe/*`);
  }
}

// Make every attempt to load a forbidden package fail, in both module systems.
register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (${FORBIDDEN}.test(specifier)) throw new Error('core loaded ' + specifier);
      return next(specifier, context);
    }`),
  pathToFileURL(root + '/'),
);
const load = Module._load;
Module._load = function guardedLoad(request, ...rest) {
  if (FORBIDDEN.test(request)) throw new Error(`core required ${request}`);
  return load.call(this, request, ...rest);
};

try {
  const esm = await import(pathToFileURL(join(root, 'dist/core.js')).href);
  if (typeof esm.toPaymentError !== 'function' || typeof esm.createPaymentClient !== 'function') {
    throw new Error('dist/core.js does not export toPaymentError and createPaymentClient');
  }
  console.log('✓ import("./dist/core.js") works in plain Node with react unloadable');
  const cjs = createRequire(import.meta.url)(join(root, 'dist/core.cjs'));
  if (typeof cjs.toPaymentError !== 'function' || typeof cjs.createPaymentClient !== 'function') {
    throw new Error('dist/core.cjs does not export toPaymentError and createPaymentClient');
  }
  console.log('✓ require("./dist/core.cjs") works in plain Node with react unloadable');
} catch (error) {
  failed = true;
  console.error(`✗ loading the core failed: ${error instanceof Error ? error.message : String(error)}`);
}

process.exit(failed ? 1 : 0);
