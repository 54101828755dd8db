// Checks that the built React entries begin with the 'use client' directive
// (React Server Components need it), and that core and testing do not.
import { readFileSync } from 'node:fs';

const mustHave = ['dist/index.js', 'dist/index.cjs', 'dist/stripe.js', 'dist/stripe.cjs'];
const mustNotHave = ['dist/core.js', 'dist/core.cjs', 'dist/testing.js', 'dist/testing.cjs'];
const directive = /^\s*(['"])use client\1;?/;
let failed = false;
for (const file of mustHave) {
  if (!directive.test(readFileSync(file, 'utf8'))) {
    console.error(`${file}: does not begin with 'use client'`);
    failed = true;
  }
}
for (const file of mustNotHave) {
  if (/(['"])use client\1/.test(readFileSync(file, 'utf8').slice(0, 200))) {
    console.error(`${file}: must not be a client module`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`'use client' present in ${mustHave.join(', ')}; absent from core and testing.`);
