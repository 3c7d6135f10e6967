/**
 * What the session screen shows: the server's record with the outbox's unsent ops laid over it, marked pending.
 * An op the server already has (its key is on a row) is not shown twice.
 */
import type { SessionAnswer, SessionSpeaker, SessionView } from './api/session';
import type { OutboxOp } from './outbox';

export type ShownSpeaker = SessionSpeaker & { pending: boolean; pendingItems: string[] };
export type ShownAnswer = SessionAnswer & { pending: boolean };

export interface ShownSession {
  view: SessionView;
  speakers: ShownSpeaker[];
  answers: ShownAnswer[];
}

/** A speaker known by id (on the server) or by the key of its unsent creation. */
export function speakerRef(s: Pick<ShownSpeaker, 'id' | 'clientKey' | 'pending'>): { speakerId?: number; speakerKey?: string } {
  return s.pending ? { speakerKey: s.clientKey ?? undefined } : { speakerId: s.id };
}

function matches(s: ShownSpeaker, ref: { speakerId?: number | null; speakerKey?: string | null }) {
  return (ref.speakerId != null && !s.pending && s.id === ref.speakerId) || (ref.speakerKey != null && s.clientKey === ref.speakerKey);
}

export function merge(view: SessionView, pending: OutboxOp[]): ShownSession {
  const speakers: ShownSpeaker[] = view.speakers.map((s) => ({ ...s, pending: false, pendingItems: [] }));
  const answers: ShownAnswer[] = view.answers.map((a) => ({ ...a, pending: false }));
  const knownKeys = new Set([...view.speakers.map((s) => s.clientKey), ...view.answers.map((a) => a.clientKey)].filter(Boolean));
  let tempId = -1;
  for (const op of pending) {
    if (knownKeys.has(op.key)) continue;
    if (op.kind === 'speaker') {
      speakers.push({
        id: tempId--,
        seq: speakers.length + 1,
        participationId: op.body.participationId ?? null,
        name: op.body.name,
        affiliation: op.body.affiliation ?? null,
        source: 'FLOOR',
        status: 'WAITING',
        clientKey: op.key,
        items: [],
        version: 0,
        pending: true,
        pendingItems: [],
      });
    } else if (op.kind === 'raise') {
      const speaker = speakers.find((s) => matches(s, op.body));
      if (!speaker) continue;
      const label = op.body.title || op.body.content || (op.body.feedbackId != null ? `#${op.body.feedbackId}` : '');
      speaker.pendingItems = [...speaker.pendingItems, label];
    } else if (op.kind === 'answer') {
      const speaker = op.body.speakerId != null || op.body.speakerKey ? speakers.find((s) => matches(s, op.body)) : undefined;
      answers.push({
        id: tempId--,
        speakerId: speaker ? speaker.id : null,
        feedbackId: op.body.feedbackId ?? null,
        answeredBy: op.body.answeredBy,
        content: op.body.content,
        clientKey: op.key,
        createdAt: op.createdAt,
        pending: true,
      });
    }
  }
  return { view, speakers, answers };
}

/** The usual answerers at a town session, offered until the session has its own. */
const USUAL_ANSWERERS = [
  'Chủ tịch UBND thị xã',
  'Phó Chủ tịch UBND thị xã',
  'Trưởng phòng Tài nguyên và Môi trường',
  'Trưởng phòng Quản lý đô thị',
  'Trưởng Công an thị xã',
];

/** Who may answer: those who already answered at this session first, latest first, since the same few answer most matters. */
export function answerersOf(answers: Pick<ShownAnswer, 'answeredBy'>[]): string[] {
  const used = answers.map((a) => a.answeredBy.trim()).filter(Boolean).reverse();
  return [...new Set([...used, ...USUAL_ANSWERERS])];
}
