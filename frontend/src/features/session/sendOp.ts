import type { ApiClient } from '../../lib/api/client';
import { submitFeedback } from '../feedback/api/feedback';
import { addFloorSpeaker, raiseItem, recordAnswer } from './api/session';
import type { OutboxOp } from './outbox';

/**
 * Sends one op of a plan's outbox with its own key as Idempotency-Key, whichever page flushes it: the session page
 * and the ward's entry form share the outbox, so each sends what the other left behind.
 */
export function sendOp(api: ApiClient, op: OutboxOp): Promise<unknown> {
  switch (op.kind) {
    case 'speaker':
      return addFloorSpeaker(api, op.planId, op.key, op.body);
    case 'raise':
      return raiseItem(api, op.planId, op.key, op.body);
    case 'answer':
      return recordAnswer(api, op.planId, op.key, op.body);
    case 'wardItem':
      return submitFeedback(api, op.planId, op.body, op.key);
  }
}
