// Setting up through the API what a test does not exercise in the browser: tokens by password grant from the
// scripted-tests client (doithoai-cli, demo users, password "demo"), and calls that must succeed.
//   E2E_KEYCLOAK_URL  Keycloak (default http://localhost:8180)
import assert from 'node:assert/strict';
import { BASE, now } from './support.mjs';

const KEYCLOAK = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, '');

export async function tokenFor(username) {
  const res = await fetch(`${KEYCLOAK}/realms/doithoai/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'doithoai-cli', username, password: 'demo' }),
  });
  assert.equal(res.status, 200, `token for ${username}`);
  return (await res.json()).access_token;
}

/** One call as `token` that must succeed; its JSON and ETag. */
export async function api(token, method, path, body, headers = {}) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return { json: text ? JSON.parse(text) : null, etag: res.headers.get('ETag') };
}

/** Moves a plan on (SUBMIT, APPROVE, PUBLISH, HOLD…) as `token`, reading its version first. */
export async function act(token, planId, action) {
  const { etag } = await api(token, 'GET', `/api/v1/plans/${planId}`);
  await api(token, 'POST', `/api/v1/plans/${planId}/transitions`, { action, acknowledgeWarnings: true }, { 'If-Match': etag });
}

/** The date in Vietnam `offsetDays` from today, as yyyy-mm-dd. */
export function vietnamDay(offsetDays = 0) {
  return new Date(now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** A day as a person types it in the app's date field: dd/MM/yyyy in both languages ("2026-12-23" → "23/12/2026"). */
export function typedDay(isoDay) {
  return isoDay.split('-').reverse().join('/');
}

/** A town plan from the 2022 template, session on `sessionDay` at 07:30, created by `token` (the office). */
export async function createTownPlan(token, { title, number, sessionDay, focusArea }) {
  const { json } = await api(token, 'POST', '/api/v1/plans', {
    templateCode: 'town-2022',
    level: 'TOWN',
    title,
    number,
    symbol: 'KH/ThU',
    issueDate: vietnamDay(-20),
    issuingUnitCode: 'thi-uy',
    topic: focusArea,
    focusAreas: [{ title: focusArea }],
    plannedMonth: sessionDay.slice(0, 7),
    sessionAt: `${sessionDay}T07:30:00+07:00`,
    venue: 'Hội trường Thị ủy',
    format: 'IN_PERSON',
  });
  return json;
}
