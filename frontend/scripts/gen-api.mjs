// Generates src/api/schema.d.ts from the published contract ../openapi.yaml
// (generated from the backend by SmallRye OpenAPI).
// The backend declares which properties are always present (`required`) and which may be
// null (type [T, "null"]), so the generated types are exact without flags.
// OPENAPI_FILE=path reads another contract (e.g. one not yet published) instead of ../openapi.yaml.
// Skipped when src/api/schema.d.ts is newer than the contract, this script and package-lock.json (the generator's version).
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.env.OPENAPI_FILE ? resolve(process.env.OPENAPI_FILE) : resolve(root, '../openapi.yaml');
const output = resolve(root, 'src/api/schema.d.ts');
if (!existsSync(input)) {
  console.error(`gen:api: ${input} is missing (the backend build publishes it)`);
  process.exit(1);
}
// Already made from this contract (build, test and the end-to-end tests each ask): a few seconds saved each time.
const mtime = (f) => statSync(f).mtimeMs;
const madeFrom = [input, fileURLToPath(import.meta.url), resolve(root, 'package-lock.json')];
if (existsSync(output) && madeFrom.every((f) => mtime(output) > mtime(f))) {
  console.log(`gen:api: ${output} is newer than ${input}`);
  process.exit(0);
}
// A schema that is only a $ref to itself (SmallRye does this for a type it cannot map, e.g. YearMonth)
// makes openapi-typescript fail with "Self-referencing circular pointer": say which one and why.
const text = readFileSync(input, 'utf8');
const selfRefs = [...text.matchAll(/^ {4}(\w+):\r?\n {6}\$ref: ["']?#\/components\/schemas\/(\w+)["']?\s*$/gm)]
  .filter((m) => m[1] === m[2])
  .map((m) => m[1]);
if (selfRefs.length > 0) {
  console.error(`gen:api: ${input}: schema ${selfRefs.join(', ')} refers only to itself; the backend must map that Java type ` +
    '(e.g. mp.openapi.schema.java.time.YearMonth={"type":"string","pattern":"^\\\\d{4}-\\\\d{2}$"}) and regenerate the contract.');
  process.exit(1);
}
mkdirSync(dirname(output), { recursive: true });
const cli = resolve(root, 'node_modules/openapi-typescript/bin/cli.js');
execFileSync(process.execPath, [cli, input, '-o', output], { stdio: 'inherit', cwd: root });
