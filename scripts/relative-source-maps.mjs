// Rewrites absolute paths in dist/*.map (`file` and `sources`) as paths
// relative to the map. tsup's CommonJS code splitting names each generated .cjs
// file by its absolute path on the build machine; published maps must not carry
// that path, and a relative one still resolves for debuggers. Fails if any
// absolute path is left.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

const dist = resolve('dist');
let rewritten = 0;
for (const name of readdirSync(dist).filter((file) => file.endsWith('.map'))) {
  const file = join(dist, name);
  const map = JSON.parse(readFileSync(file, 'utf8'));
  let changed = false;
  map.sources = map.sources.map((source) => {
    if (!isAbsolute(source)) return source;
    changed = true;
    return relative(dirname(file), source).split('\\').join('/');
  });
  if (typeof map.file === 'string' && isAbsolute(map.file)) {
    map.file = relative(dirname(file), map.file).split('\\').join('/');
    changed = true;
  }
  if (changed) {
    writeFileSync(file, JSON.stringify(map));
    rewritten += 1;
  }
  const left = [map.file, ...map.sources].filter((path) => typeof path === 'string' && isAbsolute(path));
  if (left.length > 0) {
    console.error(`${name}: absolute source paths left: ${left.join(', ')}`);
    process.exitCode = 1;
  }
}
if (rewritten > 0) console.log(`source maps: made absolute sources relative in ${rewritten} file(s)`);
