import type { FieldError } from '../../api/types';

/**
 * Normalises a problem+json field path to a form's keys: "focusAreas[2].title".
 * Accepts "focusAreas.2.title", "update.draft.focusAreas[2].title", "body.title", "tasks[0].rule.offset".
 * `roots` are the form's top-level members; a path that names none of them gives null (summary only).
 */
export function normalizeFieldPath(path: string, roots: readonly string[]): string | null {
  const tokens = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  const start = tokens.findIndex((tok) => roots.includes(tok));
  if (start < 0) return null;
  return tokens
    .slice(start)
    .map((tok, i) => (i > 0 && /^\d+$/.test(tok) ? `[${tok}]` : `${i > 0 ? '.' : ''}${tok}`))
    .join('');
}

export type FieldErrorMap = Record<string, string>;

/** Groups the server's field errors by normalised path; several messages for one field are joined. */
export function mapFieldErrors(errors: readonly FieldError[], roots: readonly string[]): FieldErrorMap {
  const map: FieldErrorMap = {};
  for (const e of errors) {
    const key = normalizeFieldPath(e.field ?? '', roots);
    if (!key) continue;
    map[key] = map[key] ? `${map[key]} ${e.message}` : e.message;
  }
  return map;
}
