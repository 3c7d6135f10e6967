import { useCallback, useEffect, useRef, useState } from 'react';
import { dismissRejected, enqueue, flush, loadOutbox, newKey, type OutboxOp, type OutboxState, type Sender } from './outbox';

/** Sends again on this interval while something is pending, in case the `online` event never comes. */
const RETRY_MS = 5000;

type NewOp = OutboxOp extends infer O ? (O extends OutboxOp ? Omit<O, 'key' | 'planId' | 'createdAt'> : never) : never;

/**
 * The outbox of one plan's session, as React state: add() keeps an op on the device and tries to send at once;
 * everything pending is sent again when the browser comes back online, every few seconds, or on retry().
 * `onSent` runs after a round that sent something (to reload the server record).
 */
export function useOutbox(planId: number, send: Sender, onSent: () => void) {
  const [state, setState] = useState<OutboxState>(() => loadOutbox(planId));
  const [sending, setSending] = useState(false);
  const busy = useRef(false);
  const sendRef = useRef(send);
  sendRef.current = send;
  const onSentRef = useRef(onSent);
  onSentRef.current = onSent;

  const retry = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setSending(true);
    try {
      const { sent, state: after } = await flush(planId, (op) => sendRef.current(op));
      setState(after);
      if (sent > 0) onSentRef.current();
    } finally {
      busy.current = false;
      setSending(false);
    }
  }, [planId]);

  const add = useCallback(
    (op: NewOp): string => {
      const key = newKey();
      setState(enqueue(planId, { ...op, key, planId, createdAt: new Date().toISOString() } as OutboxOp));
      void retry();
      return key;
    },
    [planId, retry],
  );

  const dismiss = useCallback((key: string) => setState(dismissRejected(planId, key)), [planId]);

  useEffect(() => {
    setState(loadOutbox(planId));
    const online = () => void retry();
    window.addEventListener('online', online);
    const timer = window.setInterval(() => {
      if (loadOutbox(planId).pending.length > 0) void retry();
    }, RETRY_MS);
    void retry();
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [planId, retry]);

  return { pending: state.pending, rejected: state.rejected, sending, add, retry, dismiss };
}

/** navigator.onLine as state. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}
