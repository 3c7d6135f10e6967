import { useTranslation } from 'react-i18next';
import type { AuditedObjectType } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { formatDateTime } from '../../plans/format';
import { getAuditTrail } from '../api';

const show = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** One field's change as the audit keeps it: `{from, to}` (a citizen's contact fields already masked by the server). */
function describe(field: string, change: unknown): string {
  if (change && typeof change === 'object' && !Array.isArray(change) && ('from' in change || 'to' in change)) {
    const { from, to } = change as { from?: unknown; to?: unknown };
    return `${field}: ${show(from)} → ${show(to)}`;
  }
  return `${field}: ${show(change)}`;
}

/**
 * The change history (lịch sử thay đổi) of any record: who did what and when, each field before and after. The same
 * section on every record's page; the server decides who may read it (another body's record is not found).
 */
export function AuditTrail({
  objectType,
  objectId,
  headingLevel = 2,
  refreshKey,
}: {
  objectType: AuditedObjectType;
  objectId: string | number;
  headingLevel?: 2 | 3;
  /** Changes when the record does (its version), so a fresh change shows at once. */
  refreshKey?: unknown;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const id = String(objectId);
  const trail = useAsync((signal) => getAuditTrail(api, objectType, id, signal), [api, objectType, id, refreshKey]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `audit-trail-${objectType}-${id}`;
  return (
    <section className="audit-trail" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('privacy.trail.title')}</Heading>
      {trail.status === 'loading' ? <Loading /> : null}
      {trail.status === 'error' ? <ErrorState error={trail.error} onRetry={trail.reload} headingLevel={3} /> : null}
      {trail.status === 'success' && trail.data.length === 0 ? <p className="muted">{t('privacy.trail.empty')}</p> : null}
      {trail.status === 'success' && trail.data.length > 0 ? (
        <ol className="history">
          {[...trail.data].reverse().map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
              <span className="history__what">{t('privacy.trail.entry', { action: e.action, actor: e.actor })}</span>
              {Object.keys(e.changes).length > 0 ? (
                <ul className="history__changes muted">
                  {Object.entries(e.changes).map(([field, change]) => (
                    <li key={field}>{describe(field, change)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
