// docs/integration.md against the running stack (make e2e), as its reader types it: every `sh` block, in order, in one
// shell, including the blocks that get the tokens (`sh token`) from the real Keycloak: the partner's by the
// client-credentials grant, the body's people's by the command-line client. The backend's IntegrationGuideTest runs
// the other blocks with the tests' own tokens; here nothing is given to the shell but the addresses.
// The guide sends into the newest published plan of the body and issues a ruling in the newest held one: the office
// makes both first, issued yesterday (newer than any other plan of the demo data and of the other end-to-end tests).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { BASE, KEYCLOAK, planOfTheBody } from './office.js';

// npm runs the end-to-end tests in frontend/ (this file runs compiled, from partner-client/dist).
const GUIDE = resolve(process.cwd(), '../docs/integration.md');

/** The guide's `sh` blocks (`sh token` ones too), in order. */
function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh(?: token)?\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

/** Runs the script in bash with the stack's addresses; its exit code and everything it wrote. */
function bash(script: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const run = spawn('bash', ['-c', script], { env: { ...process.env, API: BASE, KEYCLOAK }, timeout: timeoutMs });
    let output = '';
    run.stdout.on('data', (d) => (output += d));
    run.stderr.on('data', (d) => (output += d));
    run.on('close', (code) => resolve({ code, output }));
  });
}

before(async () => {
  const tag = randomUUID().slice(0, 6);
  await planOfTheBody(`Đối thoại theo hướng dẫn tích hợp ${tag}`, '98', 1, 30, ['SUBMIT', 'APPROVE', 'PUBLISH']);
  await planOfTheBody(`Đối thoại đã tổ chức theo hướng dẫn ${tag}`, '99', 1, -1, ['SUBMIT', 'APPROVE', 'PUBLISH', 'HOLD']);
});

describe("the integrator's guide (docs/integration.md)", { timeout: 240_000 }, () => {
  it("runs as written, with the real Keycloak's tokens, against the running application", async () => {
    const found = blocks(readFileSync(GUIDE, 'utf8'));
    assert.ok(found.length >= 5, `the guide's examples: ${found.length}`);
    // A failing command is named (as written in the guide) before the shell stops.
    const preamble = 'set -euo pipefail\ntrap \'echo "a command of the guide failed ($?): $BASH_COMMAND" >&2\' ERR\n';
    const { code, output } = await bash(`${preamble}${found.join('\n')}\n`, 200_000);
    assert.equal(code, 0, `the guide's examples failed:\n${output}`);
    assert.match(output, /one item: \d+/);
    assert.match(output, /"channel": "PARTNER"/);
    assert.match(output, /signed by the subscription's secret/);
  });
});
