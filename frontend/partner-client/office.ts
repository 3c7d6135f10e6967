// What the Ba Đồn office and chair set up for the partner through the API (not the partner's doing): plans of the
// partner's body, created from the 2022 town template, moved on as the app moves them. The demo users' tokens come from
// the real Keycloak by password grant of the scripted-tests client (doithoai-cli, password "demo").
import assert from 'node:assert/strict';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../src/api/schema.js';

export const BASE = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
export const KEYCLOAK = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, '');

/** A token from the real Keycloak's token endpoint for the given form (client credentials, or a password grant). */
export async function token(form: Record<string, string>): Promise<string> {
  const res = await fetch(`${KEYCLOAK}/realms/doithoai/protocol/openid-connect/token`, { method: 'POST', body: new URLSearchParams(form) });
  assert.equal(res.status, 200, `a token for ${form.client_id} ${form.username ?? ''}: ${await res.clone().text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** The client generated from openapi.yaml, as a caller builds it: the base address and its bearer token on every call. */
export function clientWith(bearer: string): Client<paths> {
  const client = createClient<paths>({ baseUrl: BASE });
  client.use({
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${bearer}`);
      request.headers.set('Accept-Language', 'en');
      return request;
    },
  });
  return client;
}

/** The data of an answer that must be a success, or a failure naming the call and the problem the server sent. */
export function ok<T>(answer: { data?: T; error?: unknown; response: Response }, what: string): T {
  assert.ok(answer.response.ok && answer.data !== undefined, `${what}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

const demoUser = (username: string) => token({ grant_type: 'password', client_id: 'doithoai-cli', username, password: 'demo' });

/** The date in Vietnam `offset` days from today, as yyyy-mm-dd. */
const vietnamDay = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A town plan of the partner's body, issued `issuedDaysAgo` days ago with its session `sessionInDays` days from today,
 * moved on by the office and the chair through `actions` (SUBMIT, APPROVE, PUBLISH, HOLD). Its id.
 */
export async function planOfTheBody(title: string, number: string, issuedDaysAgo: number, sessionInDays: number,
  actions: ('SUBMIT' | 'APPROVE' | 'PUBLISH' | 'HOLD')[]): Promise<number> {
  const office = clientWith(await demoUser('vanphong'));
  const chair = clientWith(await demoUser('bithu'));
  const session = vietnamDay(sessionInDays);
  const plan = ok(await office.POST('/api/v1/plans', {
    body: {
      templateCode: 'town-2022', level: 'TOWN', title, number, symbol: 'KH/ThU', issueDate: vietnamDay(-issuedDaysAgo),
      issuingUnitCode: 'thi-uy', topic: 'Hạ tầng đô thị', focusAreas: [{ title: 'Hạ tầng đô thị' }],
      plannedMonth: session.slice(0, 7), sessionAt: `${session}T07:30:00+07:00`, venue: 'Hội trường Thị ủy', format: 'IN_PERSON',
    },
  }), 'the office creates a plan');
  for (const action of actions) {
    const who = action === 'APPROVE' ? chair : office;
    const read = await who.GET('/api/v1/plans/{id}', { params: { path: { id: plan.id } } });
    ok(read, `read plan ${plan.id}`);
    ok(await who.POST('/api/v1/plans/{id}/transitions', {
      params: { path: { id: plan.id }, header: { 'If-Match': read.response.headers.get('ETag') ?? '' } },
      body: { action, acknowledgeWarnings: true },
    }), `${action} plan ${plan.id}`);
  }
  return plan.id;
}
