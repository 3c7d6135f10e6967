// Counts test cases in JUnit XML files (Surefire, Vitest, node --test).
//   node scripts/junit-summary.mjs FILE_OR_DIR...
// Prints one JSON line {"passed":N,"failed":N,"skipped":N,"files":N,"failures":["suite › name", ...]}.
// A directory is searched (not recursively) for TEST-*.xml and *junit*.xml files.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const files = [];
for (const arg of process.argv.slice(2)) {
  if (!existsSync(arg)) continue;
  if (statSync(arg).isDirectory()) {
    for (const f of readdirSync(arg).sort()) {
      if (/^TEST-.*\.xml$/.test(f) || /junit.*\.xml$/.test(f)) files.push(join(arg, f));
    }
  } else {
    files.push(arg);
  }
}

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? m[1].replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : '';
};

let passed = 0, failed = 0, skipped = 0;
const failures = [];
for (const file of files) {
  const xml = readFileSync(file, 'utf8').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const re = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g;
  let m;
  while ((m = re.exec(xml))) {
    const body = m[3] || '';
    if (/<(failure|error)\b/.test(body)) {
      failed++;
      failures.push(`${attr(m[0], 'classname') || file} › ${attr(m[0], 'name')}`);
    } else if (/<skipped\b/.test(body)) {
      skipped++;
    } else {
      passed++;
    }
  }
}
process.stdout.write(JSON.stringify({ passed, failed, skipped, files: files.length, failures }) + '\n');
