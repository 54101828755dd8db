// Removes the bare `import "./chunk-….js";` lines esbuild adds to ESM entries
// to keep module load order. The package declares its JavaScript free of side
// effects, so a storefront's bundler drops those imports anyway, and
// esbuild-based bundlers (Vite's dependency optimizer, size-limit) print an
// `ignored-bare-import` warning for each. A line is removed only when esbuild,
// told to ignore every side-effect annotation, tree-shakes the chunk down to
// nothing, so no load-order effect can be lost. The line is blanked, not
// deleted, so source-map positions stay right. Fails if a bare import is left.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const dist = resolve('dist');
const bareChunkImport = /^import "\.\/(chunk-[\w-]+\.js)";$/gm;

async function hasSideEffects(chunk) {
  const result = await esbuild.build({
    stdin: { contents: `import "./${chunk}";`, resolveDir: dist, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    treeShaking: true,
    ignoreAnnotations: true,
    packages: 'external',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.trim() !== '';
}

let removed = 0;
for (const name of readdirSync(dist).filter((file) => file.endsWith('.js'))) {
  const file = join(dist, name);
  const code = readFileSync(file, 'utf8');
  let next = code;
  for (const [line, chunk] of code.matchAll(bareChunkImport)) {
    if (await hasSideEffects(chunk)) {
      console.error(`${name}: keeps \`${line}\`: ${chunk} has top-level side effects`);
      process.exitCode = 1;
      continue;
    }
    next = next.replace(line, '');
    removed += 1;
  }
  if (next !== code) writeFileSync(file, next);
}
if (removed > 0) console.log(`dropped ${removed} bare chunk import(s) with no side effects`);
