/**
 * Unsaved edits of a draft of the minutes, kept in localStorage per version until the server has them: a reload,
 * a closed laptop lid or a 412 (someone else saved first) loses nothing. `baseVersion` is the server version the
 * edit started from, sent as If-Match.
 */
import type { Minutes, SectionKind } from './api/minutes';

interface EditableSection {
  kind: SectionKind;
  heading: string;
  body: string;
}

export interface MinutesDraft {
  baseVersion: number;
  chairName: string;
  secretaryName: string;
  sections: EditableSection[];
}

export const minutesDraftKey = (minutesId: number) => `doithoai.minutes.${minutesId}`;

export function fromServer(m: Minutes): MinutesDraft {
  return {
    baseVersion: m.version,
    chairName: m.chairName,
    secretaryName: m.secretaryName,
    sections: m.sections.map((s) => ({ kind: s.kind, heading: s.heading, body: s.body })),
  };
}

/** Whether the draft says anything different from the server's version. */
export function differs(draft: MinutesDraft, m: Minutes): boolean {
  const server = fromServer(m);
  return JSON.stringify({ ...draft, baseVersion: 0 }) !== JSON.stringify({ ...server, baseVersion: 0 });
}

export function loadMinutesDraft(minutesId: number, storage: Storage = window.localStorage): MinutesDraft | null {
  try {
    const raw = storage.getItem(minutesDraftKey(minutesId));
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<MinutesDraft>;
    if (typeof d.baseVersion !== 'number' || !Array.isArray(d.sections)) return null;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      baseVersion: d.baseVersion,
      chairName: str(d.chairName),
      secretaryName: str(d.secretaryName),
      sections: d.sections.map((s: Partial<EditableSection>) => ({ kind: (s.kind ?? 'OTHER') as SectionKind, heading: str(s.heading), body: str(s.body) })),
    };
  } catch {
    return null;
  }
}

export function saveMinutesDraft(minutesId: number, draft: MinutesDraft, storage: Storage = window.localStorage) {
  try {
    storage.setItem(minutesDraftKey(minutesId), JSON.stringify(draft));
  } catch {
    /* storage full or blocked: the text stays on screen */
  }
}

export function clearMinutesDraft(minutesId: number, storage: Storage = window.localStorage) {
  try {
    storage.removeItem(minutesDraftKey(minutesId));
  } catch {
    /* nothing to do */
  }
}
