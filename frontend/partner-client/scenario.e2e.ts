// A partner system's scenario, with a TypeScript client generated from openapi.yaml (openapi-typescript's types, used
// by openapi-fetch) and nothing written by hand for the calls, against the running stack (make e2e): the demo partner
// `doithoai-integration` of the Ba Đồn body gets a token from the real Keycloak with the client-credentials grant, then
// reads the plans, sends one item twice under one external reference and finds one item, syncs the plan's feedback
// changed since a time page by page, and reads the rulings and a followed ruling's progress. Compiled by
// `npm run partner-client` (a contract whose types no longer fit these calls fails there) and run by `npm run e2e`.
//   E2E_BASE_URL, E2E_KEYCLOAK_URL  the application and Keycloak (see office.ts)
//   DOITHOAI_INTEGRATION_SECRET  the partner's secret (default: the development realm's)
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import type { Client } from 'openapi-fetch';
import type { components, paths } from '../src/api/schema.js';
import { clientWith, ok, planOfTheBody, token } from './office.js';

const PARTNER = 'doithoai-integration';
const SECRET = process.env.DOITHOAI_INTEGRATION_SECRET ?? 'doithoai-integration-dev-secret';

type Feedback = components['schemas']['Feedback'];

// Paging, in one place: a page's items and the cursor of the next page (null on the last).
type Paged<T> = { items: T[]; nextCursor?: string | null };
async function allPages<T>(page: (after: string | undefined) => Promise<Paged<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  do {
    const p = await page(after);
    all.push(...p.items);
    after = p.nextCursor ?? undefined;
  } while (after !== undefined);
  return all;
}

let partner: Client<paths>;
let planId: number;
before(async () => {
  const bearer = await token({ grant_type: 'client_credentials', client_id: PARTNER, client_secret: SECRET });
  const claims = JSON.parse(Buffer.from(bearer.split('.')[1], 'base64url').toString()) as { azp?: string };
  assert.equal(claims.azp, PARTNER, 'a token of the partner itself, from Keycloak');
  partner = clientWith(bearer);
  // A plan that takes feedback and that nobody else sends into.
  planId = await planOfTheBody(`Đối thoại với hệ thống đối tác ${randomUUID().slice(0, 6)}`, '97', 20, 25, ['SUBMIT', 'APPROVE', 'PUBLISH']);
});

describe('a partner system with the TypeScript client generated from openapi.yaml', { timeout: 120_000 }, () => {
  it("reads the body's plans", async () => {
    const plans = ok(await partner.GET('/api/v1/plans', { params: { query: { q: '61-KH/ThU', size: 20 } } }), 'listPlans').items;
    assert.deepEqual(plans.map((p) => p.number), ['61'], 'the demo plan 61-KH/ThU');
    const published = ok(await partner.GET('/api/v1/plans', { params: { query: { status: 'PUBLISHED', size: 100 } } }), 'listPlans');
    assert.ok(published.items.some((p) => p.id === planId), 'the plan the office just published');
  });

  it('sends an item twice under one external reference: one item, its channel PARTNER', async () => {
    const externalReference = `PAKN-${randomUUID()}`;
    // The sender is named: the item carries the consent the partner collected under its own notice, or it is refused.
    const unconsented: components['schemas']['FeedbackRequest'] = {
      kind: 'PETITION', channel: 'PARTNER', title: 'Đèn đường tổ 5 hỏng', content: 'Đèn đường tổ dân phố 5 hỏng đã hai tháng.',
      externalReference, submitterName: 'Lê Thị Đối Tác', submitterPhone: '0912345678',
    };
    const item: components['schemas']['FeedbackRequest'] = {
      ...unconsented, consent: { noticeVersion: 1, purposes: ['HANDLE_MATTER', 'CONTACT_ME'], channel: 'PARTNER' },
    };
    const send = (body = item) => partner.POST('/api/v1/plans/{planId}/feedback', {
      params: { path: { planId }, header: { 'Idempotency-Key': randomUUID() } }, body,
    });
    const refused = await send(unconsented);
    assert.equal(refused.response.status, 400, 'a named sender without consent is refused');
    assert.deepEqual((refused.error as { errors?: { field: string }[] } | undefined)?.errors?.map((e) => e.field), ['consent']);
    const first = await send();
    const again = await send();
    assert.equal(first.response.status, 201, 'the first send creates the item');
    assert.equal(again.response.status, 200, 'the re-send reaches it');
    const id = ok(first, 'submitFeedback').id;
    assert.equal(ok(again, 'submitFeedback again').id, id, 'one item for one external reference');

    const read: Feedback = ok(await partner.GET('/api/v1/feedback/{id}', { params: { path: { id } } }), 'getFeedback');
    assert.equal(read.channel, 'PARTNER');
    assert.equal(read.externalReference, externalReference);

    // Sync what changed since a time before the plan existed, in the feed's stable order, one item a page.
    const seen = (await allPages((after) => partner.GET('/api/v1/plans/{planId}/feedback', {
      params: { path: { planId }, query: { updatedSince: '2000-01-01T00:00:00Z', size: 1, after } },
    }).then((a) => ok(a, 'listPlanFeedback')))).map((f) => f.id);
    assert.equal(seen.filter((s) => s === id).length, 1, `the item sent, once, among the plan's changes: ${seen}`);
    assert.equal(new Set(seen).size, seen.length, `no item read twice: ${seen}`);
  });

  it("reads a plan's rulings and a followed ruling's progress", async () => {
    const plan61 = ok(await partner.GET('/api/v1/plans', { params: { query: { q: '61-KH/ThU', size: 20 } } }), 'listPlans').items[0];
    // Two a page, to read the paging as a partner with many rulings would.
    const rulings = await allPages((after) => partner.GET('/api/v1/plans/{planId}/rulings', {
      params: { path: { planId: plan61.id }, query: { size: 2, after } },
    }).then((a) => ok(a, 'listRulings')));
    const followed = rulings.find((r) => r.followUp != null);
    assert.ok(followed, 'the demo plan has a followed ruling');
    const progress = ok(await partner.GET('/api/v1/plans/{planId}/rulings/{rulingId}/progress', {
      params: { path: { planId: plan61.id, rulingId: followed.id } },
    }), 'getProgress');
    assert.equal(progress.followUp.ruling.id, followed.id);
  });
});
