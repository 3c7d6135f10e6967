// Generates src/api/schema.d.ts from the published contract ../openapi.yaml
// (generated from the backend by SmallRye OpenAPI).
// The backend declares which properties are always present (`required`) and which may be
// null (type [T, "null"]), so the generated types are exact without flags.
import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(root, '../openapi.yaml');
const output = resolve(root, 'src/api/schema.d.ts');
if (!existsSync(input)) {
  console.error(`gen:api: ${input} is missing (the backend build publishes it)`);
  process.exit(1);
}
mkdirSync(dirname(output), { recursive: true });
const cli = resolve(root, 'node_modules/openapi-typescript/bin/cli.js');
execFileSync(process.execPath, [cli, input, '-o', output], {
  stdio: 'inherit',
  cwd: root,
});
