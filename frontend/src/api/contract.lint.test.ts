/// <reference types="node" />
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// The contract (openapi.yaml) passes Spectral's OpenAPI and OWASP rules (.spectral.yaml) with no error: what an
// integrator's linter reports is what this reports.
// Vitest runs from the frontend folder, where the ruleset and Spectral are.
const frontend = process.cwd();

test('Spectral finds no error in openapi.yaml', { timeout: 300_000 }, async () => {
  const { stdout } = await promisify(execFile)(
    'node',
    ['node_modules/@stoplight/spectral-cli/dist/index.js', 'lint', '../openapi.yaml', '--ruleset', '.spectral.yaml',
      '--format', 'json', '--fail-severity', 'error', '--quiet'],
    { cwd: frontend, maxBuffer: 64 * 1024 * 1024 },
  ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  const results = JSON.parse(stdout || '[]') as { code: string; message: string; severity: number; path: string[] }[];
  const errors = results.filter((r) => r.severity === 0).map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
  expect(errors).toEqual([]);
});
