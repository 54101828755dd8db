// Marks the React entries as client modules for React Server Components by
// prepending 'use client' to dist/index.* and dist/stripe.*. It runs after the
// build because one esbuild build makes every entry (so core, testing and the
// React entries share chunks instead of each carrying its own copy of the
// engine), and a tsup banner would mark core and the shared chunks too.
// The source map gains one empty line at the top, so its positions stay right.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIRECTIVE = "'use client';\n";
const files = ['dist/index.js', 'dist/index.cjs', 'dist/stripe.js', 'dist/stripe.cjs'];

for (const file of files) {
  const code = readFileSync(file, 'utf8');
  if (code.startsWith(DIRECTIVE)) continue;
  writeFileSync(file, DIRECTIVE + code);
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    map.mappings = `;${map.mappings}`;
    writeFileSync(mapFile, JSON.stringify(map));
  }
}
