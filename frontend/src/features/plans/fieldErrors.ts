import type { FieldError } from '../../api/types';
import { mapFieldErrors as mapAny, normalizeFieldPath as normalizeAny, type FieldErrorMap } from '../../lib/api/fieldErrors';

/** Top-level members of a plan draft; a server path is cut down to start at one of them. */
const PLAN_FIELDS = [
  'templateCode', 'level', 'status', 'issuingUnit', 'title', 'number', 'symbol', 'issueDate', 'issuingUnitCode', 'issuingBodyName',
  'legalBases', 'chairTitle', 'chairName', 'purposes', 'topic', 'focusAreas', 'plannedMonth', 'sessionAt',
  'scheduleNote', 'venue', 'format', 'formatNote', 'agenda', 'agendaNote', 'composition', 'tasks',
  'reason', 'doneOn', 'invitationRule', 'citizenInvitationRule',
] as const;

export type { FieldErrorMap };

/** A server path in the plan editor's keys ("focusAreas[2].title"), or null outside the plan. */
export function normalizeFieldPath(path: string, roots: readonly string[] = PLAN_FIELDS): string | null {
  return normalizeAny(path, roots);
}

/** Groups the server's field errors by normalised plan path. */
export function mapFieldErrors(errors: readonly FieldError[], roots: readonly string[] = PLAN_FIELDS): FieldErrorMap {
  return mapAny(errors, roots);
}

/** Errors for one list item and its members ("agenda[1]" and "agenda[1].title"), joined. */
export function itemError(map: FieldErrorMap, prefix: string): string | undefined {
  const own = Object.entries(map)
    .filter(([k]) => k === prefix || k.startsWith(`${prefix}.`))
    .map(([, v]) => v);
  return own.length ? own.join(' ') : undefined;
}

/** i18n keys of the editor's labels for the top-level fields the server may name. */
const LABELS: Record<string, string> = {
  title: 'plans.editor.fieldTitle',
  level: 'plans.editor.fieldLevel',
  number: 'plans.editor.fieldNumber',
  symbol: 'plans.editor.fieldSymbol',
  issueDate: 'plans.editor.fieldIssueDate',
  issuingUnitCode: 'plans.editor.fieldIssuingUnit',
  issuingBodyName: 'plans.editor.fieldIssuingBodyName',
  chairTitle: 'plans.editor.fieldChairTitle',
  chairName: 'plans.editor.fieldChairName',
  topic: 'plans.editor.fieldTopic',
  plannedMonth: 'plans.editor.fieldPlannedMonth',
  sessionAt: 'plans.editor.fieldSessionDate',
  scheduleNote: 'plans.editor.fieldScheduleNote',
  venue: 'plans.editor.fieldVenue',
  format: 'plans.editor.fieldFormat',
  formatNote: 'plans.editor.fieldFormatNote',
  agendaNote: 'plans.editor.fieldAgendaNote',
  legalBases: 'plans.editor.legalBases',
  purposes: 'plans.editor.purposes',
  focusAreas: 'plans.editor.focusAreas',
  agenda: 'plans.editor.agenda',
  composition: 'plans.editor.composition',
  tasks: 'plans.editor.tasks',
  reason: 'plans.detail.reason',
  status: 'plans.detail.statusLabel',
  issuingUnit: 'plans.editor.fieldIssuingUnit',
  invitationRule: 'plans.editor.invitationRule',
  citizenInvitationRule: 'plans.editor.citizenInvitationRule',
};

/** A server field path in the UI's words: "issuingUnitCode" → "Cơ quan ban hành", "focusAreas[2].title" → "Nội dung trọng tâm (3)". */
export function fieldLabel(t: (key: string) => string, path: string): string {
  const key = normalizeFieldPath(path);
  if (!key) return path;
  const m = /^(\w+)(?:\[(\d+)\])?/.exec(key);
  const label = m && LABELS[m[1]] ? t(LABELS[m[1]]) : null;
  if (!label) return path;
  return m && m[2] !== undefined ? `${label} (${Number(m[2]) + 1})` : label;
}
