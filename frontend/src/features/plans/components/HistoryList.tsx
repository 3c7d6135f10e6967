import { useTranslation } from 'react-i18next';
import type { PlanHistoryEntry } from '../../../api/types';
import { fieldLabel } from '../fieldErrors';
import { formatDateTime } from '../format';

const show = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export interface ChangeSummary {
  /** status: from → to, when the status changed. */
  status?: { from: unknown; to: unknown };
  /** The reason given with RETURN or CANCEL. */
  reason?: string;
  /** Every other field that changed (their values can be long lists: only the names are shown). */
  fields: string[];
}

/** The audit's changes, `{field: {from, to}}`, cut down to what a reader needs. */
function summarizeChanges(changes: unknown): ChangeSummary {
  const summary: ChangeSummary = { fields: [] };
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return summary;
  for (const [field, v] of Object.entries(changes as Record<string, unknown>)) {
    const pair = v && typeof v === 'object' && ('from' in v || 'to' in v) ? (v as { from?: unknown; to?: unknown }) : { to: v };
    if (field === 'status') summary.status = { from: pair.from, to: pair.to };
    else if (field === 'reason') {
      if (pair.to !== null && pair.to !== undefined && pair.to !== '') summary.reason = show(pair.to);
    } else summary.fields.push(field);
  }
  return summary;
}

/** The audit trail: who did what, when (in Vietnam time). Newest first. */
export function HistoryList({ entries }: { entries: PlanHistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  if (entries.length === 0) return <p className="muted">{t('plans.history.empty')}</p>;
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <ol className="history">
      {sorted.map((e, i) => {
        const action = String(e.action);
        const label = t(`plans.history.actions.${action.toLowerCase()}`, { defaultValue: action });
        const c = summarizeChanges(e.changes);
        const status = (v: unknown) => (typeof v === 'string' ? t(`plans.status.${v}`, { defaultValue: v }) : show(v));
        const parts = [
          c.status ? `${t('plans.detail.statusLabel')}: ${c.status.from ? `${status(c.status.from)} → ` : ''}${status(c.status.to)}` : '',
          c.reason ? `${t('plans.detail.reason')}: ${c.reason}` : '',
          c.fields.length ? t('plans.history.changed', { fields: c.fields.map((f) => fieldLabel(t, f)).join(', ') }) : '',
        ].filter(Boolean);
        const changes = parts.join(' · ');
        return (
          <li key={`${e.at}-${i}`}>
            <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
            <span className="history__what">{t('plans.history.entry', { action: label, actor: e.actor })}</span>
            {changes ? <span className="history__changes muted">{changes}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
