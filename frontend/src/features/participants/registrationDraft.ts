/**
 * A citizen's registration form, kept in localStorage per plan until the server has it: nothing typed is
 * lost to a reload or a dropped connection. The Idempotency-Key is made once per draft and kept with it,
 * so a retry (even after a reload) sends the same key and the server creates one registration, not two.
 */
export interface RegistrationFields {
  fullName: string;
  phone: string;
  wardCode: string;
  villageCode: string;
  matter: string;
}

export interface RegistrationDraft {
  fields: RegistrationFields;
  idempotencyKey: string;
}

const EMPTY_FIELDS: RegistrationFields = { fullName: '', phone: '', wardCode: '', villageCode: '', matter: '' };

export const draftKey = (planId: number | string) => `doithoai.registration.${planId}`;

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Old phone browsers without randomUUID (or plain http): 122 random bits in the UUID v4 layout.
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The stored draft of this plan, or a fresh one (with a new key) when there is none or it is unreadable. */
export function loadDraft(planId: number | string, storage: Storage = window.localStorage): RegistrationDraft {
  try {
    const rawValue = storage.getItem(draftKey(planId));
    if (rawValue) {
      const parsed = JSON.parse(rawValue) as Partial<RegistrationDraft>;
      if (parsed && typeof parsed.idempotencyKey === 'string' && parsed.idempotencyKey && parsed.fields) {
        const f = parsed.fields as Partial<RegistrationFields>;
        const str = (v: unknown) => (typeof v === 'string' ? v : '');
        return {
          idempotencyKey: parsed.idempotencyKey,
          fields: {
            fullName: str(f.fullName),
            phone: str(f.phone),
            wardCode: str(f.wardCode),
            villageCode: str(f.villageCode),
            matter: str(f.matter),
          },
        };
      }
    }
  } catch {
    /* storage unavailable or corrupt: start over */
  }
  return { fields: { ...EMPTY_FIELDS }, idempotencyKey: newIdempotencyKey() };
}

export function saveDraft(planId: number | string, draft: RegistrationDraft, storage: Storage = window.localStorage) {
  try {
    storage.setItem(draftKey(planId), JSON.stringify(draft));
  } catch {
    /* private mode or full storage: the form still works, only without the safety net */
  }
}

export function clearDraft(planId: number | string, storage: Storage = window.localStorage) {
  try {
    storage.removeItem(draftKey(planId));
  } catch {
    /* nothing to do */
  }
}
