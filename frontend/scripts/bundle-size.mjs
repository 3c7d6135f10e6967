// Checks the initial JavaScript budget: every script and modulepreload that dist/index.html
// loads before any route chunk, gzip-compressed, must total at most 200 kB.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 200 * 1024;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const files = new Set();
for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) files.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) files.add(m[1]);
let total = 0;
for (const file of files) {
  const bytes = readFileSync(resolve(dist, `.${file}`));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} kB, gzip ${(gz / 1024).toFixed(1)} kB`);
}
console.log(`initial JS: gzip ${(total / 1024).toFixed(1)} kB (budget ${BUDGET / 1024} kB)`);
if (files.size === 0) {
  console.error('no script found in dist/index.html');
  process.exit(1);
}
if (total > BUDGET) {
  console.error('initial JS is over budget');
  process.exit(1);
}
