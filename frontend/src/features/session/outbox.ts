/**
 * The outbox of a plan on this device: creates made where the network fails (at the venue the office's speakers from
 * the floor, items raised and answers; in the ward the officer's collected items) are kept on the device, each with
 * its own key, until the server has them. A reload keeps them; they are sent in
 * the order made, when the network returns or on a timer; a resend uses the same key, so the server records each
 * once. A request the server refuses (bad input) is set aside with its message rather than retried forever.
 */
import { ApiError } from '../../lib/api/problem';
import type { AnswerBody, FloorSpeakerBody, RaiseBody } from './api/session';
import type { FeedbackRequest } from '../feedback/api/types';

export type OutboxOp =
  | { kind: 'speaker'; key: string; planId: number; body: FloorSpeakerBody; createdAt: string }
  | { kind: 'raise'; key: string; planId: number; body: RaiseBody; createdAt: string }
  | { kind: 'answer'; key: string; planId: number; body: AnswerBody; createdAt: string }
  /** An item the ward collected (ý kiến phường thu thập), entered by its ward officer. */
  | { kind: 'wardItem'; key: string; planId: number; body: FeedbackRequest; createdAt: string };

interface RejectedOp {
  op: OutboxOp;
  message: string;
}

export interface OutboxState {
  pending: OutboxOp[];
  rejected: RejectedOp[];
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const storageKey = (planId: number) => `doithoai.session.outbox.${planId}`;

/** A key no other device or op will make (the server keeps at most 64 characters). */
export function newKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function loadOutbox(planId: number, storage: Storage = localStorage): OutboxState {
  try {
    const raw = storage.getItem(storageKey(planId));
    if (!raw) return { pending: [], rejected: [] };
    const parsed = JSON.parse(raw) as Partial<OutboxState>;
    return { pending: Array.isArray(parsed.pending) ? parsed.pending : [], rejected: Array.isArray(parsed.rejected) ? parsed.rejected : [] };
  } catch {
    return { pending: [], rejected: [] };
  }
}

function saveOutbox(planId: number, state: OutboxState, storage: Storage = localStorage) {
  storage.setItem(storageKey(planId), JSON.stringify(state));
}

/** Appends an op (written to storage before anything is sent, so a reload cannot lose it). */
export function enqueue(planId: number, op: OutboxOp, storage: Storage = localStorage): OutboxState {
  const state = loadOutbox(planId, storage);
  const next = { ...state, pending: [...state.pending, op] };
  saveOutbox(planId, next, storage);
  return next;
}

export function dismissRejected(planId: number, key: string, storage: Storage = localStorage): OutboxState {
  const state = loadOutbox(planId, storage);
  const next = { ...state, rejected: state.rejected.filter((r) => r.op.key !== key) };
  saveOutbox(planId, next, storage);
  return next;
}

export type Sender = (op: OutboxOp) => Promise<unknown>;

/** Retried later: no answer at all, the server busy or failing, or the same key still being handled. */
function isTransient(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return e.kind === 'network' || e.status === 0 || e.status >= 500 || e.status === 408 || e.status === 429;
}

/**
 * Sends the pending ops one by one, oldest first. Each sent op leaves storage at once; the first transient failure
 * stops the round (later ops may depend on it, e.g. an answer to a speaker not yet sent), keeping order.
 */
export async function flush(planId: number, send: Sender, storage: Storage = localStorage): Promise<{ sent: number; state: OutboxState }> {
  let sent = 0;
  for (;;) {
    const state = loadOutbox(planId, storage);
    const op = state.pending[0];
    if (!op) return { sent, state };
    try {
      await send(op);
    } catch (e) {
      if (isTransient(e)) return { sent, state };
      const message = e instanceof ApiError ? (e.problem?.errors?.[0]?.message ?? e.problem?.detail ?? e.message) : String(e);
      const now = loadOutbox(planId, storage);
      saveOutbox(planId, { pending: now.pending.filter((p) => p.key !== op.key), rejected: [...now.rejected, { op, message }] }, storage);
      continue;
    }
    const now = loadOutbox(planId, storage);
    saveOutbox(planId, { ...now, pending: now.pending.filter((p) => p.key !== op.key) }, storage);
    sent++;
  }
}
